#!/usr/bin/env python3
"""Builds assets/outlets.ron: news outlets whose name is an ordinary English word.

Source: the lists of news sites in the public repository codelucas/newspaper (MIT licence),
`newspaper/resources/misc/google_sources.txt` and `popular_sources.txt`: about 19,000 web
domains of news sources. An outlet's name is mostly its domain's name ("deadline.com" is
Deadline, "observer.com" the Observer, "nature.com" Nature). Only the names that are
ordinary English words go in (Debian's `wamerican-small`): those are the ones the
extractor cannot tell from a word of the sentence, and reads as an outlet only when the
sentence tells it something or has it report ("told Observer", "as Deadline reports";
src/entities/extract/outlets.rs). A domain's name is the label before its public suffix
("co.uk", "com.au" and the like are read as one suffix), so "us.foxnews.mobi" names
"foxnews", not "us".

Run (from the repository root, with Debian's wamerican-small installed), given the git
directory of a copy of codelucas/newspaper:
    python3 scripts/knowledge_outlets.py /path/to/newspaper/.git [COMMIT]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import knowledge_common as kc  # noqa: E402

LISTS = ("newspaper/resources/misc/google_sources.txt",
         "newspaper/resources/misc/popular_sources.txt")
# Second-level labels that make a country's suffix two labels long ("co.uk", "com.au").
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"}


def domain_name(domain):
    """The label before the public suffix of `domain`, or None for a bare suffix."""
    labels = domain.strip().lower().split(".")
    suffix = 1
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        suffix = 2
    return labels[-suffix - 1] if len(labels) > suffix else None


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    repo = sys.argv[1]
    commit = kc.git(repo, "rev-parse", sys.argv[2] if len(sys.argv) > 2 else "HEAD").strip()
    ordinary = kc.ordinary_words()
    names = set()
    for path in LISTS:
        for line in kc.git(repo, "show", f"{commit}:{path}").splitlines():
            if line.strip() and "/" not in line:
                name = domain_name(line)
                if name and name in ordinary:
                    names.add(name)
    out = [
        "// News outlets whose name is an ordinary English word, in lowercase. Built by",
        "// scripts/knowledge_outlets.py from the news-site lists of the public repository",
        f"// codelucas/newspaper (MIT), commit {commit[:9]}. Do not edit by hand: run the script.",
        "(",
        "    words: " + kc._lines(sorted(names), "    ") + ",",
        ")",
    ]
    path = os.path.join(kc.ROOT, "assets", "outlets.ron")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"assets/outlets.ron: {len(names)} outlets")


if __name__ == "__main__":
    main()
