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

Second source: the companies listed on the US exchanges, from the Data Packages
`datasets/nasdaq-listings` (data/nasdaq-listed-symbols.csv) and
`datasets/nyse-other-listings` (data/nyse-listed.csv, data/other-listed.csv) on GitHub, both
under the Open Data Commons Public Domain Dedication and License (ODC-PDDL 1.0), read at the
commits named below. From these, more is left out, as they list every small issuer: funds,
trusts, blank-check companies and other securities that are no operating company; names of
two words shaped like a person's ("Ralph Lauren": a given name and a surname); short forms of
one word that are a given name or a surname in Faker's lists (PyPI `faker`, MIT), as the
brands script leaves them out.

Left out: names not in Latin letters; names any earlier knowledge file or assets/gazetteer.ron
holds (countries, parties, clubs, places, the companies listed by hand ...); short forms of one
or two characters.

Run (from the repository root, with Debian's wamerican-small and wamerican installed), giving the git
directories of the two Data Packages (`git clone --bare`, or a mirror):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pytickersymbols==1.17.10 faker==40.63.0
    /tmp/venv/bin/python3 scripts/knowledge_companies.py NASDAQ_LISTINGS_GIT NYSE_OTHER_GIT
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_brands as kb  # noqa: E402
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


# The commits of the two Data Packages this file was built from.
NASDAQ_COMMIT = "31d3809cc090d5a535ecc3db2b26904cbb2ac84d"
NYSE_OTHER_COMMIT = "e08f184e20a73d596f9288e0bf28bd09aa577a48"

# What an exchange's list says of the security after the issuer's name ("Alcoa Corporation
# Common Stock", "Acme Inc. - Class A Ordinary Shares").
SECURITY = re.compile(
    r"(?:\s+-\s+|\s+(?:Common|Ordinary|Class [A-Z]|American Depositary|Depositary|Units?|"
    r"Warrants?|Rights?|Preferred|Series [A-Z0-9]+|Subordinated|Senior Notes|ADS)\b|"
    r"\s+\d[\d.]*%|\s*\().*$"
)

# Words of an issuer that is no operating company: a fund, a trust, a blank-check company.
NOT_A_COMPANY = re.compile(
    r"\b(?:Acquisition|Acquisitions|Fund|Funds|ETF|ETN|ETFs|Trust|Portfolio|Municipal|Index|"
    r"Notes|Income|Opportunities|Strategies|Shares|SPAC|Merger|Holdings? Corp I+)\b"
)


def exchange_names(nasdaq_git, nyse_git):
    """The issuers' names of the three exchange lists, ETFs and test issues left out."""
    import csv
    import io

    sources = [
        (nasdaq_git, NASDAQ_COMMIT, "data/nasdaq-listed-symbols.csv"),
        (nyse_git, NYSE_OTHER_COMMIT, "data/nyse-listed.csv"),
        (nyse_git, NYSE_OTHER_COMMIT, "data/other-listed.csv"),
    ]
    for repo, commit, path in sources:
        rows = csv.DictReader(io.StringIO(kc.git(repo, "show", f"{commit}:{path}")))
        for row in rows:
            if row.get("ETF") == "Y" or row.get("Test Issue") == "Y":
                continue
            name = SECURITY.sub("", row["Company Name"].strip()).strip()
            if name and not NOT_A_COMPANY.search(name):
                yield name


def person_words():
    """Given names (assets/knowledge/given_names.ron, from Faker) and every locale's surnames
    in Faker's person providers (as the brands script reads them)."""
    return kc.earlier_strings(["given_names.ron"]) | kb.surnames()


def main():
    from pytickersymbols import PyTickerSymbols

    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)
    people = person_words()
    names, company_words = set(), set()
    index_members = [short_form(s["name"]) for s in PyTickerSymbols().get_all_stocks()]
    listed = []
    larger = kb.larger_word_list()
    for name in exchange_names(*sys.argv[1:]):
        short = re.sub(r"^The ", "", short_form(name))
        words = short.split()
        person_shaped = len(words) == 2 and words[0] in people and words[1] in people
        # "Celsius", "Here": a word of the larger dictionary (any case) is left out; the
        # index members alone give company words.
        word_of_the_language = len(words) == 1 and (short in larger or short.lower() in larger)
        # A name opening with a digit would slow every text's scan (see the brands script);
        # a lowercase word left from the security's description is no name.
        malformed = short[:1].isdigit() or any(w[:1].islower() for w in words)
        one_word_person = len(words) == 1 and short in people
        if person_shaped or one_word_person or malformed or word_of_the_language:
            continue
        listed.append(short)
    for short in index_members + listed:
        if len(short) <= 2 or not kc.is_latin_name(short) or short.endswith("."):
            continue
        if short in known:
            continue
        if kc.is_ordinary(short, ordinary) and " " not in short:
            company_words.add(short)
            continue
        names.add(short)

    header = f"""Listed companies by their short forms. Built by scripts/knowledge_companies.py from
the PyPI package pytickersymbols (MIT licence): members of the major stock indices; and from
the Data Packages datasets/nasdaq-listings ({NASDAQ_COMMIT[:9]}) and
datasets/nyse-other-listings ({NYSE_OTHER_COMMIT[:9]}) (ODC-PDDL 1.0): the companies listed
on the US exchanges. Short forms of one ordinary word are class Company words, not names.
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
