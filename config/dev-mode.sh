#!/usr/bin/env bash
# Checks that `./mvnw quarkus:dev` works on a fresh clone and that an edit of dmn/enmr.dmn is picked up by the next
# request with the right versionRegles (issue 15):
#   1. clones this repository's committed HEAD into a temporary folder and starts dev mode there (its own port and store);
#   2. decides the worked example (BRE-2014-0001): 35 450 € under versionRegles V1;
#   3. edits dmn/enmr.dmn in the clone (Part A, 2 000 to 3 999 patients: 30 000 € -> 31 000 €);
#   4. decides again: the next request reloads the application, the amount follows the edit and versionRegles is V2;
#      the version of step 2, evaluated again (POST /api/regles/versions/{id}/evaluer), still gives 35 450 €: the
#      reloaded model is not taken for the version it replaced;
#   5. stops dev mode and runs the build's own fingerprint step (process-resources) on the edited clone: V2 must be
#      exactly the versionRegles a build of these files gives, and differ from V1.
# Usage: config/dev-mode.sh    (PORT=18081 by default; REV=<commit> checks another commit than HEAD; GARDER=1 keeps the
#        temporary folder; needs git, curl, jq and npm; about 5 minutes on a 2-core machine)
set -euo pipefail

depot=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-18081}
travail=$(mktemp -d /tmp/enmr-dev-mode.XXXXXX)
clone="$travail/clone"
journal="$travail/dev.log"
base="http://localhost:$port"
pid=""

arreter() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || true # dev mode's own process group: Maven and the application it started
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    pid=""
}
finir() {
    arreter
    if [ "${GARDER:-0}" = 1 ]; then echo "kept: $travail"; else rm -rf "$travail"; fi
}
trap finir EXIT

echec() {
    echo "ÉCHEC : $*" >&2
    echo "--- fin du journal de quarkus:dev ($journal) ---" >&2
    tail -n 40 "$journal" >&2 || true
    exit 1
}

exemple="$clone/src/main/resources/cas/bases/msp-bretagne-2014.json"
decider() { # prints "versionRegles total version" of the worked example, decided by the ARS agent of Bretagne
    curl -sS --max-time 600 -u ars-bretagne:ars-bretagne-enmr -H 'Content-Type: application/json' \
        --data-binary @"$exemple" "$base/api/decisions" | jq -r '"\(.versionRegles) \(.total) \(.version)"'
}
evaluer() { # prints "versionRegles total" of the worked example evaluated with rule-set version $1 (nothing stored)
    curl -sS --max-time 600 -u analyste:analyste-enmr -H 'Content-Type: application/json' \
        --data-binary @"$exemple" "$base/api/regles/versions/$1/evaluer" | jq -r '"\(.versionRegles) \(.total)"'
}

echo "1. clone of $(git -C "$depot" rev-parse --short "${REV:-HEAD}") into $clone, quarkus:dev on port $port"
git clone -q "$depot" "$clone"
cd "$clone"
git checkout -q "${REV:-HEAD}"
setsid ./mvnw -B -ntp quarkus:dev -Dquarkus.http.port="$port" -Dquarkus.console.enabled=false \
    -Denmr.store.chemin="$travail/store" >"$journal" 2>&1 </dev/null &
pid=$!
debut=$(date +%s)
until curl -sf -o /dev/null "$base/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || echec "quarkus:dev stopped before being ready"
    [ $(($(date +%s) - debut)) -lt 900 ] || echec "quarkus:dev not ready after 15 min"
    sleep 3
done
echo "   ready after $(($(date +%s) - debut)) s"

read -r v1 total1 version1 < <(decider)
echo "2. before the edit: versionRegles $v1 (version $version1), total $total1"
[ "$total1" = "35450" ] || echec "expected a total of 35450 before the edit, got $total1"

sed -i 's|<outputEntry id="_expr_096"><text>30000</text>|<outputEntry id="_expr_096"><text>31000</text>|' dmn/enmr.dmn
grep -q '<outputEntry id="_expr_096"><text>31000</text>' dmn/enmr.dmn || echec "the edit of dmn/enmr.dmn did not apply"
echo "3. dmn/enmr.dmn edited: Part A 2 000-3 999 patients 30 000 -> 31 000 €"
sleep 3 # dev mode looks for changed files at most every 2 s, on the requests it receives

debut=$(date +%s)
read -r v2 total2 version2 < <(decider)
echo "4. the next request ($(($(date +%s) - debut)) s, reload included): versionRegles $v2 (version $version2), total $total2"
# 31 000 € paid 80 % fixed and 20 % by the achievement rate (1 for a first year): 1 000 € more
[ "$total2" = "36450" ] || echec "the edit was not picked up: expected a total of 36450, got $total2"
read -r va totala < <(evaluer "$version1")
echo "   the version before the edit, evaluated again: versionRegles $va, total $totala"
[ "$va" = "$v1" ] && [ "$totala" = "35450" ] || echec "version $version1 ($v1) now decides $totala with versionRegles $va: the edited model was taken for it"

arreter
./mvnw -B -ntp -q process-resources >/dev/null 2>&1 || echec "process-resources failed on the edited clone"
attendu="ENMR_2014+sha256:$(sed -n 's/^sha256=//p' target/classes/regles-version.properties)"
echo "5. versionRegles a build of the edited files gives: $attendu"
[ "$v1" != "$v2" ] || echec "versionRegles did not change with the edit ($v1)"
[ "$v2" = "$attendu" ] || echec "versionRegles after the edit is $v2, a build of these files gives $attendu"
echo "OK : quarkus:dev works on a fresh clone and a DMN edit is decided with its own versionRegles."
