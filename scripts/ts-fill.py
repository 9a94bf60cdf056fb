#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations in a Qt .ts file from a table, and the English file from the source text.

    scripts/ts-fill.py translations/sujarit_en.ts --identity
    scripts/ts-fill.py translations/sujarit_th.ts translations/th.tsv

The .tsv has one "source<TAB>translation" per line (\\n for a line break; for plural forms, the forms separated
by " || "). Entries already translated are kept. Run it after `cmake --build build --target sujarit_gui_lupdate`.
"""
import html
import re
import sys


def load_table(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            source, _, target = line.partition("\t")
            table[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    return table


def main():
    path = sys.argv[1]
    identity = sys.argv[2] == "--identity"
    table = {} if identity else load_table(sys.argv[2])
    text = open(path, encoding="utf-8").read()
    missing = []

    def fill(m):
        numerus, source, rest = m.group(1) or "", m.group(2), m.group(3)
        if 'type="unfinished"' not in rest and "<translation" in rest:
            return m.group(0)
        plain = html.unescape(source)
        target = plain if identity else table.get(plain)
        if target is None:
            missing.append(plain)
            return m.group(0)
        rest = re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", "", rest, flags=re.S)
        if numerus:
            forms = target.split(" || ")
            body = "".join(f"<numerusform>{html.escape(x, quote=False)}</numerusform>" for x in forms)
        else:
            body = html.escape(target, quote=False)
        return f"<message{numerus}>\n        <source>{source}</source>{rest.rstrip()}\n        <translation>{body}</translation>\n    </message>"

    text = re.sub(r'<message( numerus="yes")?>\s*<source>(.*?)</source>(.*?)</message>', fill, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)
    for s in missing:
        print(f"no translation: {s!r}", file=sys.stderr)
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
