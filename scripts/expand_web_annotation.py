#!/usr/bin/env python3
"""Checks that evidence relations in `margin export --format json` survive JSON-LD expansion.

Usage: expand_web_annotation.py ANNO_JSONLD EXPORT.json

ANNO_JSONLD is a copy of the W3C context (jsonld/anno.jsonld in github.com/w3c/web-annotation),
served to the JSON-LD processor in place of http://www.w3.org/ns/anno.jsonld, so nothing is
fetched. Needs `pyld`. Prints how many relations kept their full IRI; exit status 1 when any
was dropped.
"""
import json
import sys

from pyld import jsonld

W3C = ("http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld")
VOCAB = "urn:margin:vocab:"


def main():
    context = json.load(open(sys.argv[1], encoding="utf-8"))

    def loader(url, options=None):
        if url.rstrip("/") in W3C:
            return {"contextUrl": None, "documentUrl": url, "document": context}
        raise ValueError(f"not fetched: {url}")

    jsonld.set_document_loader(loader)
    data = json.load(open(sys.argv[2], encoding="utf-8"))
    items = data["first"]["items"] if isinstance(data, dict) else data
    kept = lost = 0
    for item in items:
        expanded = json.dumps(jsonld.expand(item))
        for body in item.get("body", []):
            if isinstance(body, dict) and "relation" in body:
                if f'"{VOCAB}relation"' in expanded and f"{VOCAB}{body['relation']}" in expanded:
                    kept += 1
                else:
                    lost += 1
    print(f"{kept} evidence relations survive JSON-LD expansion, {lost} dropped")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
