#!/usr/bin/env bash
# Screenshots of the bundled site for the README: the home page, a case study, a grid, the definitions page and a
# figure, each at 375 px (a phone) and 1280 px (a desk), the top 1600 px of the page, into docs/screenshots/.
# Run from anywhere: bash docs/screenshots/make.sh [CHROMIUM]. Needs the .NET SDK and Chromium (default
# /usr/bin/chromium). The site is built without search into a temporary folder and removed afterwards.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
chromium="${1:-/usr/bin/chromium}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
dotnet run --project "$root/src/BriefingGen.Cli" -- build --source "$root" --output "$site" --no-search >/dev/null
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking --force-color-profile=srgb)
if [ "$(id -u)" = 0 ]; then flags+=(--no-sandbox); fi
for page in "home:index.html" "case-study:case-studies/st-marys-estate/index.html" "grid:grids/planning-delivery-matrix/index.html" \
            "definitions:definitions/index.html" "figure:figures/can-make-a-difference/index.html"; do
  name="${page%%:*}"
  path="${page#*:}"
  for width in 375 1280; do
    "$chromium" "${flags[@]}" --window-size="$width,1600" --screenshot="$here/$name-$width.png" "file://$site/$path" 2>/dev/null
    echo "docs/screenshots/$name-$width.png"
  done
done
