"""Shared helpers of the scripts that build margin's knowledge files (assets/knowledge/*.ron).

Not run by itself: each scripts/knowledge_*.py imports it. What it offers:
- `ordinary_words()`: the lower-case words of an English dictionary (Debian's
  `wamerican-small`, /usr/share/dict/american-english-small): a name that is also such a word
  ("Mobile", "Reading", "Grace") is left out of the lists, so that an ordinary word at the
  start of a sentence never turns into a name. `MARGIN_DICTIONARY` names another copy of the
  file (say, unpacked from the package without installing it).
- `main_gazetteer_strings()`: every quoted string of the hand-written assets/gazetteer.ron
  (country names, titles, months, ...), which the data lists must not redefine.
- `main_gazetteer_list(field)`: the strings of one of its lists ("org_suffixes").
- `earlier_strings(files)`: every name, alias and word of the knowledge files read before
  the one being built, which it must not redefine either.
- `git(repo, *args)`: a git command's output on a copy of a public repository
  (`git_bytes` for a binary file's).
- `write_ron()`: writes a knowledge file in the format src/entities/gazetteer/knowledge.rs
  reads, with a header naming the source, its licence and the script.
"""

import os
import re
import subprocess
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICTIONARY = os.environ.get("MARGIN_DICTIONARY", "/usr/share/dict/american-english-small")


def ordinary_words():
    """The lower-case entries of the small American English word list."""
    if not os.path.exists(DICTIONARY):
        raise SystemExit(f"{DICTIONARY} is missing: apt-get install wamerican-small")
    with open(DICTIONARY, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w.strip()[0].islower()}


def main_gazetteer_strings():
    """Every quoted string in assets/gazetteer.ron."""
    with open(os.path.join(ROOT, "assets", "gazetteer.ron"), encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r'"([^"\\]*)"', text))


def main_gazetteer_list(field):
    """The strings of one list of assets/gazetteer.ron ("org_suffixes")."""
    with open(os.path.join(ROOT, "assets", "gazetteer.ron"), encoding="utf-8") as f:
        text = f.read()
    block = re.search(field + r": \[(.*?)\]", text, re.S).group(1)
    return set(re.findall(r'"([^"\\]*)"', block))


def earlier_strings(files):
    """Every name, alias and word of the knowledge files `files` (names in assets/knowledge)."""
    out = set()
    for name in files:
        with open(os.path.join(ROOT, "assets", "knowledge", name), encoding="utf-8") as f:
            # Comments quote examples ("Champions League"), which are no entries.
            text = "".join(line for line in f if not line.lstrip().startswith("//"))
        out.update(re.findall(r'"([^"\\]*)"', text))
        for block in re.findall(r'(?:names|words): "([^"]*)"', text):
            out.update(line.strip() for line in block.splitlines() if line.strip())
    return out


def git(repo, *args):
    """The output of `git --git-dir REPO ARGS...`."""
    return subprocess.run(["git", "--git-dir", repo, *args], check=True,
                          capture_output=True, text=True).stdout


def git_bytes(repo, *args):
    """The output of `git --git-dir REPO ARGS...`, as bytes (a binary file's content)."""
    return subprocess.run(["git", "--git-dir", repo, *args], check=True,
                          capture_output=True).stdout


def is_ordinary(name, ordinary):
    """Whether every word of `name`, lower-cased, is an ordinary English word."""
    words = re.findall(r"[^\W\d_]+", name)
    return bool(words) and all(w.lower() in ordinary for w in words)


def ascii_fold(name):
    """`name` without its accents ("São Paulo" -> "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin_name(name):
    """A capitalised name in Latin letters (with accents, spaces, hyphens, apostrophes, dots)."""
    if not name or not (name[0].isupper() or name[0].isdigit()):
        return False
    for c in name:
        if c in " -'.&’":
            continue
        if not c.isalnum():
            return False
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def quote(s):
    s = s.replace("’", "'")  # the gazetteer adds the curly twin of every straight apostrophe
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _lines(items, indent):
    """A RON string holding one item a line, unindented to keep the file small (items never
    hold a quote or a backslash); `indent` goes before the closing quote."""
    for item in items:
        if '"' in item or "\\" in item or "\n" in item:
            raise ValueError(f"cannot write {item!r} in a line list")
    return '"\n' + "\n".join(items) + "\n" + indent + '"'


def write_ron(path, header, names=(), aliases=None, words=()):
    """Writes a knowledge file.

    names: [(label, country or "", [name, ...])]; words: [(class, country or "", [word, ...])];
    aliases: {alias: canonical name}. Empty groups are skipped.
    """
    out = ["// " + line if line else "//" for line in header.strip().splitlines()]
    out.append("(")
    for key, groups, kind in (("names", names, "label"), ("words", words, "class")):
        groups = [g for g in groups if g[2]]
        if not groups:
            continue
        out.append(f"    {key}: [")
        for tag, country, items in groups:
            country_part = f", country: {quote(country)}" if country else ""
            field = "names" if key == "names" else "words"
            out.append(f"        ({kind}: {tag}{country_part}, {field}: "
                       + _lines([i.replace("’", "'") for i in items], " " * 8) + "),")
        out.append("    ],")
    if aliases:
        out.append("    aliases: {")
        for alias in sorted(aliases):
            out.append(f"        {quote(alias)}: {quote(aliases[alias])},")
        out.append("    },")
    out.append(")")
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{path}: {os.path.getsize(full)} bytes")
