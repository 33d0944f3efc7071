#!/usr/bin/env bash
# `qari entities` on a 100 MB file of varied Arabic news, one core: throughput
# (hyperfine) and peak memory (/usr/bin/time), against another qari binary in
# the same run when OLD names one (say, the previous commit's build).
#   OLD=/path/to/old/qari scripts/bench-entities.sh [SIZE_MB]
# The text: ANERcorp's training sentences, one per line (../shared/corpus),
# with the built-in article after every few hundred sentences, repeated.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
big=${TMPDIR:-/tmp}/qari-entities-${mb}mb.txt
corpus=${CORPUS:-../shared/corpus/anercorp-train.txt}
if [ ! -f "$big" ]; then
  python3 - "$big" "$mb" "$corpus" <<'PY'
import sys
out, mb, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3]
article = open("assets/kazakhstan-2022-01-06.txt", encoding="utf-8").read()
sentences, words = [], []
for line in open(corpus, encoding="utf-8"):
    parts = line.split()
    if parts:
        words.append(parts[0])
    elif words:
        sentences.append(" ".join(words))
        words = []
block = []
for i, s in enumerate(sentences):
    block.append(s)
    if i % 400 == 399:
        block.append(article)
text = ("\n".join(block) + "\n").encode("utf-8")
with open(out, "wb") as f:
    for _ in range(mb * 1024 * 1024 // len(text) + 1):
        f.write(text)
PY
fi
cargo build --release -q
new=${CARGO_TARGET_DIR:-target}/release/qari
echo "input: $big ($(du -h "$big" | cut -f1))"
runs=${RUNS:-3}
args=(-n "qari entities --json (this tree)" "taskset -c 0 $new entities --json $big")
[ -n "${OLD:-}" ] && args+=(-n "qari entities --json (OLD)" "taskset -c 0 $OLD entities --json $big")
hyperfine --warmup 0 --runs "$runs" "${args[@]}" --output=null
for q in "$new" ${OLD:+"$OLD"}; do
  /usr/bin/time -f "peak RSS %M KB  wall %e s  user %U s : $q" \
    taskset -c 0 "$q" entities --json "$big" >/dev/null
done
