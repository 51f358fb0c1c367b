#!/usr/bin/env bash
# Smoke test of the packaged app on Linux, after `mvn -B -Ppackage -DskipTests package` (packaging/ci-install.sh
# installs the tools it uses). It runs the app from the .deb's own files, unpacked with dpkg-deb -x:
#   1. --version prints the pom's version (from the app image's launcher too);
#   2. --simulator-only --port N serves, and answers GET /.well-known/health (curl);
#   3. --doctor --url <that simulator> exits 0: the trimmed runtime holds the HTTP client, Jackson, the server...;
#   4. the same over https (socat puts TLS in front of the simulator): TLS and its elliptic-curve crypto are there,
#      and an untrusted certificate is refused;
#   5. the runtime's modules are exactly jpackage.cfg's, and those are what jdeps finds the app needs (no more);
#   6. the .deb holds the launcher, a valid desktop entry with the right name and icon, the icon files, and nothing
#      else: no build files, no test libraries, no stray jars; the .rpm holds the same launcher and entry;
#   7. cds-archive.sh (run by the installers) writes a class-data archive the app starts with (-Xshare:on).
# Prints what it checked and the sizes; exits 1 at the first failure, saying what was wrong.
set -euo pipefail
cd "$(dirname "$0")/.."

installers=target/installer
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "  ok    $*"; }
need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: run packaging/ci-install.sh"
  done
}
need mvn jdeps keytool dpkg-deb rpm curl socat openssl desktop-file-validate

# --- what the pom says -------------------------------------------------------------------------------------------
pom() {
  mvn -B -q -N -Dstyle.color=never org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
    -Dexpression="$1" -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g'
}
version=$(pom project.version)
name=$(pom project.name)
id=$(pom project.artifactId)
[ -n "$version" ] && [ -n "$name" ] && [ -n "$id" ] || fail "could not read the version, name and artifactId from the pom"
echo "Smoke test of $name $version ($id)"

# --- the app image and the installers ----------------------------------------------------------------------------
image="$installers/$id"
deb=$(ls "$installers"/"${id}"_*.deb 2>/dev/null | head -n1 || true)
rpm=$(ls "$installers"/"${id}"-*.rpm 2>/dev/null | head -n1 || true)
[ -x "$image/bin/$id" ] || fail "no app image launcher at $image/bin/$id: build with mvn -B -Ppackage -DskipTests package"
[ -n "$deb" ] || fail "no .deb in $installers"
[ -n "$rpm" ] || fail "no .rpm in $installers"

root="$work/deb"
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$root/DEBIAN"
app="$root/opt/$id"
launcher="$app/bin/$id"
[ -x "$launcher" ] || fail "the .deb has no launcher at /opt/$id/bin/$id"
ok "the .deb unpacks; its launcher is /opt/$id/bin/$id"

# --- 1. --version --------------------------------------------------------------------------------------------------
for l in "$image/bin/$id" "$launcher"; do
  got=$("$l" --version) || fail "$l --version exited $?"
  [ "$got" = "$name $version" ] || fail "$l --version printed '$got', expected '$name $version'"
done
ok "--version prints '$name $version' (app image and .deb)"

# --- 2. --simulator-only --port N ----------------------------------------------------------------------------------
# Waits (up to 30 s) until $1's file holds a line matching $2.
wait_for_line() {
  local file=$1 pattern=$2 i
  for i in $(seq 300); do
    grep -q -- "$pattern" "$file" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
port=$(free_port)
"$launcher" --simulator-only --port "$port" >"$work/sim.log" 2>&1 &
pids+=($!)
wait_for_line "$work/sim.log" "serving on http://127.0.0.1:$port" \
  || fail "--simulator-only --port $port did not say it serves within 30 s: $(cat "$work/sim.log")"
sim="http://127.0.0.1:$port"
health=$(curl -fsS --max-time 10 "$sim/.well-known/health") || fail "GET $sim/.well-known/health failed"
case "$health" in ok*) ;; *) fail "GET /.well-known/health answered '$health', expected ok..." ;; esac
ok "--simulator-only --port $port serves; GET /.well-known/health answers '$health'"

# --- 3. --doctor -----------------------------------------------------------------------------------------------------
"$launcher" --doctor --url "$sim" >"$work/doctor.log" 2>&1 \
  || fail "--doctor --url $sim exited $?: $(cat "$work/doctor.log")"
grep -q "Result: PiecesOS answered sanely" "$work/doctor.log" || fail "--doctor's report lacks its verdict: $(cat "$work/doctor.log")"
ok "--doctor --url $sim exits 0 (health, version, device, permissions, update check)"

# --- 4. the same over TLS ------------------------------------------------------------------------------------------
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
keytool -importcert -noprompt -alias simulator -file "$work/cert.pem" -keystore "$work/trust.p12" \
  -storetype PKCS12 -storepass changeit >/dev/null 2>&1
