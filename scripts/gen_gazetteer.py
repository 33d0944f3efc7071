#!/usr/bin/env python3
"""Generate crates/qari-recognize/assets/gazetteer-locations.txt from openly licensed data on this machine.

Sources (Debian packages `unicode-cldr-core` and `iso-codes`):
  - Unicode CLDR common/main/ar.xml: territory names (country) and exemplar cities (city)
  - Unicode CLDR common/subdivisions/ar.xml: first-level subdivisions (region)
  - iso-codes: Arabic translations of ISO 3166-1 country names (country)
Licences: CLDR is Unicode-DFS-2016 (Unicode License v3); iso-codes translations are LGPL-2.1-or-later.
Output: one `class<TAB>name` line per name, sorted, with the names as the sources spell them
(qari normalises them when it loads the list). Run: python3 scripts/gen_gazetteer.py > crates/qari-recognize/assets/gazetteer-locations.txt
"""
import gettext
import json
import re
import sys
import xml.etree.ElementTree as ET

CLDR = "/usr/share/unicode/cldr/common"
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo"
# Territory codes that name no place, or an organisation rather than a place.
SKIP_TERRITORIES = {"001", "EU", "EZ", "UN", "ZZ", "XA", "XB", "QO"}
# Heads of subdivision names: the bare name after them is listed too.
HEADS = ("ولاية", "إمارة", "امارة", "محافظة", "منطقة", "إقليم", "اقليم", "مقاطعة", "مدينة", "جزيرة", "جزر", "بلدية")
ARABIC = re.compile(r"^[\u0621-\u064A\u0671\u064B-\u0652 \-]+$")


def clean(name):
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    return name if name and ARABIC.match(name) and len(name) >= 2 else None


def main():
    out = set()
    root = ET.parse(f"{CLDR}/main/ar.xml").getroot()
    for t in root.iter("territory"):
        if t.get("type") not in SKIP_TERRITORIES and t.text and (n := clean(t.text)):
            out.add(("country", n))
    for c in root.iter("exemplarCity"):
        if c.text and (n := clean(c.text)) and "غير معروفة" not in n:
            out.add(("city", n))
    sub = ET.parse(f"{CLDR}/subdivisions/ar.xml").getroot()
    for s in sub.iter("subdivision"):
        if not s.text or not (n := clean(s.text)):
            continue
        out.add(("region", n))
        words = n.split()
        if len(words) > 1 and words[0] in HEADS:
            out.add(("region", " ".join(words[1:])))
    cat = gettext.GNUTranslations(open(ISO_MO, "rb"))
    for entry in json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            if key in entry and (ar := cat.gettext(entry[key])) != entry[key] and (n := clean(ar)):
                out.add(("country", n))
    sys.stdout.write("".join(f"{k}\t{n}\n" for k, n in sorted(out)))


if __name__ == "__main__":
    main()
