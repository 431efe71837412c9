#!/usr/bin/env python3
"""Builds Lexicons/privacy/common_words.fc, the Dutch word list the name detector uses to tell
a capitalised ordinary word from a likely name.

Source: the OpenTaal word list (BSD or CC BY 3.0, (c) OpenTaal), as Debian's `wdutch` package
installs it at /usr/share/dict/dutch (`apt-get install wdutch`). Only lower-case entries are kept:
the capitalised ones are exactly the names and places the detector must not mistake for ordinary
words. Words to add by hand go in common_words_extra.txt (one per line).

Front coding keeps the embedded data small (1.9 MB instead of 4.5 MB): the words are sorted and
each line is one character giving how many leading characters (Unicode scalars) it shares with
the word before ('0'-'9' then 'a'-'z', so 0…35), followed by the rest of the word.

usage: python3 Benchmarks/make_privacy_common_words.py [/usr/share/dict/dutch] > Lexicons/privacy/common_words.fc
"""
import sys

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/dutch"
    words = set()
    with open(source, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and " " not in w and w[0].islower():
                words.add(w)
    out = sys.stdout
    out.write("# Dutch common words (lower case), front-coded: a shared-prefix length (0-9a-z) and the rest.\n")
    out.write("# Derived from the OpenTaal word list (https://www.opentaal.org), BSD or CC BY 3.0,\n")
    out.write("# (c) OpenTaal; regenerate with Benchmarks/make_privacy_common_words.py.\n")
    prev = ""
    for w in sorted(words):
        k = 0
        while k < min(len(prev), len(w), 35) and prev[k] == w[k]:
            k += 1
        out.write(DIGITS[k] + w[k:] + "\n")
        prev = w

main()
