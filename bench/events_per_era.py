"""Meetings per era: events F1, date and sitting accuracy of every gold set we may read, split by era (KCNA
2011-2012, Rodong Sinmun 2021-2022), with a holdout of stage2-dev (every 4th report by id) scored apart and its
errors never printed, so a fix made while reading the others can be checked on reports nobody looked at.

    .venv/bin/python bench/events_per_era.py [--show-errors]

Matching is `../shared/tools/score.py`'s own (`greedy_match`, `event_similarity`, `EVENT_MATCH`).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import (ANNOTATIONS, AGREEMENT_ONLY, ERAS, SCORER, SHARED, corpus_reports, held_out_ids,  # noqa: E402
                   in_era)

from podium.extract import extract  # noqa: E402
from podium.sources import clean, document  # noqa: E402

HOLDOUT_SET = "stage2-dev"
HOLDOUT_EVERY = 4  # every 4th report of HOLDOUT_SET by id is held out


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sets() -> dict[str, list[dict]]:
    """Every readable gold set by name, stage2-dev split into its worked part and its holdout."""
    paths = {"dev": SHARED / "gold" / "dev.jsonl"}
    paths |= {p.stem: p for p in sorted(ANNOTATIONS.glob("*.jsonl")) if not p.stem.startswith(AGREEMENT_ONLY)}
    sets = {name: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for name, path in paths.items()}
    held = set(sorted(r["id"] for r in sets[HOLDOUT_SET])[HOLDOUT_EVERY - 1::HOLDOUT_EVERY])
    sets[f"{HOLDOUT_SET}-holdout"] = [r for r in sets[HOLDOUT_SET] if r["id"] in held]
    sets[HOLDOUT_SET] = [r for r in sets[HOLDOUT_SET] if r["id"] not in held]
    return sets


def score_era(scorer, gold: list[dict], reports: dict, era: str, show: set[str]) -> str | None:
    """One line: reports, events P/R/F1, date and sitting accuracy of matched events; the errors of the reports
    in `show` printed."""
    tp = fp = fn = matched = dates = sittings = 0
    chosen = [g for g in gold if in_era(reports[g["id"]], era)]
    for g in chosen:
        report = reports[g["id"]]
        system = extract(document(report["title"] or "", clean(report["text"])), report["date"], g["id"]).to_json()
        gold_events, system_events = g.get("events") or [], system["events"]
        pairs = scorer.greedy_match(gold_events, system_events, scorer.event_similarity, scorer.EVENT_MATCH)
        tp, fp, fn = tp + len(pairs), fp + len(system_events) - len(pairs), fn + len(gold_events) - len(pairs)
        for i, j in pairs:
            matched += 1
            dates += (gold_events[i].get("date") or None) == (system_events[j].get("date") or None)
            sittings += gold_events[i].get("sitting") == system_events[j].get("sitting")
            if g["id"] in show and (gold_events[i].get("date"), gold_events[i].get("sitting")) != \
                    (system_events[j].get("date"), system_events[j].get("sitting")):
                print(f"  {g['id']}\tdate/sitting\tgold {gold_events[i].get('date')}/{gold_events[i].get('sitting')}"
                      f"\tsystem {system_events[j].get('date')}/{system_events[j].get('sitting')}"
                      f"\t{system_events[j]['name']}\trule: {system_events[j].get('rule')}")
        if g["id"] in show:
            for i in sorted(set(range(len(gold_events))) - {i for i, _ in pairs}):
                print(f"  {g['id']}\tmissed\t{json.dumps(gold_events[i])}")
            for j in sorted(set(range(len(system_events))) - {j for _, j in pairs}):
                print(f"  {g['id']}\tspurious\t{json.dumps(system_events[j])}")
    if not chosen:
        return None
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = (f"date {dates / matched:.2f}, sitting {sittings / matched:.2f}" if matched else "no matched events")
    return f"{len(chosen)} reports, events {tp + fn} gold / {tp + fp} found, F1 {f1:.3f}; {accuracy}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-errors", action="store_true",
                        help="print the errors of every set but the held-out reports")
    args = parser.parse_args()
    scorer, sets = _scorer(), gold_sets()
    reports = corpus_reports({r["id"] for gold in sets.values() for r in gold})
    # `bench/score.py --held-out`'s slices (of stage2-sealed and stage2-round2-sealed too) are never shown either
    held = held_out_ids({p.stem: p for p in ANNOTATIONS.glob("*.jsonl")})
    for name, gold in sets.items():
        for era in ERAS:
            shown = {r["id"] for r in gold} - held if args.show_errors and not name.endswith("-holdout") else set()
            line = score_era(scorer, gold, reports, era, shown)
            if line:
                print(f"{name:24s} {era:7s} {line}")


if __name__ == "__main__":
    main()
