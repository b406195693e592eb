#!/usr/bin/env bash
# Benchmark: time from the run command to /health/ready UP, and resident memory when idle.
# Targets (issue 2): <= 40 s and <= 1.2 GiB. Run from the repository root after `mvn -DskipTests install`:
#   infra/bench/startup.sh [runs]
# Each run starts the launcher exactly as ./run does (same JVM options), with a fresh data directory
# (first start: initdb + migrations + demo data) and then once more on the same directory (warm start).
# Reports per run: seconds to ready, RSS of the java process and of all postgres processes after 30 s idle.
set -euo pipefail
# Needs curl, bc and pstree (Debian: curl bc psmisc). PostgreSQL RSS is summed per process, so shared
# memory counts once per process: an upper bound.
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=infra/target/motcua-launcher.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests install" >&2; exit 1; }
opts=${MOTCUA_JAVA_OPTS:--Xms128m -Xmx768m -XX:+UseSerialGC}
port=${BENCH_PORT:-18080}

rss_kb() { ps -o rss= -p "$1" 2>/dev/null | awk '{s+=$1} END {print s+0}'; }
# pg_ctl detaches the embedded PostgreSQL (its parent is init): find the postmaster through its pid
# file and sum it with its children.
tree_rss_kb() {
  local root=$1 total=0 pids
  pids=$(pstree -p "$root" 2>/dev/null | grep -o '([0-9]\+)' | tr -d '()' || echo "$root")
  for p in $pids; do total=$((total + $(rss_kb "$p"))); done
  echo $total
}
postgres_rss_kb() {
  local pidfile=$1/pgdata/postmaster.pid
  [ -f "$pidfile" ] && tree_rss_kb "$(head -1 "$pidfile")" || echo 0
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
  sleep 30
  local java_kb all_kb
  java_kb=$(rss_kb $pid)
  all_kb=$((java_kb + $(postgres_rss_kb "$dir")))
  printf '%-6s ready %6.1f s   java RSS %6.0f MiB   java+postgres RSS %6.0f MiB\n' "$label" \
    "$(echo "$t1 - $t0" | bc)" "$(echo "$java_kb / 1024" | bc -l)" "$(echo "$all_kb / 1024" | bc -l)"
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
