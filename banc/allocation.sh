#!/usr/bin/env bash
# The allocation benchmark (issues 4 and 26): generates the 400 / 2,000 / 20,000-candidate instances under the
# default parameters and the 400 / 2,000 ones with the ministry's levers (regional maximums and imposed choices,
# BancAllocation's Leviers), proves their optimum with OR-Tools CP-SAT (banc/exact: a separate Maven project,
# OR-Tools never reaches the service's classpath; imposed choices are fixed variables), runs the solver
# configurations in process and writes target/benchmarks/allocation.md.
#   banc/allocation.sh [--secondes 10] [--tailles 400,2000,20000] [--tailles-leviers 400,2000] [--froid]
#                      [--cpsat-secondes 300] [--sans-exact] [--service] [--sans-banc]
# --froid: the process's first solve (JIT cold) is measured too. --service: the levers instances posted to the
# packaged service (built here) right after it is ready, then again 90 s later on the settled service, one fresh
# service (and store) per size; writes target/benchmarks/allocation-service.md. --sans-banc: skip the in-process runs.
# An optimum already computed for an unchanged instance is reused. First run: about 3 min to generate the
# 20,000 candidates, up to 2 × 300 s of CP-SAT, then 6 runs × 5 instances × --secondes (+ 4 service scenarios,
# each solved twice: with and without its imposed choices).
set -euo pipefail
cd "$(dirname "$0")/.."
cpsat=300
exact=true
service=false
banc=true
secondes=10
tailles_leviers=400,2000
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --cpsat-secondes) cpsat="$2"; shift 2 ;;
    --sans-exact) exact=false; shift ;;
    --service) service=true; shift ;;
    --sans-banc) banc=false; shift ;;
    --secondes) secondes="$2"; args+=("$1" "$2"); shift 2 ;;
    --tailles-leviers) tailles_leviers="$2"; args+=("$1" "$2"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

mkdir -p target/benchmarks
./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmarks/classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/benchmarks/classpath.txt)"
java -Xmx3g -cp "$cp" fr.enmr.allocation.banc.BancAllocation --instances-seulement "${args[@]}"

if $exact; then
  ./mvnw -B -q -ntp -f banc/exact/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  a_resoudre=()
  for instance in target/benchmarks/instances/probleme-*.txt; do
    case "$instance" in *.optimum.txt) continue ;; esac
    optimum="${instance%.txt}.optimum.txt"
    if [ -f "$optimum" ] && cmp -s "$instance" "$instance.resolu"; then
      continue # already proven for exactly this instance
    fi
    a_resoudre+=("$instance")
  done
  if [ ${#a_resoudre[@]} -gt 0 ]; then
    java -Xmx3g -cp "banc/exact/target/classes:$(cat banc/exact/target/classpath.txt)" fr.enmr.banc.exact.OptimumCpSat "$cpsat" "${a_resoudre[@]}"
    for instance in "${a_resoudre[@]}"; do cp "$instance" "$instance.resolu"; done
  fi
fi

if $banc; then
  java -Xmx3g -cp "$cp" fr.enmr.allocation.banc.BancAllocation "${args[@]}"
fi

if $service; then
  ./mvnw -B -q -ntp package -DskipTests
  port=18092
  rm -f target/benchmarks/allocation-service.md
  for taille in ${tailles_leviers//,/ }; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      echo "port $port is already in use (a service left by an earlier run?): stop it first" >&2; exit 1
    fi
    store=$(mktemp -d)
    # the service as deployed: its start-up work (sample decisions, dashboards, rule import) included
    java -Denmr.store.chemin="$store/store" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$port \
         -jar target/quarkus-app/quarkus-run.jar > target/benchmarks/service-$taille.log 2>&1 &
    pid=$!
    trap 'kill "$pid" 2>/dev/null || true' EXIT # a failed run leaves no service behind to answer the next one
    until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "the service stopped:" >&2; tail -20 target/benchmarks/service-$taille.log >&2; exit 1; }
      sleep 0.05
    done
    pret=$(date +%s)
    java -cp "$cp" fr.enmr.allocation.banc.BancService "http://127.0.0.1:$port" "$taille" "$secondes" "juste après le démarrage"
    sleep $(( 90 - ($(date +%s) - pret) > 0 ? 90 - ($(date +%s) - pret) : 0 ))
    java -cp "$cp" fr.enmr.allocation.banc.BancService "http://127.0.0.1:$port" "$taille" "$secondes" "service installé (90 s après)"
    kill "$pid" 2>/dev/null || true; wait "$pid" || true
    rm -rf "$store"
  done
  echo "Rapport : target/benchmarks/allocation-service.md"
fi
