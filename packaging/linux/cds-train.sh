#!/usr/bin/env bash
# Build time, Linux: records which classes the packaged panel loads from start to ready (the class list that
# desktop/cds-archive.sh turns into the class-data archive on the installing machine). A training run of the app
# image in target/installer/: the panel, connected by --url to the app's own simulator (--simulator-only, a second
# copy of the launcher), quits once ready (-Dpanel.exitWhenReady=true) and the JVM writes the list as it exits.
# It needs a display: $DISPLAY, else Xvfb if there is one; without either it writes no list and says so (the archive
# then holds the JDK's classes only). Usage: cds-train.sh <app image dir> <class list to write>
set -uo pipefail
app=$1
out=$2
name=$(basename "$(ls "$app"/lib/app/*.cfg | grep -v '/\.' | head -1)" .cfg)
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -f "$app/bin/.cds-train" "$app/lib/app/.cds-train.cfg" "$app/bin/.cds-sim" "$app/lib/app/.cds-sim.cfg"
  rm -rf "$work"
}
trap cleanup EXIT
skip() { echo "cds-train: $*; no class list, so the class-data archive will hold the JDK's classes only" >&2; exit 0; }

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null 2>&1 || skip "no display and no Xvfb"
  for n in $(seq 90 99); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 >/dev/null 2>&1 &
  pids+=($!)
  export DISPLAY=":$n"
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

# copies of the launcher, each reading lib/app/<its own name>.cfg: the app's options without its archive (there is
# none yet), plus what the run needs
base_cfg() { grep -v -e '^java-options=-XX:SharedArchiveFile' -e '^java-options=-Xshare' "$app/lib/app/$name.cfg"; }
cp "$app/bin/$name" "$app/bin/.cds-sim"
base_cfg > "$app/lib/app/.cds-sim.cfg"
cp "$app/bin/$name" "$app/bin/.cds-train"
{ base_cfg; printf '%s\n' "java-options=-XX:DumpLoadedClassList=$work/panel.classlist" \
    "java-options=-Dpanel.exitWhenReady=true" "java-options=-Dpanel.configDir=$work/config"; } \
  > "$app/lib/app/.cds-train.cfg"

"$app/bin/.cds-sim" --simulator-only --port 0 > "$work/sim.log" 2>&1 &
pids+=($!)
url=
for _ in $(seq 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sim.log" | head -1)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || skip "the simulator did not start: $(cat "$work/sim.log")"

timeout 120 "$app/bin/.cds-train" --url "$url" > "$work/train.log" 2>&1
status=$?
[ $status -eq 0 ] && [ -s "$work/panel.classlist" ] || skip "the training run failed ($status): $(tail -5 "$work/train.log")"
cp "$work/panel.classlist" "$out"
echo "cds-train: $(grep -c . "$out") classes recorded in $out"
