"""The identity test set (tests/data/identity_pairs.yaml) says only what the corpora show: every report it cites
exists and names the person it cites, with both kinds of pair present."""
import gzip
import json
from pathlib import Path

import pytest
import yaml

from podium.resolve.names import name_key
from podium.resolve.text import tokens

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("kcna-2011-2012.jsonl.gz", "rodong-2021-2022.jsonl.gz")]
PAIRS = yaml.safe_load((ROOT / "tests" / "data" / "identity_pairs.yaml").read_text(encoding="utf-8"))["pairs"]


def test_pairs_are_well_formed():
    assert {pair["same"] for pair in PAIRS} == {True, False}
    for pair in PAIRS:
        assert set(pair) == {"a", "b", "same", "reason"} and pair["reason"].strip()
        assert (pair["a"]["report"], pair["a"]["name"]) != (pair["b"]["report"], pair["b"]["name"])


@pytest.mark.skipif(not all(path.exists() for path in CORPORA),
                    reason="../shared/corpus is absent: the pairs cannot be checked")
def test_every_cited_report_names_its_person():
    wanted = {side["report"]: set() for pair in PAIRS for side in (pair["a"], pair["b"])}
    for pair in PAIRS:
        for side in (pair["a"], pair["b"]):
            wanted[side["report"]].add(side["name"])
    found = {}
    for corpus in CORPORA:  # both eras
        with gzip.open(corpus, "rt", encoding="utf-8") as lines:
            for line in lines:
                report = json.loads(line)
                if report["id"] in wanted:
                    found[report["id"]] = " ".join(t.key for t in tokens(f"{report['title']} {report['text']}"))
    assert set(found) == set(wanted)
    for report_id, names in wanted.items():
        for name in names:
            assert f" {name_key(name)} " in f" {found[report_id]} ", (report_id, name)
