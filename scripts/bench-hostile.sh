#!/usr/bin/env bash
# Hostile shapes of input, timed whole-process against a peer in the same run:
#  - `qari search` printing one paragraph full of hits (one word repeated on
#    a single 1 MB and 10 MB line; `\r.` on a 400 KB line), against grep:
#    linear means 10 MB within 12x of 1 MB;
#  - the reader on a single 10 MB and 50 MB line without a line end, and on
#    endless standard input without one: the first row on screen and the
#    peak memory (VmHWM after 4 s, after `v w w`, after `G`), against
#    `less` (tmux). The goal: under 2x the file + 100 MB, first row < 0.1 s.
# Needs hyperfine, tmux, less and GNU time.
#   scripts/bench-hostile.sh          (QARI=path/to/qari to time another build,
#                                      PART=reader for the reader alone)
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
if [ "${PART:-all}" != reader ]; then
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

fi

echo "== the reader on one line without a line end, against less (tmux 100x30)"
command -v tmux >/dev/null || { echo "tmux is needed"; exit 1; }
python3 - "$tmp" <<'PY'
import sys
word = "كازاخستان قال الرئيس Tokayev "
for mb in (10, 50):
    n = mb * 1024 * 1024 // len(word.encode())
    open(f"{sys.argv[1]}/noeol{mb}.txt", "w").write(word * n)
PY
socket="qari-bench-hostile-$$"
# reader LABEL COMMAND: the first row on screen, the peak memory (VmHWM) 4 s
# after it, and again after `v w w` and after `G`.
reader() {
  printf '%s\n' "export XDG_STATE_HOME=$tmp/state VISUAL=true EDITOR=true" "$2 &" "echo \$! > $tmp/pid" 'wait $!' \
    > "$tmp/run.sh"
  tmux -L "$socket" -f /dev/null new-session -d -s m -x 100 -y 30 "sh $tmp/run.sh; sleep 60"
  start=$(date +%s%N)
  for _ in $(seq 1 4000); do
    tmux -L "$socket" capture-pane -p -t m 2>/dev/null | head -1 | grep -q '[^ ]' && break
    sleep 0.005
  done
  end=$(date +%s%N)
  sleep 4
  pid=$(cat "$tmp/pid")
  hwm() { grep VmHWM "/proc/$pid/status" | tr -s ' \t' ' ' | cut -d' ' -f2-; }
  opened=$(hwm)
  tmux -L "$socket" send-keys -t m v w w
  sleep 2
  selected=$(hwm)
  tmux -L "$socket" send-keys -t m Escape G
  sleep 4
  echo "$1: first row after $(( (end - start) / 1000000 )) ms; peak $opened, after v w w $selected, after G $(hwm)"
  tmux -L "$socket" kill-server
}
for mb in 10 50; do
  for prog in "$qari" less; do
    reader "$(basename "$prog"), $mb MB line" "$prog $tmp/noeol$mb.txt"
  done
done
# Standard input that never ends nor breaks a line (the reader keeps 1 GiB).
for prog in "$qari -" "less"; do
  reader "$(basename "${prog%% *}"), endless line on standard input" \
    "tr '\\0' a < /dev/zero | $prog"
done
