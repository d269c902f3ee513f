#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Grapevine developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a finished translation catalogue is, for translators and for the test suite
(tests/models/TranslationCatalogueTest.cpp runs it on catalogues brought up to date with lupdate).
Lists every problem: unfinished or obsolete entries, and translations that lose what the
program fills in or the keyboard needs (%1 … %99, %n, accelerators &X, HTML tags, leading and
trailing spaces).

    scripts/check-translations.py translations/grapevine_de.ts [...]
    scripts/check-translations.py --summary translations/grapevine_*.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
# An accelerator: & before a letter or digit, not the && of a literal ampersand, not an entity.
ACCEL = re.compile(r"(?<!&)&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\w)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text))


def edges(text):
    lead = len(text) - len(text.lstrip(" "))
    trail = len(text) - len(text.rstrip(" "))
    return lead, trail


def check_text(source, translation, numerus, where):
    problems = []
    if not translation.strip():
        return [f"{where}: empty translation"]
    want = placeholders(source)
    got = placeholders(translation)
    if numerus:
        # A singular form may spell the number out ("ein", "un"): %n may be left out there.
        want = [p for p in want if p != "n"]
        got = [p for p in got if p != "n"]
    if want != got:
        problems.append(f"{where}: placeholders {want} in the source, {got} in the translation")
    if len(ACCEL.findall(source)) != len(ACCEL.findall(translation)):
        problems.append(f"{where}: the source has {len(ACCEL.findall(source))} keyboard accelerator(s) (&X), "
                        f"the translation {len(ACCEL.findall(translation))}")
    if tags(source) != tags(translation):
        problems.append(f"{where}: HTML tags {tags(source)} in the source, {tags(translation)} in the translation")
    if edges(source) != edges(translation):
        problems.append(f"{where}: leading/trailing spaces differ from the source")
    return problems


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    count = 0
    done = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] {source[:60]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                problems.append(f"{where}: obsolete entry (run the update_translations target)")
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            done += 1
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms:
                    problems.append(f"{where}: no plural forms")
                if forms and "n" in placeholders(source) and "n" not in placeholders(forms[-1]):
                    problems.append(f"{where}: the plural form must show the number (%n)")
                for i, form in enumerate(forms):
                    problems += check_text(source, form, True, f"{where} (form {i})")
            else:
                problems += check_text(source, translation.text or "", False, where)
    return count, done, problems


def main(argv):
    summary = "--summary" in argv
    paths = [a for a in argv if not a.startswith("--")]
    failed = False
    for path in paths:
        count, done, problems = check(path)
        print(f"{path}: {done} of {count} translated, {len(problems)} problem(s)")
        if not summary:
            for p in problems:
                print("  " + p)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
