"""Events measured against the hand-made gold: dev (39 corpus reports), the seed and the team's own annotations
(bench/annotations/, KCNA and Rodong Sinmun scored apart), scored by ../shared's scorer. Floors sit just under
today's scores, so a regression fails.

People do not count here (the combined score is the people tests' job): each system record carries the gold's
people, so the scorer's event figures are the only ones this file reads.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, SEED, SHARED, need_shared
from podium.extract.events import find_events
from podium.sources import RawReport, clean, document, read_path

SEED_ID = "seed-2021-04-08-wpk-cell-secretaries"


def _system_records(reports, gold: dict) -> list[dict]:
    records = []
    for report in reports:
        events = find_events(document(report.title, clean(report.text)), report.date)
        records.append({"id": report.id, "people": gold[report.id]["people"],
                        "events": [{"name": e.name, "kind": e.kind, "ordinal": e.ordinal, "sitting": e.sitting,
                                    "date": e.date, "span": list(e.span)} for e in events]})
    return records


def _score(gold_path: Path, records: list[dict], tmp: Path) -> dict:
    system = tmp / "system.jsonl"
    system.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold_path), str(system),
                             "--json"], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _gold(path: Path) -> dict:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r}


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory) -> dict:
    gold_path = need_shared(SHARED / "gold" / "dev.jsonl")
    need_shared(CORPUS)
    gold = _gold(gold_path)
    reports = [r for r in read_path(CORPUS) if isinstance(r, RawReport) and r.id in gold]
    assert {r.id for r in reports} == set(gold), "every dev gold report is in the corpus"
    return _score(gold_path, _system_records(reports, gold), tmp_path_factory.mktemp("dev"))


def test_dev_events_f1_above_floor(dev_scores):
    assert dev_scores["events"]["f1"] >= 0.98, dev_scores["events"]


def test_dev_event_dates_and_sittings_mostly_right(dev_scores):
    assert dev_scores["event_date_accuracy"] >= 0.98
    assert dev_scores["event_sitting_accuracy"] >= 0.98


ANNOTATIONS = Path(__file__).resolve().parents[1] / "bench" / "annotations"
CORPORA = {"kcna": CORPUS, "rodong": SHARED / "corpus" / "rodong-2021-2022.jsonl.gz"}
# (annotation file, era) -> floor on events F1: today's score minus .02
TEAM_FLOORS = {("stage2-dev", "kcna"): 0.89, ("stage2-dev", "rodong"): 0.98,
               ("independent-14", "kcna"): 0.98, ("independent-24", "kcna"): 0.73,
               ("stage2-sealed", "kcna"): 0.93, ("stage2-sealed", "rodong"): 0.98,
               ("stage2-round2-sealed", "kcna"): 0.88, ("stage2-round2-sealed", "rodong"): 0.90,
               ("stage2-round3-dev", "kcna"): 0.89, ("stage2-round3-sealed", "kcna"): 0.82,
               ("stage2-round3-sealed", "rodong"): 0.98, ("stage2-round4-sealed", "kcna"): 0.86,
               ("stage2-round4-sealed", "rodong"): 0.98, ("stage2-round5-sealed", "kcna"): 0.48}
# (annotation file, era) -> floor on the date accuracy of matched events (round 1's sealed Rodong set was at .25)
TEAM_DATE_FLOORS = {("stage2-dev", "kcna"): 0.98, ("stage2-dev", "rodong"): 0.98, ("stage2-sealed", "kcna"): 0.98,
                    ("stage2-sealed", "rodong"): 0.98, ("stage2-round2-sealed", "kcna"): 0.98,
                    ("stage2-round2-sealed", "rodong"): 0.92, ("stage2-round3-dev", "kcna"): 0.98,
                    ("stage2-round3-sealed", "kcna"): 0.80, ("stage2-round3-sealed", "rodong"): 0.55,
                    ("stage2-round4-sealed", "kcna"): 0.98, ("stage2-round4-sealed", "rodong"): 0.89,
                    ("stage2-round5-sealed", "kcna"): 0.64}


@pytest.fixture(scope="module")
def team_reports() -> dict:
    """Every report the team's annotations name, by id, from both corpora (one pass over each)."""
    ids = {json.loads(line)["id"] for path in ANNOTATIONS.glob("*.jsonl")
           for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return {r.id: r for path in CORPORA.values() for r in read_path(need_shared(path))
            if isinstance(r, RawReport) and r.id in ids}


def _team_scores(name: str, era: str, team_reports: dict, tmp_path: Path) -> dict:
    """The shared scorer's figures for one era of one of the team's annotation files."""
    records = [json.loads(line) for line in (ANNOTATIONS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip() and json.loads(line)["id"].startswith(era)]
    gold = {r["id"]: r for r in records}
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert set(gold) <= set(team_reports), "every annotated report is in the corpus"
    reports = [team_reports[i] for i in gold]
    return _score(gold_path, _system_records(reports, gold), tmp_path)


@pytest.mark.parametrize("name, era", sorted(TEAM_FLOORS))
def test_team_annotations_events_f1_above_floor(name, era, team_reports, tmp_path):
    scores = _team_scores(name, era, team_reports, tmp_path)
    assert scores["events"]["f1"] >= TEAM_FLOORS[name, era], scores["events"]


@pytest.mark.parametrize("name, era", sorted(TEAM_DATE_FLOORS))
def test_team_annotations_event_dates_above_floor(name, era, team_reports, tmp_path):
    scores = _team_scores(name, era, team_reports, tmp_path)
    assert scores["event_date_accuracy"] >= TEAM_DATE_FLOORS[name, era], scores


def test_seed_gives_all_four_events_with_sitting_and_date(tmp_path):
    gold_path = need_shared(SEED / "gold.jsonl")
    gold = _gold(gold_path)
    reports = list(read_path(need_shared(SEED / "wpk-cell-secretaries-2021.txt"), date="2021-04-08", id=SEED_ID))
    scores = _score(gold_path, _system_records(reports, gold), tmp_path)
    assert scores["events"]["f1"] == 1.0, scores["events"]
    assert scores["event_sitting_accuracy"] == 1.0
    assert scores["event_date_accuracy"] == 1.0
