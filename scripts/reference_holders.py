#!/usr/bin/env python3
"""Builds assets/reference.ron: heads of state and of government of the G20 with the dates
they took office, for margin's reference check (src/factcheck/reference.rs).

Source: open-data-archive/world-leaders-current, a public repository that records every day
the current heads of state and government of the G20 and ASEAN countries from Wikidata and
Wikipedia (data/countries/<country>/current.json), licensed CC BY-SA 4.0. Give a clone of it
as the first argument. Its history is read whole: every daily snapshot adds the holder it
names with the day they took office ("since"), and a holder replaced in a later snapshot ends
on the day their successor took office. So the table holds the holders of the snapshots'
time (May 2026 onwards) reaching back to when each took office, and no one before them:
the source keeps no earlier holders, nor ministers or central bank governors.

A holder without a "since" date is left out (the reference needs a start). The European
Union and African Union are left out (margin's roles are read for countries).

Run (from the repository root):
    python3 scripts/reference_holders.py /path/to/world-leaders-current > assets/reference.ron
"""

import json
import subprocess
import sys

# The source's country names as margin's gazetteer gives them (the rest are the same).
COUNTRY_NAMES = {"Türkiye": "Turkey", "Korea, South": "South Korea"}
LEFT_OUT = {"european_union", "african_union"}
G20 = {
    "argentina", "australia", "brazil", "canada", "china", "france", "germany", "india",
    "indonesia", "italy", "japan", "mexico", "russia", "saudi_arabia", "south_africa",
    "south_korea", "turkey", "uk", "usa",
}
# Office titles written as margin's ledger reads them.
TITLES = {"Monarch": "King", "Prime Minister (King)": "Prime Minister"}


def git(repo, *args):
    return subprocess.run(
        ["git", "-C", repo, *args], check=True, capture_output=True, text=True
    ).stdout


def snapshots(repo):
    """Every commit that changed a country's current.json, oldest first."""
    return git(repo, "log", "--reverse", "--format=%H", "--", "data/countries").split()


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    repo = sys.argv[1]
    # (country, office) -> {holder: since}, and the order in which holders were seen.
    seen = {}
    for commit in snapshots(repo):
        listing = git(repo, "ls-tree", "--name-only", f"{commit}:data/countries")
        for country in listing.split():
            if country in LEFT_OUT or country not in G20:
                continue
            try:
                text = git(repo, "show", f"{commit}:data/countries/{country}/current.json")
            except subprocess.CalledProcessError:
                continue
            data = json.loads(text)
            name = data["country"]["name_en"]
            name = COUNTRY_NAMES.get(name, name)
            for position in data.get("positions", {}).values():
                holder = position.get("current_holder") or {}
                since = holder.get("since") or ""
                person = holder.get("name_en") or ""
                if not person or not since:
                    continue
                title = position.get("title_en") or ""
                title = TITLES.get(title, title)
                terms = seen.setdefault((name, title), {})
                terms.setdefault(person, since)
    print("// Heads of state and of government of the G20 with the day each took office, built by")
    print("// scripts/reference_holders.py from open-data-archive/world-leaders-current (Wikidata and")
    print("// Wikipedia, CC BY-SA 4.0): the holders of May 2026 onwards and their predecessors within")
    print("// that time. Extend it with reference.ron in the config folder (same format; see README).")
    print("(")
    print("    offices: [")
    for (country, office), terms in sorted(seen.items()):
        ordered = sorted(terms.items(), key=lambda kv: kv[1], reverse=True)
        print(f'        (country: "{country}", office: "{office}", holders: [')
        successor_since = ""
        for person, since in ordered:
            print(f'            ("{person}", "{since}", "{successor_since}"),')
            successor_since = since
        print("        ]),")
    print("    ],")
    print(")")


if __name__ == "__main__":
    main()
