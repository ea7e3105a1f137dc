#!/usr/bin/env python3
"""Builds assets/knowledge/holidays.ron: names of public holidays and festivals, as dates.

Source: the PyPI package holidays (MIT), which lists the public holidays of about 150
countries and their subdivisions, with English names for most ("Diwali", "Eid al-Fitr",
"Lunar New Year", "Memorial Day"). News names a day by its holiday ("shops shut for Eid al-
Adha"), and the guideline counts such a day as a DATE. A holiday without its year is
resolved per article (src/entities/group/scope.rs), as weekdays are.

Left out:
- notes in brackets and words around the name ("(estimated)", "(observed)", "Holiday",
  "Day off"), and entries naming several holidays at once;
- bridge days, substitute days and "day after" entries: no one writes them in news;
- names of several English words that do not end in "Day", "Eve", "Year", "Festival" or a
  weekday ("Green March"), and days of one person or occasion ("Funeral of ...", "... Birthday", "Anniversary of
  ..."): news names the occasion, an EVENT;
- names with digits or lowercase words other than "of", "the", "and" and "al";
- one-word names that are ordinary English words ("Carnival", "Epiphany") or that any earlier
  knowledge file or assets/gazetteer.ron holds ("Christmas", a city such as "Corpus
  Christi").
Added by hand, below: festivals that are no public holiday in the package's countries
("Ramadan", "Hanukkah") and the shopping days retail news dates things by ("Black Friday").

Run (from the repository root, with Debian's wamerican-small installed):
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install holidays==0.109
    /tmp/kvenv/bin/python3 scripts/knowledge_holidays.py
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron", "countries.ron", "parties.ron", "places.ron", "clubs.ron",
           "companies.ron", "leagues.ron", "brands.ron", "carmakers.ron")

# Festivals and seasons news dates things by that are no public holiday in the package's
# countries, and the shopping days of retail news.
BY_HAND = ("Ramadan", "Hanukkah", "Passover", "Kwanzaa", "Juneteenth", "Black Friday", "Cyber Monday", "Singles Day", "Prime Day",
                 "Small Business Saturday", "Giving Tuesday", "Boxing Day")

BRACKETS = re.compile(r"\s*\([^)]*\)")
NOT_A_HOLIDAY = re.compile(r"\b(Bridge|Substitute|[Dd]ay off|[Dd]ay after|[Ii]n lieu|"
                           r"Holiday|Holidays|Public|Special|Non-working|Rest)\b")
JOINERS = {"of", "the", "and", "al"}
# The last words of a day's name: a longer name ending otherwise names what happened on the
# day ("Coronation of King Charles III", "General Elections"), an EVENT in news.
DAY_WORDS = {"Day", "Eve", "Year", "Festival", "Monday", "Tuesday", "Wednesday", "Thursday",
             "Friday", "Saturday", "Sunday"}
# Days named after one person's life or one occasion: news names the occasion, an EVENT.
OCCASIONS = re.compile(r"\b(Funeral|Coronation|Canonization|Assassination|Anniversary|"
                       r"Birthday|Death)\b")


def holiday_names():
    """Every holiday's name the package gives, in English where it has English, 2015 to
    2030."""
    import holidays

    years = range(2015, 2031)
    for country in holidays.list_supported_countries():
        try:
            table = holidays.country_holidays(country, years=years, language="en_US")
        except (NotImplementedError, KeyError, ValueError):
            table = holidays.country_holidays(country, years=years)
        for entry in table.values():
            for name in entry.split("; "):
                yield name


def clean(name):
    """The holiday's own name, or None when the entry is no name news would write."""
    name = BRACKETS.sub("", name).strip()
    if NOT_A_HOLIDAY.search(name) or re.search(r"\d", name):
        return None
    words = name.split()
    parts = [p for w in words for p in w.split("-") if p]
    if any(p[0].islower() and p not in JOINERS for p in parts):
        return None
    if not kc.is_latin_name(name) or "," in name or "/" in name or OCCASIONS.search(name):
        return None
    return name


def names_a_day(name, ordinary):
    """Whether a cleaned name names the day itself: one word, a name ending in a day word,
    or a festival's name in its own language ("Yom Kippur", "Eid al-Fitr")."""
    words = name.split()
    foreign = not any(w.lower() in ordinary for w in words)
    return len(words) == 1 or words[-1] in DAY_WORDS or foreign


def main():
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)
    cleaned = {clean(raw) for raw in holiday_names()} - {None}
    names = set(BY_HAND)
    for name in cleaned:
        one_word = " " not in name
        if name in known or not names_a_day(name, ordinary):
            continue
        if one_word and kc.is_ordinary(name, ordinary):
            continue
        names.add(name)
    names -= known

    header = """Public holidays and festivals, as dates ("Diwali", "Eid al-Fitr", "Memorial Day"), and
the shopping days of retail news ("Black Friday"). Built by scripts/knowledge_holidays.py
from the PyPI package holidays 0.109 (MIT); the few festivals and shopping days added by
hand are listed in the script. Do not edit by hand: run the script."""
    kc.write_ron("assets/knowledge/holidays.ron", header, names=[("DATE", "", sorted(names))])
    print(len(names), "names")


if __name__ == "__main__":
    main()
