#!/usr/bin/env bash
# Whole-process figures for `qari search` on a 100 MB Arabic file, against
# `grep -c` and ripgrep (when installed): counting matching lines, printing
# them into a pipe, and a word that is not there. grep and rg match the bytes
# as typed; qari also folds harakat, tatweel, alef forms, ى/ي, ة/ه and digits,
# and lays every printed paragraph out in visual order. Needs hyperfine.
#   scripts/bench-search.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
big=${TMPDIR:-/tmp}/qari-search-${mb}mb.txt
src=../shared/corpus/kazakhstan-2022-01-06.txt
[ -f "$src" ] || src=assets/kazakhstan-2022-01-06.txt
if [ ! -f "$big" ]; then
  python3 - "$big" "$mb" "$src" <<'PY'
import sys
out, mb, src = sys.argv[1], int(sys.argv[2]), sys.argv[3]
art = open(src, "rb").read()
with open(out, "wb") as f:
    for _ in range(mb * 1024 * 1024 // len(art) + 1):
        f.write(art)
PY
fi
cargo build --release -q
qari=target/release/qari
word=كازاخستان
echo "input: $big ($(du -h "$big" | cut -f1)); word: $word"
rg=$(command -v rg || true)
count=(-n "qari search -c" "$qari search -c $word $big"
       -n "grep -c" "grep -c $word $big")
absent=(-n "qari search -c (absent)" "$qari search -c zzzz $big"
        -n "grep -c (absent)" "grep -c zzzz $big")
print=(-n "qari search" "$qari search --color never $word $big"
       -n "grep" "grep $word $big")
if [ -n "$rg" ]; then
  count+=(-n "rg -c" "rg -c $word $big")
  absent+=(-n "rg -c (absent)" "rg -c zzzz $big")
  print+=(-n "rg" "rg $word $big")
else
  echo "(ripgrep is not installed: no rg figures)"
fi
for set in count absent print; do
  declare -n cmds=$set
  # Into a pipe: grep takes a shortcut when its output is /dev/null.
  hyperfine --warmup 1 --runs "${RUNS:-5}" -i --output=pipe "${cmds[@]}"
done
/usr/bin/time -f "peak RSS %M KB  wall %e s  : qari search -c" \
  "$qari" search -c "$word" "$big" >/dev/null
