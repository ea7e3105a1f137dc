#!/usr/bin/env python3
"""Rebuilds the article texts of the seventeenth, eighteenth, twentieth and twenty-second
evaluation sets (see README.md here).

The texts are publishers' and are not committed; this script takes them again from the
pages of Scrapinghub's article extraction benchmark, with the extraction and cut of the
regional sets (`../regional/build_texts.py`), and checks each against SHA256SUMS, so that
the gold files' byte offsets hold.

Run (from the repository root):
    python3 -m venv /tmp/evenv
    /tmp/evenv/bin/pip install trafilatura==2.3.1 lxml==6.2.0 lxml_html_clean==0.4.7
    /tmp/evenv/bin/python eval/benchmark/build_texts.py BENCHMARK_GIT_DIR OUT_DIR

BENCHMARK_GIT_DIR is a git directory of github.com/scrapinghub/article-extraction-benchmark
(a bare copy will do; the pages were read at commit 4a3bc97); the texts land in
OUT_DIR/seventeenth/, OUT_DIR/eighteenth/, OUT_DIR/twentieth/ and OUT_DIR/twentysecond/.
"""

import gzip
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "regional"))
from build_texts import listing, run  # noqa: E402

COMMIT = "4a3bc97"


def object_of_in(git_dir):
    """A text's page: its file is named "zb-" and the first twelve digits of the page's
    name, which is a SHA-256 in hexadecimal."""
    by_digits = {os.path.basename(path)[:12]: path
                 for path in listing(git_dir, COMMIT, "html/")}

    def object_of(path):
        return f"{COMMIT}:{by_digits[os.path.basename(path)[len('zb-'):][:12]]}"

    return object_of


def main():
    run(__doc__, os.path.join(HERE, "SHA256SUMS"), object_of_in, gzip.decompress)


if __name__ == "__main__":
    main()
