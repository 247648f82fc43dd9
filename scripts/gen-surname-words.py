#!/usr/bin/env python3
"""Write the Chinese pack's `surnameWords` lexicon: common two-character words that open with a surname character
(关键, 施工, 方面, 于是), which the lax parses read as a surname and a given name.

A clause that opens with such a word (问题的关键是…, 参加过大坝的施工) names nobody, but a parse that looks for a name
at the start of any clause (the mention sieve's subject, the people a document mentions) took 关键 for 关 + 键. A
hand-written list misses most of them; this script selects them from a maintained, licensed dictionary instead.

Source: the part-of-speech-tagged dictionary `dict.txt` of the Chinese segmenter jieba 0.42.1 (MIT licence), read
by `jieba_dict.py`.

Selection: words of two ideographs whose first character is one of the pack's `surnames`, used at least
MIN_FREQUENCY times in jieba's counts, not tagged as a person name (tags nr, nrt, nrfg: 高峰, 白云 stay possible
names), and not a word for people (游人, 司令: roles that speak): none the pack lists, none with an ending of
PEOPLE_ENDINGS. Words are written in simplified script only: the pack compiler adds traditional spellings.

The lexicon is written into `Sources/QuoteKit/Resources/RulePacks/zh.yaml` between BEGIN/END markers; run
`scripts/pack-rules.sh` afterwards.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jieba_dict import ZH_PACK, dictionary as jieba_dictionary, entries, is_ideographs, write_lexicon  # noqa: E402
from packblock import read_lexicon  # noqa: E402

MIN_FREQUENCY = 200
# Words ending so name people (游人, 华人, 严师) whether the pack lists them or not.
PEOPLE_ENDINGS = {"人", "员", "师", "士", "民", "客", "友"}
# The pack's lexicons of words for people, which the parse must still read.
PEOPLE_LEXICONS = ["personNouns", "titles", "honorifics", "maleKin", "femaleKin", "neutralKin", "knownNames", "maleTitles",
                   "femaleTitles"]


def select(dictionary, surname_set, people):
    words = set()
    for word, frequency, tag in entries(dictionary):
        if len(word) != 2 or word[0] not in surname_set or frequency < MIN_FREQUENCY or tag.startswith("nr"):
            continue
        if word not in people and word[-1] not in PEOPLE_ENDINGS and is_ideographs(word):
            words.add(word)
    return sorted(words)


def main():
    surname_set = {word for word in read_lexicon(ZH_PACK, "surnames") if len(word) == 1}
    # Words for people (游人, 华人) and titles (司令) are no names, but they do speak: the parse reads them as roles.
    people = set().union(*(read_lexicon(ZH_PACK, name) for name in PEOPLE_LEXICONS))
    words = select(jieba_dictionary(), surname_set, people)
    write_lexicon("surnameWords", words, "gen-surname-words.py", indent=17, what="surname words")


if __name__ == "__main__":
    main()
