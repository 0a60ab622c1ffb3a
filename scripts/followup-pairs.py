#!/usr/bin/env python3
"""Follow-up items made from squad-b's questions, for `bot eval` over the stories archive (`bot stories`).

SQuAD asks several questions of each paragraph. Two questions about the same story that share a name make a
conversation: the first is asked as written, the second with that name turned into "it" or "its", as a reader
would ("What is Jacksonville's hottest month?" after a question about Jacksonville becomes "What is its hottest
month?"). The second file holds the same questions as written, so the two runs show what pointing back costs.
Questions where the pronoun would not read (the name used as an adjective, "the Mongolian language") are skipped.

With --answers the pronoun points at the first question's answer instead: a "Who …?" question, then another
question about the same story that names its answer, with that answer turned into "they", "them" or "their"
("How many picks did they throw?" after "Who is the quarterback for the Carolina Panthers?").

usage: scripts/followup-pairs.py [--answers] STORIES/questions.jsonl FOLLOWUPS.jsonl AS-WRITTEN.jsonl
"""
import json
import random
import re
import sys
from collections import defaultdict

NAME = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+|de\s+)?[A-Z][\w'’.-]*)*)")
OPENERS = {"what", "who", "when", "where", "which", "how", "why", "in", "the", "on", "during", "after", "before", "for",
           "from", "at", "by", "is", "was", "did", "does", "a", "an", "to", "as", "according", "with", "of",
           "what's", "who's", "where's", "when's", "how's"}
GLUE = {"is", "was", "did", "does", "do", "in", "of", "to", "and", "or", "for", "on", "at", "by", "with", "have", "has",
        "had", "be", "been", "are", "were", "that", "which", "who", "from", "as", "after", "before", "during", "use",
        "get", "become", "make", "made", "take", "first", "still", "also", "not", "ever", "used", "called", "known"}


def names(question):
    """Runs of capitalised words, without a question's capitalised first word."""
    found = []
    for match in NAME.finditer(question):
        name = match.group(1)
        if match.start() == 0 and name.split()[0].lower() in OPENERS:
            name = " ".join(name.split()[1:])
        if name:
            found.append(re.sub(r"['’]s$", "", name))
    return found


def point_back(question, name):
    """The question with the name turned into a pronoun, or None when it would not read."""
    text = re.sub(re.escape(name) + r"['’]s\b", "its", question, count=1)
    if text == question:
        match = re.search(r"(?:the )?" + re.escape(name) + r"(\s+(\w+))?", question)
        following = match.group(2) or ""
        if following and (following[0].isdigit() or (following[0].islower() and following not in GLUE)):
            return None
        text = question[:match.start()] + "it" + (match.group(1) or "") + question[match.end():]
    text = text[0].upper() + text[1:]
    return None if text == question or len(text.split()) < 4 or name in text else text


SUBJECT_BEFORE = {"did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "that"}


def point_at_answer(question, answer):
    """The question with the answer (and the words of its name before it) turned into they / them / their."""
    name = r"(?:\bthe\s+)?(?:[A-Z][\w.]*\s+)*" + re.escape(answer)
    match = re.search(name + r"['’]s\b", question)
    if match:
        pronoun = "their"
    else:
        match = re.search(name, question)
        before = question[:match.start()].split()
        pronoun = "they" if not before or before[-1].lower() in SUBJECT_BEFORE else "them"
    text = question[:match.start()] + pronoun + question[match.end():]
    return text[0].upper() + text[1:]


def answer_pairs(by_story):
    random.seed(7)
    followups, written = [], []
    for group in by_story.values():
        for first in group:
            answer = first["answers"][0].strip(" .,")
            if not re.match(r"^(Who|Whom)\b", first["question"]) or not answer[:1].isupper() or len(answer) > 40:
                continue
            second = next((q for q in group if q is not first and answer in q["question"]), None)
            if second is not None:
                text = point_at_answer(second["question"], answer)
                followups.append(dict(second, id=second["id"] + "-fa", question=text, kind="followup", history=[first["question"]]))
                written.append(second)
    return followups, written


def name_pairs(by_story):
    random.seed(5)
    followups, written = [], []
    for group in by_story.values():
        for second in group:
            pairs = [(first, max(shared, key=len)) for first in group if first is not second
                     for shared in [[n for n in names(second["question"]) if len(n) > 2 and n in first["question"]]] if shared]
            if not pairs:
                continue
            first, name = random.choice(pairs)
            text = point_back(second["question"], name)
            if text is None:
                continue
            followups.append(dict(second, id=second["id"] + "-fu", question=text, kind="followup", history=[first["question"]]))
            written.append(second)
    return followups, written


def main(args):
    answers = "--answers" in args
    path, followups_path, written_path = [a for a in args if a != "--answers"]
    by_story = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        if q.get("answers") and q.get("sources"):
            by_story[q["sources"][0]].append(q)
    followups, written = answer_pairs(by_story) if answers else name_pairs(by_story)
    for items, out in ((followups, followups_path), (written, written_path)):
        with open(out, "w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(followups)} follow-ups", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
