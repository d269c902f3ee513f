#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Grapevine developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Grapevine-<version>-x86_64.AppImage: one file that runs on most Linux desktops without
# installing. Needs network access for linuxdeploy and its Qt plugin (GitHub releases), so it
# runs on a developer machine or in CI, not in the offline build.
#
#   packaging/appimage/build-appimage.sh            # from the project folder
#
# What goes in: the same install tree as the DEB (binaries, desktop file, metainfo, icons),
# plus Qt's libraries and plugins (platforms, sqldrivers/libqsqlite, imageformats incl. SVG,
# iconengines) that linuxdeploy-plugin-qt collects, and Qt's translations.
set -euo pipefail
cd "$(dirname "$0")/../.."

tools=build/appimage-tools
mkdir -p "$tools"
for tool in linuxdeploy-x86_64.AppImage linuxdeploy-plugin-qt-x86_64.AppImage; do
    if [ ! -x "$tools/$tool" ]; then
        repo=${tool%-x86_64.AppImage}
        curl -fL -o "$tools/$tool" "https://github.com/linuxdeploy/$repo/releases/download/continuous/$tool"
        chmod +x "$tools/$tool"
    fi
done

cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr
cmake --build --preset release
rm -rf build/AppDir
DESTDIR="$PWD/build/AppDir" cmake --install build/release

export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake)}
export EXTRA_QT_PLUGINS="svg;sqldrivers"
export LDAI_OUTPUT="Grapevine-$(sed -n 's/^ *VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt | head -1)-x86_64.AppImage"
"$tools/linuxdeploy-x86_64.AppImage" --appdir build/AppDir \
    --desktop-file build/AppDir/usr/share/applications/org.grapevine.Grapevine.desktop \
    --icon-file build/AppDir/usr/share/icons/hicolor/256x256/apps/org.grapevine.Grapevine.png \
    --plugin qt --output appimage
echo "Written: $LDAI_OUTPUT"
