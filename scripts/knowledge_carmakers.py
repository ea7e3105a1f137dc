#!/usr/bin/env python3
"""Builds assets/knowledge/carmakers.ron: makers of cars, trucks, buses and motorcycles.

Source: the PyPI package vininfo (BSD-3-Clause), whose table of world manufacturer
identifiers (the first three characters of a vehicle identification number) names the
maker behind each ("Lexus", "Chevrolet", "Land Rover", "Harley-Davidson"). News writes them
as the company ("Lexus revealed the LC Convertible"), so the names go in with label ORG;
the extractor's product rules read a maker before a model as a product ("Lexus LC 500").

Left out, as scripts/knowledge_brands.py leaves them out:
- a maker's arm in one country or line of vehicles ("Chevrolet Mexico", "Volvo Trucks",
  "Porsche SUV") and entries naming several makers ("Hyundai/Kia", "Subaru / Scion");
- names not in Latin letters or with lowercase words ("Volvo Eicher commercial vehicles
  limited."), and capitals of three letters or fewer ("OM", "JAC"): abbreviations that
  name other things in news;
- names any earlier knowledge file or assets/gazetteer.ron holds;
- names of ordinary English words, one-word names the larger word list holds in lowercase
  ("Rover", "Scion") and one-word surnames of Faker's English-speaking locales ("Talbot",
  "Holden"; the brands' filter reads every locale's, which holds "Chevrolet" too);
- "Mini": a model word too ("iPad Mini").

Run (from the repository root, with Debian's wamerican-small and wamerican installed):
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install faker vininfo==1.11.0
    /tmp/kvenv/bin/python3 scripts/knowledge_carmakers.py
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_brands as kb  # noqa: E402
import knowledge_common as kc  # noqa: E402
import knowledge_words as kw  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron", "countries.ron", "parties.ron", "places.ron", "clubs.ron",
           "companies.ron", "leagues.ron", "brands.ron")

# A maker's arm or line, as the table's names end: "Toyota Mexico", "Volvo Buses".
ARM = re.compile(
    r"\b(Mexico|Canada|USA|China|Brazil|Australia|Germany|Spain|UK|Thailand|Argentina|"
    r"Poland|Turk|Myanmar|Europe|Trucks?|Truck|Bus|Buses|Coach|Cars?|Car|Motorcycles|SUV|"
    r"Commercial|Professional|Guangzhou|Tianjin|Automobiles|Automóveis|trolleybuses)\b"
)
LEGAL_FORM = re.compile(r"\s+(SpA|SA|AG|Limited|Corp\.?|Inc\.?|Ltd\.?)$")


def maker_names():
    """Every maker's name in vininfo's manufacturer table."""
    from vininfo.dicts.wmi import WMI

    for value in WMI.values():
        yield value if isinstance(value, str) else value.title


def main():
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)
    dictionary, family_names = kb.larger_word_list(), kw.english_surnames()
    names = set()
    for name in maker_names():
        name = LEGAL_FORM.sub("", name.strip())
        words = name.split()
        several = any(c in name for c in "/(),")
        lowercase_word = any(w[0].islower() for w in words if w not in ("of", "de"))
        short_capitals = name.isupper() and len(name) <= 3
        if (several or lowercase_word or short_capitals or ARM.search(name)
                or not kc.is_latin_name(name) or name in known or name in ("Mini", "MINI")):
            continue
        if kc.is_ordinary(name, ordinary):
            continue
        if len(words) == 1 and (name.lower() in dictionary or name.lower() in family_names):
            continue
        names.add(name)

    header = """Makers of cars, trucks, buses and motorcycles, as organisations. Built by
scripts/knowledge_carmakers.py from the world manufacturer identifiers of the PyPI package
vininfo 1.11.0 (BSD-3-Clause). Do not edit by hand: run the script."""
    kc.write_ron("assets/knowledge/carmakers.ron", header, names=[("ORG", "", sorted(names))])
    print(len(names), "names")


if __name__ == "__main__":
    main()
