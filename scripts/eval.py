#!/usr/bin/env python3
"""Accuracy of the quotekit CLI on the seed page and the development sets, with a ratchet.

Runs the CLI once per document of each set, scores its output against the set's gold exactly
as ../shared/acceptance/score.py does (the same functions, imported from it, and the same
matching loop with tolerance 1), and prints one table: documents, gold quotes, span F1, kind
accuracy, speaker accuracy, precision of given speakers and work accuracy. Every figure equals
what score.py prints for the same set and command.

Below the table, per set, attribution by rule: each predicted quote carries the id of the rule
that gave its speaker (`rule`). For one rule:
  - on gold    matched gold quotations (kind quotation, gold speaker set) it gave a speaker to;
  - right      those whose speaker matches the gold one (score.py's speaker_matches);
  - null/term  speakers it gave to gold quotes whose speaker is null, or to terms (always wrong);
  - unmatched  speakers it gave to predicted spans that match no gold span (always wrong);
  - firings    on gold + null/term + unmatched;
  - precision  right / firings;
  - recall     right / all gold quotations with a speaker (the set's speaker-accuracy
               denominator), so the rules' recall shares add up to the speaker accuracy.
Speakers given to gold quotes of kind `any` that have a speaker are ambiguous gold and counted
nowhere (score.py counts them only in its precision of given speakers). Two more lines close the
breakdown: "(no rule)", matched gold quotations with a speaker that were given none, and
"(span missed)", those whose span was not found at all. Note that per-rule precision is
stricter than score.py's precision of given speakers, which ignores speakers given to
null-speaker quotations and to unmatched spans.

The ratchet: Tests/eval-floors.json maps each set to its floors {f1, kind, speaker,
speaker_precision, work}, the figures of the last --update-floors run rounded down to three
decimals. --check fails (exit 1, one line per drop) when a figure is more than TOLERANCE (0.01)
below its floor; the slack absorbs rounding, not regressions. --update-floors only raises floors
(never lowers them, unless --force), and only for the sets that ran. The same file holds, under
the reserved key "minimum", hard gates that do not move with the ratchet and allow no slack:
the seed page must keep speaker 1.0, work 1.0, f1 >= 0.99 and kind >= 0.90 (the gate .ci/run
applied with score.py before this harness). They are edited by hand; --update-floors keeps them
(and writes the defaults below when it creates the file).

Usage (normally through scripts/eval.sh, which builds the CLI and passes --bin):
  python3 scripts/eval.py [--bin PATH] [--sets a,b] [--check] [--update-floors [--force]]
                          [--misses N] [--json FILE]

Exit status: 0 fine (sets whose files are missing are skipped with a note), 1 a figure below its
floor or minimum, 2 a command failed or printed unreadable output, or bad arguments.
Python 3.11 standard library only.
"""
import argparse
import importlib.util
import json
import math
import os
import shlex
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = "../shared"  # relative to ROOT, as in .ci/run; the script runs from ROOT
SCORE_PY = f"{SHARED}/acceptance/score.py"
FLOORS_FILE = "Tests/eval-floors.json"
DEV = f"{SHARED}/dev"

TOLERANCE = 0.01  # how far below its floor a figure may fall before --check fails
MATCH_TOLERANCE = 1  # score.py's default --tolerance: span ends may differ by one scalar
WORKERS = 2  # documents run at once (the project's machine has two cores)
METRICS = ("f1", "kind", "speaker", "speaker_precision", "work")
DEFAULT_MINIMUM = {"seed": {"f1": 0.99, "kind": 0.90, "speaker": 1.0, "work": 1.0}}
RESERVED_KEYS = ("minimum",)  # keys of the floors file that are not set names

