#!/usr/bin/env bash
# HTTP load benchmark (BENCHMARKS.md). Builds and starts the packaged service (embedded store in a temporary
# directory, sample loading off) on 127.0.0.1, then from separate processes:
#   1. maximum throughput, closed loop: wrk, 2 threads, $CONNEXIONS connections, $DUREE s, on POST /api/decisions
#      (rotating generated dossiers, each decision stored with an fsync) and on GET /api/ping (the HTTP-stack baseline);
#   2. latency at half of each measured maximum, open loop at a fixed rate on as many connections, latency counted
#      from each request's due time (ChargeOuverte.java, the wrk2 method), $DUREE s each.
# Reports throughput, p50/p99/p99.9 latency, errors, the decisions/ping ratio, start-up time and RSS after start and
# after the load, with the machine's load average before and after. Results in target/benchmarks/http-<date>/.
#
# Usage: config/benchmarks/charge-http.sh [--sans-build] [--jfr] [--duree SECONDES] [--connexions N] [--option-service -Dx=y]…
#   --option-service: a JVM option of the service (repeatable), e.g. -Denmr.decisions.controle-de-types=true to measure
#          the ARS path as it was before the profile-driven fix (BENCHMARKS.md); it is written in the report.
#   --jfr: also records a JFR profile of the service during the maximum-throughput run on /api/decisions and
#          writes where the time goes (ProfilJfr.java) to profil-decisions.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."

DUREE=60
CONNEXIONS=32
CHAUFFE=20
PORT=${PORT:-18089}
BUILD=1
JFR=0
OPTIONS_SERVICE=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sans-build) BUILD=0 ;;
        --jfr) JFR=1 ;;
        --duree) DUREE="$2"; shift ;;
        --connexions) CONNEXIONS="$2"; shift ;;
        --option-service) OPTIONS_SERVICE+=("$2"); shift ;;
        *) echo "option inconnue : $1" >&2; exit 2 ;;
    esac
    shift
done

BASE="http://127.0.0.1:$PORT"
SORTIE="target/benchmarks/http-$(date -u +%Y%m%dT%H%M%SZ)"
TEMP=$(mktemp -d)
PID=""
arreter() {
    if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID"
        wait "$PID" 2>/dev/null || true
    fi
    rm -rf "$TEMP"
}
trap arreter EXIT

charge() { cut -d' ' -f1-3 /proc/loadavg; }
rss_mo() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
champ() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$1" | tail -1; }

if ! command -v wrk >/dev/null; then
    echo "wrk absent : installation depuis les paquets Debian"
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -q && $SUDO apt-get install -y -q wrk
fi
if [[ $BUILD -eq 1 ]]; then
    ./mvnw -B -ntp package -DskipTests
fi
mkdir -p "$SORTIE"
CHARGE_AVANT=$(charge)

# Request bodies: 1,000 generated dossiers of each campaign, one per line, interleaved
CP="target/test-classes:target/quarkus-app/app/*:target/quarkus-app/lib/main/*" # EchantillonCli: a tool compiled with the tests, not in the service jar
java -cp "$CP" fr.enmr.dossier.echantillon.EchantillonCli --lignes 2014 1000 ENMR_2014 "$TEMP/2014.ndjson"
java -cp "$CP" fr.enmr.dossier.echantillon.EchantillonCli --lignes 2010 1000 ENMR_2010 "$TEMP/2010.ndjson"
paste -d'\n' "$TEMP/2014.ndjson" "$TEMP/2010.ndjson" > "$TEMP/dossiers.ndjson"
# Each dossier is posted by its region's ARS agent (HTTP Basic, as an ARS client would): the service runs with the
# test accounts file, one ars-<region> account per region, password test-enmr. Lines: "<Authorization>\t<dossier>".
UTILISATEURS=src/test/resources/utilisateurs-test.properties
basic() { printf 'Basic %s' "$(printf '%s:test-enmr' "$1" | base64 -w0)"; }
for region in $(grep -o '"region":"[A-Z_]*"' "$TEMP/dossiers.ndjson" | cut -d'"' -f4 | sort -u); do
    printf '%s\t%s\n' "$region" "$(basic "ars-$(tr 'A-Z_' 'a-z-' <<< "$region")")"
