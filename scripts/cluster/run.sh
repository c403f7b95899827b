#!/usr/bin/env bash
# The portal on more than one machine, on this machine: a three-node MariaDB Galera cluster (galera.sh), two portal
# instances (the production jar) reaching it through Connector/J's sequential failover URL, nginx in front with sticky
# sessions. Respondents answer through nginx in headless Chromium (ClusterRespondents); mid-run one portal instance
# and the Galera node the instances write to are killed. Checks: respondents of the stopped instance resume with their
# code on the other, every respondent's submission is acknowledged, and every node of the database holds exactly the
# acknowledged responses (none lost, none doubled). Output: docs/scaling.md shows a run.
#
#   scripts/cluster/run.sh            (RESPONDENTS=12 PARALLEL=3 JAR=target/onderstroom-*.jar, ports 8088/8089/8090)
#
# Needs: Debian's mariadb-server, galera-4, nginx, chromium, chromium-driver; Java 17. Leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
WORK=${CLUSTER_DIR:-/tmp/onderstroom-cluster}
export GALERA_DIR=$WORK/galera
PORTS=(${APP_PORTS:-8088 8089})
LB_PORT=${LB_PORT:-8090}
RESPONDENTS=${RESPONDENTS:-9}
DB=onderstroom
SECRET=cluster-run-code-secret-0123456789abcdef
AUTH=adviseur@demo.test:tegenstroom-2026
H=http://127.0.0.1:$LB_PORT
mkdir -p "$WORK"
sql() { mariadb --no-defaults -uroot -h127.0.0.1 -P"$1" --protocol=tcp -N -B -e "$2"; }
t0=$(date +%s)
say() { echo "[$(($(date +%s) - t0)) s] $*"; }

cleanup() {
    set +e
    for p in "$WORK"/app-*.pid; do [ -f "$p" ] && kill "$(cat "$p")" 2>/dev/null; rm -f "$p"; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
    scripts/cluster/galera.sh stop > /dev/null 2>&1
}
trap cleanup EXIT

