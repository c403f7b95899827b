#!/usr/bin/env bash
# Start-up time of the production jar: as built, extracted, and extracted with class-data sharing (AppCDS).
#   scripts/bench/startup.sh [JAR]      RUNS=3 PORT=8097
# Each start uses the embedded database in a fresh data directory with the demo organisation, as a newcomer's first
# run does, and is measured to Spring Boot's "Started Application in" line; the portal is stopped after each.
# Prints every figure and the median per variant.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${1:-$(ls target/onderstroom-*.jar 2>/dev/null | grep -v original | head -1)}
RUNS=${RUNS:-3} PORT=${PORT:-8097}
WORK=$(mktemp -d /tmp/onderstroom-startup.XXXX)
trap 'rm -rf "$WORK"' EXIT
echo "jar: $JAR; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
EXTRACTED="$WORK/extracted/$(basename "$JAR")"

start() { # label, java arguments...
    local label=$1; shift
    local data; data=$(mktemp -d "$WORK/data.XXXX")
    ONDERSTROOM_DATA_DIR=$data java -Xmx1g "$@" --server.port="$PORT" > "$WORK/app.log" 2>&1 &
    local pid=$!
    until grep -q "Started Application in" "$WORK/app.log"; do
        kill -0 $pid 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
        sleep 0.2
    done
    local seconds; seconds=$(grep -o 'Started Application in [0-9.]*' "$WORK/app.log" | grep -o '[0-9.]*$')
    local rss; rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    echo "$label $seconds s, RSS $rss MiB"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# the training run writes the archive when the JVM exits (the portal is stopped by the start function)
start "training run (writes the CDS archive):" -XX:ArchiveClassesAtExit="$WORK/app.jsa" -jar "$EXTRACTED" > /dev/null
[ -s "$WORK/app.jsa" ] || { echo "no CDS archive was written"; exit 1; }
echo "CDS archive: $(du -m "$WORK/app.jsa" | cut -f1) MiB"
for variant in built extracted cds; do
    for ((i = 1; i <= RUNS; i++)); do
        case $variant in
            built) start "$variant" -jar "$JAR" ;;
            extracted) start "$variant" -jar "$EXTRACTED" ;;
            cds) start "$variant" -Xshare:on -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$EXTRACTED" ;;
        esac
    done | tee "$WORK/$variant.txt"
    echo "median $variant: $(awk '{print $2}' "$WORK/$variant.txt" | median) s"
done
