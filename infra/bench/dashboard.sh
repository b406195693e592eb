#!/usr/bin/env bash
# Benchmark (issue 13): the province leader's dashboard under 50 concurrent users — p95, errors, heap. Run from the
# repository root after building the launcher (infra/target/motcua-launcher.jar):
#   infra/bench/dashboard.sh [users=50] [seconds=60] [think ms=1000] [warm-up s=10]
# Each virtual user is a browser of its own (vn.motcua.infra.bench.DashboardBench, the JDK's HttpClient, HTTP/1.1):
# it signs in once as gia-lai.leader through the real sign-in form (session cookie, JSF view state, Origin header),
# then loads the start page /home.xhtml again and again, as a browser's first request (the full HTML, the chart's
# data in it; no scripts, styles or ajax), waiting T/2..3T/2 between loads (think time T; 0 = as fast as it can).
# Every load of the measured window counts: an answer other than 200, or one without the dashboard's on-time-rate
# figure (id="dashOnTime", rendered only with the leader's dashboard), is an error. Prints the sign-in times, the
# page loads, errors, throughput, p50/p95/p99/max latency (client side, localhost) and the average page size; then
# the server JVM's heap, sampled every second with jstat over the whole load: peak used (eden + survivors + old),
# peak old generation, peak committed, the -Xmx (MaxHeapSize), the collections during the load, and the heap left
# after a full collection at the end (what the signed-in sessions and their views hold).
# Data: on a fresh data directory (lib.sh starts the demo provinces without their background load of demo dossiers,
# which would compete with the benchmark) the script first imports BENCH_DOSSIERS (default 20,000, as the demo
# does; 0 = none) generated dossiers of Gia Lai over the twelve months before this one and this month up to
# yesterday, through the REST import (vn.motcua.infra.bench.ImportBench), and waits for it. BENCH_DATA_DIR=<dir>: measure on an existing data
# directory instead, e.g. one kept with KEEP_DATA=1 by infra/bench/report.sh (millions of dossiers), no import.
set -euo pipefail
cd "$(dirname "$0")/../.."
users=${1:-50}
seconds=${2:-60}
think=${3:-1000}
warmup=${4:-10}
tenant=gia-lai
dossiers=${BENCH_DOSSIERS:-20000}
. infra/bench/lib.sh
command -v jstat > /dev/null && command -v jcmd > /dev/null || { echo "needs jstat and jcmd (a JDK)" >&2; exit 1; }
machine
loaded=${BENCH_DATA_DIR:-}
start_server
work=$(mktemp -d /tmp/motcua-dashboard-bench-XXXX)
sampler=
trap '[ -z "$sampler" ] || kill "$sampler" 2>/dev/null || true; stop_server; rm -rf "$work"' EXIT

if [ -z "$loaded" ] && [ "$dossiers" -gt 0 ]; then
  # the demo's year (the twelve months before this one, Vietnam's calendar) and this month up to yesterday, so that
  # the dashboard's default month (this one) has figures; what was due after yesterday is still open
  first=$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-01)
  from=$(date -d "$first -12 months" +%F)
  to=$(date -d "$(TZ=Asia/Ho_Chi_Minh date +%F) -1 day" +%F)
  t0=$(date +%s)
  java -Xmx1g -cp "$jar" vn.motcua.infra.bench.ImportBench --server "$server" --tenant "$tenant" --count "$dossiers" \
    --batch 5000 --clients 2 --from "$from" --to "$to" --work "$work" | grep -v 'COPY reference skipped'
  echo "imported $dossiers dossiers of $tenant ($from to $to) in $(( $(date +%s) - t0 )) s"
elif [ -n "$loaded" ]; then
  echo "data: $loaded (no import)"
fi

# The server's heap, every second, from the first sign-in to the last page load (sizes in KB)
max_heap=$(jcmd "$server_pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
jstat -gc "$server_pid" 1000 > "$work/heap" &
sampler=$!
java -Xmx512m -cp "$jar" vn.motcua.infra.bench.DashboardBench --server "$server" --user "$tenant.leader" \
  --password demo --users "$users" --seconds "$seconds" --think-ms "$think" --warmup-seconds "$warmup"
sleep 1
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sampler=
# What stays: the sessions (and the views they keep) of the users, after a full collection
jcmd "$server_pid" GC.run > /dev/null
after=$(jstat -gc "$server_pid" | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
  {printf "%.0f", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024}')
awk -v max="$max_heap" -v after="$after" '
  NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
  $1 ~ /^[0-9.]+$/ {
    used = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]
    committed = $c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"]
    if (used > peak) peak = used
    if ($c["OU"] > old) old = $c["OU"]
    if (committed > cap) cap = committed
    if (n++ == 0) {ygc0 = $c["YGC"]; ygct0 = $c["YGCT"]; fgc0 = $c["FGC"]; fgct0 = $c["FGCT"]}
    ygc = $c["YGC"]; ygct = $c["YGCT"]; fgc = $c["FGC"]; fgct = $c["FGCT"]
  }
  END {
    if (n == 0) {print "heap: no jstat sample"; exit}
    printf "heap (server JVM, %d samples 1 s apart): peak used %.0f MiB, peak old generation %.0f MiB, peak committed %.0f MiB, -Xmx %.0f MiB\n",
      n, peak / 1024, old / 1024, cap / 1024, max / 1048576
    printf "collections during the load: %d young (%.2f s), %d full (%.2f s); heap after a full collection at the end: %s MiB\n",
      ygc - ygc0, ygct - ygct0, fgc - fgc0, fgct - fgct0, after
  }' "$work/heap"
echo "server java RSS at the end: $(( $(ps -o rss= -p "$server_pid") / 1024 )) MiB"
