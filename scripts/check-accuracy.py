#!/usr/bin/env python3
"""Scores `quotekit check --format jsonl` output against a gold file of expected verdicts and sources.

    quotekit check --format jsonl --library ../shared/library/classics.jsonl Fixtures/check/classics-article.txt \
        | python3 scripts/check-accuracy.py Fixtures/check/classics-article.gold.tsv

The gold file has one line per quotation, in text order: the quotation's first characters (its quote mark
included to tell apart two quotes that start alike), the verdict, the source works (`|` between
alternatives, `-` for none) and a note; `#` lines are comments. A quotation is right when its verdict is
the expected one and its source work (in Chinese, what follows a space dropped: 戲爲六絕句 六) is one of the expected works.
Prints each miss and the total; exits 1 when a gold line has no quotation.
"""
import json
import sys


def main() -> int:
    gold = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            prefix, verdict, works, *note = line.split("\t")
            gold.append((prefix, verdict, set(works.split("|")) if works != "-" else set(), note[0] if note else ""))
    quotes = [json.loads(line) for line in sys.stdin if line.strip()]
    quotes = [q for q in quotes if q.get("check") and q["check"]["verdict"] != "unchecked"]
    right = 0
    for prefix, verdict, works, note in gold:
        quote = next((q for q in quotes if (q["text"] + (q["close"] or "")).startswith(prefix)), None)
        if quote is None:
            print(f"missing: {prefix}")
            return 1
        quotes.remove(quote)
        check = quote["check"]
        source = check["source"]["work"] if check.get("source") else None
        if source and any("\u4e00" <= c <= "\u9fff" for c in source):
            source = source.split(" ")[0]  # a Chinese poem number or a part after the title: 戲爲六絕句 六
        ok = check["verdict"] == verdict and ((source in works) if works else source is None)
        right += ok
        if not ok:
            print(f"{quote['id']}: {prefix}: got {check['verdict']} {source or '-'}, expected {verdict} {'|'.join(sorted(works)) or '-'} ({note})")
    print(f"right: {right}/{len(gold)} ({100 * right / len(gold):.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
