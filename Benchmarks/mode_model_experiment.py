#!/usr/bin/env python3
"""Issue 11, phase 1: does a small learned model (multinomial logistic regression, L2) over the
evidence the tool already exposes read the mode of real writing better than the hand rules?

usage:
  python3 Benchmarks/mode_model_experiment.py --bin .build/release/diepgang [--real PASSAGES.jsonl]
      [--families cues,rules,roles] [--l2 0.3] [--ablate] [--structure poles] [--loo-weight 5]
      [--stance nl-sentiment.xml]

Training pool (labelled by Corpus/ANNOTATION.md; never a judging set): Corpus/notes.jsonl split dev,
Corpus/holdout/notes.jsonl … notes4.jsonl, Corpus/probes/notes.jsonl, Corpus/real/dev-a.jsonl; the
notes under 25 words are te_kort by the word count and left out. Feature families, all per note
and scaled by the pool's mean and spread (no word of any text is stored):
  cues     `BIN analyse --format jsonl --sentences`: markers per category, per pole x dimension,
           share of sentences with each pole, negations, the pole weights, why-questions, phases;
  rules    the rules' reading (mode one-hot, onzeker);
  roles    `BIN annotate`: own-voice clauses by subject (ik, wij, jij, ander, instelling, none),
           tense, modality, subordinate clauses; word classes; quoted and reported share;
  surface  length, paragraphs, digits, pronouns by word list, questions, '!', quotes (off by default:
           it reads the register, not the stance);
  stance   with --stance: negative/positive/subjective adjectives by a subjectivity lexicon.
Training: full-batch gradient descent, 3000 steps, class-balanced, deterministic. Printed: the
rules on the same notes; cross-validation grouped by source file and 5-fold inside real-dev-a;
with --real (the real development passages: third-party text kept outside the repository, checked
against Benchmarks/realtext/sources.tsv by hash, labels from labels-a.jsonl) the model trained on
the whole pool measured on them (transfer), with a paired bootstrap of its gain over the rules,
onzeker by a probability margin, and the agreement with annotator B.

Measured 2026-12-05 on the 38 real development passages (rules: 0.395 all, 0.469 with a verdict,
16 % onzeker, recall piekeren 0/8, gemengd 0/7):
  cues+rules+roles, l2 0.3   0.553 (gain +0.05…+0.29), margin 0.2: 0.552 with a verdict at 24 %
                             onzeker; recall reflecteren 5/6, piekeren 4/8, gemengd 1/7,
                             beschrijvend 11/17; real-dev-a 5-fold 0.804 (rules 0.618);
                             leaving one real passage out, trained on the other 37 at weight 5: 0.553
  + surface                  0.526; real-dev-a 0.794
  multinomial -> poles       0.526 (two pole questions combined by the guide's table)
  + stance                   0.553 (all families), 0.605 without surface (a selection among ~20
                             looks at the 38: read it as optimistic)
  word-form unigrams         0.39–0.50 (they learn the project's own writers; option removed)
The surface family was left out after seeing it on the 38; l2 was chosen on real-dev-a.
"""
import argparse, collections, hashlib, json, math, os, re, subprocess, sys, tempfile
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODES = ["reflecteren", "piekeren", "gemengd", "beschrijvend"]
POOL = [("notes-dev", "Corpus/notes.jsonl", "dev"), ("holdout1", "Corpus/holdout/notes.jsonl", None),
        ("holdout2", "Corpus/holdout/notes2.jsonl", None), ("holdout3", "Corpus/holdout/notes3.jsonl", None),
        ("holdout4", "Corpus/holdout/notes4.jsonl", None), ("probes", "Corpus/probes/notes.jsonl", None),
        ("real-dev-a", "Corpus/real/dev-a.jsonl", None)]

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
IK = {"ik", "mij", "me", "mijn", "m'n", "mezelf", "mijzelf"}
WIJ = {"wij", "we", "ons", "onze"}
JIJ = {"jij", "je", "jou", "jouw", "u", "uw", "jullie", "je'"}
ANDER = {"hij", "zij", "ze", "hem", "haar", "hun", "hen", "zijn"}


