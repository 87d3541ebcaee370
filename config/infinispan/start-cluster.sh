#!/usr/bin/env bash
# Starts a cluster of two Infinispan 15.0 servers on loopback (the distribution start-server.sh installs):
# separate homes under target/infinispan-cluster/, Hot Rod on 11222 and 11322, JGroups TCP on 7800 and 7801
# with a static member list (no multicast). Prints "ready <hotrod ports>"; then point the service at it:
#   -Dquarkus.profile=cluster  (hosts 127.0.0.1:11222;127.0.0.1:11322, caches distributed with 2 owners)
#   config/infinispan/start-cluster.sh [--base DIR]      stop: config/infinispan/stop-cluster.sh [--base DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="$here/../../target/infinispan-cluster"
[ "${1:-}" = "--base" ] && base="$2"
members="127.0.0.1[7800],127.0.0.1[7801]"
"$here/start-server.sh" --home "$base/node-1" --port 11222 --node node-1 --jgroups-port 7800 --members "$members"
"$here/start-server.sh" --home "$base/node-2" --port 11322 --node node-2 --jgroups-port 7801 --members "$members"
for _ in $(seq 1 60); do # the second node has joined when the first one's log shows a view of two members
  if grep -q "ISPN000094.*(2)" "$base/node-1/server/log/server.out"; then echo "ready 11222 11322"; exit 0; fi
  sleep 0.5
done
echo "the two nodes did not form one cluster in 30 s; see $base/node-*/server/log/server.out" >&2
exit 1
