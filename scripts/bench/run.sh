#!/usr/bin/env bash
# Load benchmark through Vaadin's request protocol (Gatling, src/bench/java) against the production jar on MariaDB.
#   scripts/bench/run.sh                 USERS=500 RAMP=120 THINK=5000 PORT=8089 MAX_MINUTES=15
#   RAMP=5 scripts/bench/run.sh          all respondents start within 5 s
# Starts the jar on a fresh database of the local MariaDB (127.0.0.1:3306, root), makes a scan with USERS codes,
# runs the simulation, then prints: start-up time, resident memory idle and at its peak under load, the Gatling
# statistics per request name, and the acknowledged submissions against the responses in the database.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
USERS=${USERS:-500} RAMP=${RAMP:-120} THINK=${THINK:-5000} PORT=${PORT:-8089} MAX_MINUTES=${MAX_MINUTES:-15}
WORK=${BENCH_DIR:-/tmp/onderstroom-bench}
DB=onderstroom_bench_$(date +%s)
H=http://127.0.0.1:$PORT
AUTH=adviseur@demo.test:tegenstroom-2026
mkdir -p "$WORK"; rm -f "$WORK/acknowledged.txt" "$WORK/peak-rss"
sql() { mariadb --no-defaults -uroot -h127.0.0.1 -P3306 --protocol=tcp -N -B -e "$1"; }
PID=""
cleanup() { set +e; [ -n "$PID" ] && kill "$PID" 2>/dev/null; [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null; sql "drop database if exists $DB"; }
trap cleanup EXIT
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/"$1"/status; }

JAR=${JAR:-$(ls target/onderstroom-*.jar 2>/dev/null | grep -v original | head -1 || true)}
[ -n "$JAR" ] || { ./mvnw -q -Pproduction package -DskipTests; JAR=$(ls target/onderstroom-*.jar | grep -v original | head -1); }
sql "create database $DB character set utf8mb4 collate utf8mb4_general_ci"
echo "run: USERS=$USERS RAMP=$RAMP THINK=$THINK at $(date -u '+%F %T') UTC"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -1)"
START=$(date +%s.%N)
SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$DB" SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
ONDERSTROOM_CODE_SECRET=bench-code-secret-0123456789abcdef0123 ONDERSTROOM_SECURE_COOKIES=false ONDERSTROOM_DATA_DIR=$WORK \
    java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" --spring.profiles.active=mariadb --server.port="$PORT" --onderstroom.demo=true \
    > "$WORK/app.log" 2>&1 &
PID=$!
until grep -q "Started Application" "$WORK/app.log"; do kill -0 $PID || { tail -20 "$WORK/app.log"; exit 1; }; sleep 0.5; done
echo "start-up: $(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s to 'Started' ($(grep -o 'Started Application in [0-9.]* seconds' "$WORK/app.log")), RSS $(rss $PID) MiB"
# the demo organisation is made just after start-up: wait for it
for _ in $(seq 60); do
    ORG=$(curl -sf -u $AUTH "$H/api/v1/organisations" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])' 2>/dev/null) && break
    sleep 2
done
[ -n "$ORG" ] || { echo "no organisation after 120 s"; exit 1; }
DEPT=$(curl -sf -u $AUTH "$H/api/v1/organisations/$ORG/departments" | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1]["id"])')
SCAN=$(curl -sf -u $AUTH -H 'Content-Type: application/json' -d '{"name":"Bench"}' "$H/api/v1/organisations/$ORG/scans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
: > "$WORK/codes.txt"
for ((left = USERS; left > 0; left -= 1000)); do
    n=$((left < 1000 ? left : 1000))
    curl -sf -u $AUTH -H 'Content-Type: application/json' -d "{\"departmentId\":$DEPT,\"count\":$n}" \
        "$H/api/v1/scans/$SCAN/codes?format=csv" | grep -o 'http[^,"]*' | sed 's|.*/||' >> "$WORK/codes.txt"
done
curl -sf -u $AUTH -X POST "$H/api/v1/scans/$SCAN/open" > /dev/null
sleep 5
echo "idle after set-up: RSS $(rss $PID) MiB; $(wc -l < "$WORK/codes.txt") codes for scan $SCAN"
( peak=0; while kill -0 $PID 2>/dev/null; do r=$(rss $PID); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$WORK/peak-rss"; sleep 1; done ) &
SAMPLER=$!
./mvnw -q -Pbench test-compile gatling:test -Dbench.url="$H" -Dbench.codes="$WORK/codes.txt" -Dbench.users="$USERS" \
    -Dbench.ramp="$RAMP" -Dbench.think="$THINK" -Dbench.max="$MAX_MINUTES" -Dbench.acknowledged="$WORK/acknowledged.txt" \
    > "$WORK/gatling.out" 2>&1 || true
grep -A14 -- '---- Global Information' "$WORK/gatling.out" || tail -30 "$WORK/gatling.out"
echo "peak RSS under load: $(cat "$WORK/peak-rss") MiB; after: $(rss $PID) MiB"
echo "per interaction (response times in ms, from the simulation's own timings):"
grep '^BENCH ' "$WORK/gatling.out" | grep -v 'BENCH acknowledged' || echo "no BENCH lines: see $WORK/gatling.out"
ACK=$(cat "$WORK/acknowledged.txt" 2>/dev/null || echo 0)
IN_DB=$(sql "select count(*) from $DB.response where scan_id = $SCAN")
echo "acknowledged submissions $ACK, responses in the database $IN_DB: $([ "$ACK" = "$IN_DB" ] && echo equal || echo DIFFERENT)"
