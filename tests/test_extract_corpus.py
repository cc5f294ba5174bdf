"""`podium extract` over the whole corpus: it finishes, and every report it reads gives one valid record.

One run (about half a minute), shared by the assertions through a module-scoped fixture.
"""
import json
import subprocess
import sys

import pytest

from conftest import CORPUS, need_shared


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "records.jsonl"
    run = subprocess.run([sys.executable, "-m", "podium", "extract", str(need_shared(CORPUS)), "--keep-going",
                          "-o", str(out)], capture_output=True, text=True)
    return run, out


def test_whole_corpus_extracts_without_error(corpus_run):
    run, out = corpus_run
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr


def test_every_record_is_well_formed(corpus_run):
    _, out = corpus_run
    ids, people = set(), 0
    with open(out, encoding="utf-8") as records:
        for line in records:
            record = json.loads(line)
            ids.add(record["id"])
            for person in record["people"]:
                people += 1
                assert person["name"] and person["roles"] and person["mentions"]
    assert len(ids) > 15_000 and people > 20_000
