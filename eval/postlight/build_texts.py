#!/usr/bin/env python3
"""Rebuilds the article texts of the eleventh, twelfth and thirteenth evaluation sets (see
README.md here).

The texts are publishers' and are not committed; this script takes them again from the test
fixtures of the Postlight Parser project, with the extraction and cut of the regional sets
(`../regional/build_texts.py`), and checks each against SHA256SUMS, so that the gold files'
byte offsets hold.

Run (from the repository root):
    python3 -m venv /tmp/evenv
    /tmp/evenv/bin/pip install trafilatura==2.3.1 lxml==6.2.0 lxml_html_clean==0.4.7
    /tmp/evenv/bin/python eval/postlight/build_texts.py POSTLIGHT_PARSER_GIT_DIR OUT_DIR

POSTLIGHT_PARSER_GIT_DIR is a git directory of github.com/postlight/parser (a bare copy will
do; the fixtures were read at commit e8ba7ec); the texts land in OUT_DIR/eleventh/,
OUT_DIR/twelfth/ and OUT_DIR/thirteenth/.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "regional"))
from build_texts import listing, run_named  # noqa: E402

COMMIT = "e8ba7ece291efa4d915d50dd4deeec17d54359f2"


def fixtures(git_dir):
    """{text file name: the fixture's path}: "pl-" and the fixture's name without "www." and
    ".html", lower-cased, other characters turned into hyphens."""
    out = {}
    for path in filter(lambda p: p.endswith(".html"), listing(git_dir, COMMIT, "fixtures/")):
        stem = os.path.basename(path)[: -len(".html")].lower().replace("www.", "")
        out["pl-" + re.sub(r"[^a-z0-9]+", "-", stem).strip("-")[:40] + ".txt"] = path
    return out


def main():
    run_named(__doc__, os.path.join(HERE, "SHA256SUMS"), COMMIT, fixtures)


if __name__ == "__main__":
    main()
