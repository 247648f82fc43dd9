#!/usr/bin/env python3
"""Writes the English pack's reporting-verb lexicons (`cues`, `participleCues`, `invertingCues`) from verb lemmas.

A reporting verb appears as `said`, `says`, `saying` or after an auxiliary (`has said`); listing every
form by hand misses forms (`explains` but not `explained`), so the pack's lists are generated here
from lemmas with English inflection rules and the irregular forms below. Edit the lists in this
file, run it, then `bash scripts/pack-rules.sh`.

    python3 scripts/gen-english-cues.py            # rewrites the block in the English pack
"""
import os
import re
import sys

PACK = os.path.join(os.path.dirname(__file__), "..", "Sources", "QuoteKit", "Resources", "RulePacks", "en.yaml")

# Verbs that introduce or attribute speech or writing. Verbs of thought or perception (think, feel,
# read, hear) are left out: "She read the sign 'Closed'" names no speaker.
LEMMAS = """
say tell ask reply answer respond retort rejoin return add continue resume repeat begin explain note observe
remark comment state declare announce proclaim assert affirm maintain contend argue claim insist stress emphasise
emphasize warn caution advise urge recommend suggest admit concede acknowledge confess confide confirm deny
reveal disclose report recall predict promise vow pledge swear assure reassure boast brag complain
grumble lament protest object counter rebut dismiss scoff sneer mock tease joke quip laugh chuckle giggle titter
smile grin sigh groan moan wail sob whimper whine cry shout yell scream shriek roar bellow bawl thunder snarl growl
snap hiss whisper murmur mutter mumble stammer stutter falter gasp pant breathe exclaim call plead beg implore
entreat beseech demand command inquire enquire query question wonder muse reflect interrupt interject
interpose agree assent acquiesce concur corroborate echo correct remonstrate expostulate admonish scold rebuke
reproach chide comfort console encourage greet hail praise laud welcome thank congratulate apologise apologize
criticise criticize condemn denounce blast slam accuse describe label brand dub testify stipulate conclude
summarise summarize relate narrate recount write tweet quote cite inform venture persist pursue ejaculate
sniff snort huff bluster blurt babble chatter prattle drawl croak squeak squeal purr coo lisp chant recite declaim
observe submit appeal intone marvel rejoice exult concede sputter splutter rasp rumble wheeze simper smirk beam
show
"""

# Forms that the rules below do not produce: past, participle, third person, -ing.
IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"],
    "begin": ["began", "begun", "begins", "beginning"],
    "swear": ["swore", "sworn", "swears", "swearing"],
    "admit": ["admitted", "admits", "admitting"],
    "submit": ["submitted", "submits", "submitting"],
    "snap": ["snapped", "snaps", "snapping"],
    "sob": ["sobbed", "sobs", "sobbing"],
    "grin": ["grinned", "grins", "grinning"],
    "slam": ["slammed", "slams", "slamming"],
    "dub": ["dubbed", "dubs", "dubbing"],
    "quip": ["quipped", "quips", "quipping"],
    "label": ["labelled", "labeled", "labels", "labelling", "labeling"],
    "counsel": ["counselled", "counseled", "counsels"],
    "rebut": ["rebutted", "rebuts", "rebutting"],
    "interject": ["interjected", "interjects", "interjecting"],
    "coo": ["cooed", "coos", "cooing"],
    "echo": ["echoed", "echoes", "echoing"],
    "lisp": ["lisped", "lisps", "lisping"],
    "blurt": ["blurted", "blurts", "blurting", "blurted out"],
    "brag": ["bragged", "brags", "bragging"],
    "beg": ["begged", "begs", "begging"],
    "concur": ["concurred", "concurs", "concurring"],
}

# Forms that are more often nouns than verbs next to a name ("the United States", "his notes", "police
# reports"): left out so that a noun phrase is not read as a speaker and a cue.
NOUN_FORMS = {"states", "orders", "questions", "thanks", "reports", "objects", "counters", "protests", "comments",
              "returns", "promises", "smiles", "grins", "laughs", "sighs", "groans", "moans", "wails", "roars",
              "quotes", "thunders", "appeals", "pledges", "vows", "echoes", "demands"}

