#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from a tab-separated glossary.

Usage: scripts/fill_translations.py translations/ltv_zh_CN.ts translations/zh_CN.tsv
       scripts/fill_translations.py --plurals-only translations/ltv_en.ts translations/en.tsv

The glossary has one 'context<TAB>source<TAB>translation' per line (context may
be '*' to match any context). Escapes: \\n for newline, \\t for tab. A plural
("%n ...") message may list one translation per plural form, tab-separated
(English: singular<TAB>plural); a single one serves every form (Chinese).
Messages found in the glossary are marked finished; the rest are left
untouched, and the script lists every message that still has no translation
(with --plurals-only: every plural message, the others need none).
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main():
    args = sys.argv[1:]
    plurals_only = "--plurals-only" in args
    args = [a for a in args if a != "--plurals-only"]
    ts_path, tsv_path = args[0], args[1]
    glossary = {}
    with open(tsv_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                sys.exit(f"{tsv_path}:{number}: expected 3 (or more) tab-separated fields")
            glossary[(parts[0], unescape(parts[1]))] = [unescape(p) for p in parts[2:]]

    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = glossary.get((name, source), glossary.get(("*", source)))
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                continue
            if forms is not None:
                if numerus:
                    for form in list(translation):
                        translation.remove(form)
                    translation.text = None
                    for text in forms:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = forms[0]
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (
                    (translation.text or "").strip() or any((f.text or "").strip() for f in translation)):
                missing.append(f"{name}\t{source}")
    ET.indent(tree)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")
    for m in missing:
        print("untranslated:", m.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
