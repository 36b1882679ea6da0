#!/usr/bin/env bash
# Installs Unknot for the current user from the unpacked archive:
#   ~/.local/lib/unknot/                 the app
#   ~/.local/bin/unknot                  the launcher (on PATH in most desktops)
#   ~/.local/share/applications/, metainfo/, icons/hicolor/   the menu entry
# Running it again replaces the app in place. Your history and settings live
# elsewhere (~/.local/share/unknot, ~/.config/unknot) and are not touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
id="io.github.unknot.Unknot"
app="$HOME/.local/lib/unknot"
bin="$HOME/.local/bin"
share="${XDG_DATA_HOME:-$HOME/.local/share}"

if [ ! -x "$here/unknot/unknot" ]; then
    echo "install.sh: run it from the unpacked archive (no unknot/unknot beside it)." >&2
    exit 1
fi

# Copied beside the old app first, then swapped, so a failed copy leaves the
# installed app as it was.
mkdir -p "$(dirname "$app")" "$bin"
rm -rf "$app.new"
cp -a "$here/unknot" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"

cat >"$bin/unknot" <<LAUNCHER
#!/bin/sh
exec "$app/unknot" "\$@"
LAUNCHER
chmod 755 "$bin/unknot"

# The menu entry starts the launcher by its full path: ~/.local/bin is not on
# every desktop session's PATH.
mkdir -p "$share/applications"
sed "s|^Exec=unknot|Exec=$bin/unknot|" "$here/share/$id.desktop" >"$share/applications/$id.desktop"
chmod 644 "$share/applications/$id.desktop"
install -Dm644 "$here/share/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/share/$id.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for png in "$here"/share/icons/*/"$id.png"; do
    size="$(basename "$(dirname "$png")")"
    install -Dm644 "$png" "$share/icons/hicolor/$size/apps/$id.png"
done

# No update-desktop-database: the entry opens no file types, and menus watch the folder.
# Only a cache that is already there needs refreshing; without one the icons
# are found by looking.
if [ -f "$share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi

echo "Unknot is installed: in your application menu, and as $bin/unknot."
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH; the menu entry works regardless.)" ;;
esac
