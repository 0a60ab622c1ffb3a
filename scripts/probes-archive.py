#!/usr/bin/env python3
"""Every probe under tests/Bot.Core.Tests/TestData as one archive, for `bot eval`.

Each probe is a folder of about 20 stories with its questions beside it (NAME/ and NAME-questions.jsonl). Asked over its own
stories, a probe measures answering where few stories compete; the archive we are measured on holds about 2,000. This puts
every probe's stories in one corpus, a folder per probe (OUT/corpus/NAME/business/001.txt), and writes all their questions
to OUT/questions.jsonl with ids and sources prefixed by the probe's name, so each is scored against its own story.
Some probes share invented names ("Harwick"), so a few misses over the archive are name clashes no real archive has.

usage: scripts/probes-archive.py OUT_FOLDER [PROBE ...]     (default: every probe with a questions file)
then:  dotnet run --project src/Bot.Cli -- eval --corpus OUT_FOLDER/corpus --questions OUT_FOLDER/questions.jsonl --json --answers OUT
"""
import json
import os
import shutil
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "Bot.Core.Tests", "TestData")


def probes():
    for name in sorted(os.listdir(DATA)):
        if name.endswith("-questions.jsonl") and os.path.isdir(os.path.join(DATA, name[: -len("-questions.jsonl")])):
            yield name[: -len("-questions.jsonl")]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    names = sys.argv[2:] or list(probes())
    corpus = os.path.join(out, "corpus")
    if os.path.exists(corpus):
        shutil.rmtree(corpus)
    os.makedirs(out, exist_ok=True)
    count = 0
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as questions:
        for name in names:
            shutil.copytree(os.path.join(DATA, name), os.path.join(corpus, name))
            with open(os.path.join(DATA, name + "-questions.jsonl"), encoding="utf-8") as lines:
                for line in lines:
                    q = json.loads(line)
                    q["id"] = f"{name}/{q['id']}"
                    q["sources"] = [f"{name}/{s}" for s in q.get("sources", [])]
                    questions.write(json.dumps(q) + "\n")
                    count += 1
    print(f"{len(names)} probes, {count} questions, corpus in {corpus}")


if __name__ == "__main__":
    main()
