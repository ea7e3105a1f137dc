#!/usr/bin/env python3
"""Builds assets/knowledge/leagues.ron: sports leagues and competitions.

Sources:
- openfootball's leagues data (public repository openfootball/leagues, CC0 1.0): the
  `leagues.txt` files list each football league or cup on a line ("uefa.cl  1992/93-
  UEFA Champions League") and its other names on the `|` lines under it ("Champions League").
- The major North American leagues and their divisions, listed below by hand (general
  knowledge, no outside text).

What goes where (src/entities/gazetteer/knowledge.rs):
- names, label EVENT: football leagues and cups, which news writes as competitions ("a
  Premier League encounter", "the Champions League final");
- names, label ORG: the North American leagues, which act as organisations ("the NBA said");
- aliases: other multi-word names -> the main name ("Europa League" -> "UEFA Europa
  League"); a name several competitions share ("Champions League") is a name of its own.

Left out: names not in Latin letters; codes ("uefa.cl"); qualifying rounds; one-word names
that are ordinary English words ("Championship") or a cup's generic word ("Coupe"); multi-word names that are ordinary words
unless their last word says they are a competition ("Premier League", "World Cup"); an alias
two competitions share; anything an earlier knowledge file or assets/gazetteer.ron holds.

Run (from the repository root, with Debian's wamerican-small installed), given the git
directory of a copy of openfootball/leagues:
    python3 scripts/knowledge_leagues.py /path/to/leagues/.git
"""

import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron", "countries.ron", "parties.ron", "places.ron", "clubs.ron",
           "companies.ron")

# Last words that make a name of ordinary words a competition's.
COMPETITION_HEADS = {"League", "Cup", "Championship", "Trophy", "Shield", "Liga", "Series",
                     "Division", "Conference", "Superliga", "Bundesliga"}

# The major North American leagues (ORG), with their other names.
NORTH_AMERICA = {
    "National Basketball Association": ["NBA"],
    "Women's National Basketball Association": ["WNBA"],
    "Major League Baseball": ["MLB"],
    "National Football League": ["NFL"],
    "National Hockey League": ["NHL"],
    "Major League Soccer": ["MLS"],
    "National Women's Soccer League": ["NWSL"],
    "National Collegiate Athletic Association": ["NCAA"],
    "Canadian Football League": ["CFL"],
    "American League": ["AL"],
    "National League": ["NL"],
    "American League East": ["AL East"],
    "American League Central": ["AL Central"],
    "American League West": ["AL West"],
    "National League East": ["NL East"],
    "National League Central": ["NL Central"],
    "National League West": ["NL West"],
    "American Football Conference": ["AFC"],
    "National Football Conference": ["NFC"],
    "Eastern Conference": [],
    "Western Conference": [],
}




KEY = re.compile(r"^[a-z0-9][a-z0-9.]*\s+(?:\d{4}(?:/\d{2})?-(?:\d{4}(?:/\d{2})?)?\s+)?(.+)$")


def competitions(repo):
    """(main name, [other names]) for every league and cup of every leagues file."""
    files = [p for p in kc.git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
             if p.endswith("leagues.txt") and not p.startswith("0-attic")]
    for path in sorted(files):
        current = None
        for raw in kc.git(repo, "show", f"HEAD:{path}").splitlines():
            line = raw.split("#")[0].rstrip()
            if not line.strip() or line.lstrip().startswith("="):
                continue
            if line.lstrip().startswith("|"):
                if current:
                    current[1].extend(p.strip() for p in line.split("|") if p.strip())
                continue
            if line[0].isspace():
                continue
            if current:
                yield current
            match = KEY.match(line)
            current = (re.split(r"\s{2,}|\t", match.group(1).strip())[0], []) if match else None
        if current:
            yield current


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)

    def usable(name):
        if not kc.is_latin_name(name) or "." in name or name in known or " - " in name:
            return False
        if "Quali" in name or any(c.isdigit() for c in name):
            return False
        if " " not in name:
            return name.lower() not in ordinary and not name.isupper()
        words = name.split()
        capitalised = all(w[0].isupper() or w in ("de", "of", "the", "&") for w in words)
        return capitalised and (not kc.is_ordinary(name, ordinary)
                                or words[-1] in COMPETITION_HEADS)

    found = [(main, others) for main, others in competitions(sys.argv[1]) if usable(main)]
    # A main name several countries use ("Premier League", "Super Cup") is generic: each
    # country's own name for it ("Armenian Premier League") is a name of its own, never an
    # alias that would join the countries' competitions into one.
    uses = collections.Counter(main for main, _ in found)
    events = set()
    wanted = collections.defaultdict(set)  # alias -> main names claiming it
    for main_name, others in found:
        if " " not in main_name and re.search(r"[Cc]up|Coupe|Pokal", main_name):
            continue
        events.add(main_name)
        for other in others:
            if other == main_name or not usable(other) or " " not in other:
                continue
            if uses[main_name] > 1:
                events.add(other)
            else:
                wanted[other].add(main_name)
    orgs = set(NORTH_AMERICA) - known
    # An alias several competitions claim ("Champions League": UEFA's and CONCACAF's) joins
    # none of them, but is still the name of a competition.
    events |= {alias for alias, mains in wanted.items() if len(mains) > 1}
    events -= orgs
    aliases = {a: next(iter(m)) for a, m in wanted.items()
               if len(m) == 1 and a not in events and a not in orgs}
    for name, others in NORTH_AMERICA.items():
        for other in others:
            if other not in known:
                aliases[other] = name

    header = """Sports leagues and competitions. Built by scripts/knowledge_leagues.py from openfootball's
leagues data (public repository openfootball/leagues, CC0 1.0): football leagues and cups,
as competitions (EVENT); and the major North American leagues, listed by hand in the script,
as organisations (ORG). Do not edit by hand: run the script."""
    kc.write_ron(
        "assets/knowledge/leagues.ron",
        header,
        names=[("EVENT", "", sorted(events)), ("ORG", "", sorted(orgs))],
        aliases=aliases,
    )
    print(len(events), "competitions,", len(orgs), "leagues,", len(aliases), "aliases")


if __name__ == "__main__":
    main()
