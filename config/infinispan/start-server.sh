#!/usr/bin/env bash
# Starts a real single-node Infinispan 15.0 server on loopback, from Maven Central jars, without Docker.
#   config/infinispan/start-server.sh [--home DIR] [--port PORT] [--foreground]
# The server home (configuration copy, data, log, pid) defaults to target/infinispan; data survive restarts
# of the same home. Prints "ready <port>" when the server accepts Hot Rod connections.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
home="$root/target/infinispan"
port=11222
foreground=false
while [ $# -gt 0 ]; do
  case "$1" in
    --home) home="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --foreground) foreground=true; shift ;;
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
log="$home/server/log/server.out"

cmd=(java -Xmx384m
  -Dinfinispan.server.home.path="$home"
  -Djava.util.logging.manager=org.infinispan.server.loader.LogManager
  -Dlog4j.configurationFile="$home/server/conf/log4j2.xml"
  -cp "$lib/*" org.infinispan.server.Bootstrap
  -s "$home/server" -c infinispan.xml -b 127.0.0.1 -p "$port")

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
