#!/usr/bin/env bash
# Benchmark (issue 14): the index of one province for a year (GET /api/index/province, operationId tenantIndex, read
# from the report facts) against the same counts computed by one plain SQL query over the raw dossiers
# (province.dossier), in the same run on the same database. Goal: >= 100 times faster than the raw query, <= 1 s.
# Run from the repository root after building the launcher (infra/target/motcua-launcher.jar):
#   infra/bench/index.sh [count] [calls] [raw runs]
# count: dossiers generated for Gia Lai over 01/11/2023–31/10/2026 (default 10,000,000) and imported through REST
# (vn.motcua.infra.bench.ImportBench, 2 clients, batches of 20,000); the period is 2026 to 31/10 (the 2026 rule set is
# the first). calls: timed calls (default 20) after 3 untimed; raw runs: timed runs of the raw query (default 3).
# Checks that the province's numerators and denominators of the metrics counted from dossiers are the same both
# ways. BENCH_DATA_DIR=<dir>: measure on an already loaded data directory (e.g. one kept by report.sh with KEEP_DATA=1).
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000000}
calls=${2:-20}
raw_runs=${3:-3}
tenant=gia-lai
from=2026-01-01
to=2026-10-31
. infra/bench/lib.sh
machine
loaded=${BENCH_DATA_DIR:-}
start_server
work=$(mktemp -d /tmp/motcua-index-bench-XXXX)
trap 'stop_server; rm -rf "$work"' EXIT
if [ -z "$loaded" ]; then
  import_generated "$tenant" "$count" 2023-11-01 2026-10-31 "$work"
fi

# As autovacuum does some time after a bulk load: the table's statistics and visibility map are current, so both
# sides read what they would in service (the index's second-supplement count is an index-only scan, V24)
export PGPASSWORD=$(sed -n 's/^motcua_owner\.password=//p' "$data_dir/credentials.properties")
psql_run() { psql -X -q -h localhost -p "$pg_port" -U motcua_owner -d motcua "$@"; }
psql_run -c "VACUUM (ANALYZE) province.dossier"

auth="$tenant.leader:demo"
url="$server/api/index/province?from=$from&to=$to"
curl -sf -u "$auth" "$url" > "$work/index.json"
for _ in 1 2; do curl -sf -o /dev/null -u "$auth" "$url"; done
for _ in $(seq "$calls"); do curl -sf -o /dev/null -u "$auth" -w '%{time_total}\n' "$url"; done \
  | sort -n > "$work/index.times"
api_median=$(awk '{a[NR]=$1*1000} END {print a[int((NR+1)/2)]}' "$work/index.times")
api_p95=$(awk '{a[NR]=$1*1000} END {print a[int(NR*0.95+0.999)]}' "$work/index.times")

