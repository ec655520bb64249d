#!/usr/bin/env bash
# The Debian package, as a user gets it: built from a Release build with CPack, its desktop entry and AppStream
# metadata validated, installed on this machine with apt (which resolves the Depends dpkg-shlibdeps computed),
# used from the installed files only (the CLI imports a folder, the GUI opens the catalogue offscreen and saves
# its windows), then purged, checking that nothing of it is left outside the user's own data.
# Usage: packaging/test-deb.sh [build-dir]      (default build-package; needs root or sudo for apt)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir=${1:-build-package}
jobs=$(nproc 2>/dev/null || echo 2)
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

echo "== metadata =="
desktop-file-validate packaging/io.rakkan.Rakkan.desktop
appstreamcli validate --no-net packaging/linux/io.rakkan.Rakkan.metainfo.xml

echo "== package =="
# -O2 as the tested builds use (GCC 12's -O3 warns falsely inside libstdc++), without their debug information.
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" \
    -DRAKKAN_WARNINGS_AS_ERRORS=ON \
    -DRAKKAN_BUILD_TESTS=OFF -DRAKKAN_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" --parallel "$jobs"
rm -f "$dir"/rakkan_*.deb
(cd "$dir" && cpack -G DEB >/dev/null)
deb=$(ls "$root/$dir"/rakkan_*.deb)
echo "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
contents=$(mktemp)
work=$(mktemp -d)
cleanup() {
    rm -rf "$work" "$contents"
    # A failed run must not leave the package on the machine.
    if dpkg-query -W -f='${Status}' rakkan 2>/dev/null | grep -q 'ok installed'; then
        "${sudo[@]}" apt-get remove --purge -y -qq rakkan >/dev/null || true
    fi
}
trap cleanup EXIT
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' >"$contents"
for f in /usr/bin/rakkan /usr/bin/rakkan-cli /usr/bin/rakkan-hub /usr/share/applications/io.rakkan.Rakkan.desktop \
    /usr/share/metainfo/io.rakkan.Rakkan.metainfo.xml /usr/share/icons/hicolor/scalable/apps/io.rakkan.Rakkan.svg \
    /usr/share/mime/packages/io.rakkan.Rakkan.xml /usr/share/man/man1/rakkan-cli.1.gz \
    /usr/share/man/man1/rakkan-hub.1.gz /usr/lib/systemd/system/rakkan-hub@.service; do
    grep -qx "$f" "$contents" || { echo "the package lacks $f" >&2; exit 1; }
done

echo "== install =="
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
# From here on, only the installed programs: PATH without the build trees.
export PATH=/usr/bin:/bin
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export RAKKAN_LANG=en LANG=C.UTF-8
mkdir -p "$HOME"
rakkan-cli --version
rakkan-hub --version
# Whole outputs are read before grep looks at them: grep -q in a pipe would end the writer with SIGPIPE.
man=$(zcat /usr/share/man/man1/rakkan-cli.1.gz)
grep -q 'Commands:' <<<"$man" || { echo "rakkan-cli(1) lacks the commands" >&2; exit 1; }

echo "== use =="
mkdir -p "$work/art/series 1"
cp "$root"/tests/data/matching/works/*.png "$work/art/series 1/"
cp "$root/tests/data/psd/blend-modes__linear-light.psd" "$work/art/"
rakkan-cli --catalog "$work/works.rakkan" import "$work/art"
works=$(rakkan-cli --catalog "$work/works.rakkan" works list --json | grep -o '"id"' | wc -l)
[ "$works" -eq 7 ] || { echo "expected 7 works after the import, found $works" >&2; exit 1; }
matched=$(rakkan-cli --catalog "$work/works.rakkan" match "$work/art/series 1/clipart-0000.png")
grep -q '"clipart-0000"' <<<"$matched" || { echo "the installed CLI did not find the work: $matched" >&2; exit 1; }
# The GUI from /usr/bin, offscreen, on that catalogue: every main window drawn and saved, with the translations
# and resources built into it.
QT_QPA_PLATFORM=offscreen timeout 300 rakkan "$work/works.rakkan" --screenshots "$work/shots" \
    --check "$work/art/series 1/clipart-0001.png"
shots=$(ls "$work/shots" | grep -c '\.png$' || true)
[ "$shots" -ge 8 ] || { echo "the installed GUI saved $shots pictures of its windows, not 8 or more" >&2; exit 1; }
RAKKAN_LANG=ja QT_QPA_PLATFORM=offscreen timeout 300 rakkan "$work/works.rakkan" --screenshots "$work/shots-ja"
ja_shots=$(ls "$work/shots-ja")
grep -q 'main\.png$' <<<"$ja_shots" || { echo "the installed GUI in Japanese saved no picture" >&2; exit 1; }

echo "== remove =="
"${sudo[@]}" apt-get remove --purge -y -qq rakkan >/dev/null
left=0
while read -r f; do
    if [ -e "$f" ] && [ ! -d "$f" ]; then
        echo "left behind: $f" >&2
        left=1
    fi
done <"$contents"
[ "$left" -eq 0 ]
echo "package test passed: $(basename "$deb")"
