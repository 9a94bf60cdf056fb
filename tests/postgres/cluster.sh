#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for the tests and benchmarks: Debian's postgresql package, a cluster in a temporary
# folder, on a free port of 127.0.0.1, trust authentication, stopped (and its folder removed) by "stop".
#   cluster.sh start STATE_DIR [server options…]   writes STATE_DIR/url (postgresql://postgres@127.0.0.1:PORT)
#   cluster.sh restart STATE_DIR [fast|immediate]  restarts it on the same port (the tests' "server restarted")
#   cluster.sh stop STATE_DIR
set -euo pipefail
command=$1
state=$2
shift 2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres=()
[ "$(id -u)" = 0 ] && as_postgres=(runuser -u postgres --) # initdb refuses to run as root

case $command in
start)
    "$0" stop "$state" 2>/dev/null || true
    mkdir -p "$state"
    data=$(mktemp -d /tmp/sujarit-pg.XXXXXX)
    echo "$data" >"$state/data"
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    "${as_postgres[@]}" "$bin/initdb" -D "$data/cluster" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$state/initdb.log"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    echo "$port" >"$state/port"
    options="-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=60 $*"
    echo "$options" >"$state/options"
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -o "$options" -w -t 60 start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port" >"$state/url"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
    ;;
restart)
    data=$(cat "$state/data")
    mode=${1:-fast}
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$data/cluster" -m "$mode" -w stop >/dev/null
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -o "$(cat "$state/options")" -w -t 60 \
        start >/dev/null
    ;;
stop)
    [ -f "$state/data" ] || exit 0
    data=$(cat "$state/data")
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$data" "$state/data" "$state/url"
    ;;
*)
    echo "usage: $0 start|restart|stop STATE_DIR" >&2
    exit 2
    ;;
esac
