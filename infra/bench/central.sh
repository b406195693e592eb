#!/usr/bin/env bash
# Benchmark (issue 14): the central ranking of 34 provinces (GET /api/central/ranking, operationId rankProvinces) and
# the comparison of one procedure across them (compareProcedure), read from the aggregates the provinces published
# (V22), against the physical floor: the same rows read by plain SQL in the same run. Goal: ranking <= 300 ms.
# Run from the repository root after building the launcher (infra/target/motcua-launcher.jar):
#   infra/bench/central.sh [dossiers] [calls]
# dossiers: generated for Gia Lai over 01/01–31/10/2026 and imported through REST (default 200,000), so that its
# publication of October 2026 (year to date) has real units, metrics and procedures. The four demo provinces publish
# through publishAggregates; 30 more provinces (H60..H89, made for the run) get a copy of Gia Lai's rows, each
# inserted bound to its own province (row-level security), so the ranking reads 34 provinces of Gia Lai's size.
# calls: timed calls of each operation (default 30) after 5 untimed. Prints medians, p95 and the floor.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-200000}
calls=${2:-30}
. infra/bench/lib.sh
machine
start_server
work=$(mktemp -d /tmp/motcua-central-bench-XXXX)
trap 'stop_server; rm -rf "$work"' EXIT
import_generated gia-lai "$count" 2026-01-01 2026-10-31 "$work"
for p in gia-lai quang-ngai bac-ninh ha-tinh; do
  curl -sf -u "$p.admin:demo" -H 'Content-Type: application/json' -d '{"from":"2026-10"}' \
    -w "$p published October 2026 in %{time_total} s\n" -o /dev/null "$server/api/index/aggregates"
done

export PGPASSWORD=$(sed -n 's/^motcua_owner\.password=//p' "$data_dir/credentials.properties")
psql_run() { psql -X -q -h localhost -p "$pg_port" -U motcua_owner -d motcua "$@"; }
psql_run -v ON_ERROR_STOP=1 <<'SQL'
DO $$
DECLARE
  i int;
  t text;
BEGIN
  FOR i IN 60..89 LOOP
    t := 'bench-h' || i;
    INSERT INTO platform.tenant (id, province_code, name_vi, active_from)
      VALUES (t, 'H' || i, 'Tỉnh đo ' || i, DATE '2019-01-01') ON CONFLICT DO NOTHING;
    PERFORM set_config('app.tenant', t, true);
    INSERT INTO platform.aggregate_period (tenant_id, kind, month, period_from, period_to, rule_set, province_code,
        province_name, total, band, groups, metrics, published_by)
      SELECT t, kind, month, period_from, period_to, rule_set, 'H' || i, 'Tỉnh đo ' || i, total, band, groups, metrics,
             'bench' FROM platform.aggregate_period WHERE tenant_id = 'gia-lai';
    INSERT INTO platform.aggregate_unit SELECT t, kind, month, replace(unit_code, 'H21', 'H' || i), unit_name,
        unit_kind, total, band, groups, metrics FROM platform.aggregate_unit WHERE tenant_id = 'gia-lai';
    INSERT INTO platform.aggregate_procedure SELECT t, kind, month, procedure_code, procedure_name, received,
        received_online, finished, finished_on_time, open_overdue, measured, worked_hundredths, within_days
      FROM platform.aggregate_procedure WHERE tenant_id = 'gia-lai';
  END LOOP;
END
$$;
SQL
psql_run -A -t -c "SELECT 'published periods: ' || count(*) || ', units: ' || (SELECT count(*) FROM platform.aggregate_unit)
  || ', procedures: ' || (SELECT count(*) FROM platform.aggregate_procedure) FROM platform.aggregate_period"
code=$(psql_run -A -t -c "SELECT procedure_code FROM platform.aggregate_procedure WHERE tenant_id = 'gia-lai'
  AND kind = 'YEAR_TO_DATE' ORDER BY received DESC LIMIT 1")

time_calls() { # url label
  local url=$1 label=$2
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null -u central:demo "$url"; done
  for _ in $(seq "$calls"); do curl -sf -o /dev/null -u central:demo -w '%{time_total}\n' "$url"; done \
    | sort -n > "$work/$label.times"
  echo "$label: median $(awk '{a[NR]=$1*1000} END {print a[int((NR+1)/2)]}' "$work/$label.times") ms, p95 \
$(awk '{a[NR]=$1*1000} END {print a[int(NR*0.95+0.999)]}' "$work/$label.times") ms over $calls calls"
}
ranking="$server/api/central/ranking?kind=YEAR_TO_DATE&month=2026-10"
curl -sf -u central:demo "$ranking" > "$work/ranking.json"
echo "ranking: $(jq '.provinces | length' "$work/ranking.json") provinces, $(jq '[.provinces[].units.count] | add' "$work/ranking.json") units"
time_calls "$ranking" rankProvinces
time_calls "$server/api/central/compare?kind=YEAR_TO_DATE&month=2026-10&provinces=H21,H48,H27" compareProvinces
time_calls "$server/api/central/procedures/$code?kind=YEAR_TO_DATE&month=2026-10" "compareProcedure($code)"

# The floor: the rows the ranking reads, by plain SQL (psql \timing, median of 10)
cat > "$work/floor.sql" <<SQL
\\timing on
SELECT p.tenant_id, p.total, p.groups::text, p.metrics::text,
       (SELECT count(*) FROM platform.aggregate_unit u WHERE u.tenant_id = p.tenant_id AND u.kind = p.kind AND u.month = p.month),
       (SELECT count(*) FROM platform.aggregate_procedure x WHERE x.tenant_id = p.tenant_id AND x.kind = p.kind AND x.month = p.month)
  FROM platform.aggregate_period p WHERE p.kind = 'YEAR_TO_DATE' AND p.month = DATE '2026-10-01';
SELECT tenant_id, unit_code, total FROM platform.aggregate_unit WHERE kind = 'YEAR_TO_DATE' AND month = DATE '2026-10-01';
SQL
for _ in $(seq 10); do psql_run -A -t -f "$work/floor.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | paste -sd+ | bc; done \
  | sort -n > "$work/floor.times"
echo "floor (the same rows by plain SQL, both reads): median $(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$work/floor.times") ms"
