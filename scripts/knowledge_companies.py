#!/usr/bin/env python3
"""Builds assets/knowledge/companies.ron: listed companies with their short forms.

Source: the PyPI package pytickersymbols (MIT licence), which lists the member companies of
the major stock indices (S&P 500, NASDAQ 100, DAX, FTSE 100, CAC 40, Nikkei 225, AEX, IBEX 35
and others) with their names.

What goes where (src/entities/gazetteer/knowledge.rs):
- names, label ORG: each company's short form, its name without the legal form ("Eisai Co."
  -> "Eisai", "Adobe Inc." -> "Adobe"); the extractor's suffix rules read a legal form after
  it ("Eisai Co. said"), and grouping folds the legal form, so "Eisai" and "Eisai Co." are one
  entity.
- words, class Company: short forms of one word that is an ordinary English word ("Target",
  "Visa", "Ball"): evidence, not names by themselves (the company rules read them with a
  company word or part around them).
- Short forms of two or more ordinary words ("Home Depot", "Best Buy", "Western Digital") are
  names: capitalised together, mid-sentence, such a run names the company, and read word by
  word it would be lost (every word is a lowercase word as well).

Left out: names not in Latin letters; names any earlier knowledge file or assets/gazetteer.ron
holds (countries, parties, clubs, places, the companies listed by hand ...); short forms of one
or two characters.

Run (from the repository root, with Debian's wamerican-small installed):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pytickersymbols==1.17.10
    /tmp/venv/bin/python3 scripts/knowledge_companies.py
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron", "countries.ron", "parties.ron", "places.ron", "clubs.ron")

# Legal forms and their punctuation at the end of a company's name.
LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Inc|Corp|Corporation|Co|Company|Cos|plc|PLC|Plc|AG|SE|NV|N\.V|SA|S\.A|"
    r"S\.p\.A|SpA|ASA|AB|A/S|Oyj|KGaA|Ltd|Limited|LLC|L\.P|LP|Holdings?|Group|Incorporated|"
    r"& Co|and Company)\.?)+$"
)



# A note in brackets after a name ("Puma (brand)", "... (Class A)").
BRACKETED_NOTE = re.compile(r"\s*\([^)]*\)")


def short_form(name):
    """`name` without its bracketed notes, legal form and trailing punctuation."""
    name = BRACKETED_NOTE.sub("", name).strip()
    short = LEGAL_FORM.sub("", name).strip().rstrip(",&").strip()
    return short or name


def main():
    from pytickersymbols import PyTickerSymbols

    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)
    names, company_words = set(), set()
    for stock in PyTickerSymbols().get_all_stocks():
        short = short_form(stock["name"])
        if len(short) <= 2 or not kc.is_latin_name(short) or short.endswith("."):
            continue
        if short in known:
            continue
        if kc.is_ordinary(short, ordinary) and " " not in short:
            company_words.add(short)
            continue
        names.add(short)

    header = """Listed companies by their short forms. Built by scripts/knowledge_companies.py from
the PyPI package pytickersymbols (MIT licence): members of the major stock indices. Short
forms of one ordinary word are class Company words, not names.
Do not edit by hand: run the script."""
    kc.write_ron(
        "assets/knowledge/companies.ron",
        header,
        names=[("ORG", "", sorted(names))],
        words=[("Company", "", sorted(company_words))],
    )
    print(len(names), "names,", len(company_words), "company words")


if __name__ == "__main__":
    main()
