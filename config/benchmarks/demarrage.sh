#!/usr/bin/env bash
# Start-up benchmark (BENCHMARKS.md, « Start-up »): the packaged service started on an existing embedded store of
# N decisions (default 10,000), each start on a fresh copy of it, timed from launch to
#   - the store's opening (Infinispan's first log line, ISPN000556): what Quarkus and the stack's extensions take
#     before the application's own start-up work;
#   - readiness (GET /q/health/ready = 200, polled every 50 ms);
#   - the answer to the first decision posted right after readiness, which must be correct: 201, eligible, 35,450.00 €
#     (src/main/resources/cas/bases/msp-bretagne-2014.json as ars-bretagne; the run stops otherwise).
# The store is made first: one start that decides the sample dossiers (9 Bretagne sites and N − 9 generated ones; its
# writes not forced to disk, enmr.store.banc-sans-fsync, for speed only), stopped cleanly (its indexes committed).
# Variants (--variantes a,b,…), started in turn (a, b, a, b…) so that whatever else runs on the machine weighs on each:
#   jdk17  the README's command: java -jar target/quarkus-app/quarkus-run.jar (default java);
#   cds    the same with a JDK 17 AppCDS archive of every class the store-making start loaded;
#   aot    JDK 25 with its ahead-of-time cache (config/demarrage-aot.sh: the uber jar and a training start, made first).
# --premiere-minute: after the last start of each variant, what the first minute's requests get while the work left for
# after readiness runs (config/benchmarks/PremiereMinute.java: decisions at 4/s for 60 s, a scenario at once and at 90 s).
# Usage: config/benchmarks/demarrage.sh [--sans-build] [--decisions N] [--fois N] [--variantes jdk17,aot] [--premiere-minute]
#        [--option-service -Dx=y]…   Writes target/benchmarks/demarrage.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=1
DECISIONS=10000
FOIS=3
VARIANTES=jdk17
MINUTE=0
OPTIONS_SERVICE=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sans-build) BUILD=0 ;;
        --decisions) DECISIONS="$2"; shift ;;
        --fois) FOIS="$2"; shift ;;
        --variantes) VARIANTES="$2"; shift ;;
        --cds) VARIANTES="$VARIANTES,cds" ;; # kept for the commands in the history
        --premiere-minute) MINUTE=1 ;;
        --option-service) OPTIONS_SERVICE+=("$2"); shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
IFS=',' read -r -a LISTE <<< "$VARIANTES"
PORT=18091
TEMP=$(mktemp -d)
trap 'rm -rf "$TEMP"' EXIT
RAPPORT=target/benchmarks/demarrage.md
mkdir -p target/benchmarks
[[ $BUILD -eq 1 ]] && ./mvnw -B -ntp package -DskipTests
if [[ " ${LISTE[*]} " == *" aot "* ]]; then # the uber jar and its cache, after the fast-jar (the build above replaces no part of it)
    config/demarrage-aot.sh --preparer $([[ $BUILD -eq 0 && -f target/enmr-decision-service-1.0.0-SNAPSHOT-runner.jar ]] && echo --sans-build)
fi

ms() { echo $(( $(date +%s%N) / 1000000 )); }
charge() { cut -d' ' -f1-3 /proc/loadavg; }
# lancer <variant> <store> [-D options…]: the service in the background, its log in $TEMP/service.log; sets PID
lancer() {
    local variante=$1 store=$2; shift 2
    local options=("${OPTIONS_SERVICE[@]}" "$@" -Denmr.store.chemin="$store" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT)
    case "$variante" in # exec: $PID is the JVM itself, so that arreter stops it
        jdk17|cds|aot) ;;
        *) echo "unknown variant $variante" >&2; exit 2 ;;
    esac
    (
        case "$variante" in
            jdk17) exec java "${options[@]}" -jar target/quarkus-app/quarkus-run.jar ;;
            cds) exec java -XX:SharedArchiveFile="$TEMP/app.jsa" "${options[@]}" -jar target/quarkus-app/quarkus-run.jar ;;
            aot) exec config/demarrage-aot.sh "${options[@]}" ;;
        esac
    ) > "$TEMP/service.log" 2>&1 &
    PID=$!
}
attendre() { # attendre <début ms> <limite ms>
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        kill -0 "$PID" 2>/dev/null || { echo "the service stopped:" >&2; tail -20 "$TEMP/service.log" >&2; exit 1; }
        (( $(ms) - $1 < $2 )) || { echo "not ready in $(( $2 / 1000 )) s" >&2; kill "$PID"; exit 1; }
        sleep 0.05
    done
}
arreter() { kill "$PID"; wait "$PID" || true; }

