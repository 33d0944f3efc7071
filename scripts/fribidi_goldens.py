#!/usr/bin/env python3
"""Golden files for qari's layout engine, computed by GNU FriBidi (libfribidi via ctypes).

Run from anywhere: `python3 scripts/fribidi_goldens.py` regenerates every golden and
prints counts. `crates/qari-layout/tests/layout/fribidi_golden.rs` holds qari's layout to these files, so
`cargo test` needs no FriBidi.

Inputs and outputs (one output line per paragraph = per line of the input):
  assets/kazakhstan-2022-01-06.txt   -> crates/qari-layout/tests/golden/kazakhstan.{on,off}.txt
  crates/qari-layout/tests/fixtures/bidi/NAME.txt   -> crates/qari-layout/tests/golden/NAME.{on,off}.txt
  ../shared/corpus/anercorp-train.txt (CoNLL `token TAG`, blank line between
  sentences; each sentence's tokens joined by single spaces is one paragraph)
                                     -> crates/qari-layout/tests/golden/anercorp.digest
ANERcorp is research data that must never be copied into the repository, not even
as visual strings, so its golden holds only, per sentence, the FNV-1a 64-bit hash
(16 hex digits) of the UTF-8 bytes of the `on` and the `off` visual string. The
Rust test rebuilds the sentences from the corpus and compares hashes.

Paragraph direction: the first strong character per UAX #9 P2/P3 (FriBidi's own
detection, which skips isolates); a paragraph without one takes the document's
direction, the direction of the first paragraph that has one; with none, LTR.
qari's `Document::direction` follows the same rule, and the Rust test passes it as
`LayoutOptions::fallback_direction`.

What a visual string is (what qari draws for a paragraph with no width limit):
  * `on`: FriBidi's Arabic joining (fribidi_join_arabic) and shaping with
    presentation forms and lam-alef ligatures (FRIBIDI_FLAG_SHAPE_ARAB_PRES |
    SHAPE_ARAB_LIGA) plus mirroring (SHAPE_MIRRORING), then fribidi_reorder_line
    with REORDER_NSM, so combining marks stay after their base letter. A lam-alef
    ligature takes the alef's place (so the alef's marks follow it); the lam's
    place is filled by FriBidi with U+FEFF, which is dropped.
  * `off`: mirroring only (fribidi_shape_mirroring), then the same reordering.
  * Both: explicit bidi format characters (LRE RLE PDF LRO RLO LRI RLI FSI PDI LRM
    RLM ALM) are removed after reordering, as qari draws them as nothing. Other
    format characters (ZWJ, ZWNJ) are kept where FriBidi puts them.
  The script checks, for every paragraph, that `off` equals `on` with presentation
  forms mapped back to their letters (a ligature becomes alef, the alef's marks,
  lam in a right-to-left run, lam, alef, marks in a left-to-right one); a paragraph where that fails is reported and the
  script exits 1.

Trailing whitespace: FriBidi applies L1 per line (trailing whitespace and isolate
controls go to the paragraph level); the goldens keep the result as is.

`--lines` (used by the Rust wrapped-line test): reads from stdin a JSON list of
{"paragraph": str, "rtl": bool, "shape": bool, "lines": [[start, end], ...]} with
code point offsets of consecutive lines, and prints a JSON list holding, per
request, FriBidi's visual strings of its lines, reordered with the whole
paragraph's levels (L1 per line). Exits 3 when libfribidi is missing.
"""

import ctypes
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, "crates", "qari-layout", "tests", "golden")
FIXTURES = os.path.join(ROOT, "crates", "qari-layout", "tests", "fixtures", "bidi")
ARTICLE = os.path.join(ROOT, "assets", "kazakhstan-2022-01-06.txt")
ANERCORP = os.path.join(ROOT, "..", "shared", "corpus", "anercorp-train.txt")

