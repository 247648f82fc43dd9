"""Reads a rule pack's lexicons and writes a generated one between its BEGIN/END marker lines (used by the gen-*.py
scripts)."""
import re
import sys


def lexicon_lines(name, words, indent, width=118):
    """The YAML flow list `  name: [a, b, …]`, wrapped before `width` columns, continuation lines indented by `indent`."""
    lines, line = [], f"  {name}: ["
    for word in words:
        piece = word + ", "
        if len(line) + len(piece) > width:
            lines.append(line.rstrip())
            line = " " * indent
        line += piece
    lines.append(line.rstrip().rstrip(",") + "]")
    return lines


def replace_block(path, begin, end, lines):
    """Replaces the text from the `begin` marker to the `end` marker (both kept) in the file at `path` by `lines`."""
    text = open(path, encoding="utf-8").read()
    start, stop = text.find(begin), text.find(end)
    if start < 0 or stop < 0:
        sys.exit(f"{path}: no '{begin.strip()}' … '{end.strip()}' markers")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text[:start] + "\n".join([begin] + lines + [end]) + text[stop + len(end):])


def read_lexicon(path, name):
    """The words of the lexicon `name` in the pack at `path`, a flow list that may run over several lines with comments."""
    found = re.search(r"\n  " + name + r": \[(.*?)\]", open(path, encoding="utf-8").read(), re.S)
    if not found:
        sys.exit(f"{path}: no {name} lexicon")
    body = re.sub(r"#[^\n]*", "", found.group(1))
    return {word.strip() for word in body.split(",") if word.strip()}
