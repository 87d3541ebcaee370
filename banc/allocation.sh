#!/usr/bin/env bash
# The allocation benchmark (issue 4): generates the 400 / 2,000 / 20,000-candidate instances, proves their
# optimum with OR-Tools CP-SAT (banc/exact: a separate Maven project, OR-Tools never reaches the service's
# classpath), runs the solver configurations and writes target/benchmarks/allocation.md.
#   banc/allocation.sh [--secondes 10] [--tailles 400,2000,20000] [--cpsat-secondes 300] [--sans-exact]
# An optimum already computed for an unchanged instance is reused. First run: about 3 min to generate the
# 20,000 candidates, up to 2 × 300 s of CP-SAT, then 6 runs × 3 sizes × --secondes.
set -euo pipefail
cd "$(dirname "$0")/.."
cpsat=300
exact=true
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --cpsat-secondes) cpsat="$2"; shift 2 ;;
    --sans-exact) exact=false; shift ;;
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

java -Xmx3g -cp "$cp" fr.enmr.allocation.banc.BancAllocation "${args[@]}"
