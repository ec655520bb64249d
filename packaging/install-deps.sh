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

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    echo "Installing Debian packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The test suite's one package from outside Debian: the reference C2PA validator (npm, pinned by its lock file,
# test-only; tests/credentials/oracle/SOURCE.md), installed beside the script that runs it.
for g in "${groups[@]}"; do
    if [ "$g" = test ]; then
        oracle="$here/../tests/credentials/oracle"
        if [ ! -f "$oracle/node_modules/@contentauth/c2pa-wasm/c2pa.wasm" ]; then
            echo "Installing the reference C2PA validator for the tests (npm ci in $oracle)" >&2
            npm ci --prefix "$oracle" --no-audit --no-fund --loglevel=error
        fi
    fi
done
