"""Extraction quality on the gold sets (dev, funeral committee, seed, and our own in bench/annotations/), scored by ../shared/tools/score.py;
one entry per run in bench/RESULTS.md (date, commit, P/R/F1 per level), so the history shows each fix.
`--show-errors` lists every miss with the ids of the rules that made the wrong facts (see `podium extract
--explain`).

    .venv/bin/python bench/score.py [--show-errors] [--no-write] [--held-out] [--era kcna|rodong]

`--era` scores only the reports of one era (KCNA 2011-2012 or Rodong Sinmun 2021-2022, by the report's date).

Held out (issue 7): every 4th report by id order of `stage2-dev` and of `stage2-sealed` (roles room), and every
3rd of `stage2-round2-sealed` (roles2 room), each set with its own step in `HELD_OUT_SETS`. `--show-errors` never
shows their errors; `--held-out` scores only that slice, once, at the end of a piece of work, so a tuning on the
rest can be checked on reports whose errors nobody read.
"""
from __future__ import annotations

import argparse
import ast
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import add_entry, stamp  # noqa: E402

from podium.extract import extract  # noqa: E402
from podium.sources import clean, document, read_path  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score.py"
ANNOTATIONS = Path(__file__).resolve().parent / "annotations"
LEVELS = ("people", "posts", "roles", "events")
AGREEMENT_ONLY = "stage2-double-"  # each annotator's own version of 30 reports of stage2-dev: for agreement
HELD_OUT_SETS = {"stage2-dev": 4, "stage2-sealed": 4,  # set -> step: its step-th, 2*step-th, ... report by id
                 "stage2-round2-sealed": 3}           # order is held out


CORPORA = ("kcna-2011-2012.jsonl.gz", "rodong-2021-2022.jsonl.gz")
LATER_ERA = "2020"  # reports dated from this year on are Rodong Sinmun's era
ERAS = ("kcna", "rodong")


def corpus_reports(ids: set[str]) -> dict:
    """The reports of both eras' corpora that the gold sets name."""
    found = {}
    for name in CORPORA:
        with gzip.open(SHARED / "corpus" / name, "rt", encoding="utf-8") as corpus:
            found |= {r["id"]: r for r in map(json.loads, corpus) if r["id"] in ids}
    return found


def held_out_ids(golds: dict[str, Path]) -> set[str]:
    """The held-out slice: every step-th report, by id order, of each set in `HELD_OUT_SETS` (its own step)."""
    held = set()
    for name, step in HELD_OUT_SETS.items():
        ids = sorted(json.loads(line)["id"] for line in golds[name].read_text(encoding="utf-8").splitlines())
        held |= set(ids[step - 1::step])
    return held


def _gold_subset(gold: Path, keep) -> Path:
    """A temporary gold file of the records of `gold` for which `keep(record id)` holds."""
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if keep(json.loads(line)["id"])]
    with tempfile.NamedTemporaryFile("w", suffix=f"-{gold.stem}.jsonl", delete=False) as sink:
        sink.write("".join(line + "\n" for line in lines))
    return Path(sink.name)


def held_out_gold(gold: Path, held: set[str], keep_held: bool) -> Path:
    """A gold file of the held-out reports only (`keep_held`), or of all the others."""
    return _gold_subset(gold, lambda report: (report in held) == keep_held)


def in_era(report: dict, era: str) -> bool:
    """Whether a corpus report belongs to `era` (one of `ERAS`), by its date."""
    return (report["date"] >= LATER_ERA) == (era == "rodong")


def era_gold(gold: Path, reports: dict, era: str) -> Path:
    """A gold file of the reports of one era only (a temporary file)."""
    return _gold_subset(gold, lambda report: in_era(reports[report], era))


def records(gold: Path, reports: dict) -> list[dict]:
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        report = reports[json.loads(line)["id"]]
        text = document(report["title"] or "", clean(report["text"]))
        out.append(extract(text, report["date"], report["id"]).to_json())
    return out


def seed_records() -> list[dict]:
    raw = next(read_path(SHARED / "seed" / "wpk-cell-secretaries-2021.txt", date="2021-04-08",
                         id="seed-2021-04-08-wpk-cell-secretaries"))
    return [extract(document(raw.title, clean(raw.text)), raw.date, raw.id).to_json()]