def analyse(bin_, records):
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "in.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
        out = subprocess.run([bin_, "analyse", "--format", "jsonl", "--sentences", src],
                             check=True, capture_output=True, text=True).stdout
    return {a["id"]: a for a in map(json.loads, out.splitlines())}


def annotate(bin_, records):
    """Clause roles from `BIN annotate` (CoNLL-U): subject, tense, modality, voice, word classes."""
    out = {}
    for r in records:
        res = subprocess.run([bin_, "annotate", "-"], input=r["text"], check=True, capture_output=True, text=True).stdout
        clauses = {}
        tokens = []
        for line in res.splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
            tokens.append((cols[2].lower(), cols[3], misc.get("Voice", "own")))
            if "Subject" in misc:
                clauses[(len(tokens), misc.get("Clause"))] = misc
        out[r["id"]] = (list(clauses.values()), tokens)
    return out


STANCE = {}


def load_stance(path):
    """A subjectivity lexicon of Dutch adjectives (form, polarity −1…1, subjectivity 0…1 per
    sense; e.g. the PDDL-licensed nl-sentiment.xml of Pattern): the mean over senses per form."""
    senses = collections.defaultdict(list)
    for m in re.finditer(r'<word form="([^"]+)"[^>]*polarity="([-0-9.]+)" subjectivity="([0-9.]+)"', open(path, encoding="utf-8").read()):
        senses[m.group(1).lower()].append((float(m.group(2)), float(m.group(3))))
    return {w: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v)) for w, v in senses.items()}


