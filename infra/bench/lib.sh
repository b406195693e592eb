# Shared by the benchmark scripts: start the launcher as ./run does, on a fresh data directory, and stop it.
# Usage: . infra/bench/lib.sh; start_server; ...; stop_server
# KEEP_DATA=1 keeps the data directory; BENCH_DATA_DIR=<dir> starts on an existing one (and keeps it).
jar=${BENCH_JAR:-infra/target/motcua-launcher.jar}
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests install" >&2; exit 1; }
opts=${MOTCUA_JAVA_OPTS:--Xms256m -Xmx768m -XX:+UseSerialGC -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=10}
port=${BENCH_PORT:-18480}
pg_port=${BENCH_PG_PORT:-15483}
server=http://localhost:$port

start_server() {
  # BENCH_DATA_DIR: start on that (existing) data directory instead of a fresh one, and keep it
  if [ -n "${BENCH_DATA_DIR:-}" ]; then
    data_dir=$BENCH_DATA_DIR
  else
    data_dir=$(mktemp -d /tmp/motcua-bench-XXXX)
    rmdir "$data_dir"
  fi
  local t0 code
  # Never measure someone else's server: the ports must be free
  if curl -s -o /dev/null "$server/" || (exec 3<>/dev/tcp/127.0.0.1/$pg_port) 2>/dev/null; then
    echo "port $port or $pg_port is in use: set BENCH_PORT / BENCH_PG_PORT" >&2; exit 1
  fi
  t0=$(date +%s)
  # Demo provinces and logins, but not the background load of demo dossiers (it would compete with the benchmark)
  MOTCUA_DATA_DIR=$data_dir PORT=$port MOTCUA_PG_PORT=$pg_port MOTCUA_DEMO_DOSSIERS=0 \
    java $opts -jar "$jar" > "$data_dir.log" 2>&1 &
  server_pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$server/health/ready" || true)
    [ "$code" = 200 ] && break
    kill -0 $server_pid 2>/dev/null || { echo "launcher died, see $data_dir.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "server ready on $server after $(( $(date +%s) - t0 )) s (data $data_dir, PostgreSQL port $pg_port, log $data_dir.log)"
}

stop_server() {
  kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "${KEEP_DATA:-}${BENCH_DATA_DIR:-}" ] || rm -rf "$data_dir" "$data_dir.log"
}

# import_generated tenant count from to work: generates `count` dossiers of the province received from..to and imports
# them through POST /api/dossiers/import (ImportBench, 2 clients, batches of 20,000), timing the whole.
import_generated() {
  local t0
  t0=$(date +%s)
  java -Xmx1g -cp "$jar" vn.motcua.infra.bench.ImportBench --server "$server" --tenant "$1" --count "$2" \
    --batch 20000 --clients 2 --from "$3" --to "$4" --work "$5"
  echo "generated and imported $2 dossiers in $(( $(date +%s) - t0 )) s"
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JVM options of the server: $opts"
}

# Every trigger that keeps the report facts (V18, V27): disabled together, the server runs as before the facts.
fact_triggers=dossier_day_facts_on_insert,dossier_day_facts_on_update,dossier_step_facts_on_insert,dossier_step_facts_on_update,dossier_duration_facts_on_insert,dossier_duration_facts_on_update

# disable_triggers "t1,t2": disables the named triggers of the started server's tables as the schema owner, for
# diagnostics comparing with and without them. The facts are then wrong: never on data that matters.
disable_triggers() {
  local t table
  local -x PGPASSWORD
  PGPASSWORD=$(sed -n 's/^motcua_owner\.password=//p' "$data_dir/credentials.properties")
  for t in ${1//,/ }; do
    table=$(psql -X -q -A -t -h localhost -p "$pg_port" -U motcua_owner -d motcua -c \
      "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE g.tgname = '$t'")
    [ -n "$table" ] || { echo "no trigger $t" >&2; return 1; }
    psql -X -q -h localhost -p "$pg_port" -U motcua_owner -d motcua -c "ALTER TABLE province.$table DISABLE TRIGGER $t"
  done
}

# wait_for_merge: after an import, waits until the started server's background merge (V27) has moved every pending
# fact row into the facts, and prints how long after the call that took and what the server logged of its merges.
wait_for_merge() {
  local t0 left
  local -x PGPASSWORD
  PGPASSWORD=$(sed -n 's/^postgres\.password=//p' "$data_dir/credentials.properties")
  t0=$(date +%s.%N)
  while :; do
    left=$(psql -X -q -A -t -h localhost -p "$pg_port" -U postgres -d motcua -c "SELECT
      (SELECT count(*) FROM province.dossier_day_fact_pending) + (SELECT count(*) FROM province.dossier_step_fact_pending)
      + (SELECT count(*) FROM province.dossier_duration_fact_pending)" 2>/dev/null) \
      || { echo "no pending facts (a build before V27)"; return 0; }
    [ "$left" = 0 ] && break
    sleep 0.5
  done
  printf 'pending fact rows all merged %.1f s after the import ended\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
  grep -o 'Fact merges: [^]]*ms' "$data_dir.log" | tail -3 || true
}
