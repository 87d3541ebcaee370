#!/usr/bin/env bash
# The HTTP load benchmark (charge-http.sh) twice in one run, the service in remote mode: first on one Infinispan
# server, then on the two-server cluster (caches distributed, 2 owners, SYNC: each write on both servers before the
# answer). Both reports, and the decision lines side by side, in target/benchmarks/grappe.md (BENCHMARKS.md § 4).
# Usage: config/benchmarks/charge-grappe.sh [--sans-build] [--duree SECONDES] [--connexions N]
set -euo pipefail
cd "$(dirname "$0")/../.."
DUREE=30
CONNEXIONS=16
BUILD=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sans-build) BUILD=0 ;;
        --duree) DUREE="$2"; shift ;;
        --connexions) CONNEXIONS="$2"; shift ;;
        *) echo "option inconnue : $1" >&2; exit 2 ;;
    esac
    shift
done
[[ $BUILD -eq 1 ]] && ./mvnw -B -ntp package -DskipTests
CHARGE_DEBUT=$(cut -d' ' -f1-3 /proc/loadavg)
BASE=target/bench-infinispan
SORTIE=target/benchmarks
rm -rf "$BASE"
mkdir -p "$SORTIE"
arreter() {
    config/infinispan/stop-server.sh --home "$BASE/seul" || true
    config/infinispan/stop-cluster.sh --base "$BASE/grappe" || true
}
trap arreter EXIT
distant() { # the charge-http.sh options of remote mode on these Hot Rod servers, then any others
    local hotes="$1"; shift
    for option in -Denmr.store.mode=remote "-Dquarkus.infinispan-client.hosts=$hotes" -Dquarkus.infinispan-client.username=enmr \
                  -Dquarkus.infinispan-client.password=enmr-dev-password "$@"; do
        printf -- '--option-service\n%s\n' "$option"
    done
}

config/infinispan/start-server.sh --home "$BASE/seul" --port 11522
mapfile -t OPTIONS < <(distant "127.0.0.1:11522")
config/benchmarks/charge-http.sh --sans-build --duree "$DUREE" --connexions "$CONNEXIONS" "${OPTIONS[@]}"
cp "$SORTIE/http.md" "$SORTIE/grappe-un-serveur.md"
config/infinispan/stop-server.sh --home "$BASE/seul"

config/infinispan/start-cluster.sh --base "$BASE/grappe" --ports 11622,11722 --jgroups 7900,7901
mapfile -t OPTIONS < <(distant "127.0.0.1:11622;127.0.0.1:11722" -Denmr.store.cluster.proprietaires=2)
config/benchmarks/charge-http.sh --sans-build --duree "$DUREE" --connexions "$CONNEXIONS" "${OPTIONS[@]}"
cp "$SORTIE/http.md" "$SORTIE/grappe-deux-serveurs.md"

champ() { grep "^| $1 | $2" "$3" | awk -F'|' -v c="$4" '{gsub(/[ ,]/, "", $c); print $c}'; }
cout() { # label, which line (max / half), column: the cluster's figure against the single server's
    local seul grappe
    seul=$(champ "POST /api/decisions" "$2" "$SORTIE/grappe-un-serveur.md" "$3")
    grappe=$(champ "POST /api/decisions" "$2" "$SORTIE/grappe-deux-serveurs.md" "$3")
    awk -v s="$seul" -v g="$grappe" -v l="$1" 'BEGIN {printf "| %s | %s | %s | %+.1f %% |\n", l, s, g, 100 * (g - s) / s}'
}
{
    echo "# POST /api/decisions: one Infinispan server against a cluster of two (2 owners, SYNC), same run"
    echo
    echo "- $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD); $(nproc) cores shared by the service, the server(s) and the load generators"
    echo "- load average (1, 5, 15 min): at the start $CHARGE_DEBUT; $(grep -h '^- load average' "$SORTIE/grappe-un-serveur.md" | sed 's/^- load average (1, 5, 15 min) /one-server run /'); $(grep -h '^- load average' "$SORTIE/grappe-deux-serveurs.md" | sed 's/^- load average (1, 5, 15 min) /cluster run /')"
    echo
    echo "| store | load | requests/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    grep '^| POST /api/decisions' "$SORTIE/grappe-un-serveur.md" | sed 's/^| POST \/api\/decisions/| one server/'
    grep '^| POST /api/decisions' "$SORTIE/grappe-deux-serveurs.md" | sed 's/^| POST \/api\/decisions/| cluster of two/'
    grep '^| GET /api/ping | max' "$SORTIE/grappe-un-serveur.md" | sed 's/^| GET \/api\/ping/| one-server run, GET \/api\/ping (no store: the machine'"'"'s baseline)/'
    grep '^| GET /api/ping | max' "$SORTIE/grappe-deux-serveurs.md" | sed 's/^| GET \/api\/ping/| cluster run, GET \/api\/ping (no store: the machine'"'"'s baseline)/'
    echo
    echo "What the second owner costs (cluster against one server):"
    echo
    echo "| figure | one server | cluster of two | difference |"
    echo "|---|---:|---:|---:|"
    cout "decisions/s at maximum (closed loop)" "max" 4
    cout "p50 ms at maximum" "max" 5
    cout "p99 ms at maximum" "max" 6
    cout "p50 ms at half of its own maximum (open loop)" "half" 5
    cout "p99 ms at half of its own maximum (open loop)" "half" 6
    echo
    echo "## One server"
    sed '1d' "$SORTIE/grappe-un-serveur.md"
    echo
    echo "## Cluster of two"
    sed '1d' "$SORTIE/grappe-deux-serveurs.md"
} > "$SORTIE/grappe.md"
cat "$SORTIE/grappe.md"
