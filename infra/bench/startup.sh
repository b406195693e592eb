#!/usr/bin/env bash
# Benchmark: time from the run command to /health/ready UP, and resident memory when idle.
# Targets (issue 2): <= 40 s and <= 1.2 GiB. Run from the repository root after `mvn -DskipTests install`:
#   infra/bench/startup.sh [runs]
# Each run starts the launcher exactly as ./run does (same JVM options), with a fresh data directory
# (first start: initdb + migrations + demo data) and then once more on the same directory (warm start).
# Reports per run: seconds to ready, seconds more until the background load of demo dossiers is done, and the RSS
# of the java process and of all postgres processes after that and 30 s idle.
set -euo pipefail
# Needs curl, bc and pstree (Debian: curl bc psmisc). PostgreSQL's processes share their buffer pool, so the sum
# of their RSS counts it once per process (an upper bound); PSS (/proc/<pid>/smaps_rollup) shares it out, so the
# sum of PSS is what they really hold. Both are printed; "resident" below is java RSS + postgres PSS.
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=infra/target/motcua-launcher.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests install" >&2; exit 1; }
opts=${MOTCUA_JAVA_OPTS:--Xms256m -Xmx768m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=10}
port=${BENCH_PORT:-18080}

rss_kb() { ps -o rss= -p "$1" 2>/dev/null | awk '{s+=$1} END {print s+0}'; }
pss_kb() { awk '/^Pss:/ {print $2; f=1} END {if (!f) print 0}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
# pg_ctl detaches the embedded PostgreSQL (its parent is init): find the postmaster through its pid
# file and sum it with its children.
tree_kb() {
  local how=$1 root=$2 total=0 pids
  pids=$(pstree -p "$root" 2>/dev/null | grep -o '([0-9]\+)' | tr -d '()' || echo "$root")
  for p in $pids; do total=$((total + $($how "$p"))); done
  echo $total
}
postgres_kb() {
  local pidfile=$2/pgdata/postmaster.pid
  [ -f "$pidfile" ] && tree_kb "$1" "$(head -1 "$pidfile")" || echo 0
}

one_run() {
  local dir=$1 label=$2
  local t0 t1 pid code
  t0=$(date +%s.%N)
  MOTCUA_DATA_DIR=$dir PORT=$port java $opts -jar "$jar" > "$dir.log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)
    [ "$code" = 200 ] && break
    kill -0 $pid 2>/dev/null || { echo "launcher died, see $dir.log" >&2; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  # Demo mode loads the demo dossiers in the background after "ready": idle means after that load
  local loaded=""
  for _ in $(seq 1 600); do
    if grep -aq '\[motcua\] Demo dossiers: .* sent for\|Demo dossiers.*failed\|Demo dossiers: cannot' "$dir.log"; then
      loaded=$(printf '%.0f' "$(echo "$(date +%s.%N) - $t1" | bc)"); break
    fi
    sleep 0.5
  done
  sleep 30
  local java_kb pg_rss_kb pg_pss_kb
  java_kb=$(rss_kb $pid)
  pg_rss_kb=$(postgres_kb rss_kb "$dir")
  pg_pss_kb=$(postgres_kb pss_kb "$dir")
  printf '%-6s ready %5.1f s  demo dossiers loaded %4s s later  idle: java RSS %4.0f MiB  postgres PSS %4.0f MiB (RSS sum %4.0f)  resident %5.0f MiB\n' \
    "$label" "$(echo "$t1 - $t0" | bc)" "${loaded:-?}" "$(echo "$java_kb / 1024" | bc -l)" \
    "$(echo "$pg_pss_kb / 1024" | bc -l)" "$(echo "$pg_rss_kb / 1024" | bc -l)" \
    "$(echo "($java_kb + $pg_pss_kb) / 1024" | bc -l)"
  kill -TERM $pid; wait $pid 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "JVM options: $opts"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/motcua-bench-XXXX)
  rmdir "$dir"
  one_run "$dir" "cold$i"
  one_run "$dir" "warm$i"
  rm -rf "$dir" "$dir.log"
done
