#!/usr/bin/env bash
# Stops the two servers started by start-cluster.sh:  config/infinispan/stop-cluster.sh [--base DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="$here/../../target/infinispan-cluster"
[ "${1:-}" = "--base" ] && base="$2"
for node in node-1 node-2; do
  "$here/stop-server.sh" --home "$base/$node"
done