done > "$TEMP/agents.tsv"
awk -F'\t' 'NR == FNR { agent[$1] = $2; next }
             match($0, /"region":"[A-Z_]+"/) { print agent[substr($0, RSTART + 10, RLENGTH - 11)] "\t" $0 }' \
    "$TEMP/agents.tsv" "$TEMP/dossiers.ndjson" > "$SORTIE/dossiers.tsv"
export AUTORISATION="$(basic ars-bretagne)" # GET /api/ping sits behind the same authentication

# Start the packaged service and time it until readiness answers 200
OPTIONS_JVM=("${OPTIONS_SERVICE[@]}")
[[ $JFR -eq 1 ]] && OPTIONS_JVM+=("-XX:FlightRecorderOptions:stackdepth=256") # DMN stacks are deeper than the default 64
DEBUT=$(date +%s%N)
java "${OPTIONS_JVM[@]}" -Denmr.store.chemin="$TEMP/store" -Denmr.echantillons.charger=false -Denmr.securite.utilisateurs="$UTILISATEURS" \
     -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
     -jar target/quarkus-app/quarkus-run.jar > "$SORTIE/service.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { echo "le service s'est arrêté :"; tail -20 "$SORTIE/service.log"; exit 1; }
    (( ($(date +%s%N) - DEBUT) / 1000000000 < 120 )) || { echo "service pas prêt en 120 s"; exit 1; }
    sleep 0.05
done
DEMARRAGE_MS=$(( ($(date +%s%N) - DEBUT) / 1000000 ))
QUARKUS_DEMARRAGE=$(sed -n 's/.*started in \([0-9.]*s\).*/\1/p' "$SORTIE/service.log" | head -1)
RSS_DEMARRAGE=$(rss_mo "$PID")
echo "prêt en $DEMARRAGE_MS ms (Quarkus : $QUARKUS_DEMARRAGE), RSS $RSS_DEMARRAGE Mo"

wrk_run() { # name url seconds [dossiers]
    DOSSIERS="${4:-}" wrk -t2 -c"$CONNEXIONS" -d"$3"s --timeout 10s -s config/benchmarks/wrk.lua "$2" > "$SORTIE/$1.txt" 2>&1
    grep RESULTAT "$SORTIE/$1.txt"
}
echo "chauffe ($CHAUFFE s par point d'accès, résultats ignorés)"
wrk_run chauffe-decisions "$BASE/api/decisions" "$CHAUFFE" "$SORTIE/dossiers.tsv" >/dev/null
wrk_run chauffe-ping "$BASE/api/ping" "$CHAUFFE" >/dev/null

echo "débit maximal, boucle fermée : wrk -t2 -c$CONNEXIONS -d${DUREE}s"
if [[ $JFR -eq 1 ]]; then
    jcmd "$PID" JFR.start name=charge settings=profile filename="$PWD/$SORTIE/decisions.jfr" > /dev/null
fi
wrk_run decisions-max "$BASE/api/decisions" "$DUREE" "$SORTIE/dossiers.tsv"
if [[ $JFR -eq 1 ]]; then
    jcmd "$PID" JFR.stop name=charge > /dev/null
    java config/benchmarks/ProfilJfr.java "$SORTIE/decisions.jfr" 30 > "$SORTIE/profil-decisions.txt"
fi
wrk_run ping-max "$BASE/api/ping" "$DUREE"

DEMI_DECISIONS=$(awk -v d="$(champ "$SORTIE/decisions-max.txt" debit)" 'BEGIN {printf "%.0f", d / 2}')
DEMI_PING=$(awk -v d="$(champ "$SORTIE/ping-max.txt" debit)" 'BEGIN {printf "%.0f", d / 2}')
echo "moitié du maximum, boucle ouverte à débit fixe : $DEMI_DECISIONS décisions/s, $DEMI_PING pings/s"
java config/benchmarks/ChargeOuverte.java "$BASE/api/decisions" "$DEMI_DECISIONS" "$DUREE" "$CONNEXIONS" "$SORTIE/dossiers.tsv" | tee "$SORTIE/decisions-moitie.txt"
java config/benchmarks/ChargeOuverte.java "$BASE/api/ping" "$DEMI_PING" "$DUREE" "$CONNEXIONS" | tee "$SORTIE/ping-moitie.txt"

