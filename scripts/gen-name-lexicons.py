#!/usr/bin/env python3
"""Write the English pack's `maleNames` and `femaleNames` lexicons from a maintained, licensed name list.

Source: the first-name frequency tables of the 1990 US Census (`dist.male.first`,
`dist.female.first`; a work of the US government, in the public domain), as shipped in the PyPI
package `names` 0.3.0 (MIT licence). The package is fetched with `pip download` into a temporary
folder; nothing of it is committed but the names this script selects.

A name goes to the gender whose table gives it the higher frequency, and only when that frequency
is at least three times the other's (names used for both, such as Jean or Marion, are left out), and
at least MIN_PERCENT percent of that gender's population: the common names, not every rare spelling.
The lexicons are written into `Sources/QuoteKit/Resources/RulePacks/en.yaml` between BEGIN/END
markers; run `scripts/pack-rules.sh` afterwards.
"""
import glob
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACK = os.path.join(ROOT, "Sources", "QuoteKit", "Resources", "RulePacks", "en.yaml")
BEGIN = "  # BEGIN names: written by scripts/gen-name-lexicons.py (1990 US Census first names); do not edit by hand"
END = "  # END names"
MIN_PERCENT = 0.01
RATIO = 3.0


def read_table(path):
    table = {}
    for line in open(path, encoding="ascii"):
        parts = line.split()
        if len(parts) >= 2:
            table[parts[0].capitalize()] = float(parts[1])
    return table


def main():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder, "names==0.3.0"], check=True)
        archive = glob.glob(os.path.join(folder, "names-0.3.0*"))[0]
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        base = os.path.join(folder, "names-0.3.0", "names")
        male = read_table(os.path.join(base, "dist.male.first"))
        female = read_table(os.path.join(base, "dist.female.first"))
    males = sorted(n for n, f in male.items() if f >= MIN_PERCENT and f >= RATIO * female.get(n, 0))
    females = sorted(n for n, f in female.items() if f >= MIN_PERCENT and f >= RATIO * male.get(n, 0))

    def block(name, words):
        lines, line = [], f"  {name}: ["
        for k, word in enumerate(words):
            piece = word + (", " if k < len(words) - 1 else "]")
            if len(line) + len(piece) > 120:
                lines.append(line.rstrip())
                line = " " * (len(name) + 5)
            line += piece
        lines.append(line)
        return lines

    text = open(PACK, encoding="utf-8").read()
    new = "\n".join([BEGIN] + block("maleNames", males) + block("femaleNames", females) + [END]) + "\n"
    if BEGIN not in text:
        sys.exit(f"gen-name-lexicons: {PACK} lacks the line '{BEGIN.strip()}'")
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1].lstrip("\n")
    open(PACK, "w", encoding="utf-8").write(head + new + tail)
    print(f"wrote {len(males)} male and {len(females)} female first names into {PACK}")


if __name__ == "__main__":
    main()
