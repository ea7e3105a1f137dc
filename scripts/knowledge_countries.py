#!/usr/bin/env python3
"""Builds assets/knowledge/countries.ron: every country and territory, its other names, and
the words for its people.

Source: mledoze/countries (GitHub, `countries.json`, ODbL 1.0): 250 countries and
territories with their common and official names in English, other spellings, and their
demonyms. assets/gazetteer.ron lists the sovereign countries by hand; this file adds what
news also names:
- territories and small states the hand list lacks, as GPE with themselves as country
  ("British Virgin Islands", "Curaçao", "Saint Kitts and Nevis", "Cayman Islands");
- other names of every country as aliases of the one margin already knows ("Republic of
  Haiti", "Curacao", "Czechia", "St Kitts and Nevis"): "Saint" is also written "St" and
  "St.";
- demonyms as NORP, with their plurals ("Haitian", "Haitians", "Guyanese", "Virgin
  Islanders").
Left out: two- and three-letter codes, names written in another script, names with commas
("Virgin Islands, British"), one-word names and demonyms that are ordinary English words
("Jersey"; "Cook Islands" stays), one-word other names that are given names or surnames
("Mann" for the Isle of Man),
a demonym that is the place's name ("Gibraltar"), and whatever assets/gazetteer.ron or an earlier knowledge file holds already.

Run (from the repository root, with Debian's wamerican-small installed), on a copy of the
repository's git directory:
    python3 scripts/knowledge_countries.py /path/to/mledoze-countries.git
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron")

# Demonyms ending so take an "s" in the plural ("Haitians", "Icelanders", "Cypriots");
# others keep their form ("the Guyanese", "the Swiss", "the Malagasy").
PLURAL_ENDINGS = ("an", "er", "ar", "ot", "ite")


def saint_forms(name):
    """'Saint Lucia' written as news also writes it: 'St Lucia', 'St. Lucia'."""
    if not name.startswith("Saint "):
        return []
    rest = name[len("Saint "):]
    return ["St " + rest, "St. " + rest]


def other_names(country):
    """Every English form of the country's name, its common name first."""
    name = country["name"]
    forms = [name["common"], name["official"]]
    forms += [s for s in country.get("altSpellings", []) if len(s) > 3 and s.isascii()]
    forms += [kc.ascii_fold(f) for f in list(forms)]
    forms += [s for f in list(forms) for s in saint_forms(f)]
    out = []
    for form in forms:
        if form not in out and "," not in form and not form.isupper() and kc.is_latin_name(form):
            out.append(form)
    return out


def demonyms(country):
    """The words for a country's people, with their plurals."""
    words = []
    for gender in ("m", "f"):
        value = country.get("demonyms", {}).get("eng", {}).get(gender, "")
        words += [w.strip() for w in value.split(" or ") if w.strip()]
    out = []
    for word in words:
        for form in (word, word + "s" if word.endswith(PLURAL_ENDINGS) else word):
            if form not in out and kc.is_latin_name(form):
                out.append(form)
    return out


def is_ordinary_word(name, ordinary):
    """A one-word name that is an ordinary English word: a name of several words names one
    place even when each is a word ("Cook Islands", "Isle of Man")."""
    return " " not in name and kc.is_ordinary(name, ordinary)


def people_words():
    """Given names and surnames margin knows (lower case): a one-word alias that is one
    ("Mann" for the Isle of Man) would make a person a place."""
    out = set()
    for name, key in (("given_names.ron", "words"), ("words.ron", "surnames")):
        with open(os.path.join(kc.ROOT, "assets", "knowledge", name), encoding="utf-8") as f:
            text = f.read()
        for block in re.findall(key + r': "([^"]*)"', text):
            out.update(line.strip().lower() for line in block.splitlines() if line.strip())
    return out


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    countries = json.loads(kc.git(sys.argv[1], "show", "HEAD:countries.json"))
    ordinary = kc.ordinary_words()
    main_strings = kc.main_gazetteer_strings()
    taken = main_strings | kc.earlier_strings(EARLIER)
    people = people_words()

    by_country = {}
    aliases = {}
    peoples = []
    for country in countries:
        every_form = other_names(country)
        forms = [f for f in every_form if not is_ordinary_word(f, ordinary)]
        # The name margin already knows the country by ("Chile", though "chile" is a word),
        # else its common name.
        canonical = next((f for f in every_form if f in main_strings), None)
        canonical = canonical or (forms[0] if forms else None)
        if canonical is None:
            continue
        if canonical not in taken:
            by_country.setdefault(canonical, []).append(canonical)
            taken.add(canonical)
        for form in forms:
            one_word_person = " " not in form and form.lower() in people
            if form != canonical and form not in taken and not one_word_person:
                aliases[form] = canonical
                taken.add(form)
        for word in demonyms(country):
            if word not in taken and word not in forms and not is_ordinary_word(word, ordinary):
                peoples.append(word)
                taken.add(word)

    names = [("GPE", country, sorted(items)) for country, items in sorted(by_country.items())]
    names.append(("NORP", "", sorted(peoples)))
    header = """
Countries and territories, their other names and the words for their people. Built by
scripts/knowledge_countries.py from mledoze/countries (countries.json, ODbL 1.0): territories
and small states as GPE, other names as aliases, demonyms and their plurals as NORP. Names
that are ordinary English words are left out. Do not edit by hand: run the script.
"""
    kc.write_ron("assets/knowledge/countries.ron", header, names=names, aliases=aliases)


if __name__ == "__main__":
    main()
