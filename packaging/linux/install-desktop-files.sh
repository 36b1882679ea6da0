#!/usr/bin/env bash
# Puts Unknot in the desktop's application menu for the current user:
# the .desktop entry, the AppStream metainfo and the icon.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
install -Dm644 "$here/io.github.unknot.Unknot.desktop" "$share/applications/io.github.unknot.Unknot.desktop"
install -Dm644 "$here/io.github.unknot.Unknot.metainfo.xml" "$share/metainfo/io.github.unknot.Unknot.metainfo.xml"
install -Dm644 "$root/assets/icons/unknot.svg" "$share/icons/hicolor/scalable/apps/io.github.unknot.Unknot.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "Unknot is in your application menu (entry: $share/applications/io.github.unknot.Unknot.desktop)."
