#!/usr/bin/env python3
"""Are the mode thresholds fitted to the data they were tuned on? A grid search with leave-one-set-out.

usage: python3 Benchmarks/thresholds.py [--binary .build/release/diepgang]

Runs `diepgang analyse` once per labelled set (dev split, the boundary notes in Corpus/probes, the
hold-out sets; the test split is left out), then replays the verdict of Sources/Analysis/Scoring.swift
(`Calibration`) in Python from each note's pole weights, word count and turn, for 10,800 settings of
its seven thresholds. It first checks that the replay gives exactly the program's verdicts (it stops
if not: then this file no longer mirrors Scoring.swift). For each set in turn it picks the settings
that do best on the other sets and shows how they do on the one left out, next to the current
settings. If the picked settings do no better on the left-out set, the thresholds are not the
limit: the evidence (cues) is.
"""
import itertools, json, subprocess, sys

B = sys.argv[sys.argv.index('--binary') + 1] if '--binary' in sys.argv else '.build/release/diepgang'
SETS = {'dev': ('Corpus/notes.jsonl', 'dev'), 'probes': ('Corpus/probes/notes.jsonl', None),
        'holdout1': ('Corpus/holdout/notes.jsonl', None), 'holdout2': ('Corpus/holdout/notes2.jsonl', None),
        'holdout3': ('Corpus/holdout/notes3.jsonl', None), 'holdout4': ('Corpus/holdout/notes4.jsonl', None)}
CURRENT = dict(T=3.0, RD=2.5, BD=2.0, MINOR=2.0, TMINOR=1.75, TW=2.0, TB=3.0)
GRID = dict(T=[2.5, 3, 3.5, 4], RD=[1.5, 2, 2.5, 3, 3.5], BD=[1.5, 2, 2.5, 3], MINOR=[1, 1.5, 2, 2.5, 3],
            TMINOR=[1.25, 1.75, 2.25], TW=[1.5, 2, 2.5], TB=[2, 3, 4])

def notes(path, split):
    out = subprocess.run([B, 'analyse', path, '--format', 'jsonl'], capture_output=True, text=True, check=False).stdout
    rows = []
    for line in out.splitlines():
        a = json.loads(line)
        if split and a.get('split') != split:
            continue
        poles = [m for m in a['markers'] if m.get('pole') and m.get('dimension')]
        # NoteRun.hasTurn: a turn cue with brooding at or before it and reflecting at or after it.
        turn = any(any(m['pole'] == 'piekeren' and m['sentence'] <= k['sentence'] for m in poles) and
                   any(m['pole'] == 'reflecteren' and m['sentence'] >= k['sentence'] for m in poles)
                   for k in a['markers'] if k['category'] == 'kanteling')
        w = a['weights']
        rows.append((a['gold']['mode'], a['mode'], w['piekeren'], w['reflecteren'], a['words'], turn))
    return rows

def verdict(p, r, words, turn, T, RD, BD, MINOR, TMINOR, TW, TB):
    """Scoring.swift, makeAnalysis: the mode from the pole weights."""
    if words < 25: return 'te_kort'
    if turn and p >= TW and r >= TW and max(p, r) <= TB * min(p, r) and min(p, r) * 100 >= TMINOR * max(words, 1):
        return 'gemengd'
    ps, rs = p >= T, r >= T
    if not ps and not rs: return 'beschrijvend'
    if ps and not rs: return 'piekeren'
    if rs and not ps: return 'reflecteren'
    if r >= p * RD: return 'reflecteren'
    if p >= r * BD: return 'piekeren'
    if min(p, r) * 100 < MINOR * max(words, 1): return 'reflecteren' if r > p else 'piekeren'
    return 'gemengd'

data = {name: notes(*spec) for name, spec in SETS.items()}
for name, rows in data.items():
    off = sum(verdict(p, r, w, t, **CURRENT) != mode for _, mode, p, r, w, t in rows)
    if off:
        sys.exit(f'{name}: the replay differs from the program on {off} notes; update verdict() to Scoring.swift')
combos = [dict(zip(GRID, v)) for v in itertools.product(*GRID.values())]
right = [{n: sum(verdict(p, r, w, t, **c) == g for g, _, p, r, w, t in rows) for n, rows in data.items()} for c in combos]
now = right[combos.index(CURRENT)]
print(f'{len(combos)} settings of the 7 mode thresholds; current {CURRENT}')
for held in SETS:
    train = lambda i: sum(v for n, v in right[i].items() if n != held)
    best = max(train(i) for i in range(len(combos)))
    picked = [right[i][held] for i in range(len(combos)) if train(i) == best]
    print(f'left out {held:9} ({len(data[held]):3} notes): best on the others {best} right, current {train(combos.index(CURRENT))};'
          f' on {held}: picked {min(picked)}–{max(picked)}, current {now[held]}')