# The same counts from the raw dossiers, for the whole province (the index's province is pooled from its units'
# counts, so its numerators and denominators are these sums): handled = received in the period or carried over;
# in time = finished early or on time in it, or open and not overdue at its end, less those asked for a supplement
# twice; received by channel, digitised, fee-bearing and paid online on the receipt day; finished and with an
# electronic result on the finishing day.
cat > "$work/raw.sql" <<SQL
SET app.tenant = '$tenant';
\\timing on
SELECT online + other + carried AS handled,
       early + on_time + (open_total - overdue) - twice AS in_time,
       online, online + other AS received, digitised, finished, electronic, fee_bearing, paid_online
  FROM (SELECT count(*) FILTER (WHERE rd >= DATE '$from' AND channel = 'ONLINE') AS online,
               count(*) FILTER (WHERE rd >= DATE '$from' AND channel <> 'ONLINE') AS other,
               count(*) FILTER (WHERE rd < DATE '$from' AND (ed IS NULL OR ed >= DATE '$from')) AS carried,
               count(*) FILTER (WHERE ed BETWEEN DATE '$from' AND DATE '$to' AND timeliness = 'EARLY') AS early,
               count(*) FILTER (WHERE ed BETWEEN DATE '$from' AND DATE '$to' AND timeliness = 'ON_TIME') AS on_time,
               count(*) FILTER (WHERE ed IS NULL OR ed > DATE '$to') AS open_total,
               count(*) FILTER (WHERE od <= DATE '$to' AND (end_day IS NULL OR end_day > DATE '$to')) AS overdue,
               count(*) FILTER (WHERE sc >= 2 AND ((ed BETWEEN DATE '$from' AND DATE '$to'
                                  AND timeliness IN ('EARLY', 'ON_TIME'))
                                OR ((ed IS NULL OR ed > DATE '$to')
                                  AND NOT coalesce(od <= DATE '$to' AND (end_day IS NULL OR end_day > DATE '$to'),
                                                   false))))
                 AS twice,
               count(*) FILTER (WHERE rd >= DATE '$from' AND digitised) AS digitised,
               count(*) FILTER (WHERE ed BETWEEN DATE '$from' AND DATE '$to') AS finished,
               count(*) FILTER (WHERE ed BETWEEN DATE '$from' AND DATE '$to' AND electronic_result) AS electronic,
               count(*) FILTER (WHERE rd >= DATE '$from' AND fee_total > 0) AS fee_bearing,
               count(*) FILTER (WHERE rd >= DATE '$from' AND fee_total > 0 AND paid_online) AS paid_online
          FROM (SELECT d.channel, d.timeliness, d.digitised, d.electronic_result, d.fee_total, d.paid_online,
                       d.supplement_count AS sc,
                       (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS rd,
                       (coalesce(d.processed_at, d.closed_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS end_day,
                       CASE WHEN d.timeliness IS NOT NULL
                            THEN (coalesce(d.processed_at, d.closed_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS ed,
                       CASE WHEN d.overdue_from IS NOT NULL AND (coalesce(d.processed_at, d.closed_at) IS NULL
                                 OR coalesce(d.processed_at, d.closed_at) > d.overdue_from)
                            THEN (d.overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS od
                  FROM province.dossier d
                 WHERE d.tenant_id = '$tenant' AND d.received_at IS NOT NULL
                   AND d.received_at < (DATE '$to' + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') x) s;
SQL
psql_run -A -F, -t -f "$work/raw.sql" | grep -v '^Time' > "$work/raw.first"
for _ in $(seq "$raw_runs"); do psql_run -A -t -f "$work/raw.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'; done \
  | sort -n > "$work/raw.times"
raw_median=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$work/raw.times")

m() { jq -r --arg c "$1" '.province.metrics[] | select(.code == $c) | "\(.numerator)/\(.denominator)"' "$work/index.json"; }
api="TDGQ $(m TDGQ_ON_TIME), ONLINE $(m ONLINE), DIGITISED $(m SO_HOA_GIAY_TO_GIAI_QUYET), RESULTS $(m ORIGINAL_RESULT_AVAILABLE), TTTT $(m TTTT)"
raw=$(awk -F, '{printf "TDGQ %s/%s, ONLINE %s/%s, DIGITISED %s/%s, RESULTS %s/%s, TTTT %s/%s", $2, $1, $3, $4, $5, $4, $7, $6, $9, $8}' "$work/raw.first")
dossiers=$(psql_run -A -t -c "SET app.tenant = '$tenant'" -c "SELECT count(*) FROM province.dossier")
echo "dossiers of $tenant: $dossiers; index $from..$to: $(jq '.units | length' "$work/index.json") units, province total $(jq '.province.total' "$work/index.json")"
echo "index: $api"
echo "raw:   $raw"
[ "$api" = "$raw" ] && echo "same counts: yes" || echo "same counts: NO"
echo "tenantIndex: median $api_median ms, p95 $api_p95 ms over $calls calls (all: $(paste -sd' ' "$work/index.times"))"
echo "raw SQL query: median $raw_median ms over $raw_runs runs (all: $(paste -sd' ' "$work/raw.times"))"
awk -v a="$api_median" -v r="$raw_median" 'BEGIN {printf "ratio raw / index = %.0f (goal >= 100, and index <= 1000 ms)\n", r / a}'
