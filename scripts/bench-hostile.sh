#!/usr/bin/env bash
# Hostile shapes of input, timed whole-process against a peer in the same run:
#  - `qari search` printing one paragraph full of hits (one word repeated on
#    a single 1 MB and 10 MB line; `\r.` on a 400 KB line), against grep:
#    linear means 10 MB within 12x of 1 MB;
#  - the reader on a single 10 MB and 50 MB line without a line end: peak
#    memory (/usr/bin/time) against `less`, and the first screen (tmux).
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
