"""Extraction measured against the hand-made gold: the seed, the 39 dev reports and the funeral committee.

The scores come from `../shared/tools/score.py --json`, the project's yardstick; the reports are read from the
corpus at run time and go through the same cleaning as `podium ingest`.
"""
import gzip
import json
import subprocess
import sys

import pytest

from podium.extract import extract
from podium.sources import clean, document
from conftest import CORPUS, SEED, SHARED, need_shared

GOLD = SHARED / "gold"
SCORER = SHARED / "tools" / "score.py"
SEED_ID = "seed-2021-04-08-wpk-cell-secretaries"


def score(gold, system) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(system), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def gold_reports() -> dict:
    """The corpus reports that the dev and funeral gold files annotate, by id (one pass over the corpus)."""
    need_shared(CORPUS)
    ids = {json.loads(line)["id"] for name in ("dev.jsonl", "funeral-committee.jsonl")
           for line in open(need_shared(GOLD / name), encoding="utf-8") if line.strip()}
    found = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as corpus:
        for line in corpus:
            report = json.loads(line)
            if report["id"] in ids:
                found[report["id"]] = report
    assert found.keys() == ids
    return found


@pytest.fixture(scope="session")
def scores(gold_reports, tmp_path_factory) -> dict:
    out = {}
    for name in ("dev.jsonl", "funeral-committee.jsonl"):
        system = tmp_path_factory.mktemp("extract") / name
        with open(system, "w", encoding="utf-8") as sink:
            for line in open(GOLD / name, encoding="utf-8"):
                report = gold_reports[json.loads(line)["id"]]
                text = document(report["title"] or "", clean(report["text"]))
                sink.write(json.dumps(extract(text, report["date"], report["id"]).to_json()) + "\n")
        out[name] = score(GOLD / name, system)
    return out


@pytest.mark.parametrize("level, floor", [("people", 0.97), ("posts", 0.90), ("roles", 0.88)])
def test_dev_gold_floor(scores, level, floor):
    assert scores["dev.jsonl"][level]["f1"] >= floor, scores["dev.jsonl"][level]


@pytest.mark.parametrize("level, floor", [("people", 0.98), ("posts", 0.95)])
def test_funeral_committee_floor(scores, level, floor):
    assert scores["funeral-committee.jsonl"][level]["f1"] >= floor, scores["funeral-committee.jsonl"][level]


def test_seed_through_the_command_scores_perfectly(tmp_path):
    seed = need_shared(SEED / "wpk-cell-secretaries-2021.txt")
    out = tmp_path / "seed.jsonl"
    subprocess.run([sys.executable, "-m", "podium", "extract", str(seed), "--date", "2021-04-08",
                    "--id", SEED_ID, "-o", str(out)], check=True)
    result = score(SEED / "gold.jsonl", out)
    for level in ("people", "posts", "roles"):
        assert result[level]["f1"] == 1.0, (level, result[level])


def test_seed_page_gives_the_same_people_as_the_seed_text(tmp_path):
    need_shared(SEED)
    records = []
    for name in ("wpk-cell-secretaries-2021.txt", "wpk-cell-secretaries-2021.html"):
        run = subprocess.run([sys.executable, "-m", "podium", "extract", str(SEED / name), "--date", "2021-04-08",
                              "--id", SEED_ID], check=True, capture_output=True, text=True)
        records.append(json.loads(run.stdout))
    as_text, as_page = ([(p["name"], p["posts"], p["roles"]) for p in r["people"]] for r in records)
    assert as_text == as_page and as_text
