#!/usr/bin/env python3
"""Rebuilds the article texts of the ninth and tenth evaluation sets (see README.md here).

The texts are publishers' and are not committed; this script takes them again from the
evaluation pages of the trafilatura project, with the same extraction and the same cut, and
checks each against SHA256SUMS, so that the gold files' byte offsets hold.

Run (from the repository root):
    python3 -m venv /tmp/evenv
    /tmp/evenv/bin/pip install trafilatura==2.3.1 lxml==6.2.0 lxml_html_clean==0.4.7
    /tmp/evenv/bin/python eval/regional/build_texts.py TRAFILATURA_GIT_DIR OUT_DIR

TRAFILATURA_GIT_DIR is a git directory of github.com/adbar/trafilatura (a bare copy will do);
the texts land in OUT_DIR/ninth/ and OUT_DIR/tenth/.
"""

import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Words of body text from which a page is cut, at the end of a paragraph.
WORDS = 550


def page_name(file_name):
    """The page of tests/eval/ a text file was made from: its name without ".txt"; the
    file names lower-case the page's and turn other characters into hyphens."""
    return file_name[: -len(".txt")]


def pages(git_dir):
    """{file-name form of a page's name: the page's path in the repository}."""
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", "HEAD", "tests/eval/"],
        check=True, capture_output=True, text=True).stdout.split("\n")
    out = {}
    for path in filter(None, listing):
        stem = os.path.basename(path)[: -len(".html")]
        out[re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:40]] = path
    return out


def text_of(html):
    """The title line and the first paragraphs of the page's article, about WORDS words."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    doc = doc.as_dict() if hasattr(doc, "as_dict") else doc
    title = (doc.get("title") or "").strip()
    paragraphs = [re.sub(r"\s+", " ", p).strip()
                  for p in (doc.get("text") or "").split("\n") if p.strip()]
    kept, words = [], 0
    for paragraph in paragraphs:
        if words >= WORDS:
            break
        kept.append(paragraph)
        words += len(paragraph.split())
    return title + "\n" + "\n".join(kept) + "\n"


def write_checked(out_dir, path, text, digest):
    """Writes `text` to OUT_DIR/PATH; whether it has the SHA-256 `digest` (says so if not)."""
    target = os.path.join(out_dir, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    same = hashlib.sha256(text.encode("utf-8")).hexdigest() == digest
    if not same:
        print(f"{path}: differs from the annotated text (another trafilatura or lxml?)")
    return same


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    git_dir, out_dir = sys.argv[1:]
    by_name = pages(git_dir)
    failed = 0
    with open(os.path.join(HERE, "SHA256SUMS"), encoding="utf-8") as sums:
        for line in sums:
            digest, path = line.split()
            name = page_name(os.path.basename(path))
            html = subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + by_name[name]],
                                  check=True, capture_output=True).stdout
            text = text_of(html.decode("utf-8", "replace"))
            failed += not write_checked(out_dir, path, text, digest)
    print(f"{out_dir}: {sum(1 for _ in open(os.path.join(HERE, 'SHA256SUMS')))} texts, "
          f"{failed} differing")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
