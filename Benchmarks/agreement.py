#!/usr/bin/env python3
"""Agreement between two sets of labels, and optionally of the tool with each of them.

usage:
  python3 Benchmarks/agreement.py A.jsonl B.jsonl [--tool TOOL.jsonl] [--names "A,B"] [--by FIELD] [--json]
  python3 Benchmarks/agreement.py --self-test

A and B are label files, one JSON object per line: corpus records with a `gold` object
({"mode", "depth", "phases", "why": [{"text", "kind", "purpose_linked"}]}), bare {"id", "gold"}
records, or tool output. TOOL is the output of `diepgang analyse FILE --format jsonl` (keys `id`,
`mode`, `depth.level`, `phases.present`, `why_questions[].text/kind/purpose_linked`). Notes are
matched by `id`; only notes present in both files of a pair are compared, and the count is shown.

Per pair: mode accuracy and Cohen's kappa, depth exact / within one / quadratic weighted kappa,
phase micro F1 (and per phase), why-question F1, why-kind and purpose_linked accuracy on the
matched whys. Two whys match when their texts are equal after whitespace normalisation or one
contains the other (one-to-one, in order). With --tool the table also shows the tool against A
and B on the notes where its mode is not `onzeker`, with the `onzeker` rate: a tool that abstains
is judged on what it does say, and on how often it abstains. `--by register` (any string field of
A's records, else B's) adds mode accuracy and depth exact per group, for every pair.

Pure standard library, so that anyone can rerun it.
"""
import json
import sys

MODES = ["reflecteren", "gemengd", "piekeren", "beschrijvend", "te_kort", "onzeker"]
DEPTHS = [0, 1, 2, 3, 4]
PHASES = [1, 2, 3, 4, 5]


class LabelError(Exception):
    pass


# ---------------------------------------------------------------- reading

def normalise_record(rec, where):
    """One line as {mode, depth, phases, why}, from a gold record or a tool analysis."""
    if not isinstance(rec, dict):
        raise LabelError(f"{where}: not a JSON object")
    if "id" not in rec:
        raise LabelError(f"{where}: no `id`")
    if "gold" in rec:
        g = rec["gold"]
        if not isinstance(g, dict):
            raise LabelError(f"{where}: `gold` is not an object")
        for key in ("mode", "depth", "phases"):
            if key not in g:
                raise LabelError(f"{where}: `gold` has no `{key}`")
        mode, depth, phases, whys = g["mode"], g["depth"], g["phases"], g.get("why", [])
    elif "mode" in rec:
        mode = rec["mode"]
        d = rec.get("depth")
        depth = d.get("level") if isinstance(d, dict) else d
        p = rec.get("phases", [])
        phases = p.get("present", []) if isinstance(p, dict) else p
        whys = rec.get("why_questions", rec.get("why", []))
    else:
        raise LabelError(f"{where}: neither a `gold` object nor a tool `mode`")
    if not isinstance(mode, str):
        raise LabelError(f"{where}: mode is not a string")
    if depth is not None and not isinstance(depth, int):
        raise LabelError(f"{where}: depth is not an integer")
    if not isinstance(phases, list) or not all(isinstance(x, int) for x in phases):
        raise LabelError(f"{where}: phases is not a list of integers")
    if not isinstance(whys, list):
        raise LabelError(f"{where}: why is not a list")
    clean = []
    for i, w in enumerate(whys):
        if not isinstance(w, dict) or not isinstance(w.get("text"), str):
            raise LabelError(f"{where}: why[{i}] has no text")
        clean.append({"text": w["text"], "kind": w.get("kind"), "purpose_linked": w.get("purpose_linked")})
    fields = {k: v for k, v in rec.items() if isinstance(v, str) and k not in ("id", "text")}
    alts = rec.get("alternatives") or []
    if not isinstance(alts, list):
        raise LabelError(f"{where}: alternatives is not a list")
    return {"mode": mode, "depth": depth, "phases": sorted(set(phases)), "why": clean, "fields": fields,
            "alternatives": [a for a in alts if isinstance(a, str)]}


