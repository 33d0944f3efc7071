#!/usr/bin/env python3
"""Score `qari entities` on the hand-annotated news sets in
crates/qari-recognize/tests/news-sets/ (see the README there): names marked
inline `[P …]`, `[L …]`, `[O …]`, quotes `{Q speaker|…}`.

    python3 scripts/evalsets.py DIR... --check
    python3 scripts/evalsets.py DIR... [--qari PATH] [--errors] [--per]

Names: exact F1 (same kind, start and end), overlap F1 (same kind, a shared
code point) and exact F1 per kind. Quotes: a marked quote is found when a
predicted one overlaps it; a predicted quote overlapping none is spurious; a
found quote's speaker is right when the words of one name hold the other's
(فلان / فلان الفلاني), letters folded. The default `qari` is
$CARGO_TARGET_DIR/release/qari (or target/release/qari).
"""
import argparse, json, os, re, subprocess, sys, tempfile
from pathlib import Path

KINDS = {"P": "person", "L": "location", "O": "organization"}


def parse(marked, name):
    """plain text, names [(kind,s,e)], quotes [(s,e,speaker)], errors"""
    out, names, quotes, errs = [], [], [], []
    stack = []  # open quotes: (start, speaker)
    i, n, pos = 0, len(marked), 0
    while i < n:
        c = marked[i]
        if c == "[" and i + 2 < n and marked[i + 1] in KINDS and marked[i + 2] == " ":
            j = marked.find("]", i)
            if j < 0:
                errs.append(f"{name}: unclosed name mark at {i}")
                break
            body = marked[i + 3 : j]
            if any(ch in body for ch in "[{}|"):
                errs.append(f"{name}: bad name mark {marked[i:j+1]!r}")
            if body != body.strip() or not body:
                errs.append(f"{name}: name with edge spaces {marked[i:j+1]!r}")
            names.append((KINDS[marked[i + 1]], pos, pos + len(body)))
            out.append(body)
            pos += len(body)
            i = j + 1
            continue
        if c == "{" and marked.startswith("{Q", i):
            j = marked.find("|", i)
            if j < 0 or "\n" in marked[i:j]:
                errs.append(f"{name}: quote mark without | at {i}")
                break
            speaker = marked[i + 2 : j].strip()
            if stack:
                errs.append(f"{name}: nested quote at {marked[i:i+40]!r}")
            stack.append((pos, speaker))
            i = j + 1
            continue
        if c == "}":
            if not stack:
                errs.append(f"{name}: stray }} near {marked[max(0,i-30):i+1]!r}")
                i += 1
                continue
            s, sp = stack.pop()
            quotes.append((s, pos, sp))
            i += 1
            continue
        if c in "]|" :
            errs.append(f"{name}: stray {c} near {marked[max(0,i-30):i+1]!r}")
        out.append(c)
        pos += 1
        i += 1
    if stack:
        errs.append(f"{name}: unclosed quote")
    text = "".join(out)
    for k, s, e in names:
        if text[s:e] != text[s:e].strip():
            errs.append(f"{name}: space edge {text[s:e]!r}")
    return text, names, quotes, errs


