#!/usr/bin/env bash
# The benchmark (README, "Performance"): builds the release dist for a local
# origin, serves it with nginx exactly as deploy/nginx configures it (brotli and
# gzip copies made at build time), and runs bench/bench.mjs against it.
#
#   bench/run.sh            every route and language: bytes, Lighthouse, switch
#   bench/run.sh --ci       bytes on every route, Lighthouse on /en/ only
#   bench/run.sh --no-build reuse dist/ (it must have been built by this script)
#   bench/run.sh --switch-only  only the language-switch timing
# Exits 1 when a budget is crossed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"

mode=()
build=1
for arg in "$@"; do
  case $arg in
    --ci) mode=(--ci) ;;
    --switch-only) mode=(--switch-only) ;;
    --no-build) build=0 ;;
    *) echo "usage: bench/run.sh [--ci | --switch-only] [--no-build]" >&2; exit 2 ;;
  esac
done

scripts/setup.sh
port=${BENCH_PORT:-$(scripts/free-port.sh)}
origin="http://127.0.0.1:$port"
if [ "$build" = 1 ]; then
  # Canonical links must name the origin Lighthouse visits.
  SITE_ORIGIN=$origin SITE_BASE="" scripts/build.sh
fi

# bench.mjs writes its reference pages (each page as plain static HTML) into a
# copy of dist/, so dist/ stays exactly what was built.
work=$(mktemp -d /tmp/scrc-bench.XXXXXX)
chmod 755 "$work" # nginx's workers (not root) must reach it
cp -r dist "$work/dist"
scripts/serve-dist.sh "$port" "$work/dist" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "$origin/index.html" 2>/dev/null && break
  sleep 0.2
done

node bench/bench.mjs --origin "$origin" --dist "$work/dist" --pages "$ROOT/dist.pages.json" "${mode[@]}"
