#!/usr/bin/env python3
"""Builds assets/knowledge/words.ron: ordinary English words, in lower case.

Source: the lower-case entries of Debian's `wamerican-small`
(/usr/share/dict/american-english-small), from SCOWL (Spell Checker Oriented Word Lists,
Kevin Atkinson; a permissive licence: use, copy, modify and distribute with the copyright
notice kept). Only words of two or more ASCII letters are kept.

Beside them, `surnames`: the surnames of Faker's English-speaking locales, in lower case
(PyPI `faker`, MIT licence; its `en*` person providers' `last_names`): "brown", "bush",
"park", "sweeney".

What margin does with it (src/entities/gazetteer/ordinary.rs): a run of capitalised words
that are all ordinary words ("Galaxy Unpacked", "Stray Kids", "Grand Slam") is not taken
for a person's name by its shape alone, unless it starts with a given name; nor is a pair
of words ending in an ordinary word that is no surname ("Getty Images"). A city before a
surname is a person's given name ("Sydney Sweeney"), not a name around the city.

Run (from the repository root, with wamerican-small installed, in a Python with faker):
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install faker
    /tmp/kvenv/bin/python scripts/knowledge_words.py
"""

import importlib
import os
import pkgutil
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

HEADER = """Ordinary English words in lower case, sorted. Built by scripts/knowledge_words.py from
Debian's wamerican-small (SCOWL, Copyright 2000-2011 Kevin Atkinson; permission to use,
copy, modify and distribute with this notice). `surnames`: the surnames of Faker's
English-speaking locales (MIT), in lower case. Do not edit by hand: run the script."""


def english_surnames():
    """The last names of Faker's English-speaking locales (en, en_GB, en_US, ...)."""
    import faker.providers.person as person

    out = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name == "en" or module.name.startswith("en_"):
            provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
            out.update(name.lower() for name in getattr(provider, "last_names", ()))
    return out


def main():
    words = sorted(w for w in kc.ordinary_words() if re.fullmatch(r"[a-z]{2,}", w))
    surnames = sorted(w for w in english_surnames() if re.fullmatch(r"[a-z][a-z'-]+", w))
    out = ["// " + line for line in HEADER.splitlines()]
    out.append("(")
    out.append('    words: "')
    out.extend(words)
    out.append('",')
    out.append('    surnames: "')
    out.extend(surnames)
    out.append('",')
    out.append(")")
    path = os.path.join(kc.ROOT, "assets", "knowledge", "words.ron")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(
        f"assets/knowledge/words.ron: {len(words)} words, {len(surnames)} surnames, "
        f"{os.path.getsize(path)} bytes"
    )


if __name__ == "__main__":
    main()
