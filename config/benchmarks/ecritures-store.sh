#!/usr/bin/env bash
# What the embedded store alone costs per decision (BENCHMARKS.md, « What bounds the HTTP path »): N decisions (default
# 50,000) written as the service writes them (decision, then summary) from 8 threads (--ecrivains) into a new store, with each write
# forced to disk, then without the force; CPU time per decision (all threads: indexing, Lucene merges) and decisions/s.
# Usage: config/benchmarks/ecritures-store.sh [--decisions N] [--ecrivains N (writer threads, default 8)].
# Writes target/benchmarks/ecritures-store.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
NOMBRE=50000
ECRIVAINS=8
while [ $# -gt 0 ]; do
  case "$1" in
    --decisions) NOMBRE="$2"; shift 2 ;;
    --ecrivains) ECRIVAINS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
RAPPORT=target/benchmarks/ecritures-store.md
mkdir -p target/benchmarks
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/benchmarks/ecritures-classpath.txt -Dmdep.includeScope=test
{
  echo "# Embedded store writes — $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
  echo '```'
  for mode in forcees sans-fsync; do
    java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/benchmarks/ecritures-classpath.txt)" \
      fr.enmr.benchmark.BancEcrituresStore "$NOMBRE" "$mode" 0 "$ECRIVAINS" 2>&1 | grep -e '^[0-9]* decisions'
  done
  echo '```'
} | tee "$RAPPORT"
