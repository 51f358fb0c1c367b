#!/usr/bin/env bash
# Installs what building the Linux installers and packaging/smoke-test.sh need on a clean Debian/Ubuntu machine
# (a JDK 17+ with jpackage and Maven are assumed: the tests need them already). Safe to run again.
#
#   fakeroot              jpackage builds the .deb as a fake root (dpkg-deb itself comes with dpkg)
#   rpm                   rpmbuild, for the .rpm
#   binutils              objcopy, which jlink may use to strip native debug symbols
#   curl                  the smoke test asks the packaged simulator for its health
#   socat, openssl        the smoke test puts TLS in front of the packaged simulator and has --doctor speak https
#   desktop-file-utils    desktop-file-validate, for the .deb's desktop entry
#   xvfb, libgtk-3-0      a display for the class-data training run (packaging/linux/cds-train.sh), so the
#                         packages CI builds start as fast as released ones
set -euo pipefail

packages=(fakeroot rpm binutils curl socat openssl desktop-file-utils xvfb libgtk-3-0)

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ci-install.sh: no apt-get here; install by hand: ${packages[*]} (on Fedora: rpm-build instead of rpm)" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" != 0 ]; then
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "ci-install.sh: installed ${packages[*]}"
