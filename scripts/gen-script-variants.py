#!/usr/bin/env python3
"""Write the Chinese pack's `scriptVariants` lexicon: each simplified character and its traditional forms.

Hong Kong and Taiwan news is written in traditional characters, and a lexicon written in simplified
ones (说, 强调, 记者) would miss it; listing every word twice by hand misses forms. The pack lists the
words once; when the pack is compiled, each word of every lexicon also gets its traditional spellings
from this table (see `CompiledPack`).

Source: OpenCC's character tables `STCharacters.txt`, and `TWVariants.txt` and `HKVariants.txt` for the
forms Taiwan and Hong Kong print (爲 → 為, 說 → 説) (Apache License 2.0, https://github.com/BYVoid/OpenCC),
as shipped in the PyPI package `opencc-python-reimplemented` 0.1.7 (Apache License 2.0). The package
is fetched with `pip download` into a temporary folder; nothing of it is committed but the pairs this
script selects: characters of the CJK Unified Ideographs block whose traditional form differs.
Entries are written as one string each, the simplified character first (`说說`, `发發髮`), between
BEGIN/END markers in `Sources/QuoteKit/Resources/RulePacks/zh.yaml`; run `scripts/pack-rules.sh` afterwards.
"""
import glob
import os
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from packblock import lexicon_lines, replace_block  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACK = os.path.join(ROOT, "Sources", "QuoteKit", "Resources", "RulePacks", "zh.yaml")
BEGIN = "  # BEGIN scriptVariants: written by scripts/gen-script-variants.py (OpenCC STCharacters, Apache-2.0); do not edit by hand"
END = "  # END scriptVariants"
PACKAGE = "opencc-python-reimplemented==0.1.7"


def in_basic_block(ch):
    return 0x4E00 <= ord(ch) <= 0x9FFF


def pairs(text):
    for line in text.splitlines():
        if "\t" in line:
            source, targets = line.split("\t", 1)
            yield source, targets.split()


def read_table(characters, regional):
    """Each simplified character with its traditional forms and their Taiwan and Hong Kong variants."""
    variants = {}
    for table in regional:
        for source, targets in pairs(table):
            variants.setdefault(source, []).extend(targets)
    entries = []
    for simplified, traditional in pairs(characters):
        forms = []
        for form in traditional:
            for candidate in [form] + variants.get(form, []):
                if candidate != simplified and candidate not in forms and len(candidate) == 1 and in_basic_block(candidate):
                    forms.append(candidate)
        if len(simplified) == 1 and in_basic_block(simplified) and forms:
            entries.append(simplified + "".join(forms))
    return sorted(entries)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, PACKAGE], check=True)
        wheel = glob.glob(os.path.join(tmp, "*.whl"))[0]
        with zipfile.ZipFile(wheel) as archive:
            def table(name):
                return archive.read(f"opencc/dictionary/{name}").decode("utf-8")
            entries = read_table(table("STCharacters.txt"), [table("TWVariants.txt"), table("HKVariants.txt")])
    replace_block(PACK, BEGIN, END, lexicon_lines("scriptVariants", entries, indent=18))
    print(f"wrote {len(entries)} script variants to {os.path.relpath(PACK, ROOT)}")


if __name__ == "__main__":
    main()
