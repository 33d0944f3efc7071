#!/usr/bin/env python3
"""Score `qari entities` on the hand-annotated news set in
crates/qari-recognize/tests/news-dev/ (see the README there).

Each article marks its names inline: [P name] a person, [L name] a place,
[O name] an organisation. The markup is stripped, the plain text goes through
`qari entities --json --no-corrections`, and the names it finds are compared
with the marked ones, in code points:

- exact: same kind, same start and end;
- overlap: same kind and at least one shared code point (each gold name and
  each found name counted once, greedily in text order);
- per kind: exact F1 for persons, places and organisations.

    python3 scripts/evalnews.py [--set dev|held|all] [--qari PATH] [--errors]

The default `qari` is $CARGO_TARGET_DIR/release/qari (or target/release/qari).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET_DIR = ROOT / "crates" / "qari-recognize" / "tests" / "news-dev"
MARK = re.compile(r"\[([PLO]) ([^\]]+)\]")
KINDS = {"P": "person", "L": "location", "O": "organization"}


def parse(marked):
    """Plain text and gold names (kind, start, end) from an annotated article."""
    plain, gold, pos, at = [], [], 0, 0
    for m in MARK.finditer(marked):
        before = marked[at : m.start()]
        plain.append(before)
        pos += len(before)
        name = m.group(2)
        gold.append((KINDS[m.group(1)], pos, pos + len(name)))
        plain.append(name)
        pos += len(name)
        at = m.end()
    plain.append(marked[at:])
    text = "".join(plain)
    if "[" in text and re.search(r"\[[PLO] ", text):
        sys.exit("evalnews: unclosed mark in the set")
    return text, gold


def found(qari, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run(
            [qari, "entities", "--json", "--no-corrections", path],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(path)
    names = []
    for line in out.splitlines():
        m = json.loads(line)
        if m["kind"] in KINDS.values():
            names.append((m["kind"], m["start"], m["end"]))
    return names


def overlap_matches(gold, pred):
    used, hits = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and p[0] == g[0] and p[1] < g[2] and g[1] < p[2]:
                used.add(i)
                hits += 1
                break
    return hits


def f1(hits, n_gold, n_pred):
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


class Scores:
    """Hits, gold and predicted names, exact and by overlap, and exact per kind."""

    def __init__(self):
        self.totals = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
        self.per_kind = {k: [0, 0, 0] for k in KINDS.values()}

    def add(self, gold, pred):
        """Count one article's gold and predicted (kind, start, end) names."""
        gs, ps = set(gold), set(pred)
        for name, hits in (("exact", len(gs & ps)), ("overlap", overlap_matches(gold, pred))):
            t = self.totals[name]
            t[0] += hits
            t[1] += len(gold)
            t[2] += len(pred)
        for k in self.per_kind:
            g = {x for x in gs if x[0] == k}
            p = {x for x in ps if x[0] == k}
            self.per_kind[k][0] += len(g & p)
            self.per_kind[k][1] += len(g)
            self.per_kind[k][2] += len(p)

    def report(self, title, articles):
        print(f"{title}: {articles} articles, {self.totals['exact'][1]} gold names")
        for name, (h, g, p) in self.totals.items():
            f, pr, r = f1(h, g, p)
            print(f"{name:8} F1 {f:.3f}  (P {pr:.3f} R {r:.3f})")
        for k, (h, g, p) in self.per_kind.items():
            f, pr, r = f1(h, g, p)
            print(f"{k:13} exact F1 {f:.3f}  (P {pr:.3f} R {r:.3f}, gold {g})")


def default_qari():
    """$CARGO_TARGET_DIR/release/qari, or target/release/qari."""
    target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))
    return str(Path(target) / "release" / "qari")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["dev", "held", "all"], default="dev")
    ap.add_argument("--qari")
    ap.add_argument("--errors", action="store_true", help="print every miss")
    args = ap.parse_args()
    qari = args.qari or default_qari()
    files = sorted(SET_DIR.glob("*.txt"))
    if args.set != "all":
        files = [f for f in files if f.name.startswith(args.set + "-")]
    scores = Scores()
    for path in files:
        text, gold = parse(path.read_text(encoding="utf-8"))
        pred = found(qari, text)
        scores.add(gold, pred)
        gs, ps = set(gold), set(pred)
        if args.errors:
            print(f"== {path.name}")
            for x in sorted(gs - ps, key=lambda x: x[1]):
                print(f"  missed {x[0][:3]} {text[x[1]:x[2]]}")
            for x in sorted(ps - gs, key=lambda x: x[1]):
                print(f"  wrong  {x[0][:3]} {text[x[1]:x[2]]}")
    scores.report(args.set, len(files))


if __name__ == "__main__":
    main()
