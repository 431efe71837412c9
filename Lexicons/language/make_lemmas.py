#!/usr/bin/env python3
"""Derives Lexicons/language/lemmas.tsv, the lemma table of the linguistic layer.

Source (pinned): the Dutch dictionary of simplemma 2.0.0 (MIT licence, A. Barbaresi) for form ->
lemma, and the Dutch lemma index of spacy-lookups-data 1.0.5 (MIT licence, Explosion) for the
word class of each lemma. Reproduce with

    pip install simplemma==2.0.0 spacy-lookups-data==1.0.5
    python3 Lexicons/language/make_lemmas.py

A second output, separable-verbs.txt, lists the verb lemmas that are a particle of
particles.txt plus another verb lemma ("nadenken"), so that "dacht ... na" is read as nadenken.

Output, one form a line, sorted: `form<TAB>edit<TAB>classes`.
- form: lower-case, as written in the source (diacritics kept).
- edit: how to get the lemma from the form. Empty: the form is its own lemma. `=LEMMA`: the
  lemma written out. Otherwise `[F.]B[APPEND]`: drop F bytes from the front (0 when absent) and
  B bytes from the end, then append APPEND (UTF-8 bytes; "gewerkt" -> "2.1en" = "werken").
- classes: one or two of N (noun), V (verb), A (adjective), P (adposition), D (determiner);
  the first is the default, the second the reading context rules may choose.

The file is kept small by leaving out every form the program's own fallback already gets right:
the look-up of the longest known tail of a word (a compound: "teamoverleggen" is "team" plus
"overleggen") and then the suffix rules of suffix-rules.tsv. Forms are visited shortest first, so
the tails a left-out form relies on are decided before it; `fallback` below is the same
algorithm as `LemmaTable.fallback` in Sources/Language/LemmaTable.swift.
"""
import gzip, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_TAIL = 4      # bytes: the shortest known tail a compound may end in
MIN_HEAD = 2      # bytes: the shortest head before that tail
MIN_STEM = 3      # bytes that must remain before a suffix rule's suffix
CLASS_OF = {"noun": "N", "verb": "V", "adj": "A", "adp": "P", "det": "D"}
UPOS_LETTER = {"NOUN": "N", "VERB": "V", "ADJ": "A", "ADP": "P", "DET": "D"}


def load_sources():
    import simplemma
    import spacy_lookups_data
    from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk
    want = {"simplemma": "2.0.0", "spacy_lookups_data": "1.0.5"}
    from importlib.metadata import version
    for name, v in want.items():
        got = version(name.replace("_", "-"))
        if got != v:
            sys.exit(f"{name} {got} installed; this table is derived from {v} (pip install {name.replace('_', '-')}=={v})")
    forms = _load_dictionary_from_disk("nl")
    data = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
    index = json.load(gzip.open(os.path.join(data, "nl_lemma_index.json.gz")))
    return forms, index


