#!/usr/bin/env python3
"""The peer pipeline for `Benchmarks/batch.sh`: what a researcher would write in Python to do
Diepgang's lexicon matching — spaCy's Dutch tokenizer plus a dictionary look-up of the entries
in Lexicons/*.lex (single words, `prefix*` entries, multi-word patterns with `a/b` alternatives
and `…` gaps), counting matches per category and pole for every note, one JSON line per note.

It does less than `diepgang batch` (no negation, quotes, why-questions, phases logic or depth),
so the comparison flatters the peer.

    python3 Benchmarks/batch_spacy.py CORPUS.jsonl --lexicons Lexicons --jobs 1
    → prints {"notes": N, "seconds": S, "notes_per_second": R, "jobs": J} on stdout
"""
import argparse
import json
import multiprocessing
import os
import resource
import sys
import time
import unicodedata
from collections import Counter, defaultdict

GAP = "…"
MAX_GAP = 6  # tokens a `…` may skip


def fold(word):
    """Lower case, diacritics dropped (cliënt → client), as the lexicon matching is tolerant of them."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def load_lexicons(folder):
    """Patterns as lists of steps; a step is (alternatives, is_prefix) or GAP."""
    patterns = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".lex"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                cells = [c.strip() for c in line.split("|")]
                if len(cells) < 2 or not cells[0]:
                    continue
                tag = cells[1] + ":" + (cells[2] if len(cells) > 2 else "-")
                steps = []
                for word in cells[0].split():
                    if word == GAP:
                        steps.append(GAP)
                        continue
                    prefix = word.endswith("*")
                    alternatives = tuple(fold(a.rstrip("*")) for a in word.split("/"))
                    steps.append((alternatives, prefix))
                if steps and steps[0] != GAP:
                    patterns.append((steps, tag))
    # First word → (patterns of one word, second word → patterns, other patterns): a two-level
    # index, so a common first word such as "ik" does not try every pattern that starts with it.
    exact = defaultdict(lambda: ([], defaultdict(list), []))
    prefixes = defaultdict(list)  # first three letters of a prefix → (prefix, pattern)
    for steps, tag in patterns:
        alternatives, is_prefix = steps[0]
        for a in alternatives:
            if is_prefix:
                prefixes[a[:3]].append((a, steps, tag))
                continue
            singles, by_second, others = exact[a]
            if len(steps) == 1:
                singles.append(tag)
            elif steps[1] != GAP and not steps[1][1]:
                for second in steps[1][0]:
                    by_second[second].append((steps, tag))
            else:
                others.append((steps, tag))
    return dict(exact), prefixes


def step_matches(step, word):
    alternatives, is_prefix = step
    if is_prefix:
        return any(word.startswith(a) for a in alternatives)
    return word in alternatives


def rest_matches(steps, words, i):
    """Do steps[1:] match from word i + 1 on (a gap skips up to MAX_GAP words)?"""
    j = i + 1
    k = 1
    while k < len(steps):
        step = steps[k]
        if step == GAP:
            k += 1
            if k == len(steps):
                return True
            for skip in range(MAX_GAP + 1):
                if j + skip < len(words) and step_matches(steps[k], words[j + skip]):
                    j = j + skip
                    break
            else:
                return False
            j += 1
            k += 1
            continue
        if j >= len(words) or not step_matches(step, words[j]):
            return False
        j += 1
        k += 1
    return True


def cpu_time():
    """Processor time of this process and its finished workers (user + system)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        u = resource.getrusage(who)
        total += u.ru_utime + u.ru_stime
    return total


_state = {}


def init(folder):
    import spacy
    _state["nlp"] = spacy.blank("nl")
    _state["lex"] = load_lexicons(folder)


def analyse(line):
    note = json.loads(line)
    nlp = _state["nlp"]
    exact, prefixes = _state["lex"]
    words = [fold(t.text) for t in nlp.tokenizer(note.get("text", ""))]
    counts = Counter()
    n = len(words)
    for i, w in enumerate(words):
        entry = exact.get(w)
        if entry is not None:
            singles, by_second, others = entry
            for tag in singles:
                counts[tag] += 1
            if i + 1 < n:
                for steps, tag in by_second.get(words[i + 1], ()):
                    if rest_matches(steps, words, i):
                        counts[tag] += 1
            for steps, tag in others:
                if rest_matches(steps, words, i):
                    counts[tag] += 1
        for prefix, steps, tag in prefixes.get(w[:3], ()):
            if w.startswith(prefix) and rest_matches(steps, words, i):
                counts[tag] += 1
    return json.dumps({"id": note.get("id"), "words": len(words), "counts": counts}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--lexicons", default="Lexicons")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--out", default=os.devnull)
    args = parser.parse_args()
    start = time.perf_counter()
    cpu_start = cpu_time()
    n = 0
    with open(args.corpus, encoding="utf-8") as corpus, open(args.out, "w", encoding="utf-8") as out:
        if args.jobs == 1:
            init(args.lexicons)
            for line in corpus:
                if line.strip():
                    out.write(analyse(line) + "\n")
                    n += 1
        else:
            with multiprocessing.Pool(args.jobs, initializer=init, initargs=(args.lexicons,)) as pool:
                for result in pool.imap(analyse, (l for l in corpus if l.strip()), chunksize=256):
                    out.write(result + "\n")
                    n += 1
    seconds = time.perf_counter() - start
    cpu = cpu_time() - cpu_start
    print(json.dumps({"notes": n, "seconds": round(seconds, 3), "notes_per_second": round(n / seconds, 1), "jobs": args.jobs,
                      "cpu_seconds": round(cpu, 3), "notes_per_cpu_second": round(n / cpu, 1)}))


if __name__ == "__main__":
    sys.exit(main())
