#!/bin/sh
# Runs a test against a real Secret Service keychain: a private D-Bus session bus and a gnome-keyring daemon whose
# login keyring lives in a throw-away home, so the user's own keychain is never touched.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" XDG_CONFIG_HOME="$home/.config"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
    printf "%s" "rakkan-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$@"