def rules_of(error: str, system: dict[str, dict]) -> str:
    """The rule ids behind one line of the scorer's `--show-errors` (tab-separated: report id, kind, name or
    event, ...): for a person, the rules of their spurious roles or of their posts; for an event, its rule."""
    fields = error.split("\t")
    record = system.get(fields[0])
    if record is None or len(fields) < 3:
        return ""
    if fields[1] == "spurious event":
        event = json.loads(fields[2])
        return next((e.get("rule", "") for e in record["events"] if e["name"] == event["name"]), "")
    person = next((p for p in record["people"] if p["name"] == fields[2]), None)
    if person is None:
        return ""
    if fields[1] == "roles differ":
        gold = set(ast.literal_eval(fields[3].removeprefix("gold=")))
        spans = [r for r in person["role_spans"] if r[0] not in gold]
        return ", ".join(sorted({r[3] for r in spans})) or "(missed roles: no rule fired)"
    if fields[1] == "posts differ":
        return ", ".join(sorted({p[3] for p in person["post_spans"]})) or "(missed posts: no rule fired)"
    return ", ".join(sorted({p[3] for p in person["post_spans"]} | {r[3] for r in person["role_spans"]}))


def score(gold: Path, system: list[dict], show_errors: bool, hidden: frozenset[str] = frozenset()) -> dict:
    """The scorer's figures for one gold set; with `show_errors`, its errors (but none of a `hidden` report)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as sink:
        sink.write("".join(json.dumps(r) + "\n" for r in system))
    if show_errors:
        shown = subprocess.run([sys.executable, str(SCORER), str(gold), sink.name, "--show-errors", "--json"],
                               check=True, capture_output=True, text=True).stdout.splitlines()[:-1]
        by_id = {r["id"]: r for r in system}
        for error in (e for e in shown if e.split("\t")[0] not in hidden):
            rules = rules_of(error, by_id)
            print(f"{gold.stem}\t{error}" + (f"\trules: {rules}" if rules else ""))
    result = subprocess.run([sys.executable, str(SCORER), str(gold), sink.name, "--json"], check=True,
                            capture_output=True, text=True)
    Path(sink.name).unlink()
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--held-out", action="store_true", help="score only the held-out slice (no errors shown)")
    parser.add_argument("--era", choices=ERAS, help="score only the reports of one era")
    args = parser.parse_args()
    golds = {"dev": SHARED / "gold" / "dev.jsonl", "funeral": SHARED / "gold" / "funeral-committee.jsonl"}
    golds |= {path.stem: path for path in sorted(ANNOTATIONS.glob("*.jsonl"))  # our own: see its README
              if not path.stem.startswith(AGREEMENT_ONLY)}
    ids = {json.loads(line)["id"] for path in golds.values() for line in path.read_text().splitlines()}
    reports = corpus_reports(ids)
    held = held_out_ids(golds)
    if args.era:
        golds = {name: era_gold(path, reports, args.era) for name, path in golds.items()}
        for name, path in list(golds.items()):
            if not path.stat().st_size:  # a set with no report of this era
                path.unlink()
                del golds[name]
    if args.held_out:
        results = {}
        for name in sorted(HELD_OUT_SETS.keys() & golds.keys()):  # with --era, a set may have none of the era
            for keep, label in ((True, "held out"), (False, "rest")):
                path = held_out_gold(golds[name], held, keep)
                results[f"{name} {label}"] = score(path, records(path, reports), show_errors=False)
                path.unlink()
    else:
        results = {name: score(path, records(path, reports), args.show_errors, frozenset(held))
                   for name, path in golds.items()}
        if args.era != "kcna":
            results["seed"] = score(SHARED / "seed" / "gold.jsonl", seed_records(), args.show_errors)
    lines = [f"- {stamp()}"]
    for name, result in results.items():
        cells = "; ".join(f"{level} {result[level]['precision']:.3f}/{result[level]['recall']:.3f}/"
                          f"**{result[level]['f1']:.3f}**" for level in LEVELS)
        lines.append(f"  - {name} ({result['articles']} reports), P/R/F1: {cells}")
    print("\n".join(lines))
    for path in golds.values() if args.era else ():
        path.unlink()  # the era's temporary gold files
    if not args.no_write and not args.held_out and not args.era:
        add_entry("Extraction quality on the gold set (`bench/score.py`, `../shared/tools/score.py`)",
                  "\n".join(lines))


if __name__ == "__main__":
    main()
