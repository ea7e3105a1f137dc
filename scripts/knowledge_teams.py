#!/usr/bin/env python3
"""Builds assets/knowledge/teams.ron: the teams of the North American major leagues with
their nicknames.

Sources (PyPI wheels, read without installing them):
- nba_api 1.12.0 (MIT): `nba_api/stats/library/data.py`, the NBA's and WNBA's teams with their
  nicknames ("Boston Celtics", "Celtics").
- nhl-api-py 3.6.0 (Apache-2.0): `nhlpy/data/teams_20232024.json`, the NHL's teams.
- sportsipy 0.6.0 (MIT): the lists of NFL, MLB, NBA and NHL teams its integration tests
  expect (`tests/integration/teams/test_*_integration.py`, lines "Green Bay Packers (GNB)"),
  the names of 2018, which older news uses ("Oakland Raiders").

What goes where (src/entities/gazetteer/knowledge.rs):
- names, label ORG: each team's full name.
- aliases: a nickname of two words, or of one that is no word of the language, and no place
  or name the gazetteer or an earlier knowledge file holds ("Celtics", "Red Sox"; not
  "76ers", which opens with a digit)
  -> the team's full name, when one team of the lists has it.
- words, class Club: the other one-word nicknames ("Heat", "Giants", "Kings"), and those that
  name a place's people ("Texans", the plural of the gazetteer's "Texan"): evidence for
  the rules that read teams in sports reports, never names by themselves.

A nickname is the full name without its place: the NBA lists give it; otherwise see
`nickname` ("Boston Red Sox" -> "Red Sox", "Tampa Bay Lightning" -> "Lightning").

Run from the repository root, with Debian's wamerican-small installed (or MARGIN_DICTIONARY
naming its word list), given the three wheels (`pip download --no-deps nba_api==1.12.0
nhl-api-py==3.6.0 sportsipy==0.6.0`):
    python3 scripts/knowledge_teams.py nba_api-1.12.0-py3-none-any.whl \
        nhl_api_py-3.6.0-py3-none-any.whl sportsipy-0.6.0-py3-none-any.whl
"""

import ast
import collections
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron", "countries.ron", "parties.ron", "places.ron",
           "clubs.ron", "companies.ron", "leagues.ron", "brands.ron", "carmakers.ron")

SPORTSIPY_LEAGUES = ("nfl", "mlb", "nba", "nhl")


def nba_teams(wheel):
    """(full name, nickname) of the NBA's and WNBA's teams."""
    with zipfile.ZipFile(wheel) as z:
        source = z.read("nba_api/stats/library/data.py").decode("utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id in ("teams", "wnba_teams"):
            for row in ast.literal_eval(node.value):
                yield row[5], row[2]


def nhl_teams(wheel):
    """The full names of the NHL's teams."""
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("nhlpy/data/teams_20232024.json"))
    return [team["name"] for team in data["teams"]]


def sportsipy_teams(wheel):
    """The full names of the teams its tests expect, by league."""
    with zipfile.ZipFile(wheel) as z:
        for league in SPORTSIPY_LEAGUES:
            path = f"tests/integration/teams/test_{league}_integration.py"
            text = z.read(path).decode("utf-8")
            block = re.search(r'expected = """(.*?)"""', text, re.S).group(1)
            for line in block.splitlines():
                name = re.sub(r"\s*\([A-Z]+\)\s*$", "", line).strip()
                if name:
                    yield name


def nickname(full, places, others, ordinary):
    """`full` without its place: the longest run of its first words that is a known place or
    opens another team's name too ("Tampa Bay"). A nickname of two words is kept only after
    a known place and when its first word is a word of the language ("Boston Red Sox"; not
    "England Patriots" of "New England Patriots", which is "Patriots")."""
    words = full.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        place = " ".join(words[:cut])
        shared = any(o != full and o.startswith(place + " ") for o in others)
        if place not in places and not shared:
            continue
        short = words[cut:]
        if len(short) == 1 or (place in places and short[0].lower() in ordinary):
            return " ".join(short)
    return words[-1]


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    nba_wheel, nhl_wheel, sportsipy_wheel = sys.argv[1:]
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)
    places = kc.main_gazetteer_strings() | kc.earlier_strings(("places.ron", "countries.ron"))
    suffixes = kc.main_gazetteer_list("org_suffixes")
    peoples = kc.main_gazetteer_list("norp")

    nicknames = {}
    for full, short in nba_teams(nba_wheel):
        nicknames[full] = short
    others = list(nhl_teams(nhl_wheel)) + list(sportsipy_teams(sportsipy_wheel))
    for full in others:
        nicknames.setdefault(full, nickname(full, places, others, ordinary))

    names = sorted(full for full in nicknames if full not in known and kc.is_latin_name(full))
    teams_of = collections.defaultdict(set)
    for full, short in nicknames.items():
        teams_of[short].add(full)
    aliases, club_words = {}, set()
    for short, fulls in teams_of.items():
        # "Hockey Club" of "Utah Hockey Club": a suffix word makes it the kind, no name.
        if short in known or short in nicknames or short.split(" ")[-1] in suffixes:
            continue
        # A name opening with a digit ("76ers") would make the byte automaton stop at every
        # digit of a text (see the brands script); the team's full name is found instead.
        if short[0].isdigit():
            continue
        # The people of a place ("Texans", the plural of the gazetteer's "Texan") are a team
        # only in sports reports.
        people = " " not in short and short.endswith("s") and short[:-1] in peoples
        # Two words of the language together are a nickname still ("Red Sox").
        if (" " not in short and kc.is_ordinary(short, ordinary)) or len(fulls) > 1 or people:
            if " " not in short:
                club_words.add(short)
            continue
        aliases[short] = next(iter(fulls))

    header = """Teams of the North American major leagues (NFL, MLB, NBA, WNBA, NHL) with their
nicknames. Built by scripts/knowledge_teams.py from the PyPI packages nba_api 1.12.0 (MIT),
nhl-api-py 3.6.0 (Apache-2.0) and sportsipy 0.6.0 (MIT). One-word nicknames that are words
of the language are class Club words, not names. Do not edit by hand: run the script."""
    kc.write_ron(
        "assets/knowledge/teams.ron",
        header,
        names=[("ORG", "", names)],
        words=[("Club", "", sorted(club_words))],
        aliases=aliases,
    )
    print(len(names), "names,", len(aliases), "aliases,", len(club_words), "club words")


if __name__ == "__main__":
    main()
