#!/usr/bin/env python3
"""WCAG 2.1 contrast of the note view's text colours on their backgrounds (NoteHTML.css and the
serve pages). AA needs 4.5:1 for normal text. Run: python3 Benchmarks/contrast_check.py"""

PAIRS = [  # (text, background, where)
    ("#23303d", "#fbe3dc", "text on a piekeren highlight"), ("#23303d", "#dcefe6", "text on a reflecteren highlight"),
    ("#23303d", "#fdf0c8", "text on a why highlight"), ("#23303d", "#e1ebf7", "text on a phase highlight"),
    ("#23303d", "#eeeeee", "text on another cue"), ("#8f2f22", "#ffffff", "P tag"), ("#17573f", "#ffffff", "R tag"),
    ("#6b4f00", "#ffffff", "W tag"), ("#24507a", "#ffffff", "F tag"), ("#444444", "#ffffff", "O tag"),
    ("#4a5763", "#ffffff", "muted text"), ("#4a5763", "#eef2f5", "verdict label"), ("#4a5763", "#fbece7", "label, piekeren verdict"),
    ("#4a5763", "#e6f3ed", "label, reflecteren verdict"), ("#4a5763", "#f3f1e4", "label, gemengd verdict"),
    ("#4a5763", "#f1edf6", "label, onzeker verdict"), ("#4a5763", "#fbf6ea", "missing phase state"),
    ("#6b4f00", "#fbf6ea", "coaching question label"), ("#2f5d7c", "#f6f4ef", "kicker"), ("#ffffff", "#23303d", "hover/focus note"),
    ("#4a5763", "#f6f4ef", "muted on page"), ("#1a4f8b", "#ffffff", "links"), ("#ffffff", "#1a4f8b", "button"),
    ("#ffffff", "#17573f", "team report button"), ("#8f2f22", "#fbe3dc", "P tag on highlight"),
]


def luminance(h):
    r, g, b = (int(h[i:i + 2], 16) / 255 for i in (1, 3, 5))
    f = lambda c: c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)


def ratio(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


worst = min(ratio(a, b) for a, b, _ in PAIRS)
for a, b, where in PAIRS:
    print(f"{ratio(a, b):5.2f}  {a} on {b}  {where}")
print(f"lowest {worst:.2f}: {'AA passes' if worst >= 4.5 else 'AA FAILS'}")
raise SystemExit(0 if worst >= 4.5 else 1)
