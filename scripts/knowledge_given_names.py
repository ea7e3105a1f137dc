#!/usr/bin/env python3
"""Builds assets/knowledge/given_names.ron: given names of many cultures, as the word class
GIVEN (evidence that a capitalised word starts a person's name, never a label by itself).

Sources:
- the first-name lists of Faker's person providers (PyPI package `faker`, MIT licence), for
  every locale written in Latin letters, plus the romanised Japanese and Chinese lists and
  the Russian, Ukrainian and Bulgarian lists transliterated here (a plain BGN/PCGN-style
  table);
- the 1990 US Census lists of first names with their frequencies, as shipped in the PyPI
  package `names` 0.3.0 (MIT; the Census data is in the public domain): the names that
  cover 90% of the people of each sex ("Garth", "Floyd", "Kelsey", "Loreen"), unless more
  people bear the name as a surname than as a first name by the Census surname list
  ("Wallace", "Marshall", "Chang") or the larger American English word list (Debian's
  `wamerican`) has it in lowercase ("Tequila", "Homer"), or another knowledge file lists it
  (the town "Trenton").

Usefulness: a list longer than 800 names is taken in part, its 400 most frequent names where
Faker gives frequencies, else only its names that another locale lists too.

Filter: single words of at least three letters; none that is an ordinary English word in
lower case (Debian `wamerican-small`: "Grace", "Will", "May", "Chase" are left out), none that
assets/gazetteer.ron already lists (countries, months, titles, its own given names), and none
of the few capitalised words that are not names in news text (EXCLUDED).

Run (from the repository root, with Debian's wamerican-small and wamerican installed):
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install faker==40.63.0 names==0.3.0
    /tmp/kvenv/bin/python scripts/knowledge_given_names.py
"""

import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faker  # noqa: E402
import knowledge_common as kc  # noqa: E402
from knowledge_brands import larger_word_list  # noqa: E402

# Capitalised words that Faker lists as names but that news mostly uses otherwise.
EXCLUDED = {
    "Christian", "Jesus", "Islam", "Europa", "America", "Asia", "Africa", "Britain",
    "Israel", "India", "China", "Kenya", "Jordan", "Georgia", "Paris", "Sydney", "Dakota",
    "Virginia", "Carolina", "Florida", "Nevada", "Savannah", "Dallas", "Houston", "Denver",
    "Phoenix", "Brooklyn", "Madison", "Lincoln", "Washington", "Jefferson", "Easter",
    "Noel", "Sunday", "Monday", "Friday", "Tuesday", "Mercedes", "Toyota", "Tesla",
    "Lexus", "Porsche", "Nike", "Apple", "Google", "Amazon", "Royal", "Prince", "Princess",
    "King", "Queen", "Duke", "Baron", "Major", "General", "Marshal", "Bishop", "Pope",
    "President", "Senator", "Justice", "Judge", "Mayor", "Sheriff", "Doctor", "Professor",
    "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover", "Christmas", "Advent",
}

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}


def transliterate(name):
    out = "".join(CYRILLIC.get(c.lower(), c) for c in name)
    return out[:1].upper() + out[1:]


# Lists longer than this are taken in part: a weighted list's most frequent names, or the
# names of an unweighted (alphabetical) list that another locale lists too.
LONG_LIST = 800
TOP_WEIGHTED = 400


def faker_lists():
    """(locale, [name, ...]) for each first-name list, long lists cut as LONG_LIST says."""
    base = os.path.join(os.path.dirname(faker.__file__), "providers", "person")
    for locale in sorted(os.listdir(base)):
        if locale.startswith("_") or not os.path.isdir(os.path.join(base, locale)):
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        lists = ["first_names", "first_names_male", "first_names_female",
                 "first_romanized_names", "first_romanized_names_male",
                 "first_romanized_names_female"]
        for attr in lists:
            names = provider.__dict__.get(attr)
            if not isinstance(names, (list, tuple, dict)):
                names = next((getattr(k, attr) for k in provider.__mro__
                              if isinstance(k.__dict__.get(attr), (list, tuple, dict))), None)
            if not names:
                continue
            weighted = isinstance(names, dict)
            if weighted:
                names = sorted(names, key=lambda n: -names[n])[:TOP_WEIGHTED]
            if locale[:2] in ("ru", "uk", "bg"):
                names = [transliterate(n) for n in names]
            yield locale, list(names), weighted


def faker_first_names():
    lists = list(faker_lists())
    locales_of = {}
    for locale, names, _ in lists:
        for name in names:
            locales_of.setdefault(name, set()).add(locale)
    for locale, names, weighted in lists:
        cut = not weighted and len(names) > LONG_LIST
        for name in names:
            if not cut or len(locales_of[name]) > 1:
                yield name


# The Census names taken: those of the most common first names that together cover this
# share of the people of one sex, in percent.
CENSUS_COVER = 90.0
# The knowledge files whose names and words a Census name must not be.
LISTED_ELSEWHERE = ("countries.ron", "parties.ron", "places.ron", "clubs.ron", "companies.ron",
                    "leagues.ron", "brands.ron", "carmakers.ron", "car_models.ron", "teams.ron",
                    "holidays.ron")


def census_first_names():
    """The 1990 Census first names taken (see the module doc), in title case."""
    import names

    folder = os.path.dirname(names.__file__)

    def rows(file):
        with open(os.path.join(folder, file), encoding="ascii") as f:
            for line in f:
                name, share, cumulative, _ = line.split()
                yield name.title(), float(share), float(cumulative)

    surname_share = {name: share for name, share, _ in rows("dist.all.last")}
    dictionary = larger_word_list()
    # Names and words of the later knowledge files: towns ("Trenton"), countries, brands.
    elsewhere = kc.earlier_strings(LISTED_ELSEWHERE)
    for file in ("dist.male.first", "dist.female.first"):
        for name, share, cumulative in rows(file):
            # A first name's share is of one sex, a surname's of everyone.
            if (cumulative <= CENSUS_COVER and share / 2 >= surname_share.get(name, 0.0)
                    and name.lower() not in dictionary and name not in elsewhere):
                yield name


def main():
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings()
    kept = set()
    for name in [*faker_first_names(), *census_first_names()]:
        name = name.strip()
        if (
            len(name) >= 3
            and name.isalpha()
            and kc.is_latin_name(name)
            and name[1:].islower()
            and name.lower() not in ordinary
            and name not in known
            and name not in EXCLUDED
        ):
            kept.add(name)
    header = f"""Given names of many cultures: word class Given (class::GIVEN), evidence that a capitalised
word starts a person's name. Built by scripts/knowledge_given_names.py from the first-name
lists of Faker {faker.VERSION} (PyPI `faker`, MIT licence) and the 1990 US Census first names
of PyPI `names` 0.3.0 (MIT; the data in the public domain); names that are also ordinary
English words are left out. Do not edit by hand: run the script."""
    kc.write_ron("assets/knowledge/given_names.ron", header,
                 words=[("Given", "", sorted(kept))])
    print(f"{len(kept)} given names")


if __name__ == "__main__":
    main()