JAR=${JAR:-$(ls target/onderstroom-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
    say "building the production jar"
    ./mvnw -q -Pproduction package -DskipTests
    JAR=$(ls target/onderstroom-*.jar | grep -v original | head -1)
fi
say "jar $JAR"
if [ ! -f "$WORK/test-classpath.txt" ] || [ pom.xml -nt "$WORK/test-classpath.txt" ]; then
    ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/test-classpath.txt" -Dmdep.includeScope=test
fi

say "Galera: three nodes on 3307-3309"
rm -rf "$GALERA_DIR"
scripts/cluster/galera.sh start
sql 3307 "create database $DB character set utf8mb4 collate utf8mb4_general_ci"

URL="jdbc:mariadb:sequential://127.0.0.1:3307,127.0.0.1:3308,127.0.0.1:3309/$DB?connectTimeout=3000&socketTimeout=30000"
start_app() { # $1 index, $2 demo
    local port=${PORTS[$1]}
    mkdir -p "$WORK/app-$port"
    SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
    ONDERSTROOM_CODE_SECRET=$SECRET ONDERSTROOM_PUBLIC_URL=$H ONDERSTROOM_SECURE_COOKIES=false \
    ONDERSTROOM_DATA_DIR=$WORK/app-$port \
        java -Xmx768m -jar "$ROOT/$JAR" --spring.profiles.active=mariadb --server.port="$port" --onderstroom.demo="$2" \
        --spring.datasource.hikari.connection-timeout=10000 --spring.datasource.hikari.validation-timeout=2000 \
        > "$WORK/app-$port.log" 2>&1 &
    echo $! > "$WORK/app-$port.pid"
}
wait_app() { # $1 index
    local port=${PORTS[$1]}
    for _ in $(seq 1 1800); do
        if grep -q "Started Application" "$WORK/app-$port.log"; then
            say "instance on $port: $(grep -o 'Started Application in [0-9.]* seconds' "$WORK/app-$port.log")"
            return 0
        fi
        if ! kill -0 "$(cat "$WORK/app-$port.pid")" 2>/dev/null; then tail -30 "$WORK/app-$port.log"; return 1; fi
        sleep 1
    done
    echo "instance on $port did not start"; return 1
}
# Instance 2 starts once instance 1 has migrated the schema: Flyway's lock does not keep two instances that start
# together on Galera from running the same migration (seen: "Table 'scan_seq' already exists"). Only instance 1
# creates the demo organisation.
say "portal instance 1 on ${PORTS[0]} (migrations, demo organisation)"
start_app 0 true
until grep -q "Successfully applied\|is up to date" "$WORK/app-${PORTS[0]}.log"; do
    kill -0 "$(cat "$WORK/app-${PORTS[0]}.pid")" || { tail -30 "$WORK/app-${PORTS[0]}.log"; exit 1; }
    sleep 1
done
say "schema migrated; portal instance 2 on ${PORTS[1]}"
start_app 1 false
wait_app 0
wait_app 1

say "nginx on $LB_PORT, sticky by JSESSIONID"
SERVERS=""
for p in "${PORTS[@]}"; do SERVERS="$SERVERS        server 127.0.0.1:$p max_fails=1 fail_timeout=30s;\n"; done
sed -e "s|@DIR@|$WORK|g" -e "s|@PORT@|$LB_PORT|g" -e "s|@SERVERS@|$SERVERS|" scripts/cluster/nginx.conf > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"

say "a scan with $RESPONDENTS codes for one department, through the API behind nginx"
ORG=$(curl -sf -u $AUTH "$H/api/v1/organisations" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
DEPT=$(curl -sf -u $AUTH "$H/api/v1/organisations/$ORG/departments" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[-1]["id"])')
SCAN=$(curl -sf -u $AUTH -H 'Content-Type: application/json' -d '{"name":"Cluster run"}' "$H/api/v1/organisations/$ORG/scans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -sf -u $AUTH -H 'Content-Type: application/json' -d "{\"departmentId\":$DEPT,\"count\":$RESPONDENTS}" \
    "$H/api/v1/scans/$SCAN/codes?format=csv" | grep -o 'http[^,"]*' > "$WORK/links.txt"
curl -sf -u $AUTH -X POST "$H/api/v1/scans/$SCAN/open" > /dev/null
say "scan $SCAN, $(wc -l < "$WORK/links.txt") links"

say "respondents (headless Chromium through nginx); mid-run: kill -9 the instance most sessions are on, and Galera node 1"
set +e
ACKNOWLEDGED_FILE=$WORK/acknowledged.txt PARALLEL=${PARALLEL:-3} \
STOP_COMMAND="kill -9 \$(cat $WORK/app-%PORT%.pid); GALERA_DIR=$GALERA_DIR $ROOT/scripts/cluster/galera.sh stop-node 1" \
    java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/test-classpath.txt")" \
    nl.onderstroom.base.cluster.ClusterRespondents "$WORK/links.txt"
RESULT=$?
set -e
read -r ACK MOVED RESUMED TOTAL < "$WORK/acknowledged.txt"

say "Galera node 1 rejoins (IST)"
scripts/cluster/galera.sh start-node 1
scripts/cluster/galera.sh status
OK=$RESULT
for port in 3307 3308 3309; do
    N=$(sql $port "select count(*) from $DB.response where scan_id = $SCAN")
    USED=$(sql $port "select count(*) from $DB.invitation where scan_id = $SCAN and used = 1" 2>/dev/null || echo "?")
    say "node on $port: $N responses for the scan (acknowledged: $ACK), codes spent: $USED"
    [ "$N" = "$ACK" ] || OK=1
done
say "nginx answered by: $(curl -s -o /dev/null -D - "$H/login" | grep -i x-upstream | tr -d '\r')"
if [ "$OK" = 0 ]; then say "PASS: $TOTAL respondents, $MOVED moved off the stopped instance and resumed ($RESUMED at their step), $ACK acknowledged = responses on every node"; else say "FAIL"; fi
exit "$OK"
