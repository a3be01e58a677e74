#!/usr/bin/env bash
# The one list of Debian packages LTV Studio needs to build, test, run and benchmark.
# Idempotent: installs only what is missing, and runs apt-get update only when it must install.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang-format
  # Qt 6 (Widgets, Charts, Concurrent, Svg, PrintSupport, LinguistTools, Test)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev qt6-qpa-plugins libgl-dev
  # numerics and storage
  libeigen3-dev liblbfgspp-dev libboost-dev libboost-math-dev libxgboost-dev libsqlite3-dev sqlite3
  # benchmarks
  libbenchmark-dev
  # headless GUI, fonts (CJK for Chinese), PDF text checks in tests
  xvfb xauth fonts-noto-cjk fonts-dejavu-core poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
