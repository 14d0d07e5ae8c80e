#!/usr/bin/env bash
# Serves a built dist/ on 127.0.0.1:PORT with nginx in the foreground, through
# the shipped deploy/nginx/scrc-locations.conf — the way a CDN or a
# self-hoster serves it. Used by the browser tests; stops with its process.
# Usage: scripts/serve-dist.sh PORT [DIST_DIR [BASE]]
# BASE (e.g. /scrc) serves the build at that sub-path, for a dist built with
# the same SITE_BASE: every location of the shipped file gets that prefix.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

port=${1:?usage: serve-dist.sh PORT [DIST_DIR [BASE]]}
dist=$(cd "${2:-dist}" && pwd)
base=${3:-}
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: run trunk build --release first" >&2; exit 1; }

headers="$ROOT/deploy/nginx/generated/$(basename "$dist")/scrc-security-headers.conf"
[ -f "$headers" ] || { echo "no $headers: run scripts/build.sh first" >&2; exit 1; }

work=$(mktemp -d /tmp/scrc-nginx.XXXXXX)
# nginx workers (not root) must traverse it to reach a sub-path root.
chmod 755 "$work"
mkdir -p "$work/tmp" "$work/snippets"
# The same layout as /etc/nginx: snippets/ beside nginx.conf.
ln -s "$headers" "$work/snippets/scrc-security-headers.conf"
# At a sub-path, the served root holds the build under BASE; the shipped
# locations get the same prefix.
root=$dist
if [ -n "$base" ]; then
  root="$work/root"
  mkdir -p "$root$(dirname "$base")"
  ln -s "$dist" "$root$base"
fi
sed -e "s#location /#location $base/#" \
    -e "s#error_page 404 /#error_page 404 $base/#" \
    -e "s#\^/_(headers|redirects)#^$base/_(headers|redirects)#" \
    "$ROOT/deploy/nginx/scrc-locations.conf" > "$work/scrc-locations.conf"
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
        root $root;
        index index.html;
        include $ROOT/deploy/nginx/scrc-compression.conf;
        include $work/scrc-locations.conf;
    }
}
CONF
echo "serving $dist at http://127.0.0.1:$port$base/"
exec /usr/sbin/nginx -c "$work/nginx.conf" -e "$work/error.log"