def read_rules():
    rules = []
    for line in open(os.path.join(HERE, "suffix-rules.tsv"), encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        suffix, replacement, upos = [f.strip() for f in line.split("|")]
        rules.append((suffix.encode(), replacement.encode(), UPOS_LETTER.get(upos, "N")))
    return rules


def encode_edit(form: bytes, lemma: bytes) -> bytes:
    if form == lemma:
        return b""
    best = None
    f_text, l_text = form.decode(), lemma.decode()
    for front_chars in (0, 1, 2, 3):
        if front_chars >= len(f_text):
            break
        rest = f_text[front_chars:]
        i = 0
        while i < min(len(rest), len(l_text)) and rest[i] == l_text[i]:
            i += 1
        if i == 0 and front_chars == 0 and len(l_text) > 0:
            continue
        front = len(f_text[:front_chars].encode())
        back = len(rest[i:].encode())
        append = l_text[i:].encode()
        if append[:1].isdigit() or append[:1] == b".":
            continue
        code = (f"{front}." if front else "").encode() + str(back).encode() + append
        if best is None or len(code) < len(best):
            best = code
    full = b"=" + lemma
    return full if best is None or len(full) <= len(best) else best


def apply_edit(form: bytes, edit: bytes) -> bytes:
    if not edit:
        return form
    if edit[:1] == b"=":
        return edit[1:]
    front = 0
    i = 0
    while edit[i:i + 1].isdigit():
        i += 1
    number = int(edit[:i])
    if edit[i:i + 1] == b".":
        front = number
        j = i + 1
        while edit[j:j + 1].isdigit():
            j += 1
        back = int(edit[i + 1:j])
        i = j
    else:
        back = number
    return form[front:len(form) - back] + edit[i:]


def read_particles():
    return set(l.strip().encode() for l in open(os.path.join(HERE, "particles.txt"), encoding="utf-8")
               if l.strip() and not l.startswith("#"))


PARTICLES = read_particles()


def fallback(word: bytes, table: dict, rules) -> tuple:
    """The lemma and classes of a word the table does not hold (mirrors the Swift code)."""
    for k in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        tail = word[k:]
        if (word[k] & 0xC0) == 0x80:
            continue  # not a character boundary
        hit = table.get(tail)
        if hit is not None:
            edit, classes = hit
            # "ge" before a verb's form is the participle's prefix, not part of the head:
            # "gemotiveerde", "gespecialiseerde" (ge|specialis|eerde -> specialis|eren).
            verb = classes[:1] == "V"
            ge = 2 if verb and word.startswith(b"ge") else 0
            # ...and after a particle: "aan|ge|legde" -> aan|leggen.
            end = k
            if verb and k - 2 > ge and word[k - 2:k] == b"ge" and word[ge:k - 2] in PARTICLES:
                end = k - 2
            head = word[ge:end]
            return head + apply_edit(tail, edit), classes
    for suffix, replacement, letter in rules:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            # A participle's ge- is no part of the verb: "gespecialiseerde" -> specialiseren.
            start = 2 if letter == "V" and len(word) - len(suffix) >= MIN_STEM + 2 and word.startswith(b"ge") else 0
            return word[start:len(word) - len(suffix)] + replacement, letter
    return word, "N"


def main():
    forms, index = load_sources()
    rules = read_rules()
    classes_of = {}
    for pos in ("verb", "noun", "adj", "adp", "det"):
        for lemma in index.get(pos, []):
            classes_of.setdefault(lemma.lower().encode(), []).append(CLASS_OF[pos])
    entries = {}
    for form, lemma in forms.items():
        lf = form.decode().lower().encode()
        if lf in entries or b"\t" in lf or b" " in lf or not lf:
            continue
        lemma_text = lemma.decode()
        if lemma_text[:1].isupper() and form.decode()[:1].islower():
            continue
        ll = lemma_text.lower().encode()
        # UD-style lemmas join a separable verb's particle with "_" ("aan_bevelen"). The lemma is
        # written as one word ("aanbevelen") when the form holds the particle; a bare form
        # ("merkte" -> "op_merken") gets the verb alone: the particle, when there is one, stands
        # elsewhere in the clause and the clause reader joins them.
        if b"_" in ll:
            parts = ll.split(b"_")
            ll = b"".join(parts) if lf.startswith(parts[0]) else parts[-1]
        found = list(classes_of.get(ll, []))
        # "tekenen": the plural of teken, and itself a verb of the index.
        if lf != ll and "V" in classes_of.get(lf, []) and "V" not in found:
            found.append("V")
        # The default reading: a form that differs from a verb lemma and looks verbal is a verb.
        order = [c for c in ("N", "V", "A", "P", "D") if c in found]
        if "V" in order and lf != ll and (lf.startswith(b"ge") or lf.endswith((b"t", b"de", b"te", b"den", b"ten", b"d"))
                                          or not lf.endswith(b"en")):
            order.remove("V"); order.insert(0, "V")
        if not order:
            order = ["V"] if ll.endswith(b"en") and lf != ll and not ll.endswith(b"heden") else []
        entries[lf] = (encode_edit(lf, ll), "".join(order[:2]))
    kept = {}
    for form in sorted(entries, key=lambda w: (len(w), w)):
        edit, classes = entries[form]
        lemma = apply_edit(form, edit)
        guess_lemma, guess_classes = fallback(form, kept, rules)
        if guess_lemma == lemma and (classes == "" or guess_classes == classes):
            continue
        kept[form] = (edit, classes or guess_classes[:1])
    out = os.path.join(HERE, "lemmas.tsv")
    with open(out, "wb") as f:
        for form in sorted(kept):
            edit, classes = kept[form]
            f.write(form + b"\t" + edit + b"\t" + classes.encode() + b"\n")
    # Separable verbs: a verb lemma of the index that is a particle plus another verb lemma.
    particles = [l.strip() for l in open(os.path.join(HERE, "particles.txt"), encoding="utf-8")
                 if l.strip() and not l.startswith("#")]
    verbs = set(l.lower() for l in index.get("verb", []))
    verbs |= set(apply_edit(f, e).decode() for f, (e, c) in entries.items() if c[:1] == "V")
    separable = sorted(v for v in verbs if " " not in v and any(
        v.startswith(p) and v[len(p):] in verbs and len(v) - len(p) >= 3 for p in particles))
    with open(os.path.join(HERE, "separable-verbs.txt"), "w", encoding="utf-8") as f:
        f.write("# Separable verbs (particle + verb), derived by make_lemmas.py from the sources above.\n")
        f.write("\n".join(separable) + "\n")
    print(f"{len(separable)} separable verbs")
    print(f"{len(entries)} forms in the sources, {len(kept)} kept, {os.path.getsize(out)} bytes -> {out}")


if __name__ == "__main__":
    main()
