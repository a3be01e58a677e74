#!/usr/bin/env bash
# Installs what is missing, builds the `release` preset and runs LTV Studio on
# the bundled demo data: the GUI when there is a display, the headless
# pipeline (`ltv demo`) when there is none.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
# Let ccache reuse objects across clones in different folders.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset release
cmake --build --preset release --target ltv ltv-studio

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/release/app/gui/ltv-studio --demo "$@"
else
  echo "No display found: running the headless pipeline on the demo data."
  exec build/release/app/cli/ltv demo --out ltv-demo-output "$@"
fi
