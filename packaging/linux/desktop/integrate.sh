#!/bin/sh
# Installed with the app (lib/app/desktop/) on Linux; the .deb's postinst/prerm and the .rpm's %post/%preun call it
# after jpackage's own menu commands. `integrate.sh install` puts the icon set into the hicolor theme (crisp drawings
# for 16 to 32 px, not a 512 px picture scaled down) and links the launcher as /usr/bin/pieces-os-control-panel, for
# `pieces-os-control-panel --doctor` in any terminal, and writes the class-data archive that makes start-up faster
# (cds-archive.sh, next to this script); `integrate.sh uninstall` takes all three away again.
# (Variables without braces: the build fills in the ${...} values and leaves the rest alone.)
set -u
name=${project.artifactId}
app=/opt/$name
here=$app/lib/app/desktop
sizes="16 24 32 48 64 128 256 512"

case "$1" in
  install)
    for size in $sizes; do
      xdg-icon-resource install --noupdate --novendor --context apps --size "$size" "$here/icon-$size.png" "$name" || true
    done
    xdg-icon-resource forceupdate || true
    # never replace a file that someone else put there
    if [ ! -e "/usr/bin/$name" ] || [ -L "/usr/bin/$name" ]; then
      ln -sf "$app/bin/$name" "/usr/bin/$name"
    fi
    "$here/cds-archive.sh" "$app" || true
    ;;
  uninstall)
    for size in $sizes; do
      xdg-icon-resource uninstall --noupdate --novendor --context apps --size "$size" "$name" || true
    done
    xdg-icon-resource forceupdate || true
    if [ -L "/usr/bin/$name" ] && [ "$(readlink "/usr/bin/$name")" = "$app/bin/$name" ]; then
      rm -f "/usr/bin/$name"
    fi
    # not in the package's file list (written after installing), so the package manager would leave it behind
    rm -f "$app/lib/app/panel.jsa"
    ;;
  *)
    echo "usage: $0 install|uninstall" >&2
    exit 2
    ;;
esac
exit 0
