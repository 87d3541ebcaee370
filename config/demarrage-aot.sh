#!/usr/bin/env bash
# The service started on JDK 25 with an ahead-of-time cache (JEP 483, 514, 515): the classes a start loads, already
# parsed, linked and with their profiles, mapped from one file instead of read from the jars (docs/exploitation.md,
# « A faster start: JDK 25 and its AOT cache »; measured in docs/benchmarks/historique.md, « Start-up, 2026-12-07 »).
#   config/demarrage-aot.sh --preparer   build the uber jar (Quarkus's fast-jar class loader hides its classes from the
#                                        cache) and record the cache by a training start: a temporary store with the
#                                        sample dossiers, a few decisions over HTTP, a clean stop (the JVM writes the
#                                        cache as it exits). Again after every build: a cache made from another jar is
#                                        refused by the JVM (it says so and starts without it).
#   config/demarrage-aot.sh [-Dx=y…]     start with the cache (JVM and -D options first, as for java -jar)
# The JDK: $ENMR_JAVA_AOT (default /usr/lib/jvm/temurin-25-jdk-amd64); the default start (README) stays on JDK 17.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${ENMR_JAVA_AOT:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR=target/enmr-decision-service-1.0.0-SNAPSHOT-runner.jar
CACHE=target/enmr-service.aot
[[ -x "$JAVA" ]] || { echo "no JDK 25 at $JAVA: set ENMR_JAVA_AOT to a JDK 25 or later" >&2; exit 2; }

if [[ "${1:-}" != "--preparer" ]]; then
    [[ -f "$CACHE" && -f "$JAR" ]] || { echo "no AOT cache yet: run $0 --preparer first" >&2; exit 2; }
    exec "$JAVA" -XX:AOTCache="$CACHE" "$@" -jar "$JAR"
fi

if [[ "${2:-}" != "--sans-build" ]]; then
    ./mvnw -B -ntp package -DskipTests -Dquarkus.package.jar.type=uber-jar
fi
PORT=18093
TEMP=$(mktemp -d)
trap 'rm -rf "$TEMP"' EXIT
rm -f "$CACHE"
"$JAVA" -XX:AOTCacheOutput="$CACHE" -Denmr.store.chemin="$TEMP/store" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT \
    -jar "$JAR" > "$TEMP/entrainement.log" 2>&1 &
PID=$!
debut=$(date +%s)
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { echo "the training start stopped:" >&2; tail -20 "$TEMP/entrainement.log" >&2; exit 1; }
    (( $(date +%s) - debut < 300 )) || { echo "training start not ready in 300 s" >&2; kill "$PID"; exit 1; }
    sleep 0.2
done
# the paths a first minute takes: decisions (eligible and not), a read, the dashboards, the workshop's versions
for dossier in src/main/resources/cas/bases/*.json; do
    curl -s -o /dev/null -u ars-bretagne:ars-bretagne-enmr -X POST "http://127.0.0.1:$PORT/api/decisions" \
         -H 'Content-Type: application/json' -d @"$dossier"
done
curl -s -o /dev/null -u ars-bretagne:ars-bretagne-enmr "http://127.0.0.1:$PORT/api/decisions?region=BRETAGNE"
curl -s -o /dev/null -u ministere:ministere-enmr "http://127.0.0.1:$PORT/api/pilotage"
curl -s -o /dev/null -u analyste:analyste-enmr "http://127.0.0.1:$PORT/api/regles/versions?etat=PUBLIEE"
kill "$PID"
wait "$PID" || true
grep -i 'aot' "$TEMP/entrainement.log" | tail -5 || true
[[ -f "$CACHE" ]] || { echo "the training start wrote no cache:" >&2; tail -20 "$TEMP/entrainement.log" >&2; exit 1; }
echo "AOT cache $CACHE ($(du -h "$CACHE" | cut -f1)) for $JAR; start with: $0"
