#!/usr/bin/env python3
"""Scores the analysis on single-sentence probes: phase sentences and brooding/reflecting statements.

usage: python3 Benchmarks/probes.py [DIR] [-v] [--binary PATH]
DIR holds phase_sentences.jsonl and pole_statements.jsonl (default Corpus/holdout; Corpus/probes is
the development set). A phase sentence counts as found when its phase is among `phases.present`;
a statement's pole is the pole with more dimension markers (a tie counts as wrong).
"""
import json, subprocess, sys, collections
B = sys.argv[sys.argv.index('--binary') + 1] if '--binary' in sys.argv else '.build/release/diepgang'
D = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith('-') else 'Corpus/holdout'
def run(path):
    out = subprocess.run([B, 'analyse', path, '--input-format', 'jsonl', '--format', 'jsonl'], capture_output=True, text=True)
    return [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
items = [json.loads(l) for l in open(D + '/phase_sentences.jsonl')]
res = run(D + '/phase_sentences.jsonl')
hit = collections.Counter(); tot = collections.Counter(); extra = 0; npred = 0
for it, r in zip(items, res):
    p = it['phase']; pres = r['phases']['present']
    tot[p] += 1; hit[p] += p in pres; extra += len([x for x in pres if x != p]); npred += len(pres)
print('phase probes: recall per phase', {p: f"{hit[p]}/{tot[p]}" for p in sorted(tot)}, 'total recall', sum(hit.values())/sum(tot.values()), 'precision', sum(hit.values())/max(1,npred))
misses = [(it['id'], it['text'], r['phases']['present']) for it, r in zip(items, res) if it['phase'] not in r['phases']['present']]
if '-v' in sys.argv:
    for m in misses: print('  miss', m)
items = [json.loads(l) for l in open(D + '/pole_statements.jsonl')]
res = run(D + '/pole_statements.jsonl')
ok = 0; rows = []
for it, r in zip(items, res):
    pk = sum(d['piekeren'] for d in r['dimensions']); rf = sum(d['reflecteren'] for d in r['dimensions'])
    mode = r['mode']
    pred = 'piekeren' if pk > rf else 'reflecteren' if rf > pk else 'geen'
    ok += pred == it['pole']
    rows.append((it['id'], it['pole'], pred, pk, rf, it['text']))
print('pole statements: accuracy', ok / len(items), f"({ok}/{len(items)})", collections.Counter((r[1], r[2]) for r in rows))
if '-v' in sys.argv:
    for r in rows:
        if r[1] != r[2]: print('  wrong', r)
