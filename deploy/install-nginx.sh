#!/usr/bin/env bash
# Install Debian's nginx for `make serve-replicas` and its test (root only; `make proxy` runs it).
# The project runs nginx itself, as the current user, in its own prefix (build/nginx); it never
# needs the system service. So installing must not start an nginx on port 80, nor enable one
# for the next boot: policy-rc.d (the Debian way, as in containers) refuses the start while
# apt-get runs, and the service is disabled afterwards.
set -euo pipefail
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\n# refuse service starts while deploy/install-nginx.sh runs\nexit 101\n' >"$policy"
  chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
if [ -d /run/systemd/system ]; then
  systemctl disable --now nginx >/dev/null 2>&1 || true
elif command -v update-rc.d >/dev/null; then
  update-rc.d nginx disable >/dev/null 2>&1 || true
fi
echo "==> nginx installed ($(/usr/sbin/nginx -v 2>&1)); no system nginx was started"
