#!/usr/bin/env python3
"""Rebuilds the article texts of the sixteenth, nineteenth and twenty-first evaluation sets
(see README.md here).

The texts are publishers' and are not committed; this script takes them again from the test
pages of the newspaper3k project, with the extraction and cut of the regional sets
(`../regional/build_texts.py`), and checks each against SHA256SUMS, so that the gold file's
byte offsets hold.

Run (from the repository root):
    python3 -m venv /tmp/evenv
    /tmp/evenv/bin/pip install trafilatura==2.3.1 lxml==6.2.0 lxml_html_clean==0.4.7
    /tmp/evenv/bin/python eval/newspaper/build_texts.py NEWSPAPER_GIT_DIR OUT_DIR

NEWSPAPER_GIT_DIR is a git directory of github.com/codelucas/newspaper (a bare copy will do;
the pages were read at commit 1618b54); the texts land in OUT_DIR/sixteenth/,
OUT_DIR/nineteenth/ and OUT_DIR/twentyfirst/.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "regional"))
from build_texts import listing, run_named  # noqa: E402

COMMIT = "1618b54"


def pages(git_dir):
    """{text file name: the page's path}: "np-" and the page's name without ".html",
    lower-cased, full stops and underscores turned into hyphens."""
    out = {}
    for path in filter(lambda p: p.endswith(".html"),
                       listing(git_dir, COMMIT, "tests/data/html/")):
        stem = os.path.basename(path)[: -len(".html")]
        out["np-" + stem.lower().replace(".", "-").replace("_", "-") + ".txt"] = path
    return out


def main():
    run_named(__doc__, os.path.join(HERE, "SHA256SUMS"), COMMIT, pages)


if __name__ == "__main__":
    main()
