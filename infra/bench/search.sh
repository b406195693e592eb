#!/usr/bin/env bash
# Benchmark (issue 15, item 1): finding dossiers in a province with millions of them — listDossiers (GET
# /api/dossiers, the page "Hồ sơ") with the searches a desk types, each answered with its first page of 50 and the
# count of matches (capped at 10,000), against the physical reference of the same run: PostgreSQL scanning the whole
# dossier table once (a count(*) with index scans turned off), which is what a search without its index would cost.
# Run from the repository root after building the launcher (infra/target/motcua-launcher.jar):
#   BENCH_DATA_DIR=<dir> infra/bench/search.sh [calls]
# on a data directory loaded with millions of Gia Lai dossiers (e.g. one kept by report.sh or index.sh with
# KEEP_DATA=1). calls: timed calls per search (default 20) after 3 untimed. Prints, per search, the median and p95 of
# the server's answer (client side, localhost), the matches counted, and the ratio of the table scan to the median.
set -euo pipefail
cd "$(dirname "$0")/../.."
calls=${1:-20}
tenant=gia-lai
[ -n "${BENCH_DATA_DIR:-}" ] || { echo "set BENCH_DATA_DIR to a loaded data directory" >&2; exit 1; }
. infra/bench/lib.sh
machine
start_server
work=$(mktemp -d /tmp/motcua-search-bench-XXXX)
trap 'stop_server; rm -rf "$work"' EXIT

export PGPASSWORD=$(sed -n 's/^motcua_owner\.password=//p' "$data_dir/credentials.properties")
psql_run() { psql -X -q -A -t -h localhost -p "$pg_port" -U motcua_owner -d motcua -c "SET app.tenant = '$tenant'" "$@"; }
# as autovacuum does after a bulk load or a table rewrite: statistics and the visibility map current
psql_run -c "VACUUM (ANALYZE) province.dossier"
dossiers=$(psql_run -c "SELECT count(*) FROM province.dossier")

# Values a desk would type, taken from the data: the first two words of an applicant's name without accents, an
# identity number, the first 12 characters of a code, a unit and a procedure with dossiers
sample=$(psql_run -F'|' -c "SELECT split_part(applicant_name_folded, ' ', 1) || ' ' || split_part(applicant_name_folded, ' ', 2),
  applicant_id_number, left(code, 12), competent_unit_code, procedure_code
  FROM province.dossier WHERE applicant_id_number IS NOT NULL ORDER BY id DESC LIMIT 1")
IFS='|' read -r name id_number code_prefix unit procedure <<< "$sample"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

searches=(
  "name without accents|applicantName=$(enc "$name")"
  "identity number|idNumber=$(enc "$id_number")"
  "code prefix|code=$(enc "$code_prefix")"
  "one unit, one month|competentUnitCode=$unit&from=2026-10-01&to=2026-10-31"
  "one unit, by due date|competentUnitCode=$unit&sort=DUE_ASC"
  "one unit, by code|competentUnitCode=$unit&sort=CODE_DESC"
  "one procedure, newest first|procedureCode=$procedure"
  "one procedure, by due date|procedureCode=$procedure&sort=DUE_ASC"
  "one procedure, by code|procedureCode=$procedure&sort=CODE_ASC"
  "overdue now|lateness=OVERDUE"
  "due within 3 working days|lateness=DUE_SOON&dueWithinDays=3"
  "finished late|lateness=LATE"
  "late, processing (none)|lateness=LATE&status=4"
  "by post, awaiting payment|channel=POSTAL&status=6"
  "everything, newest first|"
)

echo "province: $tenant, $dossiers dossiers; sample: name '$name', id '$id_number', code '$code_prefix', unit $unit, procedure $procedure"
printf '%-28s %10s %10s %8s %s\n' "search" "median ms" "p95 ms" "matches" "query"
medians=()
for s in "${searches[@]}"; do
  label=${s%%|*}
  query=${s#*|}
  url="$server/api/dossiers?$query&size=50"
  body=$(curl -sf -u "$tenant.leader:demo" "$url")
  matches=$(python3 -c 'import json, sys; d = json.loads(sys.stdin.read()); print(("> " if d["totalCapped"] else "") + str(d["total"]))' <<< "$body")
  for _ in 1 2; do curl -sf -o /dev/null -u "$tenant.leader:demo" "$url"; done
  for _ in $(seq "$calls"); do curl -sf -o /dev/null -u "$tenant.leader:demo" -w '%{time_total}\n' "$url"; done \
    | sort -n > "$work/times"
  median=$(awk '{a[NR]=$1*1000} END {printf "%.0f", a[int((NR+1)/2)]}' "$work/times")
  p95=$(awk '{a[NR]=$1*1000} END {printf "%.0f", a[int(NR*0.95+0.999)]}' "$work/times")
  medians+=("$median")
  printf '%-28s %10s %10s %8s %s\n' "$label" "$median" "$p95" "$matches" "$query"
done

# The physical reference: one pass over the province's dossier table, no index (what any of these searches would
# cost without its index), timed three times after one untimed
scan_sql="SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off;
\\timing on
SELECT count(*) FROM province.dossier t WHERE t.applicant_name_folded >= '$name' AND t.applicant_name_folded < '$name~';"
psql_run -c "SET enable_indexscan = off" -c "SET enable_bitmapscan = off" -c "SELECT count(*) FROM province.dossier WHERE applicant_name_folded LIKE '$name%'" > /dev/null
scan=$(for _ in 1 2 3; do psql_run -f <(echo "$scan_sql") | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'; done | sort -n | sed -n 2p)
echo "table scan (physical reference, median of 3): ${scan%.*} ms"
worst=$(printf '%s\n' "${medians[@]}" | sort -n | tail -1)
awk -v s="$scan" -v w="$worst" 'BEGIN {printf "slowest search median %d ms: %.0f times faster than the table scan\n", w, s / w}'
