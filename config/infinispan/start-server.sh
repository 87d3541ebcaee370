#!/usr/bin/env bash
# Starts a real Infinispan 15.0 server on loopback, from Maven Central jars, without Docker: a single node, or
# one node of a cluster (--node NAME --jgroups-port PORT --members "127.0.0.1[7800],127.0.0.1[7801]", which
# start-cluster.sh passes; configuration config/infinispan/cluster/conf).
#   config/infinispan/start-server.sh [--home DIR] [--port PORT] [--foreground] [--node NAME --jgroups-port PORT --members LIST]
# The server home (configuration copy, data, log, pid) defaults to target/infinispan; data survive restarts
# of the same home. Prints "ready <port>" when the server accepts Hot Rod connections.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
home="$root/target/infinispan"
port=11222
foreground=false
node=""
jgroups_port=7800
members=""
fd_offset=50000
while [ $# -gt 0 ]; do
  case "$1" in
    --home) home="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --foreground) foreground=true; shift ;;
    --node) node="$2"; shift 2 ;;
    --jgroups-port) jgroups_port="$2"; shift 2 ;;
    --members) members="$2"; shift 2 ;;
    --fd-port-offset) fd_offset="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

lib="$root/target/infinispan-server-lib"
if [ ! -f "$lib/.complete" ]; then
  mkdir -p "$lib"
  "$root/mvnw" -B -q -ntp -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib" >&2
  touch "$lib/.complete"
fi

mkdir -p "$home/server/conf" "$home/server/data" "$home/server/log"
cp "$here"/server/conf/* "$home/server/conf/"
cluster=()
if [ -n "$node" ]; then
  cp "$here"/cluster/conf/* "$home/server/conf/"
  # TCP on loopback, the other members named (TCPPING); failure detection listens on jgroups port + fd offset
  cluster=(-Djgroups.bind.address=127.0.0.1 -Djgroups.bind.port="$jgroups_port" -Djgroups.fd.port-offset="$fd_offset"
    -Djgroups.tcpping.initial_hosts="$members")
fi
log="$home/server/log/server.out"

cmd=(java -Xmx384m "${cluster[@]}"
  -Dinfinispan.server.home.path="$home"
  -Djava.util.logging.manager=org.infinispan.server.loader.LogManager
  -Dlog4j.configurationFile="$home/server/conf/log4j2.xml"
  -cp "$lib/*" org.infinispan.server.Bootstrap
  -s "$home/server" -c infinispan.xml -b 127.0.0.1 -p "$port")
if [ -n "$node" ]; then
  cmd+=(-n "$node" -j enmr-tcpping -g enmr)
fi

if $foreground; then
  exec "${cmd[@]}"
fi
: > "$log"
nohup "${cmd[@]}" >> "$log" 2>&1 &
echo $! > "$home/server.pid"
for _ in $(seq 1 120); do
  if grep -q "ISPN080001" "$log"; then echo "ready $port"; exit 0; fi
  if ! kill -0 "$(cat "$home/server.pid")" 2>/dev/null; then echo "Infinispan server exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
  sleep 0.5
done
echo "Infinispan server not ready after 60 s; see $log" >&2
exit 1
