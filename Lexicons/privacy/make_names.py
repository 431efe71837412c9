#!/usr/bin/env python3
"""Builds first_names_derived.txt and surnames.txt for the name detector from the person
providers of Faker (MIT licence, https://github.com/joke2k/faker), read from an installed copy
(`pip install faker` or `pip download faker` and unzip; never a dependency of the project).

Locales, for the main origins of people in the Netherlands: nl_NL and nl_BE (Dutch, Flemish),
tr_TR (Turkish), fr_DZ (Maghreb names in the French transliteration Moroccan-Dutch names share),
en_PK (Muslim names in Latin script), en_IN and id_ID (Hindustani- and Javanese-Surinamese),
pl_PL (Polish). Frisian, Surinamese-Creole and Moroccan-Dutch spellings Faker lacks are in the
hand-written first_names.txt.

Kept: single words of letters (inner hyphens allowed), at least 3 characters, lower-cased; of a
surname with tussenvoegsels ("De Backer") the last word.
Names that are also in the Dutch common-word list (common_words.fc, OpenTaal: "Roos", "Bakker",
"Linde", but also "Peter", which OpenTaal holds as a proper noun) go to
names_also_words_derived.txt: the detector takes them for a name only with context or a capital
in mid-sentence. Words of not_names.txt ("Juli", "Koning") are left out of every list.

places_derived.txt: the place names (cities and villages of nl_NL and nl_BE, countries in Dutch)
that are single words and on no name list: a capitalised word there is a place, not a person,
unless a title, relation word or first name goes before it.

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


def hand_list(name):
    """The words of a hand-written list of this folder, lower-cased."""
    out = set()
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line.lower())
    return out


PARTICLES = {line.strip().lower() for line in open(os.path.join(HERE, "name_particles.txt"), encoding="utf-8")
             if line.strip() and not line.startswith("#")}


def names(locale, attrs):
    p = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out = set()
    for a in attrs:
        v = getattr(p, a, None)
        if v is None:
            continue
        for name in (v.keys() if isinstance(v, dict) else v):
            name = name.strip()
            # "De Backer", "van der Veen": the core after the tussenvoegsels.
            parts = name.split()
            if len(parts) > 1 and all(p.lower() in PARTICLES for p in parts[:-1]):
                name = parts[-1]
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
    places, phrases = set(), set()
    for loc in ["nl_NL", "nl_BE"]:
        a = importlib.import_module(f"faker.providers.address.{loc}").Provider
        for place in list(getattr(a, "cities", ())) + list(getattr(a, "countries", ())):
            place = place.strip()
            if WORD.match(place) and len(place) >= 3:
                places.add(place.lower())
            elif " " in place and all(WORD.match(part) for part in place.split()):
                phrases.add(" ".join(place.lower().split()))
    excluded = hand_list("not_names.txt")
    both = ((first | last) & common) - excluded
    first -= common | excluded
    last -= common | first | excluded
    places -= hand_list("places_hand.txt")
    places -= (first | hand_list("first_names.txt") | hand_list("first_names_origins.txt")
               | hand_list("ambiguous_first_names.txt") | hand_list("surnames_hand.txt"))
    credit = f"# Derived from Faker {faker.VERSION} person providers (MIT licence, (c) Daniele Faraglia and contributors)\n" \
             f"# by Lexicons/privacy/make_names.py; do not edit by hand (add names to first_names.txt).\n"
    write(os.path.join(HERE, "first_names_derived.txt"),
          f"# First names of the Netherlands' main origins ({', '.join(FIRST)}), not ordinary Dutch words.\n" + credit, first)
    write(os.path.join(HERE, "surnames.txt"),
          f"# Surnames ({', '.join(LAST)}), without tussenvoegsels, not ordinary Dutch words nor first names.\n" + credit, last)
    write(os.path.join(HERE, "names_also_words_derived.txt"),
          "# First names and surnames of the lists above that are also in the common-word list: a name\n"
          "# only with context (a title, a relation word, a verb of a person) or a capital in mid-sentence.\n" + credit, both)
    write(os.path.join(HERE, "places_derived.txt"),
          "# Place names (cities and villages of nl_NL and nl_BE, countries), single words on no first-name list\n# (a surname that is also a place, \"Haarlem\", is taken for the place unless a person slot goes before it).\n"
          + credit.replace("person providers", "address providers"), places)
    write(os.path.join(HERE, "place_phrases_derived.txt"),
          "# Place names of several words (nl_NL and nl_BE address providers): no person is meant.\n"
          + credit.replace("person providers", "address providers"), phrases)
    print(f"{len(phrases)} place phrases", file=sys.stderr)
    print(f"{len(first)} first names, {len(last)} surnames, {len(both)} names that are also words, {len(places)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
