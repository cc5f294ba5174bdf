"""Draw the reports of the blind annotation round of stage two (fixed seed), stratified over report kinds.

Why stratified: a random draw of the KCNA corpus is mostly reports that name no official; the record lives in
meetings, elections, field guidance, delegations, letters, funerals and photo sessions, so each kind gets its
share. Reports already in the shared gold, the seed or our earlier annotations are never drawn again.

    python3 bench/annotations/draw.py > /tmp/draw.tsv      # id, corpus, kind, part (sealed / dev / double)

A third of the drawn reports are sealed (scored once, at the end); 30 of the others are annotated twice.
"""
import gzip
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261129
SHARED = Path(__file__).resolve().parents[3] / "shared"
HERE = Path(__file__).resolve().parent
MAX_CHARS = 16_000          # long speeches and letters are mostly prose with few names: too costly per fact
KCNA_TOTAL, RODONG_TOTAL = 75, 45
SEALED_SHARE = 3            # one in three is sealed
DOUBLES = 30

KINDS = [  # (kind, title pattern); the first that matches wins
    ("assembly session", r"Supreme People's Assembly|SPA\b|Deputies"),
    ("party or state meeting", r"Plenary|Political Bureau|Politburo|Conference|Congress|Presidium|Military Commission|Secretariat|Meeting of"),
    ("funeral or memorial", r"Funeral|Bier|Memorial|Mourn|Condolence|Kumsusan|Mausoleum|Cemetery|Wreath|Basket|Late "),
    ("photo session", r"Photo Session|Photograph"),
    ("national meeting", r"National Meeting|Report Meeting|Pledge|Celebrat|Anniversary"),
    ("letter or message", r"Letter|Message|Greeting|Congratulat|Gift|Reply"),
    ("foreign visit or delegation", r"Delegation|Ambassador|Meets|Receives|Visit[s]? (?:to )?(?:China|Russia)|Talks|Banquet|Reception|Leaves|Arrives|Credentials"),
    ("field guidance", r"Guid|Inspect|Visits|Watches|Provides"),
]
OTHER = "other"


def kind_of(title: str) -> str:
    return next((kind for kind, pattern in KINDS if re.search(pattern, title or "")), OTHER)


def already_annotated() -> set[str]:
    files = [SHARED / "gold" / "dev.jsonl", SHARED / "gold" / "funeral-committee.jsonl", SHARED / "seed" / "gold.jsonl",
             *sorted(HERE.glob("independent-*.jsonl"))]
    return {json.loads(line)["id"] for path in files for line in path.open() if line.strip()}


def candidates(corpus: str) -> dict[str, list[dict]]:
    seen_texts, by_kind, skip = set(), {}, already_annotated()
    for line in gzip.open(SHARED / "corpus" / corpus, "rt", encoding="utf-8"):
        report = json.loads(line)
        text = report.get("text") or ""
        if report["id"] in skip or not text.strip() or len(text) > MAX_CHARS or text in seen_texts:
            continue
        seen_texts.add(text)
        by_kind.setdefault(kind_of(report.get("title")), []).append(report)
    return by_kind


def draw(by_kind: dict[str, list[dict]], total: int, rng: random.Random) -> list[tuple[str, str]]:
    """Round-robin over the kinds (sorted, each shuffled) until `total` are drawn: every kind gets an equal share
    as far as it has reports."""
    pools = {kind: rng.sample(reports, len(reports)) for kind, reports in sorted(by_kind.items())}
    drawn = []
    while len(drawn) < total and any(pools.values()):
        for kind, pool in pools.items():
            if pool and len(drawn) < total:
                drawn.append((pool.pop()["id"], kind))
    return drawn


def main() -> None:
    rng = random.Random(SEED)
    rows = [(i, "kcna", k) for i, k in draw(candidates("kcna-2011-2012.jsonl.gz"), KCNA_TOTAL, rng)]
    rows += [(i, "rodong", k) for i, k in draw(candidates("rodong-2021-2022.jsonl.gz"), RODONG_TOTAL, rng)]
    rng.shuffle(rows)
    parts = ["sealed" if n % SEALED_SHARE == 0 else "dev" for n in range(len(rows))]
    doubles = rng.sample([n for n, part in enumerate(parts) if part == "dev"], DOUBLES)
    for n in doubles:
        parts[n] = "double"
    out = sys.stdout
    for (report_id, corpus, kind), part in zip(rows, parts):
        out.write(f"{report_id}\t{corpus}\t{kind}\t{part}\n")


if __name__ == "__main__":
    main()