# name, gold file, documents folder, extra CLI arguments ({file} and {stem} as in score.py).
SETS = (
    ("seed", f"{SHARED}/acceptance/seed-quotes.jsonl", f"{SHARED}/seeds", ""),
    ("zh-news", f"{DEV}/zh-news/quotes.jsonl", f"{DEV}/zh-news", ""),
    ("en-news", f"{DEV}/en-news/quotes.jsonl", f"{DEV}/en-news", ""),
    ("zh-novel", f"{DEV}/zh-novel/gold.jsonl", f"{DEV}/zh-novel", ""),
    ("zh-novel+list", f"{DEV}/zh-novel/gold.jsonl", f"{DEV}/zh-novel",
     f"--aliases {DEV}/zh-novel/people.csv"),
    ("en-novels", f"{DEV}/en-novels/gold.jsonl", f"{DEV}/en-novels", ""),
    ("en-novels+list", f"{DEV}/en-novels/gold.jsonl", f"{DEV}/en-novels",
     "--aliases {stem}.people.csv"),
)


def load_score():
    """score.py itself, so that normalisation and speaker matching can never drift from it."""
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines functions only; its main() is behind __main__
    return module


def read_gold(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_command(cmd):
    start = time.perf_counter()
    res = subprocess.run(cmd, shell=True, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return res, time.perf_counter() - start


class Matcher:
    """score.py's matching, made fast: each gold quote takes the first prediction, in output
    order, that is not yet used and whose start and end are both within the tolerance.
    score.py scans every prediction for every gold quote (quadratic: seconds on a novel);
    here predictions are bucketed by start, and the smallest unused index among the buckets
    within the tolerance is the very prediction score.py's scan would reach first."""

    def __init__(self, pred, tolerance):
        self.pred, self.tolerance, self.used = pred, tolerance, set()
        self.by_start = {}
        self.linear = False
        for i, p in enumerate(pred):
            if "start" not in p or "end" not in p:
                continue  # never matched, as in score.py; counted as a false positive
            if type(p["start"]) is not int:
                self.linear = True  # not bucketable: fall back to score.py's plain scan
            self.by_start.setdefault(p["start"], []).append(i)

    def match(self, g):
        tol = self.tolerance
        if self.linear:
            candidates = range(len(self.pred))
        else:
            candidates = sorted(i for s in range(g["start"] - tol, g["start"] + tol + 1)
                                for i in self.by_start.get(s, ()))
        for i in candidates:
            p = self.pred[i]
            if i in self.used or "start" not in p or "end" not in p:
                continue
            if abs(p["start"] - g["start"]) <= tol and abs(p["end"] - g["end"]) <= tol:
                self.used.add(i)
                return i
        return None


class SetScore:
    """score.py's counters for one set, plus the attribution tallies per rule."""

    def __init__(self, score):
        self.s = score
        self.tp = self.fp = self.fn = 0
        self.kind_ok = self.kind_n = 0
        self.spk_ok = self.spk_n = self.spk_pred = self.spk_pred_ok = 0
        self.work_ok = self.work_n = 0
        self.rules = {}  # rule id -> {on_gold, right, null_term, unmatched, on_any}
        self.no_speaker = 0  # matched gold quotations with a speaker that were given none
        self.span_missed = 0  # gold quotations with a speaker whose span was not found
        self.misses = []  # speaker misses: (doc, offset, want, got, rule, text)
        self.seconds = 0.0  # time spent in the commands

    def rule_tally(self, p):
        rule = self.s.field(p.get("rule"), "id", "name") or "(rule not given)"
        return self.rules.setdefault(rule, dict(on_gold=0, right=0, null_term=0, unmatched=0, on_any=0))

    def add_document(self, doc, gdoc, pred):
        """The body of score.py's per-document loop, statement for statement, with the per-rule
        tallies beside it."""
        s = self.s
        matcher = Matcher(pred, MATCH_TOLERANCE)
        for g in gdoc:
            best = matcher.match(g)
            if best is None:
                self.fn += 1
                if g.get("kind") == "quotation" and g.get("speaker"):
                    self.spk_n += 1
                    self.span_missed += 1
                if g.get("work"):
                    self.work_n += 1
                continue
            self.tp += 1
            p = pred[best]
            if g.get("kind") in ("quotation", "term"):
                self.kind_n += 1
                pk = p.get("kind")
                if pk == g["kind"] or (g["kind"] == "term" and pk not in (None, "quotation")):
                    self.kind_ok += 1
            names = s.speaker_names(p)
            aliases = None
            if g.get("speaker"):
                aliases = {s.norm(g["speaker"])} | {s.norm(a) for a in g.get("speaker_aliases", [])}
            if g.get("kind") == "quotation" and g.get("speaker"):
                self.spk_n += 1
                if s.speaker_matches(names, aliases):
                    self.spk_ok += 1
                else:
                    got = s.field(p.get("speaker"), "name", "canonical", "text", "mention")
                    rule = s.field(p.get("rule"), "id", "name") if names else None
                    self.misses.append((doc, g["start"], g["speaker"], got, rule, g.get("text", "")))
            if names and g.get("kind") == "term":
                self.spk_pred += 1  # a speaker given to a mere term is a wrong attribution
            elif names and g.get("speaker"):
                self.spk_pred += 1
                if s.speaker_matches(names, aliases):
                    self.spk_pred_ok += 1
            if g.get("work"):
                self.work_n += 1
                pw = s.norm(s.field(p.get("work"), "title", "name"))
                if pw == s.norm(g["work"]):
                    self.work_ok += 1
            # Attribution by rule (not in score.py; see the module docstring).
            if names:
                tally = self.rule_tally(p)
                if g.get("kind") == "term" or not g.get("speaker"):
                    tally["null_term"] += 1
                elif g.get("kind") == "quotation":
                    tally["on_gold"] += 1
                    tally["right"] += s.speaker_matches(names, aliases)
                else:
                    tally["on_any"] += 1
            elif g.get("kind") == "quotation" and g.get("speaker"):
                self.no_speaker += 1
        self.fp += len(pred) - len(matcher.used)
        for i, p in enumerate(pred):
            if i not in matcher.used and s.speaker_names(p):
                self.rule_tally(p)["unmatched"] += 1

    def figures(self):
        """score.py's formulas, including its values for empty denominators."""
        prec = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        rec = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "kind": self.kind_ok / self.kind_n if self.kind_n else 1.0,
            "speaker": self.spk_ok / self.spk_n if self.spk_n else 1.0,
            "speaker_precision": self.spk_pred_ok / self.spk_pred if self.spk_pred else 0.0,
            "work": self.work_ok / self.work_n if self.work_n else 1.0,
            "span_precision": prec,
            "span_recall": rec,
        }

    def counts(self):
        names = ("tp", "fp", "fn", "kind_ok", "kind_n", "spk_ok", "spk_n", "spk_pred",
                 "spk_pred_ok", "work_ok", "work_n", "no_speaker", "span_missed")
        return {n: getattr(self, n) for n in names}

    def rule_rows(self):
        """(rule, tally + firings, precision, recall share), most firings first."""
        rows = []
        for rule, t in self.rules.items():
            firings = t["on_gold"] + t["null_term"] + t["unmatched"]
            if firings == 0:
                continue  # fired only on kind-any gold: counted nowhere
            rows.append(dict(rule=rule, firings=firings, **t, precision=t["right"] / firings,
                             recall=t["right"] / self.spk_n if self.spk_n else 0.0))
        rows.sort(key=lambda r: (-r["firings"], r["rule"]))
        return rows


def parse_args(argv):
    ap = argparse.ArgumentParser(description="Accuracy of the quotekit CLI on the seed page and "
                                 "the development sets (see the module docstring).")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release/quotekit"),
                    help="the quotekit executable (default: .build/release/quotekit)")
    ap.add_argument("--sets", help="comma-separated set names (default: all): "
                    + ", ".join(name for name, *_ in SETS))
    ap.add_argument("--check", action="store_true", help=f"exit 1 when a figure is more than "
                    f"{TOLERANCE} below its floor in {FLOORS_FILE}, or below a minimum")
    ap.add_argument("--update-floors", action="store_true",
                    help="raise the floors of the sets run to the current figures")
    ap.add_argument("--force", action="store_true", help="with --update-floors: also lower floors")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print the first N speaker misses per set")
    ap.add_argument("--json", metavar="FILE", help="write all figures as JSON to FILE")
    args = ap.parse_args(argv)
    if args.force and not args.update_floors:
        ap.error("--force only goes with --update-floors")
    known = [name for name, *_ in SETS]
    if args.sets:
        wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
        unknown = [s for s in wanted if s not in known]
        if unknown:
            ap.error(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(known)}")
        args.sets = [s for s in known if s in wanted]
    else:
        args.sets = known
    return args


