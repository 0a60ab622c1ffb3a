#!/usr/bin/env python3
"""Look-up items made from squad-b's "Who …?" questions, for `bot eval` over the stories archive (`bot stories`).

"Who headlined the halftime show?" with the answer "Coldplay" becomes "where does it say Coldplay headlined the
halftime show?", a claim the answering story makes in other words (SQuAD questions paraphrase their paragraph).
The same claim with another question's answer as its subject ("where does it say Beyoncé headlined …?") is a claim
no story makes: answer_hit scores the first kind, abstain_right the second.

usage: scripts/lookup-claims.py STORIES/questions.jsonl > lookups.jsonl
"""
import json
import random
import re
import sys

VERB = r"([a-z]+ed|won|led|wrote|made|gave|took|became|founded|built|sang|beat|defeated|held|sent|told|paid|bought|sold)"


def main(path):
    random.seed(3)
    questions = [json.loads(line) for line in open(path, encoding="utf-8")]
    people = [q["answers"][0].strip(" ,.") for q in questions if q["question"].startswith("Who ") and q["answers"]]
    made, swapped = [], []
    for q in questions:
        match = re.match(r"^Who " + VERB + r" (.+?)\??$", q["question"])
        if not match or not q["answers"] or len(q["answers"][0]) > 40:
            continue
        subject, rest = q["answers"][0].strip(" ,."), match.group(1) + " " + match.group(2)
        made.append({"id": q["id"] + "-lk", "question": f"where does it say {subject} {rest}?", "answers": [subject], "sources": q["sources"], "kind": "lookup"})
        other = random.choice([p for p in people if p.lower() not in subject.lower() and subject.lower() not in p.lower()])
        swapped.append({"id": q["id"] + "-lkn", "question": f"where does it say {other} {rest}?", "answers": [], "sources": [], "kind": "lookup"})
    for item in made + swapped:
        print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
