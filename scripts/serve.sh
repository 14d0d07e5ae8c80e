#!/usr/bin/env bash
# Development server: installs what is missing, then `trunk serve` with
# live reload. Deep links work (Trunk falls back to index.html).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
scripts/setup.sh
port=${PORT:-8080}
echo "Serving the SCRC site at http://127.0.0.1:$port/  (Ctrl-C to stop)"
# Faster debug builds, as cargo-leptos does.
RUSTFLAGS="--cfg erase_components" exec trunk serve --port "$port" --address 127.0.0.1
