"""What a change did to people and posts over the whole corpus: two dumps of `bench/extract_identity.py --dump`
compared person by person, with counts and a fixed-seed sample of the changed facts to read against their text.

    .venv/bin/python bench/extract_identity.py --dump /tmp/before.jsonl      # on the code before the change
    .venv/bin/python bench/extract_identity.py --dump /tmp/after.jsonl       # after it
    .venv/bin/python bench/dump_diff.py /tmp/before.jsonl /tmp/after.jsonl [--sample 20] [--seed 4]

A post counts as added or removed per (report, person, post text); a person per (report, name). The sample
prints each changed fact with the sentence around its evidence, so its precision can be judged (issue 7 asks
for a read sample of every change before it is kept).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the corpora the dumps were made from, and the text their spans index
from extract_identity import report_text  # noqa: E402
from score import corpus_reports  # noqa: E402

CONTEXT = 160  # characters of the report shown on each side of a changed fact's evidence


def facts(dump: Path) -> dict[tuple, tuple | None]:
    """(report, person, post) for every post and (report, person, None) for every person, each with its span."""
    found: dict[tuple, tuple | None] = {}
    with dump.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for person in record["people"]:
                mention = tuple(person["mentions"][0]) if person["mentions"] else None
                found[(record["id"], person["name"], None)] = mention
                for post, start, end, rule in person.get("post_spans", []):
                    found[(record["id"], person["name"], post)] = (start, end, rule)
    return found


def texts(ids: set[str]) -> dict[str, str]:
    """The text of the reports named, read from the corpora."""
    return {report_id: report_text(report) for report_id, report in corpus_reports(ids).items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    before, after = facts(args.before), facts(args.after)
    changed = [("+", key, after[key]) for key in after.keys() - before.keys()] + \
              [("-", key, before[key]) for key in before.keys() - after.keys()]
    for sign in "+-":
        for kind in ("people", "posts"):
            count = sum(1 for s, key, _ in changed if s == sign and (key[2] is None) == (kind == "people"))
            print(f"{kind} {'added' if sign == '+' else 'removed'}: {count}")
    print(f"reports changed: {len({key[0] for _, key, _ in changed})}")
    sample = random.Random(args.seed).sample(sorted(changed, key=str), min(args.sample, len(changed)))
    report_texts = texts({key[0] for _, key, _ in sample})
    for sign, (report, person, post), span in sample:
        text = report_texts.get(report, "")
        where = span[0] if span else 0
        context = " ".join(text[max(0, where - CONTEXT):where + CONTEXT].split())
        rule = span[-1] if span and post else ""
        print(f"\n{sign} {report} | {person} | {post or '(person)'} | {rule}\n    {context}")


if __name__ == "__main__":
    main()
