"""Extraction is the same in every process: nothing may depend on PYTHONHASHSEED (the order of a set of strings).

A store filled by two ingest runs, or by two workers, must hold the same records, so the same text is extracted
in two interpreters with different hash seeds and the JSON compared byte for byte.
"""
import json
import os
import subprocess
import sys

from conftest import CORPUS, need_shared

# Invented sentences where several readings of a name compete (a title glued to a foreign name, overlapping runs).
INVENTED = [
    "Nations Envoy\n\nIn letters forwarded to United Nations Secretary-General Ban Sok-min, President of the UN "
    "Security Council, Mrs Adaeze, and President of the UN General Assembly, Mr. Nasir Abdel Aziz, the DPRK "
    "ambassador called for a just stand.",
    "The delegation of the Hanoi Service Bureau headed by Deputy Director-General Lu Wenhai and Chairwoman "
    "Maria Lopez Garcia left here on Friday.",
    "Pak Sung Il, premier of the Cabinet, Ri Chol Ho and Kang Pyong Sok, members of the Political Bureau and "
    "secretaries of the WPK Central Committee, met Nguyen Van Tuan, Vietnamese Ambassador to the DPRK.",
]

_EXTRACT_SAMPLE = """
import gzip, itertools, json, sys
from podium.extract import extract
from podium.sources import clean, document
texts = json.loads(sys.argv[1])
corpus = sys.argv[2]
if corpus:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for report in itertools.islice(map(json.loads, lines), 0, 6000, 6):
            if report["text"]:
                texts.append(document(report["title"] or "", clean(report["text"])))
for text in texts:
    print(json.dumps(extract(text, "2012-04-13").to_json(), sort_keys=True))
"""


def _extract_in_process(seed: str, corpus: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _EXTRACT_SAMPLE, json.dumps(INVENTED), corpus], env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout


def test_invented_texts_extract_the_same_under_different_hash_seeds():
    first, second = _extract_in_process("1", ""), _extract_in_process("2", "")
    assert len(first.splitlines()) == len(INVENTED)
    assert first == second


def test_a_corpus_sample_extracts_the_same_under_different_hash_seeds():
    corpus = str(need_shared(CORPUS))
    first, second = _extract_in_process("3", corpus), _extract_in_process("4", corpus)
    assert len(first.splitlines()) > 500
    assert first == second
