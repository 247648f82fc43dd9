#!/usr/bin/env python3
"""Compiles every Swift snippet of README.md and the DocC articles, so that the docs cannot rot.

    python3 scripts/check-snippets.py [--keep]

A ```swift block that starts with `// Package.swift` is a manifest fragment: it is put inside a
`Package(name:…)` call and evaluated with `swift package dump-package`. Any other block is a program:
a block with an `import` line starts a new one, a block without one continues the program of the
block before it in the same file (a later step of the same example). Each program becomes an
executable target of a throwaway package that depends on this checkout's library products by path,
with `#sourceLocation` lines so that an error names the Markdown file and line. The programs are
compiled, not run. A warning other than an unused or never-mutated value (a `try` on a call that
cannot throw, a deprecation) fails the check too. Prints one line per file and exits non-zero on
the first failure.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = ["README.md"] + sorted(
    os.path.join("Sources/QuoteKit/QuoteKit.docc", name)
    for name in os.listdir(os.path.join(ROOT, "Sources/QuoteKit/QuoteKit.docc"))
    if name.endswith(".md")
)
PRODUCTS = ["QuoteKit", "QuoteKitRules", "QuoteKitCSV"]
# Warnings that a snippet may have: it shows a value it does not go on to use.
TOLERATED = re.compile(r"never (used|mutated)|was never used")


def snippets(path):
    """(first line of the code, code) of each ```swift block of a Markdown file."""
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    for match in re.finditer(r"^```swift\n(.*?)^```", text, re.M | re.S):
        yield text[: match.start()].count("\n") + 2, match.group(1)


def programs_and_manifests():
    programs, manifests = [], []
    for path in DOCS:
        current = None
        for line, code in snippets(path):
            if code.startswith("// Package.swift"):
                manifests.append((path, line, code))
                continue
            if current is None or re.search(r"^import \w+", code, re.M):
                current = {"file": path, "parts": []}
                programs.append(current)
            current["parts"].append((line, code))
    return programs, manifests


def program_source(program):
    """The program's parts, imports first (Swift wants them before any statement), each with its source location."""
    imports, body = [], []
    for line, code in program["parts"]:
        lines = code.splitlines()
        body.append(f'#sourceLocation(file: "{program["file"]}", line: {line})')
        for offset, text in enumerate(lines):
            if re.match(r"import \w+\s*$", text):
                imports.append(f'#sourceLocation(file: "{program["file"]}", line: {line + offset})')
                imports.append(text)
                body.append("")  # keeps the lines after it where they are
            else:
                body.append(text)
    return "\n".join(imports + ["#sourceLocation()"] + body + ["#sourceLocation()", ""])


def run(command, cwd):
    return subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def check_manifests(manifests, work):
    for index, (path, line, code) in enumerate(manifests):
        folder = os.path.join(work, f"manifest{index}")
        os.makedirs(folder)
        with open(os.path.join(folder, "Package.swift"), "w", encoding="utf-8") as out:
            out.write("// swift-tools-version: 6.0\nimport PackageDescription\n\n"
                      f'let package = Package(\n    name: "SnippetCheck",\n{code}\n)\n')
        result = run(["swift", "package", "dump-package"], folder)
        if result.returncode != 0:
            sys.exit(f"{path}:{line}: the Package.swift snippet does not evaluate:\n{result.stdout}")


def check_programs(programs, work):
    package = os.path.join(work, "snippets")
    targets = []
    for index, program in enumerate(programs):
        name = f"Snippet{index + 1}"
        os.makedirs(os.path.join(package, "Sources", name))
        with open(os.path.join(package, "Sources", name, "main.swift"), "w", encoding="utf-8") as out:
            out.write(program_source(program))
        products = ", ".join(f'.product(name: "{p}", package: "QuoteKit")' for p in PRODUCTS)
        targets.append(f'        .executableTarget(name: "{name}", dependencies: [{products}]),')
    with open(os.path.join(package, "Package.swift"), "w", encoding="utf-8") as out:
        out.write("// swift-tools-version: 6.0\nimport PackageDescription\n\n"
                  f'let package = Package(\n    name: "Snippets",\n    platforms: [.macOS(.v13)],\n'
                  f'    dependencies: [.package(name: "QuoteKit", path: "{ROOT}")],\n    targets: [\n'
                  + "\n".join(targets) + "\n    ]\n)\n")
    result = run(["swift", "build"], package)
    # The snippets' own diagnostics name the Markdown files; the library's are not the docs' business.
    own = [line for line in result.stdout.splitlines()
           if any(line.startswith(os.path.join(package, "Sources", doc)) or line.startswith(doc + ":")
                  or f"/{doc}:" in line for doc in DOCS)]
    errors = [line for line in own if ": error:" in line]
    warnings = [line for line in own if ": warning:" in line and not TOLERATED.search(line)]
    if result.returncode != 0 or errors or warnings:
        print("\n".join(sorted(set(errors + warnings))) or result.stdout[-4000:])
        sys.exit("check-snippets: a Swift snippet of the docs does not compile cleanly")


def main():
    keep = "--keep" in sys.argv
    programs, manifests = programs_and_manifests()
    work = tempfile.mkdtemp(prefix="quotekit-snippets.")
    try:
        check_manifests(manifests, work)
        check_programs(programs, work)
    finally:
        if keep:
            print(f"check-snippets: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    parts = sum(len(p["parts"]) for p in programs)
    for doc in DOCS:
        count = sum(len(p["parts"]) for p in programs if p["file"] == doc) + sum(1 for m in manifests if m[0] == doc)
        if count:
            print(f"check-snippets: {doc}: {count} snippet(s) compile")
    print(f"check-snippets: {parts + len(manifests)} snippets ({len(programs)} programs, {len(manifests)} manifests) compile")


if __name__ == "__main__":
    main()
