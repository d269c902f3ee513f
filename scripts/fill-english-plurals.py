#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Grapevine developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the plural forms of translations/grapevine_en.ts after `update_translations`.

English is the source language, so its catalogue holds only the strings with %n. Each
"word(s)" becomes "word" in the singular form and "words" in the plural form; entries that
already have forms are kept. Run: scripts/fill-english-plurals.py
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ts = Path(__file__).resolve().parent.parent / "translations" / "grapevine_en.ts"


def forms(source: str):
    singular = re.sub(r"(\w+)\((e?s)\)", r"\1", source)
    plural = re.sub(r"(\w+)\((e?s)\)", r"\1\2", source)
    return singular, plural


tree = ET.parse(ts)
filled = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    existing = [f.text for f in translation.findall("numerusform")]
    if translation.get("type") != "unfinished" and all(existing):
        continue
    for f in list(translation):
        translation.remove(f)
    for text in forms(source):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    translation.attrib.pop("type", None)
    filled += 1

ET.indent(tree, space="    ")
body = ET.tostring(tree.getroot(), encoding="unicode")
ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
print(f"{filled} plural entries filled in {ts}", file=sys.stderr)
