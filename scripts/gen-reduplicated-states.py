#!/usr/bin/env python3
"""Write the Chinese pack's `reduplicatedStates` lexicon: words of state in the ABB shape (乐呵呵, 笑眯眯, 急匆匆).

Such a word opens the adverbial of manner after a subject (周明乐呵呵地说). Its first character would otherwise be read
as the last character of a three-character name (周明乐), so the speaker parser keeps a name from ending inside one.

Source: the part-of-speech-tagged dictionary `dict.txt` of the Chinese segmenter jieba 0.42.1 (MIT licence), read by
`jieba_dict.py`: nothing of it is committed but the words this script selects.

Selection: words of three ideographs tagged `z` (state words) whose last two characters are the same and differ from
the first. Words are written in simplified script only: the pack compiler adds traditional spellings.

The lexicon is written into `Sources/QuoteKit/Resources/RulePacks/zh.yaml` between BEGIN/END markers; run
`scripts/pack-rules.sh` afterwards.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jieba_dict import dictionary as jieba_dictionary, entries, is_ideographs, write_lexicon  # noqa: E402


def select(dictionary):
    words = set()
    for word, _, tag in entries(dictionary):
        if tag == "z" and len(word) == 3 and is_ideographs(word) and word[1] == word[2] and word[0] != word[1]:
            words.add(word)
    return sorted(words)


def main():
    words = select(jieba_dictionary())
    write_lexicon("reduplicatedStates", words, "gen-reduplicated-states.py", indent=23, what="reduplicated state words")


if __name__ == "__main__":
    main()