tls_port=$(free_port)
socat "OPENSSL-LISTEN:$tls_port,bind=127.0.0.1,reuseaddr,fork,cert=$work/cert.pem,key=$work/key.pem,verify=0" \
  "TCP:127.0.0.1:$port" 2>/dev/null &
pids+=($!)
for i in $(seq 300); do
  (exec 3<>"/dev/tcp/127.0.0.1/$tls_port") 2>/dev/null && break
  sleep 0.1
done
JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$work/trust.p12 -Djavax.net.ssl.trustStorePassword=changeit" \
  "$launcher" --doctor --url "https://127.0.0.1:$tls_port" >"$work/doctor-tls.log" 2>&1 \
  || fail "--doctor over https exited $?: $(cat "$work/doctor-tls.log")"
ok "--doctor --url https://127.0.0.1:$tls_port exits 0 (TLS to a server with an elliptic-curve certificate)"
if "$launcher" --doctor --url "https://127.0.0.1:$tls_port" >"$work/doctor-untrusted.log" 2>&1; then
  fail "--doctor trusted a certificate nobody vouched for"
fi
grep -q "PKIX path building failed" "$work/doctor-untrusted.log" \
  || fail "an untrusted certificate failed for another reason: $(cat "$work/doctor-untrusted.log")"
ok "--doctor refuses the same server's certificate when it is not trusted"

