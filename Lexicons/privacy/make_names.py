#!/usr/bin/env python3
"""Builds first_names_derived.txt and surnames.txt for the name detector from the person
providers of Faker (MIT licence, https://github.com/joke2k/faker), read from an installed copy
(`pip install faker` or `pip download faker` and unzip; never a dependency of the project).

Locales, for the main origins of people in the Netherlands: nl_NL and nl_BE (Dutch, Flemish),
tr_TR (Turkish), fr_DZ (Maghreb names in the French transliteration Moroccan-Dutch names share),
en_PK (Muslim names in Latin script), en_IN and id_ID (Hindustani- and Javanese-Surinamese),
pl_PL (Polish). Frisian, Surinamese-Creole and Moroccan-Dutch spellings Faker lacks are in the
hand-written first_names.txt.

Kept: single words of letters (inner hyphens allowed), at least 3 characters, lower-cased.
Dropped: words in the Dutch common-word list (common_words.fc, OpenTaal) - "Roos", "Bakker",
"Mark" are names only with context, and the detector's hand-written ambiguous_first_names.txt
lists the first names among them.

usage: python3 Lexicons/privacy/make_names.py [FAKER_PACKAGE_DIR]
"""
import importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ["nl_NL", "nl_BE", "tr_TR", "fr_DZ", "en_PK", "en_IN", "id_ID", "pl_PL"]
LAST = ["nl_NL", "nl_BE", "tr_TR", "fr_DZ", "en_IN", "id_ID"]
WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def common_words():
    """Decode the front-coded common-word list."""
    words, prev = set(), ""
    for line in open(os.path.join(HERE, "common_words.fc"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        prev = prev[:DIGITS.index(line[0])] + line[1:]
        words.add(prev)
    return words


def names(locale, attrs):
    p = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out = set()
    for a in attrs:
        v = getattr(p, a, None)
        if v is None:
            continue
        for name in (v.keys() if isinstance(v, dict) else v):
            name = name.strip()
            if WORD.match(name) and len(name) >= 3:
                out.add(name.lower())
    return out


def write(path, header, words):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for w in sorted(words):
            f.write(w + "\n")


def main():
    if len(sys.argv) > 1:
        sys.path.insert(0, sys.argv[1])
    import faker
    common = common_words()
    first, last = set(), set()
    for loc in FIRST:
        first |= names(loc, ["first_names", "first_names_female", "first_names_male"])
    for loc in LAST:
        last |= names(loc, ["last_names", "last_names_female", "last_names_male"])
    first -= common
    last -= common | first
    credit = f"# Derived from Faker {faker.VERSION} person providers (MIT licence, (c) Daniele Faraglia and contributors)\n" \
             f"# by Lexicons/privacy/make_names.py; do not edit by hand (add names to first_names.txt).\n"
    write(os.path.join(HERE, "first_names_derived.txt"),
          f"# First names of the Netherlands' main origins ({', '.join(FIRST)}), not ordinary Dutch words.\n" + credit, first)
    write(os.path.join(HERE, "surnames.txt"),
          f"# Surnames ({', '.join(LAST)}), without tussenvoegsels, not ordinary Dutch words nor first names.\n" + credit, last)
    print(f"{len(first)} first names, {len(last)} surnames", file=sys.stderr)


if __name__ == "__main__":
    main()
