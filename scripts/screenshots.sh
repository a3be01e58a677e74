#!/usr/bin/env bash
# Re-makes the page screenshots of docs/images on the CDNOW demo, in English
# and Chinese, with the app's --screenshot option (offscreen, 1280x800).
# Usage: scripts/screenshots.sh [build dir] [page ...]   (default: every page)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
shift || true
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(welcome data models evaluation segments recommendations customers)
app="$build/app/gui/ltv-studio"
export QT_QPA_PLATFORM=offscreen QT_FONT_DPI=96 QT_SCALE_FACTOR=1
for lang in en zh_CN; do
  suffix=""; [ "$lang" = en ] || suffix="_$lang"
  for page in "${pages[@]}"; do
    name="$page-page"; args=(--demo)
    case "$page" in
      welcome) name=welcome; args=() ;;
      models|evaluation) args=(--demo --train) ;;
      customers) args=(--demo --customers-tab contributions) ;;
    esac
    "$app" --screenshot "docs/images/$name$suffix.png" --page "$page" --lang "$lang" --size 1280x800 "${args[@]}"
    echo "docs/images/$name$suffix.png"
  done
done
