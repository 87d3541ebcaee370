#!/usr/bin/env bash
# Start-up benchmark (BENCHMARKS.md, « Start-up »): the packaged service started N times (default 3) on an existing
# embedded store (made once by a first start that decides the sample dossiers, then closed cleanly), each time timed
# from launch to
#   - the store's opening, the first thing the application's own start-up does (Infinispan's first log line,
#     ISPN000556, written when ImportAuDemarrage, the first start-up observer, opens the store): what Quarkus and the
#     stack's extensions take before any of the application's start-up work;
#   - readiness (GET /q/health/ready = 200, polled every 50 ms).
# --cds: the first start (the one that makes the store) also writes a dynamic AppCDS archive of every class it loaded
# (-XX:ArchiveClassesAtExit), and the timed starts use it (-XX:SharedArchiveFile): what class loading costs.
# Usage: config/benchmarks/demarrage.sh [--sans-build] [--cds] [--fois N] [--option-service -Dx=y]… Writes target/benchmarks/demarrage.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=1
CDS=0
FOIS=3
OPTIONS_SERVICE=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sans-build) BUILD=0 ;;
        --cds) CDS=1 ;;
        --fois) FOIS="$2"; shift ;;
        --option-service) OPTIONS_SERVICE+=("$2"); shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
PORT=18091
TEMP=$(mktemp -d)
trap 'rm -rf "$TEMP"' EXIT
RAPPORT=target/benchmarks/demarrage.md
mkdir -p target/benchmarks
[[ $BUILD -eq 1 ]] && ./mvnw -B -ntp package -DskipTests

ms() { echo $(( $(date +%s%N) / 1000000 )); }
# demarrer <samples true|false> [JVM options…]: starts, waits for readiness, stops cleanly; prints "<store ms> <ready ms>"
demarrer() {
    local echantillons=$1; shift
    local debut; debut=$(ms)
    java "$@" -Denmr.store.chemin="$TEMP/store" -Denmr.echantillons.charger="$echantillons" -Dquarkus.http.host=127.0.0.1 \
         -Dquarkus.http.port=$PORT -jar target/quarkus-app/quarkus-run.jar > "$TEMP/service.log" 2>&1 &
    local pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { echo "the service stopped:" >&2; tail -20 "$TEMP/service.log" >&2; exit 1; }
        (( $(ms) - debut < 120000 )) || { echo "not ready in 120 s" >&2; exit 1; }
        sleep 0.05
    done
    local pret=$(( $(ms) - debut ))
    local ouverture; ouverture=$(grep -m1 'ISPN000556' "$TEMP/service.log" | cut -c1-23 | tr ',' '.')
    kill "$pid"; wait "$pid" || true
    echo "$(( $(date -d "$ouverture" +%s%N) / 1000000 - debut )) $pret"
}

OPTIONS_PREMIER=("${OPTIONS_SERVICE[@]}")
if [[ $CDS -eq 1 ]]; then
    OPTIONS_PREMIER+=("-XX:ArchiveClassesAtExit=$TEMP/app.jsa")
    OPTIONS_SERVICE+=("-XX:SharedArchiveFile=$TEMP/app.jsa")
fi
demarrer true "${OPTIONS_PREMIER[@]}" > /dev/null # the existing store: the sample decisions, closed cleanly
{
    echo "# Start-up on an existing store — $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
    echo
    echo "- machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- service JVM options: ${OPTIONS_SERVICE[*]:-(defaults)}$([[ $CDS -eq 1 ]] && echo ' (an AppCDS archive of the first start)'); store: the sample decisions, closed cleanly"
    echo
    echo "| start | store opening began (ms after launch) | ready (ms after launch) |"
    echo "|---:|---:|---:|"
    for i in $(seq 1 "$FOIS"); do
        read -r ouverture pret < <(demarrer false "${OPTIONS_SERVICE[@]}")
        echo "| $i | $ouverture | $pret |"
    done
    echo
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RAPPORT"