def role_features(ann):
    clauses, tokens = ann
    f = collections.OrderedDict()
    if STANCE:
        own = [t for t in tokens if t[2] == "own" and t[1] != "PUNCT"]
        n = max(len(own), 1)
        hits = [STANCE[t[0]] for t in own if t[0] in STANCE]
        f["stance_negative"] = 10 * sum(1 for p, _ in hits if p <= -0.2) / n
        f["stance_positive"] = 10 * sum(1 for p, _ in hits if p >= 0.2) / n
        f["stance_subjective"] = 10 * sum(s for _, s in hits) / n
        f["stance_strong"] = 10 * sum(1 for p, s in hits if s >= 0.7) / n
    own = [c for c in clauses if c.get("Voice", "own") == "own"]
    nc = max(len(own), 1)
    for subj in ("ik", "wij", "jij", "ander", "instelling", "none"):
        f["subj_" + subj] = sum(1 for c in own if c.get("Subject") == subj) / nc
    for t in ("present", "past"):
        f["tense_" + t] = sum(1 for c in own if c.get("Tense") == t) / nc
    mods = collections.Counter(c.get("Modality") for c in own if c.get("Modality"))
    for m in ("moeten", "kunnen", "willen", "zullen", "mogen"):
        f["mod_" + m] = mods.get(m, 0) / nc
    f["sub_clauses"] = sum(1 for c in own if c.get("Sub") == "Yes") / nc
    nt = max(sum(1 for t in tokens if t[1] != "PUNCT"), 1)
    for pos in ("ADJ", "ADV", "NOUN", "PROPN", "NUM", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
        f["pos_" + pos] = 10 * sum(1 for t in tokens if t[1] == pos) / nt
    f["voice_quoted"] = sum(1 for t in tokens if t[2] == "quoted") / max(len(tokens), 1)
    f["voice_reported"] = sum(1 for t in tokens if t[2] == "reported") / max(len(tokens), 1)
    return f


def person_phrases():
    out = {}
    for line in open(os.path.join(ROOT, "Lexicons/persoon.lex"), encoding="utf-8"):
        if line.startswith("#") or "|" not in line:
            continue
        parts = [x.strip() for x in line.split("|")]
        out.setdefault(parts[2], []).append(parts[0])
    return out


PERSONS = person_phrases()


def features(text, a, cats):
    f = collections.OrderedDict()
    words = max(a["words"], 1)
    sents = a.get("sentences") or []
    ns = max(len(sents), 1)
    f["log_words"] = math.log(words)
    f["words_per_sentence"] = words / ns / 20
    per = lambda n: n / ns
    # markers: per category, per pole x dimension, per pole; sentences with each pole
    bycat = collections.Counter(m["category"] for m in a["markers"])
    for c in cats:
        f["cat_" + c] = per(bycat.get(c, 0))
    pd = collections.Counter((m.get("pole"), m.get("dimension")) for m in a["markers"] if m.get("pole"))
    for pole in ("piekeren", "reflecteren"):
        for d in ("perspectief", "focus", "houding", "benadering", "oorzaken"):
            f[f"{pole}_{d}"] = per(pd.get((pole, d), 0))
        s_with = {m["sentence"] for m in a["markers"] if m.get("pole") == pole}
        f[f"{pole}_sentence_share"] = len(s_with) / ns
        f[f"{pole}_two_sentences"] = 1.0 if len(s_with) >= 2 else 0.0
    f["negated"] = per(sum(1 for m in a["markers"] if m.get("negated")))
    f["w_piekeren"] = math.log1p(a["weights"]["piekeren"])
    f["w_reflecteren"] = math.log1p(a["weights"]["reflecteren"])
    tot = a["weights"]["piekeren"] + a["weights"]["reflecteren"]
    f["w_balance"] = (a["weights"]["reflecteren"] - a["weights"]["piekeren"]) / tot if tot > 0 else 0.0
    for k in ("onderzoekend", "piekerend"):
        f["why_" + k] = sum(1 for q in a["why_questions"] if q["kind"] == k)
    f["why_purpose"] = sum(1 for q in a["why_questions"] if q.get("purpose_linked"))
    for p in range(1, 6):
        f[f"phase_{p}"] = 1.0 if p in a["phases"]["present"] else 0.0
    # the rules' reading (alternatives when onzeker, the mode otherwise)
    reading = a["alternatives"][0] if a["mode"] == "onzeker" and a.get("alternatives") else a["mode"]
    for m in MODES:
        f["rules_" + m] = 1.0 if reading == m else 0.0
    f["rules_unsure"] = 1.0 if a["mode"] == "onzeker" else 0.0
    # surface
    toks = [t.lower() for t in WORD.findall(text)]
    nt = max(len(toks), 1)
    for name, s in (("ik", IK), ("wij", WIJ), ("jij", JIJ), ("ander", ANDER)):
        f["pron_" + name] = 10 * sum(1 for t in toks if t in s) / nt
    low = " " + " ".join(toks) + " "
    for label in ("instelling", "ander"):
        f["persoon_" + label] = per(sum(low.count(" " + ph + " ") for ph in PERSONS.get(label, [])))
    whys = {q["sentence"] for q in a["why_questions"]}
    f["other_questions"] = per(sum(1 for s in sents if s.get("question") and s["index"] not in whys))
    f["questions"] = per(sum(1 for s in sents if s.get("question")))
    f["exclamations"] = per(text.count("!"))
    f["quotes"] = per(sum(text.count(q) for q in "\"“”„«»") / 2 + text.count("'") / 4)
    f["ellipsis"] = per(text.count("...") + text.count("…"))
    f["digits"] = 10 * sum(1 for t in re.findall(r"\S+", text) if any(ch.isdigit() for ch in t)) / words
    f["paragraphs"] = text.count("\n\n") / ns
    return f


def load_pool():
    rows = []
    for group, path, split in POOL:
        for line in open(os.path.join(ROOT, path), encoding="utf-8"):
            r = json.loads(line)
            if split and r.get("split") != split:
                continue
            rows.append({"id": f"{group}:{r['id']}", "text": r["text"], "mode": r["gold"]["mode"], "group": group})
    return rows


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def train(X, y, l2, iters=3000, lr=0.5, balanced=True, sample=None, k=len(MODES)):
    n, d = X.shape
    W = np.zeros((d, k)); b = np.zeros(k)
    Y = np.eye(k)[y]
    cw = np.ones(n)
    if balanced:
        counts = np.bincount(y, minlength=k).astype(float)
        cw = (n / (k * np.maximum(counts, 1)))[y]
    if sample is not None:
        cw = cw * sample
    for _ in range(iters):
        P = softmax(X @ W + b)
        G = (P - Y) * cw[:, None] / n
        W -= lr * (X.T @ G + l2 * W)
        b -= lr * G.sum(axis=0)
    return W, b


def verdicts(P, margin):
    out = []
    for p in P:
        o = np.argsort(-p)
        out.append(MODES[o[0]] if p[o[0]] - p[o[1]] >= margin else "onzeker")
    return out


def score(pred, gold):
    n = len(gold)
    right = sum(1 for p, g in zip(pred, gold) if p == g)
    given = [(p, g) for p, g in zip(pred, gold) if p != "onzeker"]
    rec = {m: (sum(1 for p, g in zip(pred, gold) if g == m and p == m), sum(1 for g in gold if g == m)) for m in MODES}
    return {"all": right / n, "verdict": (sum(1 for p, g in given if p == g) / len(given)) if given else 0,
            "unsure": 1 - len(given) / n, "recall": {m: f"{a}/{b}" for m, (a, b) in rec.items()}}


GROUPS = {  # feature families, for the ablation
    "cues": ("cat_", "piekeren_", "reflecteren_", "negated", "w_piekeren", "w_reflecteren", "w_balance", "why_", "phase_"),
    "rules": ("rules_",),
    "surface": ("log_words", "words_per_sentence", "pron_", "questions", "other_questions", "exclamations", "quotes",
                "ellipsis", "digits", "paragraphs", "persoon_"),
    "roles": ("subj_", "tense_", "mod_", "sub_clauses", "pos_", "voice_"),
    "stance": ("stance_",),
}


class Poles:
    """The guide's decision table (ANNOTATION.md §3 step 4) as two learned questions: is the
    brooding pole clearly present, is the reflecting pole clearly present? Their answers give
    the mode (neither: beschrijvend, one: that pole, both: gemengd); the probability of each
    mode is the product of the two."""
    @staticmethod
    def fit(X, y, l2, balanced=True):
        yp = np.array([1 if MODES[i] in ("piekeren", "gemengd") else 0 for i in y])
        yr = np.array([1 if MODES[i] in ("reflecteren", "gemengd") else 0 for i in y])
        return train(X, yp, l2, k=2, balanced=balanced), train(X, yr, l2, k=2, balanced=balanced)

    @staticmethod
    def proba(model, X):
        (Wp, bp), (Wr, br) = model
        pp = softmax(X @ Wp + bp)[:, 1]; pr = softmax(X @ Wr + br)[:, 1]
        # MODES order: reflecteren, piekeren, gemengd, beschrijvend
        return np.stack([(1 - pp) * pr, pp * (1 - pr), pp * pr, (1 - pp) * (1 - pr)], axis=1)


class Multinomial:
    @staticmethod
    def fit(X, y, l2, balanced=True):
        return train(X, y, l2, balanced=balanced)

    @staticmethod
    def proba(model, X):
        W, b = model
        return softmax(X @ W + b)


STRUCTURE = Multinomial
LOO_WEIGHT = 0.0


def STRUCTURE_FIT_WEIGHTED(X, y, l2, sample):
    if STRUCTURE is Multinomial:
        return train(X, y, l2, sample=sample)
    yp = np.array([1 if MODES[i] in ("piekeren", "gemengd") else 0 for i in y])
    yr = np.array([1 if MODES[i] in ("reflecteren", "gemengd") else 0 for i in y])
    return train(X, yp, l2, k=2, sample=sample), train(X, yr, l2, k=2, sample=sample)


def evaluate(pool, real, F, names, l2, tool):
    """Grouped CV over the pool (each source file left out in turn), 5-fold CV inside
    real-dev-a (trained on the rest of the pool too), and the transfer to the real passages."""
    X = np.array([[F[r["id"]][k] for k in names] for r in pool]); y = np.array([MODES.index(r["mode"]) for r in pool])
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Xs = (X - mu) / sd
    out = {}
    pred = [None] * len(pool)
    for g in sorted({r["group"] for r in pool}):
        tr = np.array([r["group"] != g for r in pool])
        model = STRUCTURE.fit(Xs[tr], y[tr], l2)
        for i, m in zip(np.where(~tr)[0], verdicts(STRUCTURE.proba(model, Xs[~tr]), 0.0)):
            pred[i] = m
    out["groupcv"] = {g: score([pred[i] for i, r in enumerate(pool) if r["group"] == g],
                               [r["mode"] for r in pool if r["group"] == g])["all"] for g in sorted({r["group"] for r in pool})}
    out["groupcv_all"] = score(pred, [r["mode"] for r in pool])["all"]
    deva = [i for i, r in enumerate(pool) if r["group"] == "real-dev-a"]
    pred = {}
    for k in range(5):
        test = set(deva[k::5])
        tr = np.array([i not in test for i in range(len(pool))])
        model = STRUCTURE.fit(Xs[tr], y[tr], l2)
        idx = sorted(test)
        for i, m in zip(idx, verdicts(STRUCTURE.proba(model, Xs[idx]), 0.0)):
            pred[i] = m
    out["deva_cv"] = score([pred[i] for i in deva], [pool[i]["mode"] for i in deva])
    if real:
        model = STRUCTURE.fit(Xs, y, l2)
        Xr = (np.array([[F[r["id"]][k] for k in names] for r in real]) - mu) / sd
        P = STRUCTURE.proba(model, Xr)
        gold = [r["mode"] for r in real]
        out["real"] = {m: score(verdicts(P, m), gold) for m in (0.0, 0.1, 0.2)}
        out["real_pred"] = verdicts(P, 0.0)
        if LOO_WEIGHT:
            # Each real passage left out in turn, trained on the pool plus the other real
            # passages at LOO_WEIGHT: what the real development passages would add as training data.
            Xall = np.vstack([Xs, Xr]); yall = np.concatenate([y, [MODES.index(g) for g in gold]])
            loo = []
            for i in range(len(real)):
                keep = np.ones(len(yall), bool); keep[len(y) + i] = False
                sample = np.concatenate([np.ones(len(y)), np.full(len(real), LOO_WEIGHT)])[keep]
                model = STRUCTURE_FIT_WEIGHTED(Xall[keep], yall[keep], l2, sample)
                loo.append(verdicts(STRUCTURE.proba(model, Xr[i:i + 1]), 0.0)[0])
            out["loo"] = score(loo, gold)
    return out


def bootstrap(a, b, gold, n=2000, seed=11):
    """Paired bootstrap of accuracy(a) - accuracy(b): the 2.5 and 97.5 percentiles."""
    rng = np.random.default_rng(seed)
    ok_a = np.array([x == g for x, g in zip(a, gold)], float); ok_b = np.array([x == g for x, g in zip(b, gold)], float)
    d = []
    for _ in range(n):
        i = rng.integers(0, len(gold), len(gold))
        d.append(ok_a[i].mean() - ok_b[i].mean())
    return np.percentile(d, 2.5), np.percentile(d, 97.5)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--real", help="the real development passages ({id, text} per line; labels from Benchmarks/realtext/labels-a.jsonl)")
    # 0.3: chosen by the cross-validation on real-dev-a, not on the real passages.
    ap.add_argument("--l2", type=float, nargs="*", default=[0.3])
    # The surface family (length, paragraphs, digits, pronouns by a word list, punctuation) is left
    # out by default: it reads the register (how long, how laid out), not the stance, and the
    # clause roles say who the subject is better. Decided after seeing it on the 38 real passages
    # (with it 0.526, without it 0.553): say so when quoting the figure.
    ap.add_argument("--families", default="cues,rules,roles",
                    help="feature families to use: " + ",".join(GROUPS) + " (stance needs --stance)")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out")
    ap.add_argument("--ablate", action="store_true", help="also leave out each feature family in turn")
    ap.add_argument("--loo-weight", type=float, default=0.0,
                    help="also leave one real passage out at a time, training on the others at this weight")
    ap.add_argument("--structure", choices=["multinomial", "poles"], default="multinomial",
                    help="one four-way model, or two pole questions combined by the guide's table")
    ap.add_argument("--stance", help="a subjectivity lexicon of adjectives (Pattern's nl-sentiment.xml) for stance features")
    args = ap.parse_args()
    if args.stance:
        STANCE.update(load_stance(args.stance))
    global STRUCTURE, LOO_WEIGHT
    STRUCTURE = Poles if args.structure == "poles" else Multinomial
    LOO_WEIGHT = args.loo_weight
    pool = load_pool()
    an = analyse(args.bin, pool)
    real = []
    if args.real:
        lab = {json.loads(l)["id"]: json.loads(l)["gold"]["mode"] for l in open(os.path.join(ROOT, "Benchmarks/realtext/labels-a.jsonl"))}
        sha = {}
        with open(os.path.join(ROOT, "Benchmarks/realtext/sources.tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                cols = line.rstrip("\n").split("\t")
                sha[cols[0]] = cols[4]
        for line in open(args.real, encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            # Only the exact text that was labelled (as Benchmarks/real_passages.py checks it).
            if r["id"] not in lab or hashlib.sha256(r["text"].encode("utf-8")).hexdigest() != sha.get(r["id"]):
                print(f"skipped {r['id']}: not the labelled text", file=sys.stderr)
                continue
            real.append({"id": "real:" + r["id"], "text": r["text"], "mode": lab[r["id"]], "group": "realtext"})
        an.update(analyse(args.bin, real))
    tool = {k: a["mode"] for k, a in an.items()}
    global LABELS_B
    LABELS_B = {"real:" + json.loads(l)["id"]: json.loads(l)["gold"]["mode"] for l in open(os.path.join(ROOT, "Benchmarks/realtext/labels-b.jsonl"))}
    pool = [r for r in pool if an[r["id"]]["words"] >= 25 and r["mode"] in MODES]
    cats = sorted({m["category"] for r in pool for m in an[r["id"]]["markers"]})
    roles = annotate(args.bin, pool + real)
    F = {}
    for r in pool + real:
        F[r["id"]] = features(r["text"], an[r["id"]], cats)
        F[r["id"]].update(role_features(roles[r["id"]]))
    wanted = [g for g in args.families.split(",") if g] + (["stance"] if args.stance else [])
    allnames = [k for k in F[pool[0]["id"]].keys() if any(k.startswith(p) for g in wanted for p in GROUPS[g])]
    print(f"pool: {len(pool)} notes of >= 25 words (te_kort is the word count's), {len(allnames)} features")
    print("the rules (today's tool), same notes: " + "  ".join(
        f"{g} {score([tool[r['id']] for r in pool if r['group'] == g], [r['mode'] for r in pool if r['group'] == g])['all']:.3f}"
        for g in sorted({r["group"] for r in pool})))
    if real:
        s = score([tool[r["id"]] for r in real], [r["mode"] for r in real])
        print(f"the rules on the {len(real)} real passages: all {s['all']:.3f}, with a verdict {s['verdict']:.3f}, onzeker {s['unsure']:.0%}, recall {s['recall']}"
              f"; vs annotator B {score([tool[r['id']] for r in real], [LABELS_B[r['id']] for r in real])['all']:.3f}")
    configs = [("+".join(wanted) + (" without " + args.drop if args.drop else ""), [d for d in args.drop.split(",") if d])]
    if args.ablate:
        configs += [(f"without {g}", list(p)) for g, p in GROUPS.items() if g in wanted]
    for label, drops in configs:
        names = [k for k in allnames if not any(k.startswith(d) for d in drops)]
        for l2 in args.l2:
            o = evaluate(pool, real, F, names, l2, tool)
            d = o["deva_cv"]
            line = f"{label:22s} l2={l2:<5} group-CV {o['groupcv_all']:.3f} (real-dev-a left out {o['groupcv']['real-dev-a']:.3f})  real-dev-a 5-fold {d['all']:.3f}"
            if real:
                r0, r1, r2 = o["real"][0.0], o["real"][0.1], o["real"][0.2]
                lo, hi = bootstrap(o["real_pred"], [tool[r["id"]] for r in real], [r["mode"] for r in real])
                line += (f"  | real: {r0['all']:.3f} (vs rules {lo:+.2f}…{hi:+.2f})  margin 0.1: {r1['all']:.3f}/{r1['verdict']:.3f} onzeker {r1['unsure']:.0%}"
                         f"  margin 0.2: {r2['all']:.3f}/{r2['verdict']:.3f} onzeker {r2['unsure']:.0%}  recall {r0['recall']}")
                line += f"  vs annotator B {score(o['real_pred'], [LABELS_B[r['id']] for r in real])['all']:.3f}"
                if "loo" in o:
                    line += f"  | leave-one-real-out {o['loo']['all']:.3f} recall {o['loo']['recall']}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
