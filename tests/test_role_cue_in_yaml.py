"""A new role cue is a row of YAML, not code: add one in a temporary vocabulary folder (`PODIUM_VOCAB_DIR`) and
`podium extract` reads it from an invented report, with the row's rule id on the role it gives."""
import json
import os
import subprocess
import sys
from importlib import resources

import yaml

REPORT = ("Kim Jong Un inspected the Sunbong Fish Farm on Monday.\n"
          "Lined up to welcome him were Paek Ung Chol and Mo Sun Hui, officials of the farm.\n")
NEW_CUE = {"phrase": "lined up to welcome him were", "side": "before_names", "role": "present", "scope": "sentence"}


def extract(tmp_path, vocab_dir=None):
    report = tmp_path / "farm-2021-05-04.txt"
    report.write_text(REPORT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PODIUM_VOCAB_DIR"}
    if vocab_dir:
        env["PODIUM_VOCAB_DIR"] = str(vocab_dir)
    run = subprocess.run([sys.executable, "-m", "podium", "extract", str(report)], capture_output=True, text=True,
                         env=env, check=True)
    return {p["name"]: p for p in json.loads(run.stdout)["people"]}


def test_a_role_cue_added_in_yaml_only_is_extracted(tmp_path):
    before = extract(tmp_path)
    assert before["Paek Ung Chol"]["roles"] == ["mentioned"]  # the packaged vocabulary does not know the phrase

    roles = yaml.safe_load(resources.files("podium.vocab").joinpath("roles.yaml").read_text(encoding="utf-8"))
    roles["cue_rows"].append(NEW_CUE)
    vocab = tmp_path / "vocab"
    vocab.mkdir()
    (vocab / "roles.yaml").write_text(yaml.safe_dump(roles, allow_unicode=True), encoding="utf-8")

    after = extract(tmp_path, vocab)
    for name in ("Paek Ung Chol", "Mo Sun Hui"):
        assert after[name]["roles"] == ["present"]
        assert [r[3] for r in after[name]["role_spans"]] == ["cue-before:present:lined up to welcome him were"]
    assert after["Kim Jong Un"]["roles"] == ["guided"]
