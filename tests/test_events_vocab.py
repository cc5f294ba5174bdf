"""A new kind of meeting needs only YAML: a copy of the packaged vocabulary with a new head and a new row of
`kinds`, given to `podium extract` through PODIUM_VOCAB_DIR, finds the new kind in an invented report."""
import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import yaml

REPORT = ("Second Plenum of Ruritanian Farmers' Union Held\n\n"
          "The Second Plenum of the Central Council of the Ruritanian Farmers' Union was held in Pyongyang on "
          "Friday. It discussed the spring sowing.\n")


def _vocabulary_with_a_plenum(folder: Path) -> None:
    """The packaged vocabulary, plus "plenum" as a head and a kind of its own (YAML only)."""
    for name in ("events", "dates"):
        shutil.copy(resources.files("podium.vocab").joinpath(f"{name}.yaml"), folder / f"{name}.yaml")
    path = folder / "events.yaml"
    events = yaml.safe_load(path.read_text(encoding="utf-8"))
    events["heads"] |= {"plenum": "Plenum", "plenums": "Plenum"}
    events["kinds"].insert(-1, {"kind": "plenum", "heads": ["plenum"]})
    path.write_text(yaml.safe_dump(events, allow_unicode=True), encoding="utf-8")


def _extract(report: Path, vocab_dir: Path | None) -> list[dict]:
    env = dict(os.environ)
    env.pop("PODIUM_VOCAB_DIR", None)
    if vocab_dir is not None:
        env["PODIUM_VOCAB_DIR"] = str(vocab_dir)
    done = subprocess.run([sys.executable, "-m", "podium", "extract", str(report), "--date", "2033-06-14",
                           "--id", "invented-plenum"], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[0])["events"]


def test_a_new_meeting_kind_from_yaml_alone(tmp_path):
    report = tmp_path / "plenum.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert _extract(report, None) == []  # the packaged vocabulary knows no plenum
    vocab_dir = tmp_path / "vocab"
    vocab_dir.mkdir()
    _vocabulary_with_a_plenum(vocab_dir)
    (event,) = _extract(report, vocab_dir)
    assert {k: event[k] for k in ("name", "kind", "ordinal", "sitting", "date")} == {
        "name": "Plenum of the Central Council of the Ruritanian Farmers' Union", "kind": "plenum", "ordinal": 2,
        "sitting": None, "date": "2033-06-10"}
    rows = yaml.safe_load((vocab_dir / "events.yaml").read_text(encoding="utf-8"))["kinds"]
    assert f"kinds[{rows.index({'kind': 'plenum', 'heads': ['plenum']})}]" in event["rule"].split()
