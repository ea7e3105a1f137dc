#!/usr/bin/env python3
"""Builds assets/knowledge/car_models.ron: cars named by their maker and model.

Source: the EPA's fuel economy data for 1985-2015 as packaged in the public repository
hadley/fueleconomy (CC0), `data/vehicles.rda`: one row per make, model and variant sold
in the United States ("Nissan" "Sentra 2WD", "Jeep" "Grand Cherokee 4WD"). News names a car
by its maker and model ("a 2012 Honda Civic", "the Ford Explorer"), so each pair goes in as
a product, "Maker Model"; the extractor reads the model alone as the car once the article
has named its maker ("Nissan hopes the Sentra ...").

How a model's name is read from the table's variants:
- the variant's words stop at the first word that only describes it: drive ("4WD"), body
  ("Wagon", "Pickup"), fuel ("FFV", "Hybrid"), trim in capitals ("GT", "SE"), a use
  ("Postal", "Funeral") or a bracketed note; what is left opens with the model's name, and
  a variant that opens with such a word names none;
- a model's first word is its name where the table has it alone at least once ("Sentra"
  of "Sentra 2WD"); two words where the first never stands alone ("Grand Cherokee",
  "Town Car", "Santa Fe"), and then the first is no name alone.
Left out:
- makers sold in fewer than eight model years (converters, importers of a few cars) and
  makers' own names as models ("Ferrari Ferrari");
- one-word models three or more makers have ("Pickup", "Van", "Coupe"): the table's
  generic names, not a model's;
- models sold in one model year only (special editions, the table's one-offs);
- models that open with a digit ("300", "911"): the extractor reads a maker before a
  number as a product already.
Short forms news uses for three makers ("Chevy", "VW", "Mercedes") get the same models.

Run (from the repository root), given the git directory of a copy of hadley/fueleconomy:
    python3 -m venv /tmp/kvenv && /tmp/kvenv/bin/pip install pyreadr pandas
    /tmp/kvenv/bin/python3 scripts/knowledge_car_models.py /path/to/fueleconomy/.git [COMMIT]
"""

import collections
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

# Words that describe a variant rather than name the model: drive, body, fuel, use and the
# table's notes.
DESCRIBES_A_VARIANT = re.compile(
    r"^(2WD|4WD|AWD|FWD|RWD|4x4|Wagon|Coupe|Convertible|Hatchback|Sedan|Van|Pickup|Cab|"
    r"Chassis|Hybrid|Plug-in|FFV|CNG|Diesel|Turbo|Twin-Turbo|Sport|Cargo|Conversion|Limo|"
    r"Limousine|Roadster|Spyder|Spider|Utility|Truck|Wgn|Cabriolet|Classic|Armored|"
    r"Commercial|Postal|Super|Series|Power|Station|Crew|Natural|Electric|Eco|Blue|Funeral|"
    r"Coachbuilder|Vdp|\(.*)$"
)
# A trim or a code in capitals and digits ("SE", "4x2", "V6"), after the model's name.
TRIM_CODE = re.compile(r"^[A-Z0-9/.-]{1,6}$|^[0-9]")
# A model's name as the table writes it: "Sentra", "LeSabre", "CR-V", "RAV4", "S10".
MODEL_WORD = re.compile(r"[A-Z][a-z]+(-[A-Z]?[a-z]+)?|[A-Z][a-z]+[A-Z][a-z]+|[A-Z][A-Za-z]*-?[0-9]+[a-z]?")
SECOND_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]")
MAKER_SHORT_FORMS = {"Chevrolet": "Chevy", "Volkswagen": "VW", "Mercedes-Benz": "Mercedes"}
MIN_MAKER_YEARS = 8
MIN_MODEL_YEARS = 2
GENERIC_MAKERS = 3


def read_vehicles(repo, commit):
    """(make, model, year) of every row of the package's vehicles table."""
    import pyreadr

    blob = kc.git_bytes(repo, "show", f"{commit}:data/vehicles.rda")
    with tempfile.NamedTemporaryFile(suffix=".rda") as f:
        f.write(blob)
        f.flush()
        table = pyreadr.read_r(f.name)["vehicles"]
    return list(zip(table["make"], table["model"], table["year"]))


def model_words(variant):
    """The words of a variant's name before the first that only describes it."""
    words = []
    for word in variant.split():
        if DESCRIBES_A_VARIANT.match(word) or (words and TRIM_CODE.match(word)):
            break
        words.append(word)
    return words


def models(rows):
    """{(maker, model)} read from the table's rows, as the module doc says."""
    maker_years = collections.defaultdict(set)
    for make, _, year in rows:
        maker_years[make].add(year)
    years = collections.defaultdict(set)
    alone = set()
    for make, variant, year in rows:
        if len(maker_years[make]) < MIN_MAKER_YEARS:
            continue
        words = model_words(variant)
        if not words or not MODEL_WORD.fullmatch(words[0]) or words[0] == make:
            continue
        first = words[0]
        years[(make, first)].add(year)
        if len(words) == 1:
            alone.add((make, first))
        elif SECOND_WORD.fullmatch(words[1]):
            years[(make, f"{first} {words[1]}")].add(year)
    makers_of = collections.defaultdict(set)
    for make, model in years:
        makers_of[model.split()[0]].add(make)
    out = set()
    for (make, model), model_years in years.items():
        first = model.split()[0]
        generic = " " not in model and len(makers_of[first]) >= GENERIC_MAKERS
        if generic or len(model_years) < MIN_MODEL_YEARS:
            continue
        if (make, first) in alone and " " not in model:
            out.add((make, model))
        elif (make, first) not in alone and " " in model:
            out.add((make, model))
    return out


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    repo = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    full_commit = kc.git(repo, "rev-parse", commit).strip()
    pairs = models(read_vehicles(repo, full_commit))
    names = {f"{make} {model}" for make, model in pairs}
    for make, model in pairs:
        if make in MAKER_SHORT_FORMS:
            names.add(f"{MAKER_SHORT_FORMS[make]} {model}")
    header = f"""Cars named by their maker and model, as products. Built by
scripts/knowledge_car_models.py from the EPA's fuel economy data for 1985-2015 in the public
repository hadley/fueleconomy (CC0), data/vehicles.rda, commit {full_commit[:9]}.
Do not edit by hand: run the script."""
    kc.write_ron("assets/knowledge/car_models.ron", header, names=[("PRODUCT", "", sorted(names))])
    print(len(names), "names")


if __name__ == "__main__":
    main()
