#!/usr/bin/env bash
# Installs what is missing, builds the `dev` preset and runs every test offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
# Let ccache reuse objects across clones in different folders.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset dev
cmake --build --preset dev
QT_QPA_PLATFORM=offscreen ctest --test-dir build/dev --output-on-failure --timeout 900 "$@"
