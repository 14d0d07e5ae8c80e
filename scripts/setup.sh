#!/usr/bin/env bash
# Installs every tool the project needs, offline from GitHub. Idempotent: a
# tool already there at the right version is checked and skipped in seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

TRUNK_VERSION=0.21.14
STYLANCE_VERSION=0.8.4
BINARYEN_VERSION=132
ESBUILD_VERSION=0.28.2
# The CLI must match the wasm-bindgen crate exactly; Cargo.lock is the truth.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

step() { printf '\033[1m== %s\033[0m\n' "$*"; }
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
        step "rustup component add $component"
        rustup component add "$component"
    fi
done

if ! has_version trunk "trunk $TRUNK_VERSION"; then
    step "cargo install trunk $TRUNK_VERSION (about 6 minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
    step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    # No --locked: its lock file names a webpki-roots release the registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! has_version stylance "$STYLANCE_VERSION"; then
    step "cargo install stylance-cli $STYLANCE_VERSION"
    cargo install stylance-cli --version "$STYLANCE_VERSION" --locked --force
fi

apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || apt_missing+=(nginx)
# Chinese glyphs for the test screenshots (visitors' devices bring their own).
[ -d /usr/share/fonts/opentype/noto ] || apt_missing+=(fonts-noto-cjk)
command -v brotli >/dev/null 2>&1 || apt_missing+=(brotli)
# What the scripts run: free-port.sh (python3), minify-assets.sh (openssl),
# bench/run.sh and bench/archive.sh (curl).
command -v python3 >/dev/null 2>&1 || apt_missing+=(python3)
command -v openssl >/dev/null 2>&1 || apt_missing+=(openssl)
command -v curl >/dev/null 2>&1 || apt_missing+=(curl)
[ -f /usr/share/nginx/modules-available/mod-http-brotli-static.conf ] || apt_missing+=(libnginx-mod-http-brotli-static)
if [ ${#apt_missing[@]} -gt 0 ]; then
    step "apt-get install ${apt_missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

# wasm-opt from npm's binaryen (GitHub release downloads are unreachable), and
# esbuild, which minifies the release build's JavaScript glue and stylesheets.
# One install for both: npm removes from .tools what a later install omits.
if ! has_version wasm-opt "version $BINARYEN_VERSION" || ! has_version esbuild "$ESBUILD_VERSION"; then
    step "npm install binaryen@$BINARYEN_VERSION esbuild@$ESBUILD_VERSION"
    mkdir -p .tools
    npm install --prefix .tools --no-save --no-audit --no-fund --ignore-scripts \
        "binaryen@$BINARYEN_VERSION" "esbuild@$ESBUILD_VERSION" >/dev/null
fi

# Browser test packages, exactly as locked. Playwright never downloads a browser:
# the tests drive Debian's /usr/bin/chromium.
if [ ! -d e2e/node_modules ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    step "npm ci (e2e)"
    npm ci --prefix e2e --no-audit --no-fund >/dev/null
fi

step "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1), stylance $(stylance --version 2>/dev/null | awk '{print $NF}'), esbuild $(esbuild --version)"
