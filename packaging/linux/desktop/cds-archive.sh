#!/bin/sh
# Writes the app's class-data-sharing archive, lib/app/panel.jsa: the JDK's, JavaFX's and the panel's classes that a
# start-up loads (lib/app/panel.classlist, recorded at build time by packaging/linux/cds-train.sh), parsed and
# verified once, here, and mapped into memory by every start instead of loaded from the jars again. The launcher's
# options name it (-XX:SharedArchiveFile=$APPDIR/panel.jsa, -Xshare:auto: a missing or unusable archive never stops
# the app, it only starts slower). The JVM accepts an archive only where its jars were when it was written, so it is
# made on the machine, after installing: integrate.sh install (the .deb's postinst, the .rpm's %post) runs this, the
# build runs it for the app image in target/installer/. Usage: cds-archive.sh <app dir> (the dir holding bin/, lib/).
# Without a class list it archives the JDK's default list: the JDK's classes at least.
set -u
app=$1
name=$(basename "$(ls "$app"/lib/app/*.cfg | grep -v '/\.' | head -1)" .cfg)
list=$app/lib/app/panel.classlist
archive=$app/lib/app/panel.jsa
[ -f "$list" ] || list=$app/lib/runtime/lib/classlist
rm -f "$archive"
# A copy of the launcher reads lib/app/<its own name>.cfg: the app's own options, but dumping the archive
# (the JVM writes it and exits without starting the app), never reading one
cp "$app/bin/$name" "$app/bin/.cds-dump"
grep -v -e '^java-options=-XX:SharedArchiveFile' -e '^java-options=-Xshare' "$app/lib/app/$name.cfg" \
  > "$app/lib/app/.cds-dump.cfg"
printf '%s\n' "java-options=-Xshare:dump" "java-options=-XX:SharedClassListFile=$list" \
  "java-options=-XX:SharedArchiveFile=$archive" "java-options=-Xlog:cds=off" "java-options=-Xlog:cds+dynamic=off" \
  >> "$app/lib/app/.cds-dump.cfg"
"$app/bin/.cds-dump" >/dev/null 2>&1
status=$?
rm -f "$app/bin/.cds-dump" "$app/lib/app/.cds-dump.cfg"
if [ $status -ne 0 ] || [ ! -s "$archive" ]; then
  rm -f "$archive"
  echo "$name: no class-data archive (the JVM said $status); the app starts without it, a little slower" >&2
  exit 0
fi
chmod 644 "$archive"
exit 0
