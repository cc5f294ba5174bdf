"""Extraction time of one invented document of 1, 2, 4 and 8 MB: the cost must grow linearly with the length
(seconds per MB within `LINEAR_WITHIN` of each other), so a very long report (a funeral list, a congress
report of 40,000 characters and more) never stalls ingestion. Figures go to bench/RESULTS.md.

    .venv/bin/python bench/long_document.py [--sizes 1 2 4 8] [--no-write]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import add_entry, stamp  # noqa: E402

from podium.extract import extract  # noqa: E402

LINEAR_WITHIN = 1.5
MB = 1_000_000
# Invented paragraphs of the kinds a long report strings together: field guidance with an entourage, a list of
# officials with posts, speeches, a thing sent, an election; names recur, as in a real long report.
PARAGRAPHS = (
    "Kim Jong Un inspected the Ryongsong Machine Complex. He was accompanied by Jo Yong Won, member of the "
    "Presidium of the Political Bureau of the C.C., the WPK, Pak Jong Chon, secretary of the C.C., the WPK, and "
    "Ri Il Hwan.",
    "Present there were Kim Tok Hun, premier of the Cabinet, Choe Ryong Hae, chairman of the Standing Committee "
    "of the SPA, Ho Chol Man, department director of the WPK Central Committee, and officials concerned.",
    "The president said that the workers should make greater innovations. Ri Il Hwan made a speech.",
    "A floral basket was sent to him by Kwon Yong Jin, director of the General Political Bureau of the KPA.",
    "Deputies Kang Sun Nam and Ju Chang Il were by-elected as members of the SAC.",
)


def document(size: int) -> str:
    """An invented report of about `size` characters: a headline, then the paragraphs over and over."""
    block = "\n".join(PARAGRAPHS) + "\n"
    return "Long Report\n\n" + block * max(1, size // len(block))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="sizes in MB")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    extract(document(1000))  # load the vocabularies before timing
    per_mb = {}
    for size in args.sizes:
        text = document(int(size * MB))
        start = time.process_time()
        extract(text, "2022-01-01")
        seconds = time.process_time() - start
        per_mb[size] = seconds / (len(text) / MB)
        print(f"{len(text) / MB:5.2f} MB  {seconds:7.2f} s CPU  {per_mb[size]:.2f} s/MB", flush=True)
    spread = max(per_mb.values()) / min(per_mb.values())
    verdict = "linear" if spread <= LINEAR_WITHIN else "NOT linear"
    lines = [f"- {stamp()}: one invented document (`bench/long_document.py`), CPU seconds of `extract()`",
             "  - " + "; ".join(f"{size:g} MB {per_mb[size] * size:.2f} s ({per_mb[size]:.2f} s/MB)"
                                for size in args.sizes),
             f"  - largest / smallest s/MB = {spread:.2f} ({verdict}: target within {LINEAR_WITHIN}x)"]
    print("\n".join(lines))
    if not args.no_write:
        add_entry("Extraction of one long document (`bench/long_document.py`)", "\n".join(lines))


if __name__ == "__main__":
    main()