def floor3(x):
    """Rounded down to three decimals; the epsilon keeps 0.29 (stored as 0.28999…) at 0.29."""
    return math.floor(x * 1000 + 1e-9) / 1000


def load_floors():
    if not os.path.exists(FLOORS_FILE):
        return None
    with open(FLOORS_FILE, encoding="utf-8") as f:
        return json.load(f)


def check(results, floors):
    """One line per figure more than TOLERANCE below its floor or below its minimum."""
    drops = []
    if floors is None:
        return [f"eval: no {FLOORS_FILE}; create it with scripts/eval.sh --update-floors"]
    minimum = floors.get("minimum", {})
    for name, r in results.items():
        fig = r["figures"]
        floor = floors.get(name)
        if floor is None:
            drops.append(f"eval: {name}: no floors in {FLOORS_FILE}; add them with --update-floors")
        for metric in METRICS:
            if floor is not None and metric in floor and fig[metric] + 1e-9 < floor[metric] - TOLERANCE:
                drops.append(f"eval: {name}: {metric} {fig[metric]:.3f} is more than {TOLERANCE} "
                             f"below its floor {floor[metric]:.3f}")
            hard = minimum.get(name, {}).get(metric)
            if hard is not None and fig[metric] < hard:
                drops.append(f"eval: {name}: {metric} {fig[metric]:.3f} is below its minimum {hard}")
    return drops


