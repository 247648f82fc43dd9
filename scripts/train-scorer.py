#!/usr/bin/env python3
"""Train the speaker scorer of the built-in rule packs on the development sets.

The attribution engine proposes speaker candidates for every quote (pattern rules, sieves, people
written nearby, earlier turns) and a linear scorer picks one. This script learns that scorer's
weights, one model per language, from `../shared/dev` only:

  1. runs the release CLI with `--candidates FILE` over every document of the language's dev sets
     (the novels with and without their character lists), which writes every candidate of every
     quote with its features;
  2. labels each candidate against the gold: right when its name matches the gold speaker as
     score.py matches names; for a quote whose gold has no speaker (a saying, a term), only the
     "no speaker" candidate is right;
  3. fits a conditional logit (a softmax over each quote's candidates; numpy, SciPy's L-BFGS,
     scikit-learn's vectoriser and folds), each set weighted equally whatever its size, and reports
     the speaker accuracy and the precision of given speakers of the argmax choice, cross-validated
     by document (5 folds, GroupKFold): these are the held-out figures;
  4. picks the threshold below which no speaker is given (on the cross-validated scores), fits on
     everything and writes the weights into the `scorer:` section of
     `Sources/QuoteKit/Resources/RulePacks/<lang>.yaml`, between its BEGIN/END markers.

Run `scripts/pack-rules.sh` afterwards (the packs are compiled in). The run is deterministic:
the same CLI and data give the same weights.

Usage: scripts/train-scorer.py [--bin PATH] [--lang zh|en|all] [--dry-run]
"""
import argparse
import importlib.util
import json
import math
import os
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
DEV = os.path.join(SHARED, "dev")
PACKS = os.path.join(ROOT, "Sources", "QuoteKit", "Resources", "RulePacks")
BEGIN = "# BEGIN scorer: written by scripts/train-scorer.py; do not edit by hand"
END = "# END scorer"

# language -> (set name, gold file, documents folder, extra CLI arguments)
SETS = {
    "zh": [
        ("zh-news", "zh-news/quotes.jsonl", "zh-news", ""),
        ("zh-novel", "zh-novel/gold.jsonl", "zh-novel", ""),
        ("zh-novel+list", "zh-novel/gold.jsonl", "zh-novel", "--aliases {dev}/zh-novel/people.csv"),
    ],
    "en": [
        ("en-news", "en-news/quotes.jsonl", "en-news", ""),
        ("en-novels", "en-novels/gold.jsonl", "en-novels", ""),
        ("en-novels+list", "en-novels/gold.jsonl", "en-novels", "--aliases {stem}.people.csv"),
    ],
}


def load_score():
    """score.py itself, so that labels use exactly the name matching the figures use."""
    spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "acceptance", "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def candidates_of(binary, path, extra):
    """Every quote's candidates for one document, keyed by (start, end)."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        stem = os.path.splitext(path)[0]
        args = extra.replace("{dev}", DEV).replace("{stem}", stem)
        cmd = f"{shlex.quote(binary)} extract --format jsonl --candidates {out.name} {args} {shlex.quote(path)}"
        res = subprocess.run(cmd, shell=True, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if res.returncode != 0:
            sys.exit(f"train-scorer: command failed on {path}: {res.stderr.strip().splitlines()[:1]}")
        rows = [json.loads(line) for line in open(out.name, encoding="utf-8") if line.strip()]
    return {(r["start"], r["end"]): r["candidates"] for r in rows}


def examples(binary, language, score):
    """(set, document, gold, candidates) for every gold quote that got candidates, and the number of
    gold quotations with a speaker per set (the denominator of speaker accuracy)."""
    result, totals = [], {}
    for name, gold_file, folder, extra in SETS[language]:
        gold = [json.loads(line) for line in open(os.path.join(DEV, gold_file), encoding="utf-8") if line.strip()]
        totals[name] = sum(1 for g in gold if g.get("kind") == "quotation" and g.get("speaker"))
        docs = sorted({g["doc"] for g in gold})
        with ThreadPoolExecutor(2) as pool:
            found = list(pool.map(lambda d: candidates_of(binary, os.path.join(DEV, folder, d), extra), docs))
        for doc, by_span in zip(docs, found):
            for g in (g for g in gold if g["doc"] == doc):
                cands = None
                for ds in (0, -1, 1):
                    for de in (0, -1, 1):
                        cands = cands or by_span.get((g["start"] + ds, g["end"] + de))
                if cands:
                    result.append((name, f"{name}/{doc}", g, cands))
    return result, totals


def label(score, gold, candidate):
    if gold.get("kind") != "quotation" or not gold.get("speaker"):
        return 1 if candidate["speaker"] is None else 0
    if candidate["speaker"] is None:
        return 0
    aliases = {score.norm(gold["speaker"])} | {score.norm(a) for a in gold.get("speaker_aliases", [])}
    return 1 if score.speaker_matches([score.norm(candidate["speaker"])], aliases) else 0


def evaluate(rows, scores, threshold, totals):
    """Speaker accuracy (over all gold quotations with a speaker, as score.py counts) and precision of
    given speakers, per set, when each quote takes its best candidate if that reaches the threshold."""
    right, given, wrong = {}, {}, {}
    for (name, _doc, gold, cands, labels), quote_scores in zip(rows, scores):
        best = max(range(len(cands)), key=lambda k: quote_scores[k])
        if quote_scores[best] < threshold or cands[best]["speaker"] is None:
            continue
        given[name] = given.get(name, 0) + 1
        if labels[best] and gold.get("speaker"):
            right[name] = right.get(name, 0) + 1
        else:
            wrong[name] = wrong.get(name, 0) + 1
    return {name: (right.get(name, 0) / totals[name] if totals[name] else 1.0,
                   right.get(name, 0) / given[name] if given.get(name) else 0.0) for name in totals}


def objective(figures):
    """Mean over sets of accuracy plus a quarter of the precision of given speakers: accuracy first, without giving up
    much precision (with half, the threshold rose until accuracy fell; with a tenth, precision fell too far)."""
    return sum(acc + 0.25 * prec for acc, prec in figures.values()) / len(figures)


def fit_ranker(x, groups_of, positives, quote_weights, l2=1.0):
    """A conditional logit: the weights that make each quote's right candidates likeliest among its
    candidates (softmax over the quote), with an L2 penalty. This trains the scorer for what it is
    used for, ranking a quote's candidates, rather than judging each candidate alone."""
    import numpy as np
    from scipy.optimize import minimize

    starts = np.array([g[0] for g in groups_of])
    ends = np.array([g[1] for g in groups_of])
    order = np.repeat(np.arange(len(groups_of)), ends - starts)
    positive = np.array(positives, dtype=float)
    qw = np.array(quote_weights)

    def loss(w):
        s = x @ w
        peak = np.maximum.reduceat(s, starts)
        e = np.exp(s - peak[order])
        total = np.add.reduceat(e, starts)
        good = np.add.reduceat(e * positive, starts)
        value = -np.sum(qw * (np.log(good) - np.log(total))) + l2 * w @ w
        # d/dw: per quote, E_all[x] - E_good[x]
        p_all = e / total[order]
        p_good = e * positive / good[order]
        grad = x.T @ ((p_all - p_good) * qw[order]) + 2 * l2 * w
        return value, grad

    result = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return result.x


