#!/usr/bin/env bash
# Takes away what install.sh put under ~/.local: the app, the launcher, the menu
# entry, the metainfo and the icons. Your history and settings stay where they
# are (~/.local/share/unknot, ~/.config/unknot); delete those yourself if you
# want them gone.
set -euo pipefail
id="io.github.unknot.Unknot"
app="$HOME/.local/lib/unknot"
bin="$HOME/.local/bin"
share="${XDG_DATA_HOME:-$HOME/.local/share}"

rm -rf "$app" "$app.new"
# The launcher only if it is ours, not another program of the same name.
if [ -f "$bin/unknot" ] && grep -q "$app/unknot" "$bin/unknot"; then
    rm -f "$bin/unknot"
fi
rm -f "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
rm -f "$share/icons/hicolor/scalable/apps/$id.svg" "$share"/icons/hicolor/*/apps/"$id.png"

# No update-desktop-database: the entry opens no file types, and menus watch the folder.
# Only a cache that is already there needs refreshing; without one the icons
# are found by looking.
if [ -f "$share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi

echo "Unknot is uninstalled. Your history and settings are still in place."
