#!/usr/bin/env bash
# Whole-process figures for the README: qari render against GNU FriBidi on the same
# 100 MB Arabic file, and peak memory. Needs hyperfine and libfribidi-bin.
#   scripts/bench.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-100}
big=${TMPDIR:-/tmp}/qari-bench-${mb}mb.txt
if [ ! -f "$big" ]; then
  python3 - "$big" "$mb" <<'PY'
import sys
art = open("assets/kazakhstan-2022-01-06.txt", "rb").read()
out, mb = sys.argv[1], int(sys.argv[2])
with open(out, "wb") as f:
    for _ in range(mb * 1024 * 1024 // len(art) + 1):
        f.write(art)
PY
fi
cargo build --release -q
qari=target/release/qari
echo "input: $big ($(du -h "$big" | cut -f1))"
hyperfine --warmup 1 --runs "${RUNS:-3}" \
  -n "qari render --no-wrap --shape on" "$qari render --no-wrap --shape on $big" \
  -n "fribidi --nobreak --nopad" "fribidi --nobreak --nopad $big" \
  --output=null
for cmd in "$qari render --no-wrap --shape on $big" "fribidi --nobreak --nopad $big"; do
  /usr/bin/time -f "peak RSS %M KB  wall %e s  : $cmd" $cmd >/dev/null
done