def read_labels(path):
    labels = {}
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise LabelError(f"{path}: cannot open ({e.strerror})")
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}, line {n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise LabelError(f"{where}: invalid JSON ({e.msg})")
            lab = normalise_record(rec, where)
            if rec["id"] in labels:
                raise LabelError(f"{where}: id {rec['id']!r} occurs twice")
            labels[rec["id"]] = lab
    if not labels:
        raise LabelError(f"{path}: no records")
    return labels


# ---------------------------------------------------------------- statistics

def cohen_kappa(a, b):
    """Unweighted kappa of two equal-length label lists; None when chance agreement is total."""
    n = len(a)
    if n == 0:
        return None
    cats = sorted(set(a) | set(b), key=str)
    po = sum(x == y for x, y in zip(a, b)) / n
    pe = sum((a.count(c) / n) * (b.count(c) / n) for c in cats)
    if pe >= 1.0:
        return None
    return (po - pe) / (1 - pe)


def quadratic_kappa(a, b, cats):
    """Quadratic weighted kappa over the ordered categories `cats`; None when undefined."""
    n = len(a)
    if n == 0:
        return None
    k = len(cats)
    idx = {c: i for i, c in enumerate(cats)}
    obs = [[0.0] * k for _ in range(k)]
    for x, y in zip(a, b):
        obs[idx[x]][idx[y]] += 1
    ra = [sum(row) for row in obs]
    cb = [sum(obs[i][j] for i in range(k)) for j in range(k)]
    num = den = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            num += w * obs[i][j]
            den += w * ra[i] * cb[j] / n
    if den == 0:
        return None
    return 1 - num / den


def f1(tp, n_a, n_b):
    return None if n_a + n_b == 0 else 2 * tp / (n_a + n_b)


def norm_ws(s):
    return " ".join(s.split())


def match_whys(wa, wb):
    """One-to-one pairs (i, j) of whys whose texts agree (equal or contained), greedy in order."""
    used, pairs = set(), []
    for i, x in enumerate(wa):
        tx = norm_ws(x["text"])
        for j, y in enumerate(wb):
            if j in used:
                continue
            ty = norm_ws(y["text"])
            if tx == ty or (tx and ty and (tx in ty or ty in tx)):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def compare(A, B, ids):
    """All figures for labels A (reference, rows) against B (columns) on `ids`."""
    ids = [i for i in ids if i in A and i in B]
    r = {"notes": len(ids)}
    ma = [A[i]["mode"] for i in ids]
    mb = [B[i]["mode"] for i in ids]
    r["mode_accuracy"] = sum(x == y for x, y in zip(ma, mb)) / len(ids) if ids else None
    r["mode_kappa"] = cohen_kappa(ma, mb)
    conf = {}
    for x, y in zip(ma, mb):
        conf[(x, y)] = conf.get((x, y), 0) + 1
    r["confusion"] = conf
    r["mode_recall"] = {m: (conf.get((m, m), 0) / ma.count(m)) for m in sorted(set(ma)) if ma.count(m)}

    dids = [i for i in ids if A[i]["depth"] is not None and B[i]["depth"] is not None]
    da = [A[i]["depth"] for i in dids]
    db = [B[i]["depth"] for i in dids]
    bad = [d for d in da + db if d not in DEPTHS]
    if bad:
        raise LabelError(f"depth {bad[0]} is outside 0-4")
    r["depth_notes"] = len(dids)
    r["depth_exact"] = sum(x == y for x, y in zip(da, db)) / len(dids) if dids else None
    r["depth_within_one"] = sum(abs(x - y) <= 1 for x, y in zip(da, db)) / len(dids) if dids else None
    r["depth_qwk"] = quadratic_kappa(da, db, DEPTHS)

    tp = na = nb = 0
    per = {p: [0, 0, 0] for p in PHASES}
    for i in ids:
        pa, pb = set(A[i]["phases"]), set(B[i]["phases"])
        tp += len(pa & pb); na += len(pa); nb += len(pb)
        for p in PHASES:
            per[p][0] += (p in pa and p in pb); per[p][1] += p in pa; per[p][2] += p in pb
    r["phase_micro_f1"] = f1(tp, na, nb)
    r["phase_f1"] = {p: f1(*per[p]) for p in PHASES}
    r["phase_counts"] = {p: (per[p][1], per[p][2]) for p in PHASES}

    matched = wa_n = wb_n = kind_ok = kind_n = pl_ok = pl_n = 0
    for i in ids:
        wa, wb = A[i]["why"], B[i]["why"]
        wa_n += len(wa); wb_n += len(wb)
        for x, y in match_whys(wa, wb):
            matched += 1
            x, y = wa[x], wb[y]
            if x["kind"] is not None and y["kind"] is not None:
                kind_n += 1; kind_ok += x["kind"] == y["kind"]
            if x["purpose_linked"] is not None and y["purpose_linked"] is not None:
                pl_n += 1; pl_ok += x["purpose_linked"] == y["purpose_linked"]
    r["why_counts"] = (matched, wa_n, wb_n)
    r["why_f1"] = f1(matched, wa_n, wb_n)
    r["why_kind_accuracy"] = kind_ok / kind_n if kind_n else None
    r["why_kind_n"] = kind_n
    r["purpose_linked_accuracy"] = pl_ok / pl_n if pl_n else None
    r["purpose_linked_n"] = pl_n
    return r


# ---------------------------------------------------------------- printing

def fmt(x, digits=3):
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def table(columns):
    """columns: list of (header, result dict or None, extra row values)."""
    rows = [
        ("notes compared", lambda r: fmt(r["notes"])),
        ("mode accuracy", lambda r: fmt(r["mode_accuracy"])),
        ("mode Cohen's kappa", lambda r: fmt(r["mode_kappa"])),
        ("depth exact", lambda r: fmt(r["depth_exact"])),
        ("depth within one", lambda r: fmt(r["depth_within_one"])),
        ("depth QWK", lambda r: fmt(r["depth_qwk"])),
        ("phase micro F1", lambda r: fmt(r["phase_micro_f1"])),
    ] + [
        (f"  phase {p} F1 (n ref/other)",
         (lambda p: lambda r: f"{fmt(r['phase_f1'][p], 2)} ({r['phase_counts'][p][0]}/{r['phase_counts'][p][1]})")(p))
        for p in PHASES
    ] + [
        ("why F1", lambda r: fmt(r["why_f1"])),
        ("  whys matched/ref/other", lambda r: "{}/{}/{}".format(*r["why_counts"])),
        ("why kind acc. (matched)", lambda r: f"{fmt(r['why_kind_accuracy'])} ({r['why_kind_n']})"),
        ("purpose_linked acc.", lambda r: f"{fmt(r['purpose_linked_accuracy'])} ({r['purpose_linked_n']})"),
    ]
    extra_keys = []
    for _, _, extra in columns:
        for k in extra:
            if k not in extra_keys:
                extra_keys.append(k)
    label_w = max(len(r[0]) for r in rows + [(k, None) for k in extra_keys]) + 2
    widest_extra = max([len(str(v)) for _, _, extra in columns for v in extra.values()] + [0])
    col_w = max(14, widest_extra + 2, max(len(h) for h, _, _ in columns) + 2)
    out = ["".ljust(label_w) + "".join(h.rjust(col_w) for h, _, _ in columns)]
    for name, get in rows:
        out.append(name.ljust(label_w) + "".join((get(r) if r and r["notes"] else "-").rjust(col_w)
                                                 for _, r, _ in columns))
    for k in extra_keys:
        out.append(k.ljust(label_w) + "".join(str(extra.get(k, "")).rjust(col_w) for _, _, extra in columns))
    return "\n".join(out)


def confusion_text(r, ref, other):
    conf = r["confusion"]
    seen_a = [m for m in MODES if any(k[0] == m for k in conf)] + sorted({k[0] for k in conf} - set(MODES))
    seen_b = [m for m in MODES if any(k[1] == m for k in conf)] + sorted({k[1] for k in conf} - set(MODES))
    w = max(len(m) for m in seen_a + seen_b + ["recall"]) + 2
    head = f"{ref} (rows) × {other} (columns)"
    lines = [head, "".ljust(w) + "".join(m[:12].rjust(14) for m in seen_b) + "recall".rjust(10)]
    for a in seen_a:
        lines.append(a.ljust(w) + "".join(str(conf.get((a, b), 0)).rjust(14) for b in seen_b)
                     + fmt(r["mode_recall"].get(a), 2).rjust(10))
    return "\n".join(lines)


def group_text(pairs, ids, field, A, B):
    """Mode accuracy / depth exact per value of `field`, one column per pair."""
    def key(i):
        return A[i]["fields"].get(field) or B[i]["fields"].get(field) or "(none)"
    groups = sorted({key(i) for i in ids})
    w = max(len(g) for g in groups + [field]) + 8
    out = [f"per {field}: mode accuracy / depth exact",
           field.ljust(w) + "".join(h.rjust(20) for h, _, _ in pairs)]
    for g in groups:
        gids = [i for i in ids if key(i) == g]
        cells = []
        for _, ref, other in pairs:
            r = compare(ref, other, gids)
            cells.append(f"{fmt(r['mode_accuracy'], 2)} / {fmt(r['depth_exact'], 2)}" if r["notes"] else "-")
        out.append(f"{g} ({len(gids)})".ljust(w) + "".join(c.rjust(20) for c in cells))
    return "\n".join(out)


def run(path_a, path_b, path_tool=None, names=("A", "B"), as_json=False, by=None):
    A, B = read_labels(path_a), read_labels(path_b)
    na, nb = names
    only_a = sorted(set(A) - set(B)); only_b = sorted(set(B) - set(A))
    ids = [i for i in A if i in B]
    columns = [(f"{na} vs {nb}", compare(A, B, ids), {})]
    results = {f"{na}_vs_{nb}": columns[0][1]}
    confusions = [confusion_text(columns[0][1], na, nb)]
    pairs = [(f"{na} vs {nb}", A, B)]
    tool_note = ""
    if path_tool:
        T = read_labels(path_tool)
        tids = [i for i in ids if i in T]
        sure = [i for i in tids if T[i]["mode"] != "onzeker"]
        rate = (len(tids) - len(sure)) / len(tids) if tids else None
        unsure = [i for i in tids if T[i]["mode"] == "onzeker"]
        for ref_name, ref in ((na, A), (nb, B)):
            r = compare(ref, T, tids)
            first = sum(bool(T[i]["alternatives"]) and T[i]["alternatives"][0] == ref[i]["mode"] for i in unsure)
            among = sum(ref[i]["mode"] in T[i]["alternatives"] for i in unsure)
            r["onzeker_first_alternative_right"] = first
            r["onzeker_reference_among_alternatives"] = among
            r["onzeker_notes"] = len(unsure)
            columns.append((f"tool vs {ref_name}", r, {
                "onzeker rate": fmt(rate),
                "onzeker: 1st alternative right": f"{first}/{len(unsure)}",
                "onzeker: ref among alternatives": f"{among}/{len(unsure)}"}))
            results[f"tool_vs_{ref_name}"] = r
            confusions.append(confusion_text(r, ref_name, "tool"))
            pairs.append((f"tool vs {ref_name}", ref, T))
        for ref_name, ref in ((na, A), (nb, B)):
            r = compare(ref, T, sure)
            columns.append((f"tool≠onz. vs {ref_name}", r, {"onzeker rate": f"coverage {fmt(1 - rate) if rate is not None else 'n/a'}"}))
            results[f"tool_sure_vs_{ref_name}"] = r
        results["onzeker_rate"] = rate
        missing = len(ids) - len(tids)
        tool_note = f"tool output covers {len(tids)} of the {len(ids)} notes both annotators labelled" + (
            f" ({missing} missing)" if missing else "")
    if as_json:
        def plain(r):
            if not isinstance(r, dict):
                return r
            r = dict(r)
            r["confusion"] = [{"ref": k[0], "other": k[1], "n": v} for k, v in sorted(r["confusion"].items())]
            return r
        print(json.dumps({k: plain(v) for k, v in results.items()}, ensure_ascii=False, indent=1))
        return
    print(f"{na} = {path_a} ({len(A)} notes); {nb} = {path_b} ({len(B)} notes); compared on {len(ids)} shared ids")
    if only_a or only_b:
        print(f"  only in {na}: {len(only_a)}; only in {nb}: {len(only_b)}")
    if tool_note:
        print(f"  {tool_note}")
    print("  in 'X vs Y', X is the reference (rows of the confusion, recall per X's mode)")
    print()
    print(table(columns))
    for c in confusions:
        print()
        print(c)
    if by:
        print()
        print(group_text(pairs, ids, by, A, B))


# ---------------------------------------------------------------- self-test

def self_test():
    failures = []

    def check(name, got, want, tol=1e-9):
        ok = (got is None and want is None) or (got is not None and want is not None and abs(got - want) <= tol)
        print(f"{'ok  ' if ok else 'FAIL'} {name}: got {got}, want {want}")
        if not ok:
            failures.append(name)

    # po = 3/4; marginals a 2/2 vs 1/3 -> pe = (2*1 + 2*3)/16 = 1/2; kappa = (3/4 - 1/2)/(1/2) = 1/2
    check("kappa 4 items", cohen_kappa(list("aabb"), list("abbb")), 0.5)
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> po 0.7, pe 0.5, kappa 0.4
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    check("kappa 2x2 table of 50", cohen_kappa(a, b), 0.4)
    check("kappa perfect", cohen_kappa(list("abcab"), list("abcab")), 1.0)
    # both raters always say the same single category: chance agreement is total, kappa undefined
    check("kappa undefined", cohen_kappa(list("aaa"), list("aaa")), None)
    # systematic disagreement: po 0, pe 1/2 -> -1
    check("kappa -1", cohen_kappa(list("abab"), list("baba")), -1.0)
    # QWK on 0..2 for (0,0),(1,2),(2,2): sum w*O = 1/4, sum w*E = 3.75/3 = 1.25 -> 1 - 0.2 = 0.8
    check("QWK 3 items, 3 levels", quadratic_kappa([0, 1, 2], [0, 2, 2], [0, 1, 2]), 0.8)
    # the same data on the 0..4 depth scale: weights scale by 1/4 on both sides, QWK unchanged
    check("QWK same on 0..4", quadratic_kappa([0, 1, 2], [0, 2, 2], DEPTHS), 0.8)
    # (0,1),(1,0) on 0..1: O off-diagonal 2 -> num 2; E: ra=(1,1), cb=(1,1) -> den = (1+1)/2 = 1 -> -1
    check("QWK swapped pair", quadratic_kappa([0, 1], [1, 0], [0, 1]), -1.0)
    check("QWK perfect", quadratic_kappa([0, 2, 4, 1], [0, 2, 4, 1], DEPTHS), 1.0)
    check("QWK undefined", quadratic_kappa([3, 3], [3, 3], DEPTHS), None)
    # whys: whitespace and containment match one-to-one; a third unrelated one does not
    wa = [{"text": "Waarom  doe ik\ndit?", "kind": "onderzoekend", "purpose_linked": False},
          {"text": "Tegelijk: wat maakt dat zij dwaalt?", "kind": "onderzoekend", "purpose_linked": True}]
    wb = [{"text": "wat maakt dat zij dwaalt?", "kind": "piekerend", "purpose_linked": True},
          {"text": "Waarom doe ik dit?", "kind": "onderzoekend", "purpose_linked": False},
          {"text": "Waarom nu?", "kind": "onderzoekend", "purpose_linked": False}]
    check("why pairs", float(len(match_whys(wa, wb))), 2.0)
    A = {"n1": {"mode": "reflecteren", "depth": 2, "phases": [2, 3], "why": wa},
         "n2": {"mode": "piekeren", "depth": 1, "phases": [2], "why": []}}
    B = {"n1": {"mode": "reflecteren", "depth": 3, "phases": [2], "why": wb},
         "n2": {"mode": "gemengd", "depth": 1, "phases": [2, 4], "why": []}}
    r = compare(A, B, ["n1", "n2"])
    check("phase micro F1", r["phase_micro_f1"], 2 * 2 / 6)         # tp 2, |A| 3, |B| 3
    check("why F1", r["why_f1"], 2 * 2 / 5)                         # 2 matched of 2 and 3
    check("why kind accuracy", r["why_kind_accuracy"], 0.5)
    check("purpose_linked accuracy", r["purpose_linked_accuracy"], 1.0)
    check("depth within one", r["depth_within_one"], 1.0)
    check("mode accuracy", r["mode_accuracy"], 0.5)
    # a tool record reads like a gold record
    t = normalise_record({"id": "x", "mode": "onzeker", "depth": {"level": 2}, "phases": {"present": [3, 2]},
                          "why_questions": [{"text": "Waarom?", "kind": "piekerend", "purpose_linked": False}]}, "t")
    check("tool record phases", float(t["phases"] == [2, 3]), 1.0)
    try:
        normalise_record({"id": "x", "gold": {"mode": "piekeren"}}, "f.jsonl, line 3")
        failures.append("missing key not caught")
    except LabelError as e:
        check("missing depth reported with file and line", float("f.jsonl, line 3" in str(e)), 1.0)
    print("self-test:", "FAILED " + ", ".join(failures) if failures else "all passed")
    return 1 if failures else 0


def main(argv):
    if "--self-test" in argv:
        return self_test()
    args, tool, names, as_json, by = [], None, None, False, None
    it = iter(argv)
    for x in it:
        if x == "--tool":
            tool = next(it, None)
        elif x == "--names":
            names = next(it, None)
        elif x == "--by":
            by = next(it, None)
        elif x == "--json":
            as_json = True
        elif x in ("-h", "--help"):
            print(__doc__); return 0
        else:
            args.append(x)
    if len(args) != 2 or (tool is None and "--tool" in argv) or (by is None and "--by" in argv):
        print(__doc__, file=sys.stderr)
        return 2
    n = tuple(s.strip() for s in names.split(",")) if names else ("A", "B")
    if len(n) != 2:
        print("--names wants two names separated by a comma", file=sys.stderr)
        return 2
    try:
        run(args[0], args[1], tool, n, as_json, by)
    except LabelError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
