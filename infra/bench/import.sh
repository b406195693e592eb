#!/usr/bin/env bash
# Benchmark (issue 4): bulk import of generated dossiers through the REST import (POST /api/dossiers/import,
# operationId importDossiers) against PostgreSQL's COPY of the same rows, measured in the same run.
# Targets: >= 20,000 dossiers/s and >= 50 % of COPY. Run from the repository root after `mvn -B -DskipTests install`:
#   infra/bench/import.sh [count] [batch size] [clients] [sweep]
# sweep (optional), e.g. "2000:2,20000:2,20000:4": first a short import of 100,000 dossiers per batch size:clients,
# each into another demo province, to pick the batch size by measurement.
# Starts the launcher on a fresh data directory, generates `count` dossiers of Gia Lai (default 1,000,000; the
# generation is not timed), imports them, then COPYs their rows into scratch tables LIKE province.dossier and
# province.dossier_event (vn.motcua.infra.bench.ImportBench). Needs curl and ~3 GB free in /tmp.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
batch=${2:-20000}
clients=${3:-2}
sweep=${4:-}
. infra/bench/lib.sh
machine
start_server
work=$(mktemp -d /tmp/motcua-import-bench-XXXX)
trap 'stop_server; rm -rf "$work"' EXIT
java -Xmx1g -cp "$jar" vn.motcua.infra.bench.ImportBench --server "$server" --tenant gia-lai --count "$count" \
  --batch "$batch" --clients "$clients" --from 2025-11-01 --to 2026-10-31 --work "$work" \
  --data-dir "$data_dir" --jdbc-url "jdbc:postgresql://localhost:$pg_port/motcua" --sweep "$sweep"