def update_floors(results, floors, force):
    """Raises (or with force sets) the floors of the sets that ran; keeps everything else."""
    old = floors or {"minimum": DEFAULT_MINIMUM}
    new = {key: old[key] for key in RESERVED_KEYS if key in old}
    changes = []
    order = [name for name, *_ in SETS] + sorted(k for k in old if k not in RESERVED_KEYS)
    for name in dict.fromkeys(order):
        if name not in results:
            if name in old:
                new[name] = old[name]
            continue
        prev = old.get(name, {})
        entry = {}
        for metric in METRICS:
            current = floor3(results[name]["figures"][metric])
            value = current if force or metric not in prev else max(prev[metric], current)
            entry[metric] = value
            if prev.get(metric) != value:
                was = f"{prev[metric]:.3f}" if metric in prev else "none"
                changes.append(f"eval: floors: {name} {metric} {was} -> {value:.3f}")
        new[name] = entry
    if changes or floors is None:
        with open(FLOORS_FILE, "w", encoding="utf-8") as f:
            json.dump(new, f, indent=2, ensure_ascii=False)
            f.write("\n")
    return changes or ["eval: floors unchanged"]


def print_table(results):
    head = ("set", "docs", "gold", "span F1", "kind", "speaker", "spk prec", "work")
    rows = [head] + [(name, str(r["documents"]), str(r["gold"]),
                      *(f"{r['figures'][m]:.3f}" for m in METRICS)) for name, r in results.items()]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                        for i, (cell, w) in enumerate(zip(row, widths))))


def print_rules(name, r):
    c = r["counts"]
    print(f"\n{name}: attribution by rule ({c['spk_n']} gold quotations with a speaker)")
    fmt = "  {:<26} {:>7} {:>7} {:>6} {:>9} {:>9} {:>9} {:>7}"
    print(fmt.format("rule", "firings", "on gold", "right", "null/term", "unmatched", "precision", "recall"))
    for row in r["rules"]:
        print(fmt.format(row["rule"], row["firings"], row["on_gold"], row["right"], row["null_term"],
                         row["unmatched"], f"{row['precision']:.3f}", f"{row['recall']:.3f}"))
    share = (lambda n: f"{n / c['spk_n']:.3f}" if c["spk_n"] else "-")
    print(fmt.format("(no rule)", "", c["no_speaker"], "", "", "", "", share(c["no_speaker"])))
    print(fmt.format("(span missed)", "", c["span_missed"], "", "", "", "", share(c["span_missed"])))


def print_misses(name, misses, n):
    print(f"\n{name}: first {min(n, len(misses))} of {len(misses)} speaker misses (doc, offset, want, got, rule, text)")
    for doc, offset, want, got, rule, text in misses[:n]:
        text = " ".join(text.split())
        print(f"  {doc} {offset}  want {want}  got {got or '-'}  [{rule or '-'}]  {text[:40]}")


