#!/usr/bin/env bash
# Benchmark (issue 4): receipt of dossiers through REST (POST /api/dossiers, operationId receiveDossier) by 50
# concurrent desk clients. Target: p95 <= 200 ms with no errors. Run from the repository root after
# `mvn -B -DskipTests install`:
#   infra/bench/receipt.sh [requests] [clients] [warm-up requests] [think time ms]
# Think time 0 (default): every client sends its next request as soon as the answer is in (saturation). A think time
# T makes each client wait T/2..3T/2 between requests, like a clerk entering the next dossier.
# Starts the launcher on a fresh data directory and runs vn.motcua.infra.bench.ReceiptBench as gia-lai.clerk.
# FACTS=off: the report facts' triggers disabled (lib.sh), to measure receipt with and without them side by side.
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-5000}
clients=${2:-50}
warmup=${3:-1000}
think=${4:-0}
. infra/bench/lib.sh
machine
start_server
trap stop_server EXIT
if [ "${FACTS:-on}" = off ]; then
  disable_triggers "$fact_triggers"
  echo "report facts off: $fact_triggers disabled"
fi
java -cp "$jar" vn.motcua.infra.bench.ReceiptBench --server "$server" --tenant gia-lai --clients "$clients" \
  --requests "$requests" --warmup "$warmup" --think-ms "$think"
