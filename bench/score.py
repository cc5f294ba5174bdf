"""Extraction quality on the gold sets (dev, funeral committee, seed, and our own in bench/annotations/), scored by ../shared/tools/score.py;
one entry per run in bench/RESULTS.md (date, commit, P/R/F1 per level), so the history shows each fix.

    .venv/bin/python bench/score.py [--show-errors] [--no-write]
"""
from __future__ import annotations

import argparse
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


CORPORA = ("kcna-2011-2012.jsonl.gz", "rodong-2021-2022.jsonl.gz")


def corpus_reports(ids: set[str]) -> dict:
    """The reports of both corpora (KCNA and Rodong Sinmun) whose ids the gold sets name."""
    reports = {}
    for name in CORPORA:
        with gzip.open(SHARED / "corpus" / name, "rt", encoding="utf-8") as corpus:
            reports |= {r["id"]: r for r in map(json.loads, corpus) if r["id"] in ids}
    return reports


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


def score(gold: Path, system: list[dict], show_errors: bool) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as sink:
        sink.write("".join(json.dumps(r) + "\n" for r in system))
    if show_errors:
        subprocess.run([sys.executable, str(SCORER), str(gold), sink.name, "--show-errors"], check=True)
    result = subprocess.run([sys.executable, str(SCORER), str(gold), sink.name, "--json"], check=True,
                            capture_output=True, text=True)
    Path(sink.name).unlink()
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    golds = {"dev": SHARED / "gold" / "dev.jsonl", "funeral": SHARED / "gold" / "funeral-committee.jsonl"}
    golds |= {path.stem: path for path in sorted(ANNOTATIONS.glob("*.jsonl"))}  # our own: see its README
    ids = {json.loads(line)["id"] for path in golds.values() for line in path.read_text().splitlines()}
    reports = corpus_reports(ids)
    results = {name: score(path, records(path, reports), args.show_errors) for name, path in golds.items()}
    results["seed"] = score(SHARED / "seed" / "gold.jsonl", seed_records(), args.show_errors)
    lines = [f"- {stamp()}"]
    for name, result in results.items():
        cells = "; ".join(f"{level} {result[level]['precision']:.3f}/{result[level]['recall']:.3f}/"
                          f"**{result[level]['f1']:.3f}**" for level in LEVELS)
        lines.append(f"  - {name} ({result['articles']} reports), P/R/F1: {cells}")
    print("\n".join(lines))
    if not args.no_write:
        add_entry("Extraction quality on the gold set (`bench/score.py`, `../shared/tools/score.py`)",
                  "\n".join(lines))


if __name__ == "__main__":
    main()
