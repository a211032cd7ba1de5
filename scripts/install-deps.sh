#!/usr/bin/env bash
# Installs what CNN Lab needs to build, test and run, from Debian 12 packages
# only. Does nothing (and needs no network) when everything is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqcustomplot-dev libtorch-dev zlib1g-dev
  qt6-tools-dev qt6-l10n-tools     # Qt Linguist: lupdate/lrelease for the translations
  qt6-multimedia-dev gstreamer1.0-plugins-good   # the capture dialog's camera (GStreamer's v4l2 source)
  xvfb xauth                       # GUI checks under a virtual X server
  clang libclang-rt-14-dev         # libFuzzer + sanitizer runtimes for the fuzz targets
)
if [ "${CNNLAB_WITH_PACKAGING:-0}" = 1 ]; then
  packages+=(dpkg-dev lintian desktop-file-utils appstream libxml2-utils shared-mime-info libglib2.0-bin)   # scripts/package.sh and its checks
fi
if [ "${CNNLAB_WITH_REFERENCE:-0}" = 1 ]; then
  packages+=(python3-torch python3-torchvision time)   # the lesson's PyTorch code, for scripts/bench.sh
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