# --- 5. the runtime's modules ---------------------------------------------------------------------------------------
# jdeps sees what the classes use; it cannot see service providers, so those are named here. Optional uses left
# out on purpose (see jpackage.cfg): java.sql (Jackson), jdk.jfr (JavaFX).
providers="jdk.crypto.ec jdk.localedata"
optional="java.sql jdk.jfr"
needed=$( { jdeps --list-deps --ignore-missing-deps --multi-release 17 --class-path "$app/lib/app/*" \
              "$app"/lib/app/*.jar 2>/dev/null | sed -n 's/^ *\(java\.[a-z.]*\|jdk\.[a-z.]*\)$/\1/p'
            echo "$providers" | tr ' ' '\n'; } | grep -vxF -f <(echo "$optional" | tr ' ' '\n') | sort -u)
configured=$(sed -n 's/^--add-modules *//p' jpackage.cfg | tr ',' '\n' | sort -u)
[ "$needed" = "$configured" ] || fail "jpackage.cfg's --add-modules is not what the app needs:
  missing (add): $(comm -23 <(echo "$needed") <(echo "$configured") | tr '\n' ' ')
  unused (drop): $(comm -13 <(echo "$needed") <(echo "$configured") | tr '\n' ' ')"
runtime=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$app/lib/runtime/release" | tr ' ' '\n' | sort -u)
missing=$(comm -23 <(echo "$configured") <(echo "$runtime"))
[ -z "$missing" ] || fail "the packaged runtime lacks $missing"
ok "the runtime holds exactly what the app needs: $(echo "$configured" | tr '\n' ' ')"
for junk in bin/java bin/keytool include man jmods; do
  [ ! -e "$app/lib/runtime/$junk" ] || fail "the runtime was not stripped: it has $junk"
done
ok "the runtime is stripped (no java/keytool commands, headers, man pages or jmods)"

# --- 6. the .deb's files ---------------------------------------------------------------------------------------------
entry=$(ls "$app"/lib/*.desktop 2>/dev/null | head -n1 || true)
[ -n "$entry" ] || fail "the .deb has no desktop entry"
field() { sed -n "s/^$1=//p" "$entry" | head -n1; }
[ "$(field Name)" = "$name" ] || fail "the desktop entry's Name is '$(field Name)', expected '$name'"
[ "$(field Icon)" = "$id" ] || fail "the desktop entry's Icon is '$(field Icon)', expected '$id'"
[ "$(field Exec)" = "/opt/$id/bin/$id" ] || fail "the desktop entry's Exec is '$(field Exec)', expected /opt/$id/bin/$id"
[ "$(field Type)" = "Application" ] || fail "the desktop entry's Type is '$(field Type)'"
validation=$(desktop-file-validate "$entry" 2>&1) || fail "desktop-file-validate: $validation"
grep -q "xdg-desktop-menu install /opt/$id/lib/$(basename "$entry")" "$root/DEBIAN/postinst" \
  || fail "postinst does not install the desktop entry"
ok "desktop entry $(basename "$entry"): Name=$name, Icon=$id, Exec=/opt/$id/bin/$id; desktop-file-validate passes"

png_size() { # prints WIDTHxHEIGHT from a PNG's header, or nothing if it is not a PNG
  [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || return 0
  local w h
  w=$(od -An -tu4 --endian=big -j16 -N4 "$1" | tr -d ' ')
  h=$(od -An -tu4 --endian=big -j20 -N4 "$1" | tr -d ' ')
  echo "${w}x${h}"
}
sizes="16 24 32 48 64 128 256 512"
for n in $sizes; do
  f="$app/lib/app/desktop/icon-$n.png"
  [ "$(png_size "$f")" = "${n}x${n}" ] || fail "icon-$n.png is missing or not a ${n}x${n} PNG"
done
[ "$(png_size "$app/lib/$id.png")" = "512x512" ] || fail "the launcher's icon lib/$id.png is missing or not 512x512"
[ -x "$app/lib/app/desktop/integrate.sh" ] || fail "lib/app/desktop/integrate.sh is missing or not executable"
grep -q "/opt/$id/lib/app/desktop/integrate.sh install" "$root/DEBIAN/postinst" || fail "postinst does not install the icons"
grep -q "/opt/$id/lib/app/desktop/integrate.sh uninstall" "$root/DEBIAN/prerm" || fail "prerm does not remove the icons"
sh -n "$app/lib/app/desktop/integrate.sh" || fail "integrate.sh is not valid sh"
sh -n "$app/lib/app/desktop/cds-archive.sh" || fail "cds-archive.sh is not valid sh"
grep -q "cds-archive.sh" "$app/lib/app/desktop/integrate.sh" || fail "integrate.sh install does not write the class-data archive"
[ -s "$app/lib/app/panel.classlist" ] || echo "  note  no class list in the .deb (no display at build time): the archive will hold the JDK's classes only"
ok "icons: $sizes px for the hicolor theme (postinst installs them, prerm removes them), 512 px for the launcher"

# Every file must be one of these, and the jars exactly the main jar and the runtime libraries Maven resolves.
expected_jars=$( { echo "$id-$version.jar"
  mvn -B -q -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile=/dev/stdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | tr ':' '\n' \
    | xargs -n1 basename | grep -v '^javafx-[a-z]*-[0-9.]*\.jar$'; } | sort -u)
packaged_jars=$(cd "$app/lib/app" && ls *.jar | sort)
[ "$expected_jars" = "$packaged_jars" ] || fail "the .deb's jars are not the app's runtime class path:
  missing: $(comm -23 <(echo "$expected_jars") <(echo "$packaged_jars") | tr '\n' ' ')
  extra:   $(comm -13 <(echo "$expected_jars") <(echo "$packaged_jars") | tr '\n' ' ')"
stray=$(cd "$root" && find . -path ./DEBIAN -prune -o \( -type f -o -type l \) -print | sed 's|^\./||' | grep -vxE \
  "opt/$id/bin/$id|opt/$id/lib/libapplauncher\.so|opt/$id/lib/$id\.png|opt/$id/lib/$id-$id\.desktop|opt/$id/share/doc/copyright|opt/$id/lib/app/$id\.cfg|opt/$id/lib/app/[^/]+\.jar|opt/$id/lib/app/panel\.classlist|opt/$id/lib/app/desktop/(icon-[0-9]+\.png|integrate\.sh|cds-archive\.sh)|opt/$id/lib/runtime/.+" \
  || true)
[ -z "$stray" ] || fail "the .deb holds files that have no business there:
$stray"
ok "nothing stray: $(echo "$packaged_jars" | wc -l) jars (the app and its runtime libraries), the launcher, its config, icons, runtime"

# --- the class-data archive, written where the app is, as integrate.sh install does --------------------------------
sh "$app/lib/app/desktop/cds-archive.sh" "$app"
[ -s "$app/lib/app/panel.jsa" ] || fail "cds-archive.sh wrote no lib/app/panel.jsa"
cp "$app/bin/$id" "$app/bin/.cds-check"
{ cat "$app/lib/app/$id.cfg"; echo "java-options=-Xshare:on"; } > "$app/lib/app/.cds-check.cfg"
"$app/bin/.cds-check" --version >/dev/null 2>&1 || fail "the app does not start with its class-data archive required (-Xshare:on)"
rm -f "$app/bin/.cds-check" "$app/lib/app/.cds-check.cfg"
ok "class-data archive: cds-archive.sh writes it ($(du -h "$app/lib/app/panel.jsa" | cut -f1)) and the app starts with it"

# --- the .rpm: the same launcher and entry -------------------------------------------------------------------------
rpm_files=$(rpm -qlp "$rpm" 2>/dev/null)
for f in "/opt/$id/bin/$id" "/opt/$id/lib/$(basename "$entry")" "/opt/$id/lib/app/desktop/integrate.sh" \
         "/opt/$id/lib/app/desktop/icon-16.png" "/opt/$id/lib/app/$id-$version.jar"; do
  grep -qxF "$f" <<<"$rpm_files" || fail "the .rpm lacks $f"
done
rpm -qp --scripts "$rpm" 2>/dev/null | grep -q "integrate.sh install" || fail "the .rpm's %post does not install the icons"
ok "the .rpm holds the same launcher, desktop entry and icons, and installs them"

# --- sizes -----------------------------------------------------------------------------------------------------------
echo "Sizes: app image $(du -sh "$image" | cut -f1), $(basename "$deb") $(du -h "$deb" | cut -f1)," \
  "$(basename "$rpm") $(du -h "$rpm" | cut -f1), installed $(du -sh "$app" | cut -f1)"
echo "Smoke test passed."
