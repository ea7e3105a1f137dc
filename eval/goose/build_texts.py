#!/usr/bin/env python3
"""Rebuilds the article texts of the fifteenth evaluation set (see README.md here).

The texts are publishers' and are not committed; this script takes them again from the test
pages of the goose3 project, with the extraction and cut of the regional sets
(`../regional/build_texts.py`), and checks each against SHA256SUMS, so that the gold file's
byte offsets hold.

Run (from the repository root):
    python3 -m venv /tmp/evenv
    /tmp/evenv/bin/pip install trafilatura==2.3.1 lxml==6.2.0 lxml_html_clean==0.4.7
    /tmp/evenv/bin/python eval/goose/build_texts.py GOOSE3_GIT_DIR OUT_DIR

GOOSE3_GIT_DIR is a git directory of github.com/goose3/goose3 (a bare copy will do; the
pages were read at commit c5a8902); the texts land in OUT_DIR/fifteenth/.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "regional"))
from build_texts import listing, run_named  # noqa: E402

COMMIT = "c5a8902"


def pages(git_dir):
    """{text file name: the page's path}: "gs-" and the page's name without "test_" and
    ".html", lower-cased, underscores turned into hyphens."""
    out = {}
    pages_html = listing(git_dir, COMMIT, "tests/data/content/")
    for path in filter(lambda p: p.endswith(".html"), pages_html):
        stem = os.path.basename(path)[len("test_"): -len(".html")]
        out["gs-" + stem.lower().replace("_", "-") + ".txt"] = path
    return out


def main():
    run_named(__doc__, os.path.join(HERE, "SHA256SUMS"), COMMIT, pages)


if __name__ == "__main__":
    main()
