#!/usr/bin/env python3
"""Prints a libFuzzer dictionary of the form vocabulary's words (Data/vocabulary.yaml and the
framework's labels), so that the forms target builds inputs out of real titles, keys,
column titles and labels."""
import re
import sys

words = set()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.lstrip().startswith("#"):
            continue
        words.update(re.findall(r"[\u4e00-\u9fff][^\s,\[\]\"']*", line))
# libFuzzer takes printable ASCII only: every byte of the UTF-8 written as \xNN.
for word in sorted(words):
    print('"%s"' % "".join("\\x%02x" % b for b in word.encode("utf-8")))
