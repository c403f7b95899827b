#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine (loopback), for scripts/cluster/run.sh and by hand.
#   galera.sh start            initialise (first time) and start all three nodes, node 1 bootstraps the cluster
#   galera.sh stop-node N      stop node N (1..3) the hard way (SIGKILL), as a crashed machine would
#   galera.sh start-node N     start node N again; it rejoins and catches up (IST/SST)
#   galera.sh status           cluster size and state as each running node sees it
#   galera.sh stop             stop all nodes
# Ports: client 3307-3309, group communication 4567+10*(N-1), IST 4568+10*(N-1), SST 4569+10*(N-1).
# Data under ${GALERA_DIR:-/tmp/onderstroom-galera}/nodeN. Needs Debian's mariadb-server and galera-4.
set -euo pipefail
DIR=${GALERA_DIR:-/tmp/onderstroom-galera}
BASE_PORT=${GALERA_BASE_PORT:-3307}
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
# As root the nodes run as Debian's 'mysql' user: the SST scripts' rsync daemon then writes as the same user
# (started by root it would write as 'nobody' and fail)
if [ "$(id -u)" = 0 ]; then ME=mysql; else ME=$(id -un); fi

port() { echo $((BASE_PORT + $1 - 1)); }
gport() { echo $((4567 + 10 * ($1 - 1))); }
members() { echo "gcomm://127.0.0.1:$(gport 1),127.0.0.1:$(gport 2),127.0.0.1:$(gport 3)"; }
sock() { echo "$DIR/node$1/mysqld.sock"; }
cli() { mariadb --no-defaults -uroot -h127.0.0.1 -P"$(port "$1")" --protocol=tcp -N -B "${@:2}"; }

init_node() {
    local n=$1 d="$DIR/node$1"
    [ -d "$d/data/mysql" ] && return 0
    mkdir -p "$d"; chown "$ME" "$d"
    mariadb-install-db --no-defaults --user="$ME" --datadir="$d/data" --auth-root-authentication-method=normal \
        --skip-test-db > "$d/install.log" 2>&1
}

run_node() { # $1 node, $2 extra args
    local n=$1 d="$DIR/node$1" g
    g=$(gport "$n")
    /usr/sbin/mariadbd --no-defaults --user="$ME" --datadir="$d/data" --port="$(port "$n")" --bind-address=127.0.0.1 \
        --socket="$(sock "$n")" --pid-file="$d/mysqld.pid" --log-error="$d/error.log" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
        --innodb-buffer-pool-size=128M --max-connections=300 --skip-name-resolve \
        --wsrep-on=ON --wsrep-provider="$PROVIDER" --wsrep-cluster-name=onderstroom \
        --wsrep-cluster-address="$(members)" --wsrep-node-name="node$n" \
        --wsrep-node-address="127.0.0.1:$g" --wsrep-sst-method=rsync \
        --wsrep-sst-receive-address="127.0.0.1:$((g + 2))" \
        --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$g;ist.recv_addr=127.0.0.1:$((g + 1));gcache.size=64M" \
        --wsrep-slave-threads=2 ${2:-} > "$d/stdout.log" 2>&1 &
    wait_ready "$n"
}

wait_ready() {
    for _ in $(seq 1 120); do
        if [ ! -f "$DIR/node$1/mysqld.pid" ] && ! pgrep -f "datadir=$DIR/node$1/data" > /dev/null; then break; fi
        if [ "$(cli "$1" -e "show status like 'wsrep_ready'" 2>/dev/null | awk '{print $2}')" = "ON" ]; then return 0; fi
        sleep 1
    done
    echo "node $1 did not become ready; see $DIR/node$1/error.log" >&2
    return 1
}

stop_node() {
    local pidf="$DIR/node$1/mysqld.pid"
    if [ -f "$pidf" ]; then kill "${2:--KILL}" "$(cat "$pidf")" 2>/dev/null || true; rm -f "$pidf"; fi
}

case "${1:-}" in
start)
    if [ ! -d "$DIR/node1/data/mysql" ]; then
        # Nodes 2 and 3 start as copies of node 1 after its first clean stop, so they join with the same state and
        # need no full state transfer (SST: rsync's daemon, run as root, writes as 'nobody' and fails here; Debian's
        # galera has no mariabackup). A node that was killed later catches up by IST from the others' gcache.
        init_node 1
        run_node 1 --wsrep-new-cluster
        stop_node 1 -TERM
        for _ in $(seq 1 30); do pgrep -f "datadir=$DIR/node1/data" > /dev/null || break; sleep 1; done
        for n in 2 3; do
            mkdir -p "$DIR/node$n"; chown "$ME" "$DIR/node$n"
            cp -a "$DIR/node1/data" "$DIR/node$n/data"; rm -f "$DIR/node$n/data/gvwstate.dat"
        done
    fi
    # the node that was last to leave (or node 1 after a clean start) bootstraps
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/node1/data/grastate.dat" 2>/dev/null || true
    run_node 1 --wsrep-new-cluster
    run_node 2
    run_node 3
    cli 1 -e "show status like 'wsrep_cluster_size'"
    ;;
stop-node) stop_node "$2" -KILL ;;
start-node) run_node "$2" ;;
status)
    for n in 1 2 3; do
        echo "node $n: $(cli "$n" -e "select variable_value from information_schema.global_status where variable_name in ('wsrep_cluster_size','wsrep_local_state_comment') order by variable_name" 2>/dev/null | tr '\n' ' ' || echo down)"
    done
    ;;
stop)
    for n in 3 2 1; do stop_node "$n" -TERM; done
    sleep 3
    ;;
*) sed -n '2,9p' "$0"; exit 2 ;;
esac
