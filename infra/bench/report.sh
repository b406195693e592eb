#!/usr/bin/env bash
# Benchmark (issue 13): a year's timeliness report grouped by unit (GET /api/reports/timeliness, operationId
# timelinessReport, read from the report facts) against the same table computed by one plain SQL query over the raw
# dossiers (province.dossier), in the same run on the same database, with the working days to finish (count
# measured, average, 90th percentile by nearest rank over whole days: percentile_disc) like the report's. Goal: >= 100 times faster than the raw query,
# and <= 200 ms. Run from the repository root after building the launcher (infra/target/motcua-launcher.jar):
#   infra/bench/report.sh [count] [calls] [raw runs]
# count: dossiers generated for Gia Lai over three years, 01/11/2023–31/10/2026 (default 10,000,000), imported through
# POST /api/dossiers/import (vn.motcua.infra.bench.ImportBench, 2 clients, batches of 20,000; ~1.3 KB of NDJSON per
# dossier in /tmp); the report is the year 2025 (so "carried over" sums 14 months of facts before it).
# calls: timed report calls (default 30) after 5 untimed; raw runs: timed runs of the raw query (default 5) after 1.
# Prints the median and p95 of the report's response time (curl, localhost), the raw query's median (psql \timing,
# as the schema owner, the province bound) and their ratio, and checks that both give the same province totals.
# BENCH_DATA_DIR=<dir>: measure on an already loaded data directory (no generation nor import; e.g. a directory kept
# with KEEP_DATA=1 by an earlier run, started with another build: BENCH_JAR=...).
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000000}
calls=${2:-30}
raw_runs=${3:-5}
tenant=gia-lai
from=2025-01-01
to=2025-12-31
. infra/bench/lib.sh
machine
loaded=${BENCH_DATA_DIR:-}
start_server
work=$(mktemp -d /tmp/motcua-report-bench-XXXX)
trap 'stop_server; rm -rf "$work"' EXIT
if [ -z "$loaded" ]; then
  import_generated "$tenant" "$count" 2023-11-01 2026-10-31 "$work"
fi

auth="$tenant.admin:demo"
url="$server/api/reports/timeliness?from=$from&to=$to&groupBy=UNIT"
curl -sf -u "$auth" "$url" > "$work/report.json"
for _ in 1 2 3 4; do curl -sf -o /dev/null -u "$auth" "$url"; done
for _ in $(seq "$calls"); do
  curl -sf -o /dev/null -u "$auth" -w '%{time_total}\n' "$url"
done | sort -n > "$work/report.times"
api_median=$(awk '{a[NR]=$1*1000} END {print a[int((NR+1)/2)]}' "$work/report.times")
api_p95=$(awk '{a[NR]=$1*1000} END {i=int(NR*0.95+0.999); print a[i]}' "$work/report.times")

