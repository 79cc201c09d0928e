#!/usr/bin/env python3
"""Writes Data/traditional-chars.tsv from OpenCC's TSCharacters (traditional → simplified
characters), as shipped in Debian's libopencc-data (OpenCC 1.1.6, Apache-2.0):

    apt-get install -y opencc      # brings libopencc-data and the opencc_dict tool
    python3 Data/divisions/make-traditional-chars.py

Kept: single characters mapped to a single character, the first candidate where OpenCC
lists several (`乾 → 干 乾` gives 干); mappings to the character itself are left out. A
character whose simplified form is itself mapped (`薴 → 苧 → 苎`) maps to the end of the chain,
so folding once is folding fully.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "traditional-chars.tsv")
DICT = os.environ.get("OPENCC_DICT", "/usr/share/opencc/TSCharacters.ocd2")


def main():
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libopencc-data"],
                             capture_output=True, text=True).stdout or "unknown"
    with tempfile.TemporaryDirectory() as tmp:
        text = os.path.join(tmp, "TSCharacters.txt")
        subprocess.run(["opencc_dict", "-i", DICT, "-o", text, "-f", "ocd2", "-t", "text"], check=True)
        pairs = []
        with open(text, encoding="utf-8") as f:
            for line in f:
                traditional, candidates = line.rstrip("\n").split("\t")
                simplified = candidates.split(" ")[0]
                if len(traditional) == 1 and len(simplified) == 1 and simplified != traditional:
                    pairs.append((traditional, simplified))
    mapping = dict(pairs)
    for index, (traditional, simplified) in enumerate(pairs):
        seen = {traditional}
        while simplified in mapping and simplified not in seen:
            seen.add(simplified)
            simplified = mapping[simplified]
        pairs[index] = (traditional, simplified)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# traditional<TAB>simplified, from OpenCC TSCharacters (Debian libopencc-data "
                f"{version}, Apache-2.0); made by Data/divisions/make-traditional-chars.py\n")
        for traditional, simplified in sorted(pairs):
            f.write(f"{traditional}\t{simplified}\n")
    print(f"{len(pairs)} pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
