#!/usr/bin/env python3
"""Check gold-labelled note files (JSON Lines) against the annotation guide.

Usage: python3 Benchmarks/check_labels.py FILE.jsonl [FILE2.jsonl ...] [--quiet] [--real]

Checks (Corpus/ANNOTATION.md §§1-6 and §9, and the record format for the real-register sets):
- every line is one JSON object with id, team, author, date, split, text, gold;
- ids unique across all files given; date ISO (YYYY-MM-DD, 2024-2026);
- split in dev/test/holdout; register (if present, required with --real) in the known set;
- gold.mode valid; te_kort exactly when len(text.split()) < 25;
- depth caps: te_kort -> 0, piekeren <= 1, beschrijvend == 1, gemengd 1-3, reflecteren 2-4;
- phases: sorted, unique, each in 1..5;
- why: text occurs verbatim, starts at a sentence boundary (§6), holds no line break,
  ends in ? . ! (or a closing quote after one); kind in onderzoekend/piekerend;
  purpose_linked is a bool.
Prints the errors (file:line: reason) and distributions; exits 1 when there are errors.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date

MODES = {"reflecteren", "piekeren", "gemengd", "beschrijvend", "te_kort"}
REGISTERS = {"blog", "column", "student_report", "portfolio", "forum", "news_quote",
             "shift_note", "form", "intervision", "email", "vent", "flemish"}
SPLITS = {"dev", "test", "holdout"}
KINDS = {"onderzoekend", "piekerend"}
DEPTH_RANGE = {"te_kort": (0, 0), "piekeren": (0, 1), "beschrijvend": (1, 1),
               "gemengd": (1, 3), "reflecteren": (2, 4)}
REQUIRED = ["id", "team", "author", "date", "split", "text", "gold"]
LIST_MARKER = re.compile(r"[ \t]*(?:[-*•–]|\d+[.)])?[ \t]*")
CLOSERS = "\"'”’»)"


def starts_at_boundary(text, pos):
    """True when pos is a sentence start per §6: note start, after a line break (and list
    marker), or after . ! ? (optionally a closing quote) plus whitespace."""
    if pos == 0:
        return True
    # after a line break, allowing a list marker and spaces
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:pos]
    if LIST_MARKER.fullmatch(prefix):
        return True
    # after sentence-final punctuation and whitespace
    i = pos - 1
    if not text[i].isspace():
        return False
    while i >= 0 and text[i].isspace():
        i -= 1
    while i >= 0 and text[i] in CLOSERS:
        i -= 1
    return i >= 0 and text[i] in ".!?"


def check_why(text, w, where, errors):
    if not isinstance(w, dict):
        errors.append(f"{where}: why entry is not an object")
        return
    span = w.get("text")
    if not isinstance(span, str) or not span:
        errors.append(f"{where}: why.text missing")
        return
    if w.get("kind") not in KINDS:
        errors.append(f"{where}: why.kind {w.get('kind')!r} not in {sorted(KINDS)}")
    if not isinstance(w.get("purpose_linked"), bool):
        errors.append(f"{where}: why.purpose_linked must be true/false")
    if span not in text:
        errors.append(f"{where}: why.text not found verbatim: {span[:60]!r}")
        return
    if "\n" in span:
        errors.append(f"{where}: why.text spans a line break (a sentence boundary, §6/§9.10)")
    if span != span.strip():
        errors.append(f"{where}: why.text has leading/trailing whitespace")
    if not span.rstrip(CLOSERS).endswith(("?", ".", "!")):
        errors.append(f"{where}: why.text does not end at its question mark or final punctuation")
    positions = [m.start() for m in re.finditer(re.escape(span), text)]
    if not any(starts_at_boundary(text, p) for p in positions):
        errors.append(f"{where}: why.text does not start at a sentence boundary: {span[:60]!r}")


def check_file(path, seen_ids, errors, records, real=False):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\r" in raw:
        errors.append(f"{path}: contains CR characters (LF line endings expected)")
    for n, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e.msg})")
            continue
        if not isinstance(rec, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        missing = [k for k in REQUIRED if k not in rec]
        if missing:
            errors.append(f"{where}: missing keys {missing}")
            continue
        rid = rec["id"]
        where = f"{where} ({rid})"
        if rid in seen_ids:
            errors.append(f"{where}: duplicate id (first at {seen_ids[rid]})")
        seen_ids.setdefault(rid, where)
        for k in ("team", "author", "text"):
            if not isinstance(rec[k], str) or not rec[k].strip():
                errors.append(f"{where}: {k} must be a non-empty string")
        try:
            d = date.fromisoformat(rec["date"])
            if not 2024 <= d.year <= 2026:
                errors.append(f"{where}: date {rec['date']} outside 2024-2026")
        except (TypeError, ValueError):
            errors.append(f"{where}: date {rec['date']!r} is not an ISO date")
        if rec["split"] not in SPLITS:
            errors.append(f"{where}: split {rec['split']!r} not in {sorted(SPLITS)}")
        if real and "register" not in rec:
            errors.append(f"{where}: register missing (required for real-register sets)")
        if "register" in rec and rec["register"] not in REGISTERS:
            errors.append(f"{where}: register {rec['register']!r} unknown")
        gold = rec["gold"]
        if not isinstance(gold, dict):
            errors.append(f"{where}: gold is not an object")
            continue
        text = rec["text"] if isinstance(rec["text"], str) else ""
        words = len(text.split())
        mode, depth = gold.get("mode"), gold.get("depth")
        if mode not in MODES:
            errors.append(f"{where}: mode {mode!r} invalid")
        else:
            if (mode == "te_kort") != (words < 25):
                errors.append(f"{where}: {words} words but mode {mode} (te_kort iff < 25)")
            lo, hi = DEPTH_RANGE[mode]
            if not isinstance(depth, int) or isinstance(depth, bool) or not lo <= depth <= hi:
                errors.append(f"{where}: depth {depth!r} outside {lo}-{hi} for {mode}")
        phases = gold.get("phases")
        if not isinstance(phases, list) or any(not isinstance(p, int) or isinstance(p, bool)
                                               for p in phases):
            errors.append(f"{where}: phases must be a list of integers")
        else:
            if phases != sorted(set(phases)):
                errors.append(f"{where}: phases {phases} not sorted/unique")
            if any(p < 1 or p > 5 for p in phases):
                errors.append(f"{where}: phases {phases} outside 1-5")
        why = gold.get("why")
        if not isinstance(why, list):
            errors.append(f"{where}: why must be a list")
        else:
            for w in why:
                check_why(text, w, where, errors)
        records.append((path, rec, words))


def report(records):
    modes = Counter(r["gold"].get("mode") for _, r, _ in records)
    total = len(records) or 1
    print(f"notes: {len(records)}")
    print("mode:", ", ".join(f"{m} {c} ({100 * c / total:.0f} %)" for m, c in modes.most_common()))
    by_reg = defaultdict(Counter)
    for _, r, _ in records:
        by_reg[r.get("register", "-")][r["gold"].get("mode")] += 1
    print("register x mode:")
    for reg in sorted(by_reg):
        c = by_reg[reg]
        print(f"  {reg:15s} {sum(c.values()):4d}  " +
              " ".join(f"{m}={c[m]}" for m in sorted(c)))
    depths = Counter(r["gold"].get("depth") for _, r, _ in records)
    print("depth:", dict(sorted(depths.items(), key=lambda kv: str(kv[0]))))
    phases = Counter(p for _, r, _ in records for p in (r["gold"].get("phases") or []))
    print("phase presence:", dict(sorted(phases.items())))
    whys = [w for _, r, _ in records for w in (r["gold"].get("why") or []) if isinstance(w, dict)]
    kinds = Counter((w.get("kind"), w.get("purpose_linked")) for w in whys)
    print(f"why-questions: {len(whys)}", dict(kinds))
    lengths = sorted(n for _, _, n in records)
    if lengths:
        print(f"words: min {lengths[0]}, median {lengths[len(lengths) // 2]}, max {lengths[-1]}, "
              f"under 25: {sum(1 for n in lengths if n < 25)}")


def main(argv):
    quiet = "--quiet" in argv
    real = "--real" in argv
    paths = [a for a in argv if a not in ("--quiet", "--real")]
    if not paths:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    errors, records, seen = [], [], {}
    for p in paths:
        try:
            check_file(p, seen, errors, records, real)
        except OSError as e:
            errors.append(f"{p}: cannot read ({e.strerror})")
    for e in errors:
        print("ERROR", e)
    if not quiet:
        report(records)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