# The same table from the raw dossiers, in one query: per competent unit as stored (the report's default AS_WAS
# view), days in the business zone, using the clock's stored timeliness and overdue_from (decision 0008): received
# online / in person or by post during the period; carried over = received before it and not finished before it;
# finished early / on time / late during it; open at its end, of which overdue (overdue_from on or before the last
# day and not ended by then).
cat > "$work/raw.sql" <<SQL
SET app.tenant = '$tenant';
\\timing on
SELECT unit, online + other + carried AS received_total, online, other, carried,
       early + on_time + late AS finished_total, early, on_time, late, open_total, open_total - overdue AS within_time,
       overdue, measured, worked, p90
  FROM (SELECT unit,
               count(*) FILTER (WHERE rd >= DATE '$from' AND channel = 'ONLINE') AS online,
               count(*) FILTER (WHERE rd >= DATE '$from' AND channel <> 'ONLINE') AS other,
               count(*) FILTER (WHERE rd < DATE '$from' AND (ed IS NULL OR ed >= DATE '$from')) AS carried,
               count(*) FILTER (WHERE ed BETWEEN DATE '$from' AND DATE '$to' AND timeliness = 'EARLY') AS early,
               count(*) FILTER (WHERE ed BETWEEN DATE '$from' AND DATE '$to' AND timeliness = 'ON_TIME') AS on_time,
               count(*) FILTER (WHERE ed BETWEEN DATE '$from' AND DATE '$to' AND timeliness = 'LATE') AS late,
               count(*) FILTER (WHERE ed IS NULL OR ed > DATE '$to') AS open_total,
               count(*) FILTER (WHERE od <= DATE '$to' AND (end_day IS NULL OR end_day > DATE '$to')) AS overdue,
               count(*) FILTER (WHERE pd BETWEEN DATE '$from' AND DATE '$to') AS measured,
               coalesce(sum(wh) FILTER (WHERE pd BETWEEN DATE '$from' AND DATE '$to'), 0) AS worked,
               percentile_disc(0.9) WITHIN GROUP (ORDER BY (wh + 99) / 100)
                 FILTER (WHERE pd BETWEEN DATE '$from' AND DATE '$to') AS p90
          FROM (SELECT d.competent_unit_code AS unit, d.channel, d.timeliness,
                       (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS rd,
                       (coalesce(d.processed_at, d.closed_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS end_day,
                       CASE WHEN d.timeliness IS NOT NULL
                            THEN (coalesce(d.processed_at, d.closed_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS ed,
                       CASE WHEN d.overdue_from IS NOT NULL AND (coalesce(d.processed_at, d.closed_at) IS NULL
                                 OR coalesce(d.processed_at, d.closed_at) > d.overdue_from)
                            THEN (d.overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS od,
                       CASE WHEN d.worked_hundredths IS NOT NULL AND d.processed_at IS NOT NULL
                            THEN (d.processed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS pd,
                       d.worked_hundredths AS wh
                  FROM province.dossier d
                 WHERE d.tenant_id = '$tenant' AND d.received_at IS NOT NULL
                   AND d.received_at < (DATE '$to' + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') x
         GROUP BY unit) s
 ORDER BY unit;
SQL
export PGPASSWORD=$(sed -n 's/^motcua_owner\.password=//p' "$data_dir/credentials.properties")
psql_run() { psql -X -q -h localhost -p "$pg_port" -U motcua_owner -d motcua "$@"; }
psql_run -A -F, -t -f "$work/raw.sql" > "$work/raw.first"
for _ in $(seq "$raw_runs"); do psql_run -A -t -f "$work/raw.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'; done \
  | sort -n > "$work/raw.times"
raw_median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$work/raw.times")

# Same numbers? The province's totals of the report (its total row) and of the raw query (the units' rows summed;
# the average from the summed hundredths, half up), and each unit's 90th percentile.
api_total=$(jq -r '.total | [.receivedTotal, .carriedOver, .finishedEarly, .finishedOnTime, .finishedLate,
  .openTotal, .openOverdue, .finishedWithResult, .averageWorkingDays] | map(tostring) | join(",")' \
  "$work/report.json" 2>/dev/null || echo "?")
raw_total=$(grep -v '^Time' "$work/raw.first" | awk -F, 'NF > 5 {r+=$2; c+=$5; e+=$7; o+=$8; l+=$9; t+=$10; v+=$12;
  m+=$13; h+=$14} END {printf "%d,%d,%d,%d,%d,%d,%d,%d,%.2f", r, c, e, o, l, t, v, m, int(h / m + 0.5) / 100}')
jq -r '.rows[] | select(.finishedWithResult > 0) | "\(.key),\(.p90WorkingDays)"' "$work/report.json" | sort \
  > "$work/api.p90"
grep -v '^Time' "$work/raw.first" | awk -F, 'NF > 5 && $13 > 0 {print $1 "," $15}' | sort > "$work/raw.p90"
dossiers=$(psql_run -A -t -c "SET app.tenant = '$tenant'" -c "SELECT count(*) FROM province.dossier")
echo "dossiers of $tenant: $dossiers; report $from..$to grouped by unit: $(jq '.rows | length' "$work/report.json") rows"
echo "totals (received, carried over, early, on time, late, open, overdue): report $api_total, raw $raw_total"
[ "$api_total" = "$raw_total" ] && echo "same totals: yes" || echo "same totals: NO"
cmp -s "$work/api.p90" "$work/raw.p90" && echo "same 90th percentile for each of $(wc -l < "$work/raw.p90") units: yes" \
  || { echo "same 90th percentile per unit: NO"; diff "$work/api.p90" "$work/raw.p90" | head; }
echo "timelinessReport: median $api_median ms, p95 $api_p95 ms over $calls calls (all: $(paste -sd' ' "$work/report.times"))"
echo "raw SQL query: median $raw_median ms over $raw_runs runs (all: $(paste -sd' ' "$work/raw.times"))"
awk -v a="$api_median" -v r="$raw_median" 'BEGIN {printf "ratio raw / report = %.0f (goal >= 100, and report <= 200 ms)\n", r / a}'

# Where the report's time goes: the two fact reads it makes for a year by unit, timed alone (psql, median of 5), and
# the fact tables' sizes; then the same year grouped by procedure and by field (working days from the per-procedure
# month rows; the counts from the month rows per procedure), through REST.
cat > "$work/reads.sql" <<SQL
SET app.tenant = '$tenant';
\\timing on
SELECT unit_code, sum(received), sum(ended_early), sum(ended_on_time), sum(ended_late), sum(overdue)
  FROM province.dossier_unit_month_fact WHERE month >= DATE '$from' AND month < DATE '$to' + 1 GROUP BY 1;
SELECT unit_code, working_days, sum(finished), sum(worked_hundredths)
  FROM province.dossier_duration_unit_month_fact WHERE month >= DATE '$from' AND month < DATE '$to' + 1 GROUP BY 1, 2;
SQL
for _ in 1 2 3 4 5 6; do psql_run -A -t -f "$work/reads.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | paste -sd' '; done \
  | tail -5 > "$work/reads.times"
echo "per-unit month facts read: median $(cut -d' ' -f1 "$work/reads.times" | sort -n | sed -n 3p) ms;" \
  "per-unit working days read: median $(cut -d' ' -f2 "$work/reads.times" | sort -n | sed -n 3p) ms"
psql_run -A -t -F' ' -c "SET app.tenant = '$tenant'" -c "SELECT 'fact rows: day', (SELECT count(*) FROM
  province.dossier_day_fact), 'month', (SELECT count(*) FROM province.dossier_month_fact), 'unit month',
  (SELECT count(*) FROM province.dossier_unit_month_fact), 'duration day',
  (SELECT count(*) FROM province.dossier_duration_fact), 'duration month', (SELECT count(*) FROM
  province.dossier_duration_month_fact), 'duration unit month', (SELECT count(*) FROM
  province.dossier_duration_unit_month_fact)"
for by in PROCEDURE FIELD; do
  u="$server/api/reports/timeliness?from=$from&to=$to&groupBy=$by"
  for _ in 1 2; do curl -sf -o /dev/null -u "$auth" "$u"; done
  for _ in $(seq 10); do curl -sf -o /dev/null -u "$auth" -w '%{time_total}\n' "$u"; done | sort -n \
    | awk -v by="$by" '{a[NR]=$1*1000} END {print "timelinessReport groupBy=" by ": median " a[int((NR+1)/2)] " ms over " NR " calls"}'
done