PAR_LTR, PAR_RTL, PAR_ON = 0x110, 0x111, 0x40
FLAG_MIRRORING, FLAG_REORDER_NSM = 0x1, 0x2
FLAG_ARAB_PRES, FLAG_ARAB_LIGA = 0x100, 0x200
FILL = 0xFEFF
MISSING_FRIBIDI = 3  # exit status the Rust test reads as "tool missing"
BIDI_CONTROLS = frozenset(
    [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
    + [0x200E, 0x200F, 0x061C]
)
LAM = 0x0644

U32 = ctypes.c_uint32


def load_fribidi():
    try:
        return ctypes.CDLL("libfribidi.so.0")
    except OSError:
        print("libfribidi.so.0 not found: apt-get install libfribidi0", file=sys.stderr)
        sys.exit(MISSING_FRIBIDI)


FRIBIDI = load_fribidi()


def analyse(text, base):
    """Bidi types, resolved levels and resolved base of `text` (a list of code points).

    `base` is PAR_ON for P2/P3 detection; returns base PAR_ON when nothing is strong.
    """
    n = len(text)
    s = (U32 * n)(*text)
    types = (U32 * n)()
    brackets = (U32 * n)()
    levels = (ctypes.c_int8 * n)()
    FRIBIDI.fribidi_get_bidi_types(s, n, types)
    FRIBIDI.fribidi_get_bracket_types(s, n, types, brackets)
    pbase = U32(base)
    if FRIBIDI.fribidi_get_par_embedding_levels_ex(
        types, brackets, n, ctypes.byref(pbase), levels
    ) == 0:
        sys.exit("fribidi_get_par_embedding_levels_ex failed")
    return s, types, levels, pbase.value


def detect(text):
    """P2/P3 direction of a paragraph: PAR_LTR, PAR_RTL or None."""
    cps = [ord(c) for c in text]
    if not cps:
        return None
    base = analyse(cps, PAR_ON)[3]
    return base if base in (PAR_LTR, PAR_RTL) else None


def shaped(text, base, shape):
    """Levels, bidi types and the shaped (or only mirrored) code points of `text`."""
    cps = [ord(c) for c in text]
    n = len(cps)
    s, types, levels, _ = analyse(cps, base)
    vis = (U32 * n)(*cps)
    if shape:
        joining = (ctypes.c_uint8 * n)()
        FRIBIDI.fribidi_get_joining_types(s, n, joining)
        FRIBIDI.fribidi_join_arabic(types, n, levels, joining)
        flags = FLAG_MIRRORING | FLAG_ARAB_PRES | FLAG_ARAB_LIGA
        FRIBIDI.fribidi_shape(flags, levels, n, joining, vis)
    else:
        FRIBIDI.fribidi_shape_mirroring(levels, n, vis)
    return cps, types, levels, vis


def reorder(cps, types, levels, vis, base, start, end):
    """Visual (logical index, drawn code point) pairs of cps[start:end]."""
    n = len(cps)
    order = (ctypes.c_int * n)(*range(n))
    flags = FLAG_MIRRORING | FLAG_REORDER_NSM
    FRIBIDI.fribidi_reorder_line(
        flags, types, end - start, start, U32(base), levels, vis, order
    )
    out = []
    for v in range(start, end):
        i = order[v]
        if cps[i] in BIDI_CONTROLS or (vis[v] == FILL and cps[i] != FILL):
            continue
        out.append((i, vis[v]))
    return out


def visual(text, base, shape, cuts=None):
    """FriBidi's visual strings of `text` for each (start, end) in `cuts`."""
    if not text:
        return [""] * len(cuts or [(0, 0)])
    cps, types, levels, vis = shaped(text, base, shape)
    result = []
    for start, end in cuts or [(0, len(cps))]:
        pairs = reorder(cps, types, levels, vis, base, start, end)
        result.append("".join(chr(c) for _, c in pairs))
    return result


def letters_of(code):
    """The letters a presentation form stands for (itself when it is none)."""
    decomposition = unicodedata.decomposition(chr(code)).split()
    if not decomposition or decomposition[0] not in (
        "<initial>", "<medial>", "<final>", "<isolated>"
    ):
        return [chr(code)]
    return [chr(int(h, 16)) for h in decomposition[1:]]


def unshaped_on(text, base):
    """The `on` visual string with presentation forms mapped back to letters."""
    if not text:
        return ""
    cps, types, levels, vis = shaped(text, base, True)
    pairs = reorder(cps, types, levels, vis, base, 0, len(cps))
    out = []
    k = 0
    while k < len(pairs):
        i, code = pairs[k]
        letters = letters_of(code) if code != cps[i] else [chr(code)]
        k += 1
        if len(letters) == 2 and levels[i] % 2 == 1:
            marks = []
            while k < len(pairs) and unicodedata.category(chr(pairs[k][1])) == "Mn":
                marks.append(chr(pairs[k][1]))
                k += 1
            letters = [letters[1]] + marks + [letters[0]]
        out.extend(letters)
    return "".join(out)


def fnv1a64(text):
    h = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def paragraphs_of(text):
    """Lines of a file as qari's Document splits them (a final newline ends the last)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def document_direction(paragraphs):
    for p in paragraphs:
        d = detect(p)
        if d is not None:
            return d
    return PAR_LTR


def goldens(paragraphs):
    """(on, off) visual strings per paragraph; exits when `off` disagrees with `on`."""
    doc_base = document_direction(paragraphs)
    on, off = [], []
    for index, p in enumerate(paragraphs):
        base = detect(p) or doc_base
        on.append(visual(p, base, True)[0])
        off.append(visual(p, base, False)[0])
        if unshaped_on(p, base) != off[-1]:
            sys.exit(f"paragraph {index}: `off` is not `on` with forms mapped back")
    return on, off


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(line + "\n" for line in lines)


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def plain_golden(source, name):
    paragraphs = paragraphs_of(read_text(source))
    on, off = goldens(paragraphs)
    write_lines(os.path.join(GOLDEN, f"{name}.on.txt"), on)
    write_lines(os.path.join(GOLDEN, f"{name}.off.txt"), off)
    print(f"{name}: {len(paragraphs)} paragraphs")


def anercorp_sentences(path):
    sentences, tokens = [], []
    for line in read_text(path).split("\n"):
        fields = line.split()
        if fields:
            tokens.append(fields[0])
        elif tokens:
            sentences.append(" ".join(tokens))
            tokens = []
    if tokens:
        sentences.append(" ".join(tokens))
    return sentences


def anercorp_digest():
    if not os.path.exists(ANERCORP):
        print(f"anercorp: {ANERCORP} absent, digest not regenerated")
        return
    sentences = anercorp_sentences(ANERCORP)
    on, off = goldens(sentences)
    lines = ["# FNV-1a 64 of FriBidi's visual strings per ANERcorp sentence: on off"]
    lines += [f"{fnv1a64(a)} {fnv1a64(b)}" for a, b in zip(on, off)]
    write_lines(os.path.join(GOLDEN, "anercorp.digest"), lines)
    print(f"anercorp: {len(sentences)} sentences")


def lines_mode():
    answers = []
    for request in json.load(sys.stdin):
        base = PAR_RTL if request["rtl"] else PAR_LTR
        cuts = [tuple(c) for c in request["lines"]]
        answers.append(visual(request["paragraph"], base, request["shape"], cuts))
    json.dump(answers, sys.stdout)


def main():
    if sys.argv[1:] == ["--lines"]:
        lines_mode()
        return
    os.makedirs(GOLDEN, exist_ok=True)
    plain_golden(ARTICLE, "kazakhstan")
    for entry in sorted(os.listdir(FIXTURES)):
        if entry.endswith(".txt"):
            plain_golden(os.path.join(FIXTURES, entry), entry[: -len(".txt")])
    anercorp_digest()


if __name__ == "__main__":
    main()
