"""The part-of-speech-tagged dictionary of the Chinese segmenter jieba 0.42.1 (MIT licence,
https://github.com/fxsjy/jieba), the source the gen-*.py scripts select Chinese lexicons from. It is fetched from
PyPI with `pip download` into a temporary folder; nothing of it is committed but the words a script selects."""
import glob
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "jieba==0.42.1"


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
