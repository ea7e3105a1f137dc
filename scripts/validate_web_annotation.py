#!/usr/bin/env python3
"""Checks `margin export --format json` against the W3C web-annotation-tests MUST assertions.

Usage: validate_web_annotation.py TESTS_DIR EXPORT.json

TESTS_DIR is a checkout of github.com/w3c/web-annotation-tests (not part of this repository).
Runs every assertion of annotations/annotationMusts.test on each annotation, of
collections/collectionMusts.test on the collection and of collections/pages/pageMusts.test on
its page, and prints each failure and the count. Needs `jsonschema` and `rfc3987` (so `uri`
formats are checked). Exit status 1 when any assertion fails.
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4


def load_registry(root):
    resources = []
    for path in root.rglob("*.json"):
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(schema, dict) and "id" in schema and "$schema" in schema:
            resources.append((schema["id"], Resource.from_contents(schema, DRAFT4)))
    return Registry().with_resources(resources)


def assertions(root, test_file):
    test = json.loads((root / test_file).read_text(encoding="utf-8"))
    for entry in test["assertions"]:
        # An entry is a path, or an object of alternatives: `assertions` of which one must pass.
        if isinstance(entry, str):
            yield [entry]
        else:
            yield [a for a in entry.get("assertions", []) if isinstance(a, str)]


def check(root, registry, test_file, instance, label):
    failures = []
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    for alternatives in assertions(root, test_file):
        passed, messages = False, []
        for name in alternatives:
            schema = json.loads((root / name).read_text(encoding="utf-8"))
            validator = jsonschema.Draft4Validator(
                schema, registry=registry, format_checker=checker
            )
            valid = validator.is_valid(instance)
            if valid == (schema.get("expectedResult", "valid") == "valid"):
                passed = True
                break
            messages.append(f"{name}: {schema.get('errorMessage', schema.get('title'))}")
        if not passed:
            failures.extend(f"{label}: {m}" for m in messages)
    return failures


def main():
    root, export = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    registry = load_registry(root / "definitions")
    registry = registry.combine(load_registry(root))
    data = json.loads(export.read_text(encoding="utf-8"))
    failures = []
    if isinstance(data, list):
        annotations = data
    else:
        failures += check(root, registry, "collections/collectionMusts.test", data, "collection")
        page = data.get("first", {})
        failures += check(root, registry, "collections/pages/pageMusts.test", page, "page")
        annotations = page.get("items", [])
    for annotation in annotations:
        label = annotation.get("id", "?")
        failures += check(root, registry, "annotations/annotationMusts.test", annotation, label)
    for failure in failures:
        print(failure)
    print(f"{len(annotations)} annotations, {len(failures)} MUST assertions failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
