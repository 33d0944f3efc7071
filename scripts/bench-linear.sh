#!/usr/bin/env bash
# Every command linear in its input: 1 MB against 10 MB of the same text, as
# many lines (the built-in article repeated) and as one line (the same with
# its line ends made spaces). Prints the seconds of each (best of RUNS) and
# the ratio, which a linear command keeps near 10 (the goal: within 12).
#   scripts/bench-linear.sh        (QARI=path/to/qari to time another build)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
qari=${QARI:-}
if [ -z "$qari" ]; then
  cargo build --release -q
  qari=${CARGO_TARGET_DIR:-target}/release/qari
fi
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
article = open("assets/kazakhstan-2022-01-06.txt", encoding="utf-8").read().encode()
for mb in (1, 10):
    n = mb * 1024 * 1024
    lines = (article * (n // len(article) + 1))[:n]
    lines = lines[: lines.rfind(b"\n") + 1]
    open(f"{tmp}/lines{mb}.txt", "wb").write(lines)
    open(f"{tmp}/line{mb}.txt", "wb").write(lines.replace(b"\n", b" ") + b"\n")
PY
export XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" XDG_CONFIG_HOME="$tmp/config"
best() {
  local best=""
  for _ in $(seq "${RUNS:-3}"); do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    best=$(python3 -c "a='$best'; t=$e-$s; print(min(float(a), t) if a else t)")
  done
  echo "$best"
}
printf '%-28s %-6s %9s %9s %7s\n' command shape "1 MB" "10 MB" ratio
for shape in lines line; do
  for cmd in "render --width 80" "render --no-wrap" "entities --json" "search كازاخستان" "search -c كازاخستان" "text" "annotations --export w3c"; do
    # shellcheck disable=SC2086
    one=$(best "$qari" $cmd "$tmp/${shape}1.txt")
    # shellcheck disable=SC2086
    ten=$(best "$qari" $cmd "$tmp/${shape}10.txt")
    printf '%-28s %-6s %9.3f %9.3f %7.1f\n' "$cmd" "$shape" "$one" "$ten" \
      "$(python3 -c "print($ten/max($one,1e-3))")"
  done
done
