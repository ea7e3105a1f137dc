#!/usr/bin/env python3
"""Builds assets/knowledge/brands.ron: brands of companies, apps, services and devices.

Source: Simple Icons' brand data (public repository simple-icons/simple-icons, CC0 1.0):
`data/simple-icons.json` names about 3,400 brands ("Snapchat", "Tumblr", "Mozilla",
"Nokia", "Atari") with their other names ("aka"). News writes most of them as the
organisation behind the brand ("Snapchat said", "a stake in Tumblr"), which is how the
annotation guideline's examples label them, so the names go in with label ORG; the
extractor's product rules still read a known organisation before a model word as a product
("Oculus Rift").

Left out:
- names not in Latin letters, names of one or two characters, and names that open with a
  digit ("4chan", "1.1.1.1"): margin finds capitalised names by their first word, and the rest
  with an automaton over every byte of the text, which digits would keep busy;
- names whose every word is an ordinary English word ("Signal", "Target", "Shell", "Go"):
  such a word at the start of a sentence must not become a name; a one-word name is
  also left out when the larger American English word list (Debian's `wamerican`) has it in
  lowercase ("Fedora", "Mocha", "Blender");
- one-word names whose plural the larger word list holds ("Apaches"): a people's name, or
  a thing's, before it is a brand's;
- one-word names that are surnames in Faker's lists of any locale (PyPI `faker`, MIT):
  "Jenkins", "Bose" and "Ford" name people in news at least as often as brands;
- names any earlier knowledge file or assets/gazetteer.ron holds (given names such as
  "Claude", places, clubs, listed companies, ...);
- a one-word brand that is a later word of a longer name already listed ("Kong" of "Hong
  Kong"): alone in text it is more often that name cut short than the brand. A first word
  stays: it is how news shortens a company's name ("Motorola" of "Motorola Solutions");
- multi-word names whose first word is already a name ("Google Cloud", "PlayStation 4"):
  the extractor's product and join rules read those from the listed first word.

Run (from the repository root, with Debian's wamerican-small and wamerican installed), given
the git directory of a copy of simple-icons/simple-icons:
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install faker
    /tmp/kvenv/bin/python3 scripts/knowledge_brands.py /path/to/simple-icons/.git [COMMIT]
"""

import importlib
import json
import os
import pkgutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

EARLIER = ("heads.ron", "given_names.ron", "countries.ron", "parties.ron", "places.ron", "clubs.ron",
           "companies.ron", "leagues.ron")


LARGER_DICTIONARY = "/usr/share/dict/american-english"


def larger_word_list():
    """Every entry of the larger American English word list."""
    if not os.path.exists(LARGER_DICTIONARY):
        raise SystemExit(f"{LARGER_DICTIONARY} is missing: apt-get install wamerican")
    with open(LARGER_DICTIONARY, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip()}


def surnames():
    """Every locale's last names in Faker's person providers."""
    import faker.providers.person as person

    out = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        out.update(getattr(provider, "last_names", ()))
    return out


def brand_names(data):
    """Every brand's title and its other names ("aka")."""
    for brand in data:
        yield brand["title"]
        yield from (brand.get("aliases") or {}).get("aka", [])


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    repo = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) == 3 else "HEAD"
    data = json.loads(kc.git(repo, "show", f"{commit}:data/simple-icons.json"))

    ordinary = kc.ordinary_words()
    known = kc.main_gazetteer_strings() | kc.earlier_strings(EARLIER)
    # (A name list's whole block is among the strings too: names hold no line break.)
    later_words_of_known = {w for name in known if "\n" not in name for w in name.split()[1:]}
    dictionary, family_names = larger_word_list(), surnames()
    names = set()
    for name in brand_names(data):
        name = name.strip()
        if len(name) <= 2 or not kc.is_latin_name(name) or name[0].isdigit() or name in known:
            continue
        if kc.is_ordinary(name, ordinary):
            continue
        words = name.split()
        if len(words) == 1 and (name in later_words_of_known or name.lower() in dictionary
                                or name + "s" in dictionary or name in family_names):
            continue
        if len(words) > 1 and words[0] in known:
            continue
        names.add(name)

    header = f"""Brands of companies, apps, services and devices, as organisations. Built by
scripts/knowledge_brands.py from Simple Icons' data/simple-icons.json (public repository
simple-icons/simple-icons, CC0 1.0), commit {kc.git(repo, "rev-parse", "--short", commit).strip()}.
Do not edit by hand: run the script."""
    kc.write_ron("assets/knowledge/brands.ron", header, names=[("ORG", "", sorted(names))])
    print(len(names), "names")


if __name__ == "__main__":
    main()
