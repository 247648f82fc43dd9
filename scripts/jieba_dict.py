"""The part-of-speech-tagged dictionary of the Chinese segmenter jieba 0.42.1 (MIT licence,
https://github.com/fxsjy/jieba), the source the gen-*.py scripts select Chinese lexicons from. It is fetched from
PyPI with `pip download` into a temporary folder; nothing of it is committed but the words a script selects."""
import glob
import os
import subprocess
import sys
import tarfile
import tempfile

from packblock import lexicon_lines, replace_block

PACKAGE = "jieba==0.42.1"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The Chinese pack, which the gen-*.py scripts that read this dictionary write into.
ZH_PACK = os.path.join(ROOT, "Sources", "QuoteKit", "Resources", "RulePacks", "zh.yaml")


def dictionary():
    """The text of jieba's `dict.txt`: one entry a line, `word frequency tag`."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q", "-d", tmp, PACKAGE],
                       check=True)
        archive = glob.glob(os.path.join(tmp, "jieba-*.tar.gz"))[0]
        with tarfile.open(archive) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("jieba/dict.txt"))
            return tar.extractfile(member).read().decode("utf-8")


def is_ideographs(word):
    """Whether every character of `word` is a CJK ideograph of the basic block."""
    return all(0x4E00 <= ord(ch) <= 0x9FFF for ch in word)


def entries(dictionary):
    """The well-formed entries of the text of `dict.txt`: (word, frequency, tag) triples."""
    for line in dictionary.splitlines():
        parts = line.split()
        if len(parts) == 3:
            yield parts[0], int(parts[1]), parts[2]


def write_lexicon(name, words, script, indent, what):
    """Writes `words` as the lexicon `name` of the Chinese pack, between the BEGIN/END markers that say `script` wrote
    it from this dictionary; continuation lines are indented by `indent`. Says how many `what` it wrote."""
    begin = f"  # BEGIN {name}: written by scripts/{script} (jieba 0.42.1 dict.txt, MIT); do not edit by hand"
    replace_block(ZH_PACK, begin, f"  # END {name}", lexicon_lines(name, words, indent=indent))
    print(f"wrote {len(words)} {what} to {os.path.relpath(ZH_PACK, ROOT)}")
