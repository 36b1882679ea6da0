#!/usr/bin/env bash
# Builds the Linux bundle and its archive, from a fresh clone:
#
#     packaging/build.sh
#
# makes .venv (if missing) with the packaging tools, then
#   dist/unknot/                               the PyInstaller bundle
#   dist/unknot-VERSION-linux-x86_64.tar.gz    the bundle, the icon (SVG and PNG
#                                              16 to 512), the desktop entry, the
#                                              metainfo, install.sh, uninstall.sh
#   dist/bundle-sizes.json                     the bundle's size beside a naive
#                                              bundle of a bare PySide6 window
#                                              built from the same wheels now
# tests/test_bundle.py checks the archive and the size.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

[ -x .venv/bin/python ] || "${PYTHON:-python3}" -m venv .venv
.venv/bin/pip install -q -e '.[package]'
version="$(.venv/bin/python -c 'import unknot; print(unknot.__version__)')"
pyinstaller=(.venv/bin/pyinstaller --noconfirm --log-level ERROR)

echo "Building the bundle dist/unknot/ ..."
"${pyinstaller[@]}" --distpath dist --workpath build/pyinstaller packaging/unknot.spec

# The yardstick: what PyInstaller makes of a bare window with no trimming.
echo "Building a naive bundle of a bare PySide6 window to compare sizes ..."
naive="build/naive"
mkdir -p "$naive"
cat >"$naive/bare.py" <<'PY'
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.show()
app.exec()
PY
"${pyinstaller[@]}" --distpath "$naive/dist" --workpath "$naive/work" --specpath "$naive" \
    "$naive/bare.py"
.venv/bin/python packaging/bundle_size.py dist/unknot "$naive/dist/bare" >dist/bundle-sizes.json
cat dist/bundle-sizes.json

echo "Making the archive ..."
name="unknot-$version"
stage="build/archive/$name"
rm -rf "build/archive"
mkdir -p "$stage/share"
cp -a dist/unknot "$stage/unknot"
cp packaging/linux/io.github.unknot.Unknot.desktop packaging/linux/io.github.unknot.Unknot.metainfo.xml \
    "$stage/share/"
cp assets/icons/unknot.svg "$stage/share/io.github.unknot.Unknot.svg"
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py \
    assets/icons/unknot.svg "$stage/share/icons"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$stage/"
chmod 755 "$stage/install.sh" "$stage/uninstall.sh"
archive="dist/$name-linux-x86_64.tar.gz"
tar -C build/archive -czf "$archive" "$name"
echo "Done: $root/$archive"
