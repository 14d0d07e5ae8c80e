#!/usr/bin/env bash
# Every check, in order; stops at the first failure with a non-zero exit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# The host tests expect a build for the root of a host and read the shipped
# content; each build below sets its own SITE_ORIGIN, SITE_BASE and content.
unset SITE_ORIGIN SITE_BASE CONTENT_DIR

step "setup"
scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (wasm32 app and host tools, warnings are errors)"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
cargo clippy --all-targets --locked -- -D warnings

step "cargo test (host)"
cargo test --locked

step "content check (every file, every language)"
cargo run --quiet --locked --bin content-check

step "an editor's day on a copy of the content: content check, translation report, host tests"
# Valid edits an editor makes (scripts/editors-day.mjs); the sub-path build
# below is made from the result, and the browser tests run on it too.
scripts/editors-day.sh

# One origin for the whole run: the build names it in canonical links and the
# sitemap, and the browser tests' nginx serves it.
E2E_PORT=${E2E_PORT:-$(scripts/free-port.sh)}
export E2E_PORT SITE_ORIGIN="http://127.0.0.1:$E2E_PORT" SITE_BASE=""
scripts/build.sh

step "release build for a sub-path (/scrc, served on the next port by the browser tests)"
# From the editor's day, with the browser tests' fixtures added (e2e/fixtures/README.md).
day="$ROOT/target/editors-day/content"
e2e_content="$ROOT/target/e2e-content"
rm -rf "$e2e_content" && cp -r "$day" "$e2e_content" && cp -r e2e/fixtures/content/. "$e2e_content/"
cp "$day.editors-day.json" "$e2e_content.editors-day.json"
cargo run --quiet --locked --bin content-check -- --content "$e2e_content"
CONTENT_DIR="$e2e_content" SITE_ORIGIN="http://127.0.0.1:$((E2E_PORT + 1))" SITE_BASE=/scrc DIST=dist-sub \
  scripts/build.sh

step "browser tests (Playwright + Debian Chromium on nginx)"
cd e2e
npx playwright test

# Budgets (bench/bench.mjs): first-visit bytes of every route, one Lighthouse
# mobile run of /en/. Served from the same origin the build above was made for.
cd "$ROOT"
step "performance budgets (bench/run.sh --ci)"
BENCH_PORT=$E2E_PORT bench/run.sh --ci --no-build
