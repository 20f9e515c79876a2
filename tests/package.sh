#!/usr/bin/env bash
# The Debian package, checked as a user gets it: what it holds and depends on, its desktop
# entry, then installed with apt, started from /usr/bin under a virtual display on a throwaway
# journal, asked what a .twowaypack file is, and removed again.
#
#   tests/package.sh target/debug/bundle/deb/Twoway_0.1.0_amd64.deb
#
# `make package-test` builds the package and runs this. It installs and removes the package
# `twoway` (as root, or through sudo), so it refuses to run where Twoway is installed already.
# Exits non-zero at the first check that fails.
set -euo pipefail

deb=${1:?usage: tests/package.sh PATH/TO/Twoway_VERSION_ARCH.deb}
[ -f "$deb" ] || { echo "package test: no package at $deb" >&2; exit 1; }
deb=$(realpath "$deb")

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
PACK_MIME=application/x-twoway-pack
ICON_SIZES=(32x32 64x64 128x128 256x256 512x512)

work=$(mktemp -d "${TMPDIR:-/tmp}/twoway-package-test.XXXXXX")
installed=
fail() {
  echo "package test: FAILED: $*" >&2
  exit 1
}
step() { echo "== $*"; }
cleanup() {
  if [ -n "$installed" ]; then
    echo "== removing the package after a failure"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq twoway >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' twoway 2>/dev/null | grep -q 'install ok installed'; then
  fail "the package twoway is installed on this machine; this test installs and removes it, so" \
    "remove it first (sudo apt remove twoway) or run the test on a machine of its own"
fi

step "what the package holds"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./||; s|^|/|' >"$work/files"
expected=(
  /usr/bin/twoway
  /usr/share/applications/Twoway.desktop
  /usr/share/mime/packages/twoway.xml
  /usr/share/icons/hicolor/scalable/apps/twoway.svg
)
for size in "${ICON_SIZES[@]}"; do expected+=("/usr/share/icons/hicolor/$size/apps/twoway.png"); done
for file in "${expected[@]}"; do
  grep -qxF "$file" "$work/files" || fail "the package lacks $file"
done
echo "ok: binary, desktop entry, shared-mime-info file, icons ${ICON_SIZES[*]} and scalable"

step "its control fields"
[ "$(dpkg-deb -f "$deb" Package)" = twoway ] || fail "the package is not named twoway"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Every library the binary links to comes from a package that Depends names, or that one of
# them depends on.
mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"
# shellcheck disable=SC2001 # one package per line, versions dropped
depends_list=$(echo "$depends" | tr ',' '\n' | sed 's/([^)]*)//; s/|.*//' | tr -d ' ')
# shellcheck disable=SC2086 # the list splits into package names on purpose
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances $depends_list 2>/dev/null |
  grep -v '^ ' | sed 's/:.*//' | sort -u >"$work/depends-closure"
readelf -d "$work/root/usr/bin/twoway" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' >"$work/needed"
[ -s "$work/needed" ] || fail "cannot read the libraries /usr/bin/twoway links to"
ldconfig -p >"$work/ldconfig"
# The package a library file belongs to, asked by each name it goes by (merged /usr: /lib is
# /usr/lib; a soname is a link to the real file).
owner_of() {
  local candidate
  for candidate in "$1" "$(realpath "$1")" "/usr$1" "${1#/usr}" "/usr$(realpath "$1")"; do
    dpkg -S "$candidate" 2>/dev/null | head -1 | sed 's/:.*//' | grep . && return 0
  done
  return 1
}
while read -r soname; do
  library=$(awk -v l="$soname" '$1 == l {print $NF}' "$work/ldconfig" | head -1)
  [ -n "$library" ] || fail "$soname, which the binary needs, is not on this machine"
  owner=$(owner_of "$library") || fail "no package on this machine holds $library"
  grep -qxF "$owner" "$work/depends-closure" ||
    fail "the binary needs $soname from $owner, which Depends does not bring"
done <"$work/needed"
echo "ok: the $(wc -l <"$work/needed") libraries the binary links to come with Depends"

step "the desktop entry"
desktop="$work/root/usr/share/applications/Twoway.desktop"
desktop-file-validate "$desktop" >"$work/validate" 2>&1 || {
  cat "$work/validate" >&2
  fail "desktop-file-validate refuses Twoway.desktop"
}
if [ -s "$work/validate" ]; then
  cat "$work/validate" >&2
  fail "desktop-file-validate has remarks on Twoway.desktop"
fi
grep -qx 'Exec=twoway %F' "$desktop" || fail "the desktop entry does not start 'twoway %F'"
grep -qx "MimeType=$PACK_MIME;" "$desktop" || fail "the desktop entry does not open $PACK_MIME"
grep -qx 'Icon=twoway' "$desktop" || fail "the desktop entry's icon is not twoway"
echo "ok: valid, Exec=twoway %F, MimeType=$PACK_MIME;"

step "apt-get install"
installed=yes
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || {
  cat "$work/apt.log" >&2
  fail "apt-get install refused the package"
}
[ -x /usr/bin/twoway ] || fail "/usr/bin/twoway is not there after the install"
version=$(dpkg-deb -f "$deb" Version)
[ "$(/usr/bin/twoway --version)" = "twoway $version" ] || fail "/usr/bin/twoway --version does not say $version"
[ -f /usr/share/mime/$PACK_MIME.xml ] || fail "the MIME database does not know $PACK_MIME after the install"
echo "ok: installed version $version"

step "the installed command line makes a pack, and the desktop knows it for one"
home="$work/home"
mkdir -p "$home" "$work/runtime"
chmod 700 "$work/runtime"
# The app and its command line see only a home, a runtime folder and a journal of their own.
isolated=(env -i PATH=/usr/bin:/bin HOME="$home" USER="${USER:-root}" LANG=C.UTF-8
  XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
  XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state"
  XDG_RUNTIME_DIR="$work/runtime")
"${isolated[@]}" /usr/bin/twoway --journal "$work/partner.sqlite3" demo >/dev/null
"${isolated[@]}" /usr/bin/twoway --journal "$work/partner.sqlite3" export --format json \
  --out "$work/from-partner.twowaypack" >/dev/null
cp "$work/from-partner.twowaypack" "$work/old-pack.json"
found=$(env XDG_CURRENT_DESKTOP=X-Generic xdg-mime query filetype "$work/from-partner.twowaypack")
[ "$found" = "$PACK_MIME" ] || fail "xdg-mime says a .twowaypack file is $found, not $PACK_MIME"
found=$(gio info -a standard::content-type "$work/old-pack.json" | sed -n 's/.*standard::content-type: //p')
[ "$found" = "$PACK_MIME" ] || fail "a pack still named .json is $found to GLib, not $PACK_MIME"
found=$(env XDG_CURRENT_DESKTOP=X-Generic xdg-mime query default $PACK_MIME)
[ "$found" = Twoway.desktop ] || fail "xdg-mime opens $PACK_MIME with '$found', not Twoway.desktop"
echo "ok: a .twowaypack file is $PACK_MIME (one named .json too, by its content), opened by Twoway.desktop"

step "the installed app starts, on a throwaway journal, with a pack to import"
cat >"$work/run-app.sh" <<'EOF'
#!/usr/bin/env bash
# Under xvfb-run and a D-Bus session of its own (no other Twoway can take the start over).
set -euo pipefail
work=$1
/usr/bin/twoway --journal "$work/journal.sqlite3" "$work/from-partner.twowaypack" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 120); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Twoway": ("twoway" '; then break; fi
  kill -0 "$app" 2>/dev/null || { echo "the app ended before its window showed" >&2; exit 1; }
  sleep 0.5