# the existing store: N decisions, closed cleanly (with the AppCDS archive of that start when asked)
OPTIONS_REMPLISSAGE=(-Denmr.echantillons.charger=true -Denmr.echantillons.generes=$(( DECISIONS - 9 )) -Denmr.store.banc-sans-fsync=true)
[[ " ${LISTE[*]} " == *" cds "* ]] && OPTIONS_REMPLISSAGE+=(-XX:ArchiveClassesAtExit="$TEMP/app.jsa")
debut=$(ms)
java "${OPTIONS_SERVICE[@]}" "${OPTIONS_REMPLISSAGE[@]}" -Denmr.store.chemin="$TEMP/store" -Dquarkus.http.host=127.0.0.1 \
     -Dquarkus.http.port=$PORT -jar target/quarkus-app/quarkus-run.jar > "$TEMP/service.log" 2>&1 &
PID=$!
attendre "$debut" 900000
stockees=$(curl -s "http://127.0.0.1:$PORT/q/health/ready" | grep -o '"decisions": *[0-9]*' | grep -o '[0-9]*$')
arreter
[[ -f "$TEMP/store/fermeture-propre" ]] || { echo "the store was not closed cleanly" >&2; exit 1; }
echo "store of $stockees decisions made in $(( ($(ms) - debut) / 1000 )) s" >&2

# demarrer <variant>: one timed start on a copy of the store; prints a table row
demarrer() {
    rm -rf "$TEMP/copie"; cp -a "$TEMP/store" "$TEMP/copie"
    local avant; avant=$(charge)
    local debut; debut=$(ms)
    lancer "$1" "$TEMP/copie" -Denmr.echantillons.charger=false
    attendre "$debut" 120000
    local pret=$(( $(ms) - debut ))
    local code
    code=$(curl -s -o "$TEMP/premiere.json" -w '%{http_code}' -u ars-bretagne:ars-bretagne-enmr -X POST "http://127.0.0.1:$PORT/api/decisions" \
           -H 'Content-Type: application/json' -d @src/main/resources/cas/bases/msp-bretagne-2014.json)
    local premiere=$(( $(ms) - debut ))
    if [[ "$code" != 201 ]] || ! grep -q '"eligible":true' "$TEMP/premiere.json" || ! grep -q '"total":35450.00' "$TEMP/premiere.json"; then
        echo "the first decision after readiness is wrong: $code $(head -c 400 "$TEMP/premiere.json")" >&2; arreter; exit 1
    fi
    local ouverture; ouverture=$(grep -m1 'ISPN000556' "$TEMP/service.log" | cut -c1-23 | tr ',' '.')
    echo "| $1 | $(( $(date -d "$ouverture" +%s%N) / 1000000 - debut )) | $pret | $premiere (201, eligible, 35,450.00 €) | $avant → $(charge) |"
    if [[ $MINUTE -eq 1 && "$2" == derniere ]]; then
        java config/benchmarks/PremiereMinute.java "http://127.0.0.1:$PORT" src/main/resources/cas/bases/msp-bretagne-2014.json \
             config/scenarios/candidats-nationaux-400.csv > "$TEMP/minute-$1.md"
    fi
    arreter
}
{
    echo "# Start-up on an existing store — $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
    echo
    echo "- machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $(charge)"
    echo "- store: $stockees decisions (the sample dossiers), closed cleanly, copied afresh for each start; variants in turn: ${LISTE[*]}"
    echo "- service JVM options: ${OPTIONS_SERVICE[*]:-(defaults)}"
    echo
    echo "| variant | store opening began (ms after launch) | ready (ms after launch) | first decision answered (ms after launch) | load average before → after |"
    echo "|---|---:|---:|---:|---|"
    for i in $(seq 1 "$FOIS"); do
        for v in "${LISTE[@]}"; do
            demarrer "$v" "$([[ $i -eq $FOIS ]] && echo derniere)"
        done
    done
    echo
    echo "load average after: $(charge)"
    if [[ $MINUTE -eq 1 ]]; then
        for v in "${LISTE[@]}"; do
            echo
            echo "## The first minute after readiness, $v (last start)"
            echo
            cat "$TEMP/minute-$v.md"
        done
    fi
} | tee "$RAPPORT"
