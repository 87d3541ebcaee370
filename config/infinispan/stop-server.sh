#!/usr/bin/env bash
# Stops the server started by start-server.sh:  config/infinispan/stop-server.sh [--home DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
home="$root/target/infinispan"
[ "${1:-}" = "--home" ] && home="$2"
if [ -f "$home/server.pid" ]; then
  kill "$(cat "$home/server.pid")" 2>/dev/null || true
  rm -f "$home/server.pid"
fi
