#!/usr/bin/env bash
# Diagnostic benchmark (issue 13): what each family of report-fact triggers costs the bulk import. For each setting,
# a fresh server (as import.sh starts it), the named triggers disabled as the schema owner, then `count` generated
# Gia Lai dossiers imported through POST /api/dossiers/import (ImportBench, 2 clients, batches of 20,000, no COPY
# reference). The facts of a disabled family are then wrong: never run this on data that matters.
#   infra/bench/import-facts-cost.sh [count, default 300000] [settings]
# settings: space-separated, each a name and the triggers it disables (comma-separated), e.g.
#   "all: day:dossier_day_facts_on_insert"; the default goes from every trigger on to every fact trigger off.
# FROM / TO (yyyy-MM-dd, default 2025-11-01 / 2026-10-31): the receipt period the dossiers are spread over. The facts'
# rows per dossier depend on it: 300,000 over a year is 3 % of the design's 10 million a year (domain.md), over a
# month about a third of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-300000}
. infra/bench/lib.sh
settings=${2:-"all: no-durations:dossier_duration_facts_on_insert \
no-steps:dossier_step_facts_on_insert \
no-facts:$fact_triggers"}
machine
trap '[ -n "${server_pid:-}" ] && stop_server' EXIT
for setting in $settings; do
  name=${setting%%:*}
  triggers=${setting#*:}
  start_server
  disable_triggers "$triggers" || { stop_server; exit 1; }
  work=$(mktemp -d /tmp/motcua-import-cost-XXXX)
  echo "setting $name: disabled ${triggers:-nothing}, receipts ${FROM:-2025-11-01}..${TO:-2026-10-31}"
  java -Xmx1g -cp "$jar" vn.motcua.infra.bench.ImportBench --server "$server" --tenant gia-lai --count "$count" \
    --batch 20000 --clients 2 --from "${FROM:-2025-11-01}" --to "${TO:-2026-10-31}" --work "$work" | grep -E "REST import|generated"
  [ -n "$triggers" ] || wait_for_merge
  rm -rf "$work"
  stop_server
done
