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


def listing(git_dir, revision, folder):
    """The paths of the files in `folder` (ending in "/") of `revision` in `git_dir`."""
    return list(filter(None, subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", revision, folder],
        check=True, capture_output=True, text=True).stdout.split("\n")))


def pages(git_dir):
    """{file-name form of a page's name: the page's path in the repository}."""
    out = {}
    for path in listing(git_dir, "HEAD", "tests/eval/"):
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


def rebuild(sums_path, git_dir, out_dir, object_of, unpack=lambda page: page):
    """Rebuilds every text that the file `sums_path` lists, from the page that
    `object_of(text path)` names in `git_dir` ("REVISION:PATH") and `unpack` turns into
    HTML bytes, into `out_dir`, and checks each against its SHA-256 there. Returns how many
    differ."""
    failed = total = 0
    with open(sums_path, encoding="utf-8") as sums:
        for line in sums:
            digest, path = line.split()
            total += 1
            html = subprocess.run(["git", "--git-dir", git_dir, "show", object_of(path)],
                                  check=True, capture_output=True).stdout
            text = text_of(unpack(html).decode("utf-8", "replace"))
            target = os.path.join(out_dir, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
                failed += 1
                print(f"{path}: differs from the annotated text (another trafilatura or lxml?)")
    print(f"{out_dir}: {total} texts, {failed} differing")
    return failed


def run(doc, sums_path, object_of_in, unpack=lambda page: page):
    """A set's script run as a program: rebuilds the texts `sums_path` lists from the git
    directory and into the folder its two arguments name, the page of each text being
    `object_of_in(git_dir)(text path)` as `unpack` gives it; prints `doc` when the arguments
    are not two."""
    if len(sys.argv) != 3:
        raise SystemExit(doc)
    git_dir, out_dir = sys.argv[1:]
    failed = rebuild(sums_path, git_dir, out_dir, object_of_in(git_dir), unpack)
    sys.exit(1 if failed else 0)


def run_named(doc, sums_path, commit, pages):
    """`run` for a set whose texts are named after pages listed at `commit`: `pages(git_dir)`
    gives {text file name: the page's path}."""
    def object_of_in(git_dir):
        by_name = pages(git_dir)
        return lambda path: f"{commit}:{by_name[os.path.basename(path)]}"

    run(doc, sums_path, object_of_in)


def main():
    def object_of_in(git_dir):
        by_name = pages(git_dir)
        return lambda path: "HEAD:" + by_name[page_name(os.path.basename(path))]

    run(__doc__, os.path.join(HERE, "SHA256SUMS"), object_of_in)


if __name__ == "__main__":
    main()