# Lemmas whose bare form is also a cue: "I say", "they say", "you ask".
BARE = ["say", "ask", "reply", "tell", "warn", "insist", "claim", "accuse", "describe", "argue"]

# Multi-word cues and phrasal verbs.
PHRASES = ["went on", "goes on", "go on", "said to", "cried out", "called out", "burst out", "broke in", "put in",
           "chimed in", "pointed out", "points out", "has called", "have called", "has said", "had said",
           "hit out at", "hits out at", "lashed out at", "spoke of", "speaks of", "spoke up", "piped up",
           "thought aloud", "summed up", "sums up", "owned"]

# Verbs whose following noun phrase is the one spoken to or about (told BBC News: "…"), never an inverted
# subject: left out of `invertingCues`, the cues of `said he, "…"`.
OBJECT_LEMMAS = set("""
tell inform assure reassure warn urge advise ask question beg implore entreat beseech command inquire enquire thank
congratulate greet hail praise laud welcome criticise criticize condemn denounce blast slam accuse describe call
label brand dub quote cite mock tease scold rebuke reproach chide comfort console encourage admonish interrupt
""".split())

# Participles that open a clause carrying a partial quote (…, accusing them of "…").
PARTICIPLE_LEMMAS = """
say accuse describe call claim warn insist argue add urge brand label dismiss denounce praise condemn tell suggest
admit complain predict promise vow brand dub hail welcome criticise criticize blame stress note describe quote
""".split()
PARTICIPLE_PHRASES = ["describing it as", "calling it", "branding it", "labelling it"]

VOWELS = set("aeiou")


def third_person(verb):
    if re.search(r"(s|x|z|ch|sh)$", verb):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def past(verb):
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in VOWELS:
        return verb[:-1] + "ied"
    return verb + "ed"


def gerund(verb):
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def forms(verb):
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    return [past(verb), third_person(verb), gerund(verb)]


def yaml_list(words, indent):
    """A flow list wrapped at 120 columns; words with spaces are quoted."""
    out, line = [], ""
    for word in words:
        item = f'"{word}"' if " " in word else word
        piece = item + ", "
        if len(line) + len(piece) + indent > 118:
            out.append(line.rstrip())
            line = ""
        line += piece
    out.append(line.rstrip().rstrip(","))
    return ("\n" + " " * indent).join(out)


def unique(words):
    seen, out = set(), []
    for word in words:
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def main():
    lemmas = unique(LEMMAS.split())
    cues = unique([form for lemma in lemmas for form in forms(lemma) if form not in NOUN_FORMS] + BARE + PHRASES)
    inverting = unique([form for lemma in lemmas if lemma not in OBJECT_LEMMAS for form in forms(lemma) if form not in NOUN_FORMS]
                       + [word for word in BARE if word not in OBJECT_LEMMAS]
                       + [phrase for phrase in PHRASES if phrase.split()[0] not in ("said", "has", "have", "had") or phrase == "said"])
    participles = unique([gerund(lemma) if lemma not in IRREGULAR else next(f for f in IRREGULAR[lemma] if f.endswith("ing"))
                          for lemma in PARTICIPLE_LEMMAS] + PARTICIPLE_PHRASES)
    block = ("# BEGIN cues: written by scripts/gen-english-cues.py; do not edit by hand\n"
             f"  cues: [{yaml_list(cues, 9)}]\n"
             f"  participleCues: [{yaml_list(participles, 19)}]\n"
             f"  invertingCues: [{yaml_list(inverting, 18)}]\n"
             "# END cues\n")
    text = open(PACK, encoding="utf-8").read()
    pattern = re.compile(r"# BEGIN cues.*?# END cues\n", re.S)
    if not pattern.search(text):
        sys.exit(f"{PACK}: no '# BEGIN cues' … '# END cues' block")
    text = pattern.sub(lambda _: block, text)
    with open(PACK, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {len(cues)} cues, {len(participles)} participle cues and {len(inverting)} inverting cues to {os.path.relpath(PACK)}")


if __name__ == "__main__":
    main()
