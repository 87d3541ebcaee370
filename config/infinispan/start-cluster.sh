#!/usr/bin/env bash
# Starts a cluster of two Infinispan 15.0 servers on loopback (the distribution start-server.sh installs):
# separate homes under target/infinispan-cluster/, Hot Rod on 11222 and 11322, JGroups TCP on 7800 and 7801
# with a static member list (no multicast). Prints "ready <hotrod ports>"; then point the service at it:
#   -Dquarkus.profile=cluster  (hosts 127.0.0.1:11222;127.0.0.1:11322, caches distributed with 2 owners)
#   config/infinispan/start-cluster.sh [--base DIR] [--ports HOTROD1,HOTROD2] [--jgroups PORT1,PORT2]
#   stop: config/infinispan/stop-cluster.sh [--base DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="$here/../../target/infinispan-cluster"
hotrod=(11222 11322)
jgroups=(7800 7801)
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --ports) IFS=, read -r -a hotrod <<< "$2"; shift 2 ;;     # e.g. --ports 11622,11722
    --jgroups) IFS=, read -r -a jgroups <<< "$2"; shift 2 ;;  # e.g. --jgroups 7900,7901
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
members="127.0.0.1[${jgroups[0]}],127.0.0.1[${jgroups[1]}]"
"$here/start-server.sh" --home "$base/node-1" --port "${hotrod[0]}" --node node-1 --jgroups-port "${jgroups[0]}" --members "$members"
"$here/start-server.sh" --home "$base/node-2" --port "${hotrod[1]}" --node node-2 --jgroups-port "${jgroups[1]}" --members "$members"
for _ in $(seq 1 120); do # the second node has joined when the first one's log shows a view of two members
  if grep -q "ISPN000094.*(2)" "$base/node-1/server/log/server.out"; then echo "ready ${hotrod[*]}"; exit 0; fi
  sleep 0.5
done
echo "the two nodes did not form one cluster in 60 s; see $base/node-*/server/log/server.out" >&2
exit 1
