#!/usr/bin/env python3
"""Unanswerable questions in the shapes of SQuAD 2.0's adversarial ones, made from squad-b's questions, for `bot eval`.

SQuAD 2.0's writers took a question a paragraph answers and changed one word so that it no longer does. Four of
their shapes can be made without hand labels:
  year      a year the question names, moved to one its source article never writes ("… in 1953?");
  antonym   a word swapped for its opposite that its source article never uses ("the smallest city");
  negation  "not" put after the question's first verb ("What did not …?"), read crudely but in SQuAD 2.0's way;
  swap      a name of the question swapped for another name its source article uses ("entity swap"; a random
            draw with a fixed seed, so a swap can now and then still be answerable).
Each made question keeps nothing of its answer, so only abstaining is right (abstain_right). SQuAD 2.0's own questions
are not here; they are measured outside.

usage: scripts/adversarial-questions.py SQUAD_B_FOLDER QUESTIONS.jsonl OUT_FOLDER
       (writes OUT_FOLDER/year.jsonl, antonym.jsonl, negation.jsonl and swap.jsonl)
"""
import json
import os
import random
import re
import sys

PAIRS = [("largest", "smallest"), ("biggest", "smallest"), ("most", "least"), ("first", "last"), ("highest", "lowest"),
         ("earliest", "latest"), ("before", "after"), ("increase", "decrease"), ("increased", "decreased"),
         ("oldest", "youngest"), ("older", "younger"), ("north", "south"), ("east", "west"), ("won", "lost"),
         ("win", "lose"), ("maximum", "minimum"), ("longest", "shortest"), ("best", "worst"), ("rise", "fall"),
         ("began", "ended"), ("start", "end"), ("major", "minor"), ("larger", "smaller"), ("higher", "lower"),
         ("more", "fewer")]
OPPOSITE = {**{a: b for a, b in PAIRS}, **{b: a for a, b in PAIRS}}
WH = ("what", "who", "which", "why", "how", "where", "when")
NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")
NOT_NAMES = {"What", "Who", "Which", "When", "Where", "How", "Why", "The", "In", "A", "An", "Of", "On", "At", "For", "Is",
             "Was", "Did", "Does", "Do", "By", "To", "From", "As", "According", "After", "Before", "During", "It", "He",
             "She", "They", "This", "That", "His", "Her", "Their"}


def unanswerable(question, suffix, text):
    return {"id": question["id"] + suffix, "question": text, "answers": [], "sources": [], "kind": "unanswerable"}


def antonym(question, article):
    words = re.findall(r"\w+|\W+", question["question"])
    for i, word in enumerate(words):
        other = OPPOSITE.get(word.lower())
        if other is not None:
            if re.search(r"\b" + other + r"\b", article):
                return None
            return unanswerable(question, "-ant", "".join(words[:i] + [other] + words[i + 1:]))
    return None


def negation(question):
    match = re.match(r"^(\w+(?: \w+)?) (did|was|were|is|are|does|do|can|could|would|has|had|will) (.*)$", question["question"])
    if match and match.group(1).lower().split()[0] in WH:
        return unanswerable(question, "-neg", f"{match.group(1)} {match.group(2)} not {match.group(3)}")
    return None


def year(question, article):
    text = question["question"]
    match = re.search(r"\b(1[0-9]{3}|20[0-2][0-9])\b", text)
    if not match:
        return None
    for step in (7, -7, 13, -13, 3, -3):
        moved = str(int(match.group(1)) + step)
        if moved not in article:
            return unanswerable(question, "-yr", text[:match.start()] + moved + text[match.end():])
    return None


def article_names(article):
    # Names of two words or more, or single words of six letters or more.
    return {n for n in NAME.findall(article)
            if n not in NOT_NAMES and ((len(n) > 3 and " " in n) or len(n) > 5) and n.split()[0] not in NOT_NAMES}


def swap(question, names_in_article, draw):
    text = question["question"]
    names = [m for m in NAME.finditer(text) if m.start() > 0 and m.group(0) not in NOT_NAMES]
    if not names:
        return None
    slot = draw.choice(names)
    others = sorted(n for n in names_in_article if n not in text)
    if not others:
        return None
    return unanswerable(question, "-sw", text[:slot.start()] + draw.choice(others) + text[slot.end():])


def main(squad_b, questions_path, out):
    os.makedirs(out, exist_ok=True)
    made = {"year": [], "antonym": [], "negation": [], "swap": []}
    articles = {}
    draw = random.Random(5)
    for line in open(questions_path, encoding="utf-8"):
        question = json.loads(line)
        source = question["sources"][0]
        if source not in articles:
            text = open(os.path.join(squad_b, "corpus", source), encoding="utf-8").read()
            articles[source] = (text.lower(), article_names(text))
        article, names = articles[source]
        shapes = (("year", year(question, article)), ("antonym", antonym(question, article)), ("negation", negation(question)),
                  ("swap", swap(question, names, draw)))
        for kind, item in shapes:
            if item is not None:
                made[kind].append(item)
    for kind, items in made.items():
        with open(os.path.join(out, kind + ".jsonl"), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(item) + "\n" for item in items)
        print(f"{kind}: {len(items)} questions", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
