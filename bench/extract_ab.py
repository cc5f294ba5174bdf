"""`extract()` of an earlier commit against the work tree's, in one process, so that both meet the same load.

    .venv/bin/python bench/extract_ab.py main [--runs 3] [--step 1] [--chunk 200]

On a shared machine two runs a minute apart differ by up to 20 %; here the earlier commit's package (from
`git archive`, its imports renamed to `podium_base`, in a temporary folder) and the work tree's read the same
chunk of reports alternately, each chunk's best of `--runs` runs per side counts, and the sums are compared.
`--step N` reads every N-th report of the KCNA corpus. Prints only (bench/RESULTS.md quotes its figures).
"""
from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import DEFAULT_CORPUS, corpus_lines, documents  # noqa: E402

from podium.extract import extract  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BASE_NAME = "podium_base"
_IMPORT = re.compile(r"\bpodium(?=\.)|^(?:from|import) podium\b", re.MULTILINE)


def base_extract(commit: str, folder: Path):
    """`extract` of `commit`'s package, unpacked into `folder` under another name."""
    archive = subprocess.run(["git", "archive", commit, "src/podium"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / BASE_NAME
    (folder / "src" / "podium").rename(package)
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        source.write_text(_IMPORT.sub(lambda m: m.group(0).replace("podium", BASE_NAME), text), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return __import__(f"{BASE_NAME}.extract", fromlist=["extract"]).extract


def interleaved(base, texts: list[str], runs: int, chunk: int) -> tuple[float, float]:
    """CPU seconds of (base, work tree) over `texts`: per chunk the best of `runs` runs of each, the order of
    the two swapped from run to run."""
    totals = [0.0, 0.0]
    for first in range(0, len(texts), chunk):
        part = texts[first:first + chunk]
        best = [float("inf"), float("inf")]
        for run in range(runs):
            for side in ((0, 1) if run % 2 == 0 else (1, 0)):
                function = (base, extract)[side]
                start = time.process_time()
                for text in part:
                    function(text)
                best[side] = min(best[side], time.process_time() - start)
        totals[0] += best[0]
        totals[1] += best[1]
    return totals[0], totals[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("commit", help="the earlier commit, e.g. main")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--step", type=int, default=1)
    parser.add_argument("--chunk", type=int, default=200)
    args = parser.parse_args()
    texts = [text for text, _ in documents(corpus_lines(DEFAULT_CORPUS))][::args.step]
    with tempfile.TemporaryDirectory(prefix="podium-ab-") as folder:
        base = base_extract(args.commit, Path(folder))
        base(texts[0]), extract(texts[0])  # load the vocabularies before timing
        before, after = interleaved(base, texts, args.runs, args.chunk)
    print(f"{len(texts):,} reports, best of {args.runs} per chunk of {args.chunk}: {args.commit} {before:.2f} s "
          f"({len(texts) / before:,.0f} reports/s), work tree {after:.2f} s ({len(texts) / after:,.0f} reports/s), "
          f"work tree / {args.commit} {after / before:.3f}")


if __name__ == "__main__":
    main()
