#!/usr/bin/env bash
# The release build: dist/ for hosting, its security headers, and the check
# that nothing denied or foreign ships in it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "trunk build --release"
trunk build --release

# Hosts that only offer a custom 404 page (GitHub Pages and the like) still
# start the app on a deep link.
cp dist/index.html dist/404.html

step "security headers (dist/_headers, deploy/nginx/generated/)"
cargo run --quiet --locked --bin site-headers -- dist

step "dist check (deny-list and foreign URLs in everything that ships)"
cargo run --quiet --locked --bin content-check -- --dist dist