def norm(s):
    s = re.sub("[\u064b-\u0652\u0670\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = re.sub(r"\bعبد\s+ال", "عبدال", s)
    s = re.sub(r"\bابو\s+", "ابو", s)
    return s


def speaker_ok(gold, pred):
    if not gold:
        return not pred
    if not pred:
        return False
    g, p = norm(gold).split(), norm(pred).split()
    def strip(ws):
        return [re.sub("^(ال|و|ل|ب)", "", w) if len(w) > 4 else w for w in ws]
    g2, p2 = set(strip(g)), set(strip(p))
    return set(g) <= set(p) or set(p) <= set(g) or g2 <= p2 or p2 <= g2


def run_qari(qari, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        r = subprocess.run([qari, "entities", "--json", "--no-corrections", path],
                           capture_output=True, text=True, check=True)
    finally:
        os.unlink(path)
    ents = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    # qari offsets are code points
    return ents


def f1(tp, np_, ng):
    p = tp / np_ if np_ else 0
    r = tp / ng if ng else 0
    return 2 * p * r / (p + r) if p + r else 0


def files_of(dirs):
    fs = []
    for d in dirs:
        p = Path(d)
        fs += sorted(p.glob("*.txt")) if p.is_dir() else [p]
    return fs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--check", action="store_true")
    target = os.environ.get("CARGO_TARGET_DIR", str(Path(__file__).resolve().parent.parent / "target"))
    ap.add_argument("--qari", default=str(Path(target) / "release" / "qari"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--per", action="store_true")
    a = ap.parse_args()
    files = files_of(a.dirs)
    allerrs = []
    tot = dict(gold=0, pred=0, exact=0, overlap_g=0, overlap_p=0, quotes=0, qpred=0,
               qfound=0, qspur=0, spk=0)
    kinds = {k: [0, 0, 0] for k in KINDS.values()}
    words = 0
    for f in files:
        text, names, quotes, errs = parse(f.read_text(), f.name)
        allerrs += errs
        words += len(text.split())
        if a.check:
            kc = {k: sum(1 for n in names if n[0] == k) for k in KINDS.values()}
            print(f"{f}: {len(text.split())} words, {kc}, quotes {len(quotes)}"
                  f" ({sum(1 for q in quotes if not q[2])} without speaker)")
            continue
        ents = run_qari(a.qari, text)
        pn = [(e["kind"], e["start"], e["end"]) for e in ents if e["kind"] in kinds]
        pq = [(e["start"], e["end"], e.get("speaker") or "") for e in ents if e["kind"] == "quote"]
        gs, ps = set(names), set(pn)
        ex = gs & ps
        used = set()
        og = 0
        for g in names:
            for j, p in enumerate(pn):
                if j not in used and p[0] == g[0] and p[1] < g[2] and g[1] < p[2]:
                    used.add(j); og += 1; break
        tot["gold"] += len(names); tot["pred"] += len(pn); tot["exact"] += len(ex)
        tot["overlap_g"] += og
        for k in kinds:
            kinds[k][0] += sum(1 for g in gs if g[0] == k)
            kinds[k][1] += sum(1 for p in ps if p[0] == k)
            kinds[k][2] += sum(1 for x in ex if x[0] == k)
        qf = sp = 0
        lines = []
        for (s, e, spk) in quotes:
            hit = [p for p in pq if p[0] < e and s < p[1]]
            if hit:
                qf += 1
                best = max(hit, key=lambda p: min(e, p[1]) - max(s, p[0]))
                if speaker_ok(spk, best[2]):
                    sp += 1
                elif a.errors:
                    lines.append(f"  SPEAKER gold={spk!r} qari={best[2]!r}: {text[s:e][:60]!r}")
            elif a.errors:
                lines.append(f"  QMISS ({spk}) {text[s:e][:70]!r}")
        spur = [p for p in pq if not any(p[0] < e and s < p[1] for (s, e, _) in quotes)]
        if a.errors:
            for p in spur:
                lines.append(f"  QSPUR ({p[2]}) {text[p[0]:p[1]][:70]!r}")
            for g in sorted(gs - ps, key=lambda x: x[1]):
                near = [p for p in pn if p[1] < g[2] and g[1] < p[2]]
                got = ", ".join(f"{p[0][:3]}:{text[p[1]:p[2]]}" for p in near) or "-"
                ctx = text[max(0, g[1] - 20):g[1]].replace("\n", " ")
                lines.append(f"  MISS {g[0][:3]} {text[g[1]:g[2]]!r}  got {got}   …{ctx}")
            for p in sorted(ps - gs, key=lambda x: x[1]):
                if not any(g[1] < p[2] and p[1] < g[2] for g in names):
                    ctx = text[max(0, p[1] - 20):p[2] + 15].replace("\n", " ")
                    lines.append(f"  SPUR {p[0][:3]} {text[p[1]:p[2]]!r}   …{ctx}")
        tot["quotes"] += len(quotes); tot["qpred"] += len(pq); tot["qfound"] += qf
        tot["qspur"] += len(spur); tot["spk"] += sp
        if a.per or a.errors:
            print(f"{f}: exact {f1(len(ex), len(pn), len(names)):.3f} quotes {qf}/{len(quotes)}"
                  f" spk {sp} spur {len(spur)}")
            for l in lines:
                print(l)
    for e in allerrs:
        print("ERROR", e)
    if a.check:
        print(f"{len(files)} files, {words} words, errors {len(allerrs)}")
        sys.exit(1 if allerrs else 0)
    t = tot
    ov = f1(t["overlap_g"], t["pred"], t["gold"])
    print(f"files {len(files)} names {t['gold']} pred {t['pred']}  exact {f1(t['exact'], t['pred'], t['gold']):.3f}"
          f"  overlap {ov:.3f}  " + "  ".join(f"{k[:3]} {f1(v[2], v[1], v[0]):.3f}" for k, v in kinds.items()))
    print(f"quotes {t['qfound']}/{t['quotes']} found, spurious {t['qspur']}/{t['qpred']},"
          f" speakers {t['spk']}/{t['qfound']}")


if __name__ == "__main__":
    main()
