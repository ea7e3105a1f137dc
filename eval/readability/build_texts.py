#!/usr/bin/env python3
"""Rebuilds the article texts of the fourteenth evaluation set (see README.md here).

The texts are publishers' and are not committed; this script takes them again from the test
pages of Mozilla's Readability project, with the extraction and cut of the regional sets
(`../regional/build_texts.py`), and checks each against SHA256SUMS, so that the gold file's
byte offsets hold.

Run (from the repository root):
    python3 -m venv /tmp/evenv
    /tmp/evenv/bin/pip install trafilatura==2.3.1 lxml==6.2.0 lxml_html_clean==0.4.7
    /tmp/evenv/bin/python eval/readability/build_texts.py READABILITY_GIT_DIR OUT_DIR

READABILITY_GIT_DIR is a git directory of github.com/mozilla/readability (a bare copy will
do; the pages were read at commit ab4027a); the texts land in OUT_DIR/fourteenth/.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "regional"))
from build_texts import run  # noqa: E402

COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"


def page_of(path):
    """The test page a text was made from: "rd-<page>.txt" is test/test-pages/<page>/."""
    page = os.path.basename(path)[len("rd-"): -len(".txt")]
    return f"{COMMIT}:test/test-pages/{page}/source.html"


def main():
    run(__doc__, os.path.join(HERE, "SHA256SUMS"), lambda _git_dir: page_of)


if __name__ == "__main__":
    main()
