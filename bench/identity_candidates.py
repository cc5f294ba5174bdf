"""Draw person pairs for the identity benchmark (fixed seed), with each side's evidence, for a blind judge.

Why: `tests/data/identity_pairs.yaml` was written by the people who wrote the resolver, from pairs they chose.
This script draws new pairs at random from a store of both corpora, in the strata where identity goes wrong, and
writes each side's name, report, date, headline and the sentences naming it, never what Podium made of them. A
judge who sees only that (and the guideline) says "same", "different" or "unsure"; `--add JUDGED` appends the
judged pairs, names and report ids only, to the benchmark.

    .venv/bin/python bench/identity_candidates.py --db STORE > /tmp/identity-candidates.jsonl
    .venv/bin/python bench/identity_candidates.py --add /tmp/identity-judged.jsonl   # into identity_pairs.yaml

Strata (PER_STRATUM pairs each):
- spelling: two written forms one letter, a space or a hyphen apart, or of one sound key (k/g, p/b, ...);
- across eras: one name in a 2011-2012 report and in a 2021-2022 report;
- one era, two posts: one name in two reports of one era whose extracted posts share no body word;
- foreign: a name that does not look Korean, in two reports.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from rapidfuzz.distance import Levenshtein

from podium.extract.text import sentence_spans
from podium.resolve.names import looks_korean, name_key, sound_key
from podium.resolve.pairs import load_pairs
from podium.store import open_store

SEED = 20261129
PER_STRATUM = 14
MAX_SENTENCES = 3           # evidence per side: enough to tell a career, short enough to judge quickly
MAX_SPELLING_DISTANCE = 1   # letters (a space or a hyphen is one) between two written forms of one name
LATER_ERA = "2021"          # reports dated from this year on are the Rodong Sinmun era
PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "identity_pairs.yaml"


def mentions(conn) -> dict[str, list[tuple[str, str, str, frozenset[str]]]]:
    """name key -> [(written name, report id, date, post words)], one per report."""
    posts = defaultdict(set)
    for report_id, person_no, post in conn.exec_driver_sql("SELECT report_id, person_no, post FROM report_posts"):
        posts[(report_id, person_no)].update(word for word in post.lower().split() if len(word) > 3)
    by_key: dict[str, dict[str, tuple]] = defaultdict(dict)
    for report_id, person_no, name, date in conn.exec_driver_sql(
            "SELECT p.report_id, p.person_no, p.name, r.date FROM report_people p JOIN reports r ON r.id = p.report_id"
            " ORDER BY p.report_id, p.person_no"):
        by_key[name_key(name)].setdefault(report_id, (name, report_id, date, frozenset(posts[(report_id, person_no)])))
    return {key: sorted(found.values(), key=lambda m: m[1]) for key, found in by_key.items()}


def spelling_pairs(by_key, rng):
    keys = sorted(key for key in by_key if len(key) > 6)
    by_sound = defaultdict(list)
    for key in keys:
        by_sound[sound_key(key)].append(key)
    close = {tuple(sorted(group[:2])) for group in by_sound.values() if len(group) > 1}
    by_length = defaultdict(list)
    for key in keys:
        by_length[len(key)].append(key)
    for key in keys:
        for length in range(len(key), len(key) + MAX_SPELLING_DISTANCE + 1):
            close.update((key, other) for other in by_length[length]
                         if other > key and Levenshtein.distance(key, other) <= MAX_SPELLING_DISTANCE)
    return [(rng.choice(by_key[a]), rng.choice(by_key[b])) for a, b in sorted(close)]


def era_pairs(by_key, rng):
    found = []
    for key in sorted(by_key):
        early = [m for m in by_key[key] if m[2] < LATER_ERA]
        late = [m for m in by_key[key] if m[2] >= LATER_ERA]
        if early and late and looks_korean(key):
            found.append((rng.choice(early), rng.choice(late)))
    return found


def two_post_pairs(by_key, rng):
    found = []
    for key in sorted(by_key):
        with_posts = [m for m in by_key[key] if m[3]]
        apart = [(a, b) for i, a in enumerate(with_posts) for b in with_posts[i + 1:]
                 if not a[3] & b[3] and (a[2] < LATER_ERA) == (b[2] < LATER_ERA)]
        if apart and looks_korean(key):
            found.append(rng.choice(apart))
    return found


def foreign_pairs(by_key, rng):
    return [tuple(rng.sample(by_key[key], 2)) for key in sorted(by_key)
            if len(by_key[key]) > 1 and not looks_korean(key) and " " in key]


STRATA = {"spelling": spelling_pairs, "across eras": era_pairs, "one era, two posts": two_post_pairs,
          "foreign": foreign_pairs}


def evidence(conn, mention) -> dict:
    name, report_id, date, _ = mention
    title, text = conn.exec_driver_sql("SELECT title, text FROM reports WHERE id = ?", (report_id,)).one()
    sentences = [text[start:end].strip() for start, end in sentence_spans(text, 0, len(text))
                 if name.lower() in text[start:end].lower()]
    return {"name": name, "report": report_id, "date": date, "title": title, "sentences": sentences[:MAX_SENTENCES]}


def draw(db: str) -> None:
    rng = random.Random(SEED)
    known = {frozenset((name_key(p["a"]["name"]), name_key(p["b"]["name"]))) for p in load_pairs(PAIRS)}
    with open_store(db).connect() as conn:
        by_key = mentions(conn)
        number = 0
        for stratum, pairs_of in STRATA.items():
            pairs = [p for p in pairs_of(by_key, rng) if frozenset((name_key(p[0][0]), name_key(p[1][0]))) not in known]
            for a, b in rng.sample(pairs, min(PER_STRATUM, len(pairs))):
                number += 1
                print(json.dumps({"pair": number, "stratum": stratum, "a": evidence(conn, a), "b": evidence(conn, b)},
                                 ensure_ascii=False))


def add(judged_path: str) -> None:
    """Appends the pairs judged "same" or "different" (not "unsure") to the benchmark, names and ids only."""
    judged = [json.loads(line) for line in Path(judged_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    new = [{"a": {"name": j["a"]["name"], "report": j["a"]["report"]},
            "b": {"name": j["b"]["name"], "report": j["b"]["report"]},
            "same": j["label"] == "same", "reason": f"judged blind ({j['stratum']}): {j['reason']}"}
           for j in judged if j["label"] in ("same", "different")]
    text = PAIRS.read_text(encoding="utf-8").rstrip("\n")
    block = yaml.safe_dump(new, allow_unicode=True, sort_keys=False, width=110, default_flow_style=None)
    indented = "\n".join("  " + line if line else line for line in block.splitlines())
    header = (f"\n  # --- drawn by bench/identity_candidates.py (seed {SEED}) and judged blind from the reports' "
              f"sentences alone ---\n")
    PAIRS.write_text(text + "\n" + header + indented + "\n", encoding="utf-8")
    print(f"{len(new)} pairs added ({len(judged) - len(new)} unsure left out)", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a store of both corpora, to draw from")
    parser.add_argument("--add", metavar="JUDGED", help="append a judged file's pairs to the benchmark")
    args = parser.parse_args()
    if args.add:
        add(args.add)
    elif args.db:
        draw(args.db)
    else:
        parser.error("give --db STORE to draw, or --add JUDGED to append")


if __name__ == "__main__":
    main()
