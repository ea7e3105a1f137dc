#!/usr/bin/env python3
"""Builds assets/knowledge/parties.ron: political parties of the world with their short forms.

Source: Party Facts (partyfacts.herokuapp.com; Döring and Regel 2019, Party Politics 25(2)),
MIT licence: the core parties table `partyfacts-core-parties.csv` from the public repository
hdigital/partyfactsdata (import/elecglob/partyfacts-core-parties.csv), given as the first
argument. Each row has a party's English name(s), its name in its own language, its short
form, its largest vote share and its last year.

Usefulness: parties that won at least 2 % of a national vote and still existed in 2000.
Every name is an ORG; the canonical name is the party's first English name that no other
listed party has (a name in its own language written partly in English first:
"Bharatiya Janata Party"), and its other
names and its short forms join it as aliases. A short form is kept when it has at least three
characters, at least two capitals and no more small letters than capitals ("ANC", "AfD",
"JD(U)"), is not an ordinary English word ("PAN"), and one party holds it clearly (any other
party with it has less than half its vote share). A one-word name is kept only when it is not
an ordinary English word or a given name ("Likud", "Fidesz"). Names assets/gazetteer.ron
lists already are left to it. Short forms in capitals are also words of class PartyShort:
many are some other abbreviation as well ("DNP", a drug), so the extractor reads them as
parties only beside politics.

Run (from the repository root, with Debian's wamerican-small installed; the given-name list
must be built first):
    /tmp/kvenv/bin/python scripts/knowledge_parties.py partyfacts-core-parties.csv
"""

import csv
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402
from knowledge_places import given_names  # noqa: E402

MIN_SHARE = 2.0
MIN_LAST_YEAR = 2000


def share_of(row):
    try:
        return float(row["share"])
    except ValueError:
        return 0.0


def clean(name):
    name = " ".join(name.replace("’", "'").split())
    if name.startswith("The "):
        name = name[4:]
    return name


def split_names(field):
    return [clean(n) for n in field.split(" / ") if clean(n)]


def good_short(short, ordinary):
    upper = sum(c.isupper() for c in short)
    lower = sum(c.islower() for c in short)
    return (
        len(short) >= 3
        and upper >= 2
        and lower <= upper
        and re.fullmatch(r"[A-Za-z0-9()&.\-]+", short) is not None
        and short.lower() not in ordinary
    )


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings()
    given = given_names()
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = [
            r for r in csv.DictReader(f)
            if share_of(r) >= MIN_SHARE
            and (not r["year_last"] or int(r["year_last"]) >= MIN_LAST_YEAR)
        ]

    def usable(name, share):
        if not kc.is_latin_name(name) or "[" in name or name in known:
            return False
        if " " not in name:
            return name.lower() not in ordinary and (name not in given or share >= 20)
        return True

    parties = []
    holders = defaultdict(list)  # a name or short form -> [(share, party index)]
    for row in rows:
        share = share_of(row)
        english = [n for n in split_names(row["name_english"]) if usable(n, share)]
        native = [n for n in split_names(row["name"]) if usable(n, share)]
        shorts = [clean(s) for s in row["name_short"].split("/")]
        shorts = [s for s in shorts if good_short(s, ordinary) and s not in known]
        # A name in its own language written partly in English ("Bharatiya Janata Party") is
        # the one English news uses; otherwise the English name comes first.
        partly_english = [n for n in native if re.search(r"\b(Party|Congress|League|Front)\b", n)]
        names = list(dict.fromkeys(partly_english + english + native))
        if not names:
            continue
        index = len(parties)
        parties.append((share, names, shorts))
        for form in set(names) | set(shorts):
            holders[form].append((share, index))

    def held_by(form, index):
        """Whether `index` holds `form` clearly: others with it have under half its share."""
        mine = next(s for s, i in holders[form] if i == index)
        return all(i == index or s * 2 < mine for s, i in holders[form])

    names_out, aliases = set(), {}
    for index, (share, names, shorts) in enumerate(parties):
        unique = [n for n in names if len(holders[n]) == 1]
        canonical = unique[0] if unique else None
        for name in names:
            if canonical and name != canonical and held_by(name, index):
                aliases.setdefault(name, canonical)
            else:
                names_out.add(name)
        if canonical:
            names_out.add(canonical)
            for short in shorts:
                if short != canonical and held_by(short, index):
                    aliases.setdefault(short, canonical)
    for alias in list(aliases):
        names_out.discard(alias)
    # Short forms in capitals are often some other abbreviation too ("DNP", a drug): the
    # extractor reads them as parties only beside politics.
    capital_shorts = sorted(a for a in aliases if re.fullmatch(r"[A-Z][A-Z0-9&]+", a))

    header = """Political parties of the world (ORG) with their names in English and in their own language
and their short forms as aliases. Built by scripts/knowledge_parties.py from the Party Facts
core parties table (partyfacts.herokuapp.com, MIT licence): parties with at least 2 % of a
national vote that existed in 2000 or later. Do not edit by hand: run the script."""
    kc.write_ron("assets/knowledge/parties.ron", header,
                 names=[("ORG", "", sorted(names_out))], aliases=aliases,
                 words=[("PartyShort", "", capital_shorts)])
    print(len(names_out), "names,", len(aliases), "aliases")


if __name__ == "__main__":
    main()
