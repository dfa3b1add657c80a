#!/usr/bin/env python3
"""Checks data/places.tsv and data/actors.tsv against Debian's iso-codes (apt-get install
iso-codes): every UN member state, and Vatican City, Palestine, Taiwan, Kosovo, is a country in
both files, with its ISO 3166-1 code and the English name iso-codes gives (or one of the short
forms below); and no folded alias names two different actors (a name the ingest could not tell
apart). Run it after editing the country rows: python3 scripts/check_gazetteer.py"""
import json, re, sys, unicodedata
from pathlib import Path

ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
DATA = Path(__file__).resolve().parent.parent / "data"
# The 193 UN member states (un.org/en/about-us/member-states) and the usual others.
UN = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH
GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU
MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM PK PW PA PG
PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA KR SS ES LK SD SR SE CH
SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW""".split()
OTHERS = ["VA", "PS", "TW", "XK"]  # XK: Kosovo, the code the EU and IMF use (not in ISO 3166-1)
# Where the canonical name is the short form news uses rather than iso-codes' name.
SHORT = {"RU": "Russia", "TR": "Turkey", "BN": "Brunei", "FM": "Micronesia", "VA": "Vatican City",
         "PS": "Palestine", "CG": "Republic of the Congo", "CD": "Democratic Republic of the Congo",
         "XK": "Kosovo"}


def fold(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def rows(path):
    header = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = re.split(r"\t| {2,}", line.strip())
        if header is None:
            header = cols
            continue
        yield n, dict(zip(header, cols))


def main():
    iso = {c["alpha_2"]: c for c in json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]}
    bad = 0
    for f in ("places.tsv", "actors.tsv"):
        countries = {r["country"]: (n, r["name"]) for n, r in rows(DATA / f) if r["kind"] == "country"}
        for code in UN + OTHERS:
            if code not in countries:
                print(f"{f}: no country with code {code}"); bad += 1; continue
            n, name = countries[code]
            want = SHORT.get(code) or iso[code].get("common_name", iso[code]["name"])
            if name != want:
                print(f"{f}:{n}: {code} is '{name}', iso-codes says '{want}'"); bad += 1
    seen = {}
    for n, r in rows(DATA / "actors.tsv"):
        names = [r["name"]] + ([] if r["aliases"] == "-" else r["aliases"].split("|"))
        for a in names:
            other = seen.setdefault(fold(a), r["name"])
            if other != r["name"]:
                print(f"actors.tsv:{n}: '{a}' also names '{other}'"); bad += 1
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