done
xwininfo -root -tree | grep '"Twoway": (' >"$work/window" || {
  echo "no Twoway window after 60 s" >&2
  kill "$app"
  exit 1
}
# It keeps running, on the journal it was given.
sleep 3
kill -0 "$app" || { echo "the app ended after its window showed" >&2; exit 1; }
[ -f "$work/journal.sqlite3" ] || { echo "the app did not make its journal" >&2; exit 1; }
# A double-click on another pack while it runs: that start hands the pack over and ends.
timeout 30 /usr/bin/twoway --journal "$work/journal.sqlite3" "$work/old-pack.json" >>"$work/app.log" 2>&1 ||
  { echo "a second start on a pack did not hand over to the running app" >&2; exit 1; }
kill -0 "$app" || { echo "the app ended when a second start handed a pack over" >&2; exit 1; }
[ "$(xwininfo -root -tree | grep -c '"Twoway": (')" = 1 ] ||
  { echo "a second start opened a second window" >&2; exit 1; }
# A logout's SIGTERM ends it cleanly.
kill -TERM "$app"
wait "$app" || { echo "the app did not end cleanly on SIGTERM (exit $?)" >&2; exit 1; }
EOF
chmod +x "$work/run-app.sh"
# What the session bus starts for the app (portals that find no desktop) says so on its own
# output, shown only when the app does not come up.
"${isolated[@]}" WEBKIT_DISABLE_COMPOSITING_MODE=1 dbus-run-session -- \
  xvfb-run -a -s "-screen 0 1280x860x24" "$work/run-app.sh" "$work" >"$work/session.log" 2>&1 || {
  echo "--- the session's output:" >&2
  cat "$work/session.log" >&2 || true
  echo "--- the app's output:" >&2
  cat "$work/app.log" >&2 || true
  fail "the installed app did not come up"
}
echo "ok: window $(sed 's/^ *//' "$work/window" | cut -c1-60)…, journal written," \
  "a second start on a pack handed over, ended on SIGTERM"
[ ! -e "$home/.local/share/app.twoway.journal/journal.sqlite3" ] ||
  fail "the app made a default journal although --journal named another"

step "apt-get remove"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq twoway >"$work/apt.log" 2>&1 || {
  cat "$work/apt.log" >&2
  fail "apt-get remove failed"
}
installed=
[ ! -e /usr/bin/twoway ] || fail "/usr/bin/twoway is still there after the removal"
[ ! -e /usr/share/applications/Twoway.desktop ] || fail "the desktop entry is still there"
[ ! -e /usr/share/mime/$PACK_MIME.xml ] || fail "the MIME database still knows $PACK_MIME"
if dpkg-query -W -f='${Status}' twoway 2>/dev/null | grep -q 'install ok installed'; then
  fail "dpkg still lists twoway as installed"
fi
echo "ok: removed, binary, desktop entry and MIME type gone"
echo "package test: passed"
