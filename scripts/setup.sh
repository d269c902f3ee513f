# SPDX-FileCopyrightText: 2026 The Grapevine developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by scripts/run and scripts/test (sourced, not run): installs what is missing, then
# configures and builds with a CMake preset. Quick when nothing changed.

set -euo pipefail

GRAPEVINE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "Installing packages needs administrator rights, and sudo is not available." >&2
        echo "Run as root: $*" >&2
        exit 1
    fi
}

# Everything the build, the tests and the screenshots need, by Debian/Ubuntu package name.
APT_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache clang-format dpkg-dev file
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    libsqlite3-dev sqlite3 libqrencode-dev libuchardet-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth poppler-utils fonts-dejavu-core
    desktop-file-utils appstream lintian python3
)
DNF_PACKAGES=(
    cmake ninja-build gcc-c++ ccache
    qt6-qtbase-devel qt6-qtcharts-devel qt6-qtsvg-devel qt6-qttools-devel qt6-linguist
    sqlite-devel sqlite qrencode-devel uchardet-devel gtest-devel gmock-devel google-benchmark-devel
    xorg-x11-server-Xvfb poppler-utils dejavu-sans-fonts
)
BREW_PACKAGES=(cmake ninja ccache qt googletest google-benchmark sqlite qrencode uchardet)

install_apt() {
    local missing=()
    for p in "${APT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

install_dnf() {
    local missing=()
    for p in "${DNF_PACKAGES[@]}"; do
        rpm -q "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing: ${missing[*]}"
        as_root dnf install -y "${missing[@]}"
    fi
}

install_brew() {
    local missing=()
    for p in "${BREW_PACKAGES[@]}"; do
        brew list --formula "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing: ${missing[*]}"
        brew install "${missing[@]}"
    fi
    export CMAKE_PREFIX_PATH="$(brew --prefix qt):${CMAKE_PREFIX_PATH:-}"
}

windows_steps() {
    cat >&2 <<'STEPS'
On Windows, install these once, then run the commands below in a "Developer PowerShell for VS":
  1. Visual Studio 2022 (or Build Tools) with "Desktop development with C++" (includes CMake and Ninja).
  2. Qt 6.4 or newer for MSVC 2019/2022 64-bit with Qt Charts, Qt SVG and Qt Linguist
     (Qt Online Installer), and add its bin folder to PATH, e.g. C:\Qt\6.6.0\msvc2019_64\bin.
  3. vcpkg install gtest benchmark sqlite3 --triplet x64-windows, and set
     CMAKE_TOOLCHAIN_FILE to vcpkg's scripts/buildsystems/vcpkg.cmake.
Then:
  cmake --preset release
  cmake --build --preset release
  build\release\app\grapevine.exe          (scripts/run)
  ctest --preset release                   (scripts/test)
STEPS
    exit 1
}

install_dependencies() {
    case "$(uname -s)" in
        Linux)
            if command -v apt-get >/dev/null 2>&1; then install_apt
            elif command -v dnf >/dev/null 2>&1; then install_dnf
            else
                echo "This Linux has neither apt-get nor dnf. Install CMake, Ninja, a C++17 compiler, Qt 6.4+ (Base, Charts, SVG, Tools), SQLite, GoogleTest and Google Benchmark, then run again." >&2
                exit 1
            fi ;;
        Darwin)
            command -v brew >/dev/null 2>&1 || { echo "Install Homebrew first: see brew.sh" >&2; exit 1; }
            install_brew ;;
        MINGW*|MSYS*|CYGWIN*) windows_steps ;;
        *) echo "Unsupported system: $(uname -s)" >&2; exit 1 ;;
    esac
    if command -v ccache >/dev/null 2>&1; then
        export CMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
}

# configure_and_build PRESET [TARGET...]
configure_and_build() {
    local preset=$1
    shift
    cd "$GRAPEVINE_ROOT"
    say "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    say "Building ($preset)"
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --parallel "$(build_jobs)" --target "$@"
    else
        cmake --build --preset "$preset" --parallel "$(build_jobs)"
    fi
}

build_jobs() {
    local n
    n=$(getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2)
    echo "$n"
}
