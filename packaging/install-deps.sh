#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-packages.txt that are not installed yet.
# Usage: packaging/install-deps.sh [group...]   (groups: build run test dev eval; default: build run)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(build run)

wanted=()
while read -r name group provides; do
    case "$name" in ''|\#*) continue ;; esac
    # "command=X": a machine that already has the command X from elsewhere (Node.js from its own repository,
    # which bundles npm and conflicts with Debian's npm) needs nothing installed.
    if [[ "$provides" == command=* ]] && command -v "${provides#command=}" >/dev/null; then continue; fi
    for g in "${groups[@]}"; do
        # The test suite needs everything the GUI needs at run time (not the tools or the evaluation's artwork).
        if [ "$group" = "$g" ] || { [ "$g" = test ] && [ "$group" != dev ] && [ "$group" != eval ]; }; then
            wanted+=("$name")
            break
        fi
    done
done <"$here/debian-packages.txt"

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "Installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