RSS_APRES=$(rss_mo "$PID")
# the embedded store's files; in remote mode (--option-service -Denmr.store.mode=remote) the data are on the server(s)
STOCKEES="$(du -sh "$TEMP/store" 2>/dev/null | cut -f1) stored" || STOCKEES="decisions stored on the Infinispan server(s)"
CHARGE_APRES=$(charge)

ligne() { # label file mode
    local f="$SORTIE/$2"
    local erreurs
    if grep -q erreurs_connexion "$f"; then
        erreurs="connect $(champ "$f" erreurs_connexion), read $(champ "$f" erreurs_lecture), write $(champ "$f" erreurs_ecriture), timeout $(champ "$f" timeouts), non-2xx $(champ "$f" statuts_hors_2xx)"
    else
        erreurs="errors $(champ "$f" erreurs), non-2xx $(champ "$f" statuts_hors_2xx)"
    fi
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$(champ "$f" debit)" "$(champ "$f" p50_ms)" \
        "$(champ "$f" p99_ms)" "$(champ "$f" p999_ms)" "$(champ "$f" max_ms)" "$erreurs"
}
{
    echo "# HTTP load benchmark"
    echo
    echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' + uncommitted changes')"
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(java -version 2>&1 | head -1); service and load generators share these cores"
    echo "- load average (1, 5, 15 min) before: $CHARGE_AVANT, after: $CHARGE_APRES"
    if [[ " ${OPTIONS_SERVICE[*]} " == *" -Denmr.store.mode=remote "* ]]; then
        MAGASIN="remote store (Infinispan over Hot Rod, fsync per write on each owner)"
    else
        MAGASIN="embedded store (fsync per write) in a temporary directory"
    fi
    echo "- service: packaged jar, JVM options: ${OPTIONS_SERVICE[*]:-(defaults)}, $MAGASIN, sample loading off; $(wc -l < "$SORTIE/dossiers.tsv") generated dossiers (both campaigns, all regions) posted in turn, each by its region's ARS agent (HTTP Basic)"
    echo "- start-up: ready (GET /q/health/ready = 200) $DEMARRAGE_MS ms after launch (Quarkus: started in $QUARKUS_DEMARRAGE); RSS $RSS_DEMARRAGE MB after start, $RSS_APRES MB after the load runs ($STOCKEES)"
    echo
    echo "| endpoint | load | requests/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    ligne "POST /api/decisions" decisions-max.txt "max, closed loop (wrk -t2 -c$CONNEXIONS, ${DUREE} s)"
    ligne "GET /api/ping" ping-max.txt "max, closed loop (wrk -t2 -c$CONNEXIONS, ${DUREE} s)"
    ligne "POST /api/decisions" decisions-moitie.txt "half max, open loop $DEMI_DECISIONS/s on $CONNEXIONS connections (${DUREE} s)"
    ligne "GET /api/ping" ping-moitie.txt "half max, open loop $DEMI_PING/s on $CONNEXIONS connections (${DUREE} s)"
    echo
    awk -v d="$(champ "$SORTIE/decisions-max.txt" debit)" -v p="$(champ "$SORTIE/ping-max.txt" debit)" \
        'BEGIN {printf "Decisions / ping maximum throughput: %.1f %%\n", 100 * d / p}'
    if [[ $JFR -eq 1 ]]; then
        echo
        echo "Profile of the service during the maximum-throughput run on /api/decisions (profil-decisions.txt):"
        echo '```'
        sed -n '1,20p' "$SORTIE/profil-decisions.txt"
        echo '```'
    fi
} > "$SORTIE/rapport.md"
cp "$SORTIE/rapport.md" target/benchmarks/http.md
cat "$SORTIE/rapport.md"