def main(argv):
    args = parse_args(argv)
    args.bin = os.path.abspath(args.bin)  # given relative to the caller's directory, not ROOT
    if args.json:
        args.json = os.path.abspath(args.json)
    os.chdir(ROOT)  # every path above is relative to the repository root, as in .ci/run
    started = time.perf_counter()
    if not os.path.isfile(SCORE_PY):
        print(f"eval: {SCORE_PY} not found (../shared is not beside the checkout); skipping")
        return 0
    if not os.access(args.bin, os.X_OK):
        print(f"eval: no quotekit executable at {args.bin}")
        return 2
    score = load_score()
    binary = shlex.quote(args.bin)

    # Every set's documents, in score.py's order (sorted by name), queued on WORKERS threads;
    # results are read back in that same order, so the figures and misses are deterministic.
    plans = []
    for name, gold_path, docs_dir, extra in SETS:
        if name not in args.sets:
            continue
        missing = [p for p in (gold_path, docs_dir) if not os.path.exists(p)]
        if missing:
            print(f"eval: skipping {name}: {missing[0]} not found")
            continue
        gold = read_gold(gold_path)
        by_doc = {}
        for g in gold:
            by_doc.setdefault(g["doc"], []).append(g)
        template = " ".join(part for part in (binary, "extract --format jsonl", extra, "{file}") if part)
        docs = sorted(by_doc)
        plans.append((name, gold, by_doc, docs, docs_dir, template))

    results = {}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        jobs = []
        for name, gold, by_doc, docs, docs_dir, template in plans:
            for doc in docs:
                path = os.path.join(docs_dir, doc)
                cmd = (template.replace("{file}", shlex.quote(path))
                       .replace("{stem}", shlex.quote(os.path.splitext(path)[0])))
                jobs.append(pool.submit(run_command, cmd))
        it = iter(jobs)
        for name, gold, by_doc, docs, docs_dir, template in plans:
            sc = SetScore(score)
            for doc in docs:
                res, seconds = next(it).result()
                sc.seconds += seconds
                if res.returncode != 0:
                    first = (res.stderr.strip().splitlines() or [f"exit {res.returncode}"])[0]
                    print(f"eval: {name}: command failed on {doc}: {first}")
                    pool.shutdown(wait=False, cancel_futures=True)
                    return 2
                try:
                    pred = score.parse_output(res.stdout)
                except Exception as e:  # noqa: BLE001 - any unreadable output is the command's fault
                    print(f"eval: {name}: unreadable output on {doc}: {e}")
                    pool.shutdown(wait=False, cancel_futures=True)
                    return 2
                sc.add_document(doc, by_doc[doc], pred)
            results[name] = dict(documents=len(docs), gold=len(gold), figures=sc.figures(),
                                 counts=sc.counts(), rules=sc.rule_rows(),
                                 command_seconds=round(sc.seconds, 3), misses=sc.misses)

    if results:
        print_table(results)
        for name, r in results.items():
            print_rules(name, r)
        if args.misses > 0:
            for name, r in results.items():
                print_misses(name, r["misses"], args.misses)
    elapsed = time.perf_counter() - started
    documents = sum(r["documents"] for r in results.values())
    print(f"\neval: {len(results)} sets, {documents} documents in {elapsed:.1f} s "
          f"({WORKERS} at once; {sum(r['command_seconds'] for r in results.values()):.1f} s in the CLI)")

    status = 0
    floors = load_floors()
    drops = []
    if args.check and results:
        drops = check(results, floors)
        for line in drops:
            print(line)
        if not drops:
            print("eval: all sets at or above their floors")
        status = 1 if drops else 0
    if args.update_floors and results:
        for line in update_floors(results, floors, args.force):
            print(line)
    if args.json:
        out = {"bin": args.bin, "seconds": round(elapsed, 3), "tolerance": TOLERANCE,
               "check": {"ran": args.check, "drops": drops}, "sets": {}}
        for name, r in results.items():
            r = dict(r)
            r["misses"] = [dict(zip(("doc", "offset", "want", "got", "rule", "text"), m))
                           for m in r["misses"]]
            out["sets"][name] = r
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
