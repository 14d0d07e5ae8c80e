#!/usr/bin/env bash
# The archive-scale bench (README, "Performance"): builds the site with
# synthetic archives of 100 and of 1,000 press releases per language (distinct
# text, some items in one or two languages only), serves both with nginx, and
# compares them side by side with bench/archive.mjs: what a first visit and a
# language switch download on home, the first archive page and an item, what
# a first search downloads, the size of dist/, the build time per page and the
# search index's time per item. Exits 1 when a budget is crossed.
# Part of `make bench`; the test command keeps a cheap host test instead
# (src/prerender/tests.rs: what a page embeds does not grow with the archive).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
scripts/setup.sh

work="$ROOT/target/bench-archive"
rm -rf "$work"
mkdir -p "$work"
chmod 755 "$work" # nginx's workers (not root) must reach it
servers=()
trap 'for s in "${servers[@]}"; do kill "$s" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
runs=()
for count in 100 1000; do
  dir="$work/$count"
  mkdir -p "$dir"
  cp -r public/content "$dir/content"
  cargo run --quiet --locked --bin synthetic-archive -- "$dir/content" "$count"
  port=$(scripts/free-port.sh)
  origin="http://127.0.0.1:$port"
  echo "archive bench: building $count press releases per language (log: $dir/build.log)"
  CONTENT_DIR="$dir/content" SITE_ORIGIN="$origin" SITE_BASE="" DIST="$dir/dist-$count" STEP_LOG="$dir/steps.log" \
    scripts/build.sh > "$dir/build.log" 2>&1 || { tail -30 "$dir/build.log"; exit 1; }
  # The search index is written inside `trunk build` (a Trunk hook, with the
  # news files), where the step log cannot see it: time that hook on its own,
  # into a scratch folder.
  cargo build --quiet --locked --bin content-files
  start=$(date +%s%N)
  CONTENT_DIR="$dir/content" target/debug/content-files "$dir/index-timing" > /dev/null
  index_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  scripts/serve-dist.sh "$port" "$dir/dist-$count" &
  servers+=($!)
  for _ in $(seq 50); do
    curl -fsS -o /dev/null "$origin/index.html" 2>/dev/null && break
    sleep 0.2
  done
  runs+=(--run "$count,$origin,$dir/dist-$count,$dir/steps.log,$index_ms")
done
node bench/archive.mjs "${runs[@]}"
