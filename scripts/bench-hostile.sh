#!/usr/bin/env bash
# Hostile shapes of input, timed whole-process against a peer in the same run:
#  - `qari search` printing one paragraph full of hits (one word repeated on
#    a single 1 MB and 10 MB line; `\r.` on a 400 KB line), against grep:
#    linear means 10 MB within 12x of 1 MB;
#  - the reader on a single 10 MB line without a line end: the first row on
#    screen and the peak memory (VmHWM after 4 s), against `less` (tmux).
# Needs hyperfine, tmux, less and GNU time.
#   scripts/bench-hostile.sh          (QARI=path/to/qari to time another build)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
qari=${QARI:-}
if [ -z "$qari" ]; then
  cargo build --release -q
  qari=${CARGO_TARGET_DIR:-target}/release/qari
fi
word=كازاخستان
python3 - "$tmp" "$word" <<'PY'
import sys
tmp, word = sys.argv[1], sys.argv[2] + " "
for mb in (1, 10):
    n = mb * 1024 * 1024 // len(word.encode())
    open(f"{tmp}/line{mb}.txt", "w").write(word * n + "\n")
open(f"{tmp}/dots.txt", "w").write("a" * 400 * 1024 + "\n")
PY
echo "== search: one paragraph full of hits, printed into a pipe"
hyperfine --warmup 1 --runs "${RUNS:-3}" --output=pipe \
  -n "qari search, 1 MB line" "$qari search --color never $word $tmp/line1.txt" \
  -n "qari search, 10 MB line" "$qari search --color never $word $tmp/line10.txt" \
  -n "qari search \\r., 400 KB line" "$qari search --color never '\\r.' $tmp/dots.txt" \
  -n "grep, 10 MB line" "grep $word $tmp/line10.txt"
for mb in 1 10; do
  /usr/bin/time -f "peak RSS %M KB  wall %e s  : qari search, $mb MB line" \
    "$qari" search --color never "$word" "$tmp/line$mb.txt" >/dev/null
done

echo "== the reader on a 10 MB line without a line end, against less (tmux 100x30)"
command -v tmux >/dev/null || { echo "tmux is needed"; exit 1; }
python3 - "$tmp" <<'PY'
import sys
word = "كازاخستان قال الرئيس Tokayev "
n = 10 * 1024 * 1024 // len(word.encode())
open(f"{sys.argv[1]}/noeol10.txt", "w").write(word * n)
PY
socket="qari-bench-hostile-$$"
for prog in "$qari" less; do
  tmux -L "$socket" -f /dev/null new-session -d -s m -x 100 -y 30 \
    "sh -c 'env XDG_STATE_HOME=$tmp/state $prog $tmp/noeol10.txt & echo \$! > $tmp/pid; wait \$!'; sleep 60"
  start=$(date +%s%N)
  for _ in $(seq 1 2000); do
    tmux -L "$socket" capture-pane -p -t m 2>/dev/null | head -1 | grep -q '[^ ]' && break
    sleep 0.005
  done
  end=$(date +%s%N)
  sleep 4
  peak=$(grep VmHWM "/proc/$(cat "$tmp/pid")/status" | tr -s ' \t' ' ')
  echo "$(basename "$prog"): first row after $(( (end - start) / 1000000 )) ms, $peak"
  tmux -L "$socket" kill-server
done
