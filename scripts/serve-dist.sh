#!/usr/bin/env bash
# Serves a built dist/ on 127.0.0.1:PORT with nginx in the foreground, through
# the shipped deploy/nginx/scrc-locations.conf — the way a CDN or a
# self-hoster serves it. Used by the browser tests; stops with its process.
# Usage: scripts/serve-dist.sh PORT [DIST_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

port=${1:?usage: serve-dist.sh PORT [DIST_DIR]}
dist=$(cd "${2:-dist}" && pwd)
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: run trunk build --release first" >&2; exit 1; }

headers="$ROOT/deploy/nginx/generated/scrc-security-headers.conf"
[ -f "$headers" ] || { echo "no $headers: run scripts/build.sh first" >&2; exit 1; }

work=$(mktemp -d /tmp/scrc-nginx.XXXXXX)
mkdir -p "$work/tmp" "$work/snippets"
# The same layout as /etc/nginx: snippets/ beside nginx.conf.
ln -s "$headers" "$work/snippets/scrc-security-headers.conf"
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
# Debian's dynamic modules, brotli_static among them.
include /etc/nginx/modules-enabled/*.conf;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $dist;
        index index.html;
        include $ROOT/deploy/nginx/scrc-compression.conf;
        include $ROOT/deploy/nginx/scrc-locations.conf;
    }
}
CONF
echo "serving $dist at http://127.0.0.1:$port/"
exec /usr/sbin/nginx -c "$work/nginx.conf" -e "$work/error.log"