def train(language, binary, dry_run):
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import GroupKFold

    score = load_score()
    data, totals = examples(binary, language, score)
    rows = [(name, doc, g, cands, [label(score, g, c) for c in cands]) for name, doc, g, cands in data]
    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform([c["features"] for _n, _d, _g, cands, _l in rows for c in cands])
    spans, at = [], 0
    for row in rows:
        spans.append((at, at + len(row[3])))
        at += len(row[3])
    per_set = {name: sum(1 for r in rows if r[0] == name) for name in totals}
    docs = np.array([r[1] for r in rows])

    def fit(quotes):
        """Fits on the quotes listed (those with a right candidate), each set weighted equally."""
        quotes = [q for q in quotes if any(rows[q][4])]
        index = np.concatenate([np.arange(*spans[q]) for q in quotes])
        local, at = [], 0
        for q in quotes:
            local.append((at, at + spans[q][1] - spans[q][0]))
            at += spans[q][1] - spans[q][0]
        positives = [y for q in quotes for y in rows[q][4]]
        weights = [1000.0 / max(1, per_set[rows[q][0]]) for q in quotes]
        return fit_ranker(x[index], local, positives, weights)

    # Held-out scores, by document.
    held = [None] * len(rows)
    for train_q, test_q in GroupKFold(n_splits=5).split(np.zeros(len(rows)), groups=docs):
        w = fit(list(train_q))
        for q in test_q:
            held[q] = list(x[spans[q][0]:spans[q][1]] @ w)
    thresholds = [t / 4 for t in range(-24, 13)]
    best = max(thresholds, key=lambda t: objective(evaluate(rows, held, t, totals)))
    figures = evaluate(rows, held, best, totals)
    print(f"{language}: {len(rows)} quotes with candidates, {x.shape[0]} candidates; threshold {best}")
    print(f"{language}: cross-validated by document (5 folds):")
    for name, (acc, prec) in figures.items():
        print(f"  {name:16} speaker accuracy {acc:.3f}  precision of given speakers {prec:.3f}")

    w = fit(list(range(len(rows))))
    names = vectorizer.get_feature_names_out()
    coefficients = {str(n): round(float(v), 4) for n, v in zip(names, w) if abs(v) >= 1e-4}
    if not dry_run:
        write(language, coefficients, best)
    return figures


def write(language, weights, threshold):
    path = os.path.join(PACKS, f"{language}.yaml")
    text = open(path, encoding="utf-8").read()
    lines = [BEGIN, "scorer:",
             f"  source: scripts/train-scorer.py on shared/dev ({', '.join(s[0] for s in SETS[language])})",
             f"  threshold: {threshold}", "  weights:"]
    for name in sorted(weights):
        lines.append(f"    {json.dumps(name)}: {weights[name]}")
    lines.append(END)
    block = "\n".join(lines) + "\n"
    if BEGIN in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block
    open(path, "w", encoding="utf-8").write(text)
    print(f"wrote the scorer of {path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "quotekit"))
    parser.add_argument("--lang", choices=["zh", "en", "all"], default="all")
    parser.add_argument("--dry-run", action="store_true", help="report the held-out figures, write nothing")
    args = parser.parse_args()
    if not os.path.isdir(DEV):
        sys.exit("train-scorer: ../shared/dev is missing: the scorer is trained on the development sets only")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("train-scorer: needs scikit-learn and numpy (pip install scikit-learn)")
    for language in (["zh", "en"] if args.lang == "all" else [args.lang]):
        train(language, os.path.abspath(args.bin), args.dry_run)


if __name__ == "__main__":
    main()
