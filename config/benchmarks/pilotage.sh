#!/usr/bin/env bash
# Steering dashboard benchmark (BENCHMARKS.md § 4): N stored decisions (default 100,000: both campaigns, all 26 regions,
# 1 in 20 decided twice), then the time to compute every aggregate and to answer GET /api/pilotage.
# Usage: config/benchmarks/pilotage.sh [--decisions N] [--sans-http | --http-seulement]
#   1. loads the decisions into an embedded store under target/banc-pilotage/ (kept: a second run reuses it) and times the
#      dashboard in process (fr.enmr.benchmark.BancPilotage);
#   2. unless --sans-http: packages the service, starts it on that store and times 20 GET /api/pilotage with curl.
# Writes target/benchmarks/pilotage.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
NOMBRE=100000
HTTP=oui
PROCESSUS=oui
while [ $# -gt 0 ]; do
  case "$1" in
    --decisions) NOMBRE="$2"; shift 2 ;;
    --sans-http) HTTP=non; shift ;;
    --http-seulement) PROCESSUS=non; shift ;; # the store of an earlier run, the HTTP part only
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
DOSSIER=target/banc-pilotage
MAGASIN="$DOSSIER/store-$NOMBRE"
RAPPORT=target/benchmarks/pilotage.md
mkdir -p "$DOSSIER" target/benchmarks
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$DOSSIER/classpath.txt" -Dmdep.includeScope=test
echo "# Steering dashboard benchmark — $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)" > "$RAPPORT"
if [ "$PROCESSUS" = oui ]; then
  {
    echo
    echo '## In process (fr.enmr.benchmark.BancPilotage)'
    echo '```'
    java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$DOSSIER/classpath.txt")" fr.enmr.benchmark.BancPilotage "$MAGASIN" "$NOMBRE" 20 2>&1 \
      | grep -v -e '^ANTLR' -e 'WARN' -e 'INFO'
    echo '```'
  } >> "$RAPPORT"
fi
if [ "$HTTP" = oui ]; then
  ./mvnw -B -ntp -q package -DskipTests
  PORT=18097
  java -Xmx2g -Denmr.store.chemin="$MAGASIN" -Denmr.echantillons.charger=false -Dquarkus.http.port=$PORT \
       -jar target/quarkus-app/quarkus-run.jar > "$DOSSIER/service.log" 2>&1 &
  SERVICE=$!
  trap 'kill $SERVICE 2>/dev/null || true' EXIT
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do sleep 1; done
  echo "service on $NOMBRE decisions (start-up re-index included): $(grep -o 'started in [0-9.]*s' "$DOSSIER/service.log" | head -1)" >> "$RAPPORT"
  # the start-up computes every aggregate in the background: the first answers are timed apart, then the steady state
  PRETE=$(date +%s%N)
  {
    echo
    echo "## HTTP: GET /api/pilotage while the service computes every aggregate after its start (5 answers)"
    echo '```'
    for i in $(seq 1 5); do
      curl -s -o /dev/null -u ministere:ministere-enmr -w "ENMR_2014 %{http_code} %{time_total}s\n" "http://127.0.0.1:$PORT/api/pilotage?campagne=ENMR_2014"
    done
    echo '```'
  } >> "$RAPPORT"
  until grep -q "Every steering aggregate computed" "$DOSSIER/service.log"; do sleep 1; done
  echo "every aggregate computed $(( ($(date +%s%N) - PRETE) / 1000000 )) ms after the service was ready: $(grep -o 'Every steering aggregate computed in [0-9]* ms' "$DOSSIER/service.log" | head -1)" >> "$RAPPORT"
  {
    echo
    echo "## HTTP: GET /api/pilotage on the packaged service, aggregates computed (20 answers, both campaigns, every region)"
    echo '```'
    for i in $(seq 1 20); do
      if [ $((i % 2)) -eq 0 ]; then C=ENMR_2010; else C=ENMR_2014; fi
      curl -s -o /dev/null -u ministere:ministere-enmr -w "$C %{http_code} %{time_total}s\n" "http://127.0.0.1:$PORT/api/pilotage?campagne=$C"
    done
    echo '```'
  } >> "$RAPPORT"
fi
cat "$RAPPORT"
