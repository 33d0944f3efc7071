#!/bin/sh
# Whole-process time to the first screen: qari and less (the peer) each start
# in a detached tmux session of 100x30 on the same file, and the pane is polled
# every ~5 ms until its first row shows text. Prints milliseconds per run and
# the qari/less ratio (the machines these run on are shared: compare ratios).
#
#   scripts/first-screen.sh [FILE] [RUNS]
#
# FILE defaults to a 100 MB file of the default article repeated (made in a
# temporary directory); qari is target/release/qari (built if missing), or
# $QARI to time another build.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${2:-5}
qari=${QARI:-$root/target/release/qari}
tmp=$(mktemp -d)
socket="qari-first-screen-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT

command -v tmux >/dev/null || { echo "tmux is needed (apt-get install tmux)" >&2; exit 1; }
command -v less >/dev/null || { echo "less is needed (apt-get install less)" >&2; exit 1; }
[ -x "$qari" ] || (cd "$root" && cargo build --release --quiet)

file=${1:-}
if [ -z "$file" ]; then
    file="$tmp/big.txt"
    python3 -c "import sys; a=open(sys.argv[1],'rb').read(); open(sys.argv[2],'wb').write(a*15000)" \
        "$root/assets/kazakhstan-2022-01-06.txt" "$file"
fi
echo "file: $file ($(wc -c <"$file") bytes), $runs runs, 100x30"

now_ms() { python3 -c 'import time; print(int(time.monotonic()*1000))'; }

# Start "$@" in a fresh session and print the ms until the first row has text.
first_screen() {
    tmux -L "$socket" -f /dev/null new-session -d -s probe -x 100 -y 30 \
        "read go; $*; sleep 60"
    python3 - "$socket" <<'EOF'
import subprocess, sys, time
socket = sys.argv[1]
tmux = ["tmux", "-L", socket]
subprocess.run(tmux + ["send-keys", "-t", "probe", "Enter"], check=True)
start = time.monotonic()
while True:
    out = subprocess.run(tmux + ["capture-pane", "-p", "-t", "probe"],
                         capture_output=True, text=True).stdout
    first = out.split("\n", 1)[0]
    if first.strip():
        print(round((time.monotonic() - start) * 1000, 1))
        break
    if time.monotonic() - start > 30:
        print("timeout")
        break
    time.sleep(0.005)
EOF
    tmux -L "$socket" kill-session -t probe 2>/dev/null || true
}

state="$tmp/state"
i=1
while [ "$i" -le "$runs" ]; do
    q=$(first_screen "env XDG_STATE_HOME='$state' '$qari' '$file'")
    l=$(first_screen "less '$file'")
    ratio=$(python3 -c "print(round($q / $l, 2))" 2>/dev/null || echo "?")
    echo "run $i: qari ${q} ms, less ${l} ms, qari/less $ratio"
    i=$((i + 1))
done
