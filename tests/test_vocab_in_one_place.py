"""Vocabulary is data: every key of `vocab/*.yaml` is read by the code, and no word of the vocabulary's closed
classes (months and weekdays, speech, election and recall verbs, epithets) is written into a regular expression
or a word list of `podium.extract` instead of being read from the YAML."""
import ast
import re
from pathlib import Path

import pytest
import yaml

import podium
from podium.extract.record import ROLES
from podium.vocab import load_vocab

PACKAGE = Path(podium.__file__).parent
VOCAB = PACKAGE / "vocab"
EXTRACT = sorted((PACKAGE / "extract").glob("*.py"))


def _code() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", sorted(VOCAB.glob("*.yaml")), ids=lambda p: p.name)
def test_every_yaml_key_is_read(path):
    code = _code()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    unread = [key for key in (data if isinstance(data, dict) else {})
              if not re.search(rf"[\"']{re.escape(str(key))}[\"']", code)]
    assert unread == [], f"{path.name}: keys no code reads: {unread}"


def _closed_classes() -> dict[str, set[str]]:
    """The vocabulary words that must live only in the YAML, by class (single words, lower case)."""
    text, roles, names = load_vocab("text"), load_vocab("roles"), load_vocab("names")
    def one_word(phrases):  # role names ("elected") are the record's schema, not vocabulary
        return {p.lower() for p in phrases if " " not in p and len(p) > 3} - set(ROLES)
    return {
        "calendar": one_word([*text["months"], *text["weekdays"]]),
        "speech verbs": one_word(roles["reporting_verbs"]),
        "election and recall verbs": one_word([*roles["conferral_verbs"], *roles["removal_verbs"]]) - {"made", "named"},
        "epithets": one_word(names["epithets"]) - {"leader", "general", "great"},
    }


def _literals(path: Path):
    """(line, string) for each string constant of a module, docstrings and comments left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


@pytest.mark.parametrize("path", EXTRACT, ids=lambda p: p.name)
def test_no_vocabulary_word_in_the_code(path):
    found = []
    for cls, vocabulary in _closed_classes().items():
        for line, literal in _literals(path):
            words = set(re.findall(r"[a-z]+", literal.lower()))
            for word in sorted(words & vocabulary):
                found.append(f"{path.name}:{line}: {cls} word {word!r} in {literal[:60]!r}")
    assert found == [], "\n".join(found)
