#!/usr/bin/env bash
# Minifies the JavaScript glue and the stylesheets Trunk wrote into a release
# dist/ (Trunk's own minifier cannot parse wasm-bindgen's glue, and minifying
# its HTML would drop the markers the prerender reads). Each file keeps its
# name; its subresource-integrity hash in index.html is replaced by the new
# one, so the browser still checks exactly what it gets. Run right after
# `trunk build`, before the prerender copies index.html's tags into every page.
# Usage: scripts/minify-assets.sh DIST
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

dist=${1:?usage: minify-assets.sh DIST}
index="$dist/index.html"
sri() { printf 'sha384-%s' "$(openssl dgst -sha384 -binary "$1" | base64 -w0)"; }

shopt -s nullglob
files=("$dist"/*.js "$dist"/*.css)
[ ${#files[@]} -gt 0 ] || { echo "minify: no .js or .css in $dist/" >&2; exit 1; }
for file in "${files[@]}"; do
  before=$(sri "$file")
  # The search results module is imported when a visitor searches (src/search.rs),
  # not linked from the page: there is no integrity to keep in step.
  if [[ $(basename "$file") == search-results.js ]]; then
    esbuild "$file" --minify --log-level=warning --allow-overwrite --outfile="$file"
    continue
  fi
  grep -qF "integrity=\"$before\"" "$index" || {
    echo "minify: $index names no integrity $before for $(basename "$file")" >&2
    exit 1
  }
  bytes=$(wc -c < "$file")
  esbuild "$file" --minify --log-level=warning --allow-overwrite --outfile="$file"
  after=$(sri "$file")
  # Base64 never holds '#', so it can delimit the substitution.
  sed -i "s#integrity=\"$before\"#integrity=\"$after\"#" "$index"
  echo "minify: $(basename "$file") $bytes → $(wc -c < "$file") bytes"
done
