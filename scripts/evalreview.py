#!/usr/bin/env python3
"""Score `qari entities --json` on a set of news articles annotated by a
reviewer (folders of *.txt: crates/qari-recognize/tests/news-sets/, README there).

Markup, inline:
  [P name] person, [L name] place, [O name] organisation
  {Q SPEAKER|quoted words}  a quotation; the span is the words between | and }
                             (the quotation marks, if any, stay outside the braces);
                             SPEAKER is the speaker as the text names them (the
                             fullest name the article gives), or empty when unknown.
Entities may sit inside a quote. Quotes do not nest.

  evalreview.py DIR... --check            parse only, print counts (no qari run)
  evalreview.py DIR... [--qari BIN] [--errors]   (default: target/release/qari)

Names are scored as scripts/evalnews.py scores them (exact: same kind, start
and end; overlap: same kind, a shared code point). A gold quote is found when a
predicted quote overlaps it; a predicted quote that overlaps none is spurious;
the speaker is right when the folded names (harakat, alef forms, ة/ه, ى/ي and
the article dropped) contain one another.
"""
import argparse, json, re, subprocess, sys, tempfile, os
from pathlib import Path

from evalnews import KINDS, Scores, default_qari
TOKEN = re.compile(r"\[([PLO]) |\]|\{Q ([^|{}\[\]]*)\||\}")


def parse(marked, name):
    out, gold, quotes, stack = [], [], [], []
    pos, at = 0, 0
    for m in TOKEN.finditer(marked):
        before = marked[at:m.start()]
        out.append(before)
        pos += len(before)
        at = m.end()
        t = m.group(0)
        if m.group(1):
            stack.append(("E", m.group(1), pos))
        elif t.startswith("{Q"):
            stack.append(("Q", m.group(2).strip(), pos))
        elif t == "]":
            if not stack or stack[-1][0] != "E":
                sys.exit(f"{name}: stray ] at {m.start()}: {marked[max(0,m.start()-40):m.start()+10]!r}")
            _, k, s = stack.pop()
            gold.append((KINDS[k], s, pos))
        elif t == "}":
            if not stack or stack[-1][0] != "Q":
                sys.exit(f"{name}: stray }} at {m.start()}: {marked[max(0,m.start()-40):m.start()+10]!r}")
            _, spk, s = stack.pop()
            quotes.append((s, pos, spk))
    if stack:
        sys.exit(f"{name}: unclosed mark {stack[-1]}")
    out.append(marked[at:])
    text = "".join(out)
    for k, s, e in gold:
        if text[s:e] != text[s:e].strip() or not text[s:e]:
            sys.exit(f"{name}: name with spaces at its edge: {text[s:e]!r}")
    return text, gold, quotes


FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
HARAKAT = re.compile("[\u064b-\u0652\u0670]")


def fold(s):
    s = HARAKAT.sub("", s).translate(FOLD)
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split())


def same_speaker(gold, pred):
    g, p = fold(gold), fold(pred or "")
    if not g or not p:
        return False
    return g in p or p in g


def run(qari, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([qari, "entities", "--json", "--no-corrections", path],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    names, quotes = [], []
    for line in out.splitlines():
        m = json.loads(line)
        if m["kind"] in KINDS.values():
            names.append((m["kind"], m["start"], m["end"]))
        elif m["kind"] == "quote":
            quotes.append((m["start"], m["end"], m.get("speaker") or ""))
    return names, quotes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="+")
    ap.add_argument("--qari", default=default_qari())
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    files = [f for d in a.dir for f in sorted(Path(d).glob("*.txt"))]
    scores = Scores()
    q_gold = q_found = q_pred = q_spur = q_right = q_with_spk = 0
    for path in files:
        text, gold, quotes = parse(path.read_text(encoding="utf-8"), path.name)
        if a.check:
            c = {k: sum(1 for g in gold if g[0] == k) for k in KINDS.values()}
            print(f"{path.name}: {len(text)} chars, {c}, quotes {len(quotes)} "
                  f"(speaker given {sum(1 for q in quotes if q[2])})")
            continue
        pred, pq = run(a.qari, text)
        scores.add(gold, pred)
        gs, ps = set(gold), set(pred)
        if a.errors:
            print(f"== {path.name}")
            for x in sorted(gs - ps, key=lambda x: x[1]):
                print(f"  missed {x[0][:3]} {text[x[1]:x[2]]}   «{text[max(0,x[1]-25):x[1]]}|{text[x[2]:x[2]+15]}»".replace("\n", " "))
            for x in sorted(ps - gs, key=lambda x: x[1]):
                print(f"  wrong  {x[0][:3]} {text[x[1]:x[2]]}   «{text[max(0,x[1]-25):x[1]]}|{text[x[2]:x[2]+15]}»".replace("\n", " "))
        used = set()
        for s, e, spk in quotes:
            q_gold += 1
            hit = None
            for i, (ps_, pe, pspk) in enumerate(pq):
                if ps_ < e and s < pe and i not in used:
                    hit = i; break
            if hit is None:
                if a.errors:
                    print(f"  quote missed: {text[s:s+50]!r}".replace("\n", " "))
                continue
            used.add(hit)
            q_found += 1
            if spk:
                q_with_spk += 1
                if same_speaker(spk, pq[hit][2]):
                    q_right += 1
                elif a.errors:
                    print(f"  speaker: gold {spk!r} got {pq[hit][2]!r}: {text[s:s+40]!r}".replace("\n", " "))
        for i, (ps_, pe, pspk) in enumerate(pq):
            q_pred += 1
            if not any(ps_ < e and s < pe for s, e, _ in quotes):
                q_spur += 1
                if a.errors:
                    print(f"  quote spurious: {text[ps_:ps_+50]!r} ({pspk})".replace("\n", " "))
    if a.check:
        return
    scores.report(" ".join(a.dir), len(files))
    print(f"quotes: gold {q_gold}, found {q_found} ({q_found/max(q_gold,1):.2f}), predicted {q_pred}, "
          f"spurious {q_spur} ({q_spur/max(q_pred,1):.2f}), right speaker {q_right}/{q_with_spk} "
          f"({q_right/max(q_with_spk,1):.2f})")


if __name__ == "__main__":
    main()
