#!/usr/bin/env bash
# The release build: dist/ for hosting, every page prerendered as HTML, the
# files made from the content (robots.txt, sitemap, feeds, manifest), its
# security headers, and the check that nothing denied or foreign ships in it.
#
# Where the site is published (README, "Build options"):
#   SITE_ORIGIN  public origin, e.g. https://www.example.org (no trailing slash)
#   SITE_BASE    folder when not at the host's root, e.g. /scrc (empty: root)
#   DIST         output folder (default dist)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# STEP_LOG=FILE records when each step starts (the archive bench times them).
step() {
  if [[ -n ${STEP_LOG:-} ]]; then echo "$(date +%s.%N) $*" >> "$STEP_LOG"; fi
  printf '\n\033[1m== %s\033[0m\n' "$*"
}

if [[ -z ${SITE_ORIGIN:-} ]]; then
  echo "build: SITE_ORIGIN is not set; canonical links, sitemap and feeds name http://localhost:8080." >&2
  echo "build: set it to the public origin for a real deploy: SITE_ORIGIN=https://… make build" >&2
fi
export SITE_ORIGIN=${SITE_ORIGIN:-http://localhost:8080}
export SITE_BASE=${SITE_BASE:-}
DIST=${DIST:-dist}
if ! [[ $SITE_ORIGIN =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
  echo "build: SITE_ORIGIN must be scheme://host[:port] without a path or trailing slash, got '$SITE_ORIGIN'" >&2
  exit 2
fi
if ! [[ $SITE_BASE =~ ^(/[A-Za-z0-9._~-]+)*$ ]]; then
  echo "build: SITE_BASE must be empty or /folder[/sub] without a trailing slash, got '$SITE_BASE'" >&2
  exit 2
fi

# dist/ holds only what this build makes: it starts empty (no earlier
# build's file can ship), and each step records what it writes into
# "$DIST.record", which the dist check reads (src/content/check/files.rs).
dist_path=$(realpath -m "$DIST")
if [[ $dist_path == / || $ROOT/ == "$dist_path"/* ]]; then
  echo "build: DIST must be a folder of its own, not '$DIST' (it is emptied)" >&2
  exit 2
fi
export DIST_RECORD="$dist_path.record"
rm -rf "$dist_path" "$DIST_RECORD"

step "trunk build --release (for $SITE_ORIGIN$SITE_BASE/)"
trunk build --release --public-url "$SITE_BASE/" --dist "$DIST"

step "minify the JavaScript glue and the stylesheets"
scripts/minify-assets.sh "$DIST"

step "prerender every page and language; robots.txt, sitemap.xml, Atom feeds, manifest (from ${CONTENT_DIR:-public/content})"
cargo run --quiet --locked --bin prerender -- "$DIST"

# After prerendering: the CSP allows the loader the prerendered pages carry.
step "security headers ($DIST/_headers, deploy/nginx/generated/$(basename "$DIST")/)"
cargo run --quiet --locked --bin site-headers -- "$DIST"

step "dist check (only files the build made; deny-list and foreign URLs in everything that ships)"
cargo run --quiet --locked --bin content-check -- --dist "$DIST"

# Compressed copies for hosts that serve them as they are (nginx's gzip_static
# and brotli_static, deploy/nginx/scrc-compression.conf); made after the check,
# from the checked files.
step "precompress (brotli and gzip)"
find "$DIST" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.json' -o -name '*.svg' -o -name '*.xml' -o -name '*.atom' -o -name '*.txt' \) -print0 |
  xargs -0 -P "$(nproc)" -I{} sh -c 'brotli -f -q 11 -o "$1.br" "$1" && gzip -f -k -9 -n "$1"' _ {}
echo "build: $(find "$DIST" -name '*.br' | wc -l) files precompressed in $DIST/"
if [[ -n ${STEP_LOG:-} ]]; then echo "$(date +%s.%N) end" >> "$STEP_LOG"; fi
