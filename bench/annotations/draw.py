"""Draw the reports of the blind annotation round of stage two (fixed seed), stratified over report kinds.

Why stratified: a random draw of the KCNA corpus is mostly reports that name no official; the record lives in
meetings, elections, field guidance, delegations, letters, funerals and photo sessions, so each kind gets its
share. Reports already in the shared gold, the seed or our earlier annotations are never drawn again.

    python3 bench/annotations/draw.py > /tmp/draw.tsv              # id, corpus, kind, part (sealed / dev / double)
    python3 bench/annotations/draw.py --round 2 > /tmp/draw2.tsv    # the second round: all sealed
    python3 bench/annotations/draw.py --round 3 > /tmp/draw3.tsv    # the third round: all sealed, mostly KCNA
    python3 bench/annotations/draw.py --round 4 > /tmp/draw4.tsv    # the fourth round: all sealed, mostly KCNA
    python3 bench/annotations/draw.py --round 5 > /tmp/draw5.tsv    # the fifth round: all sealed, KCNA only

Round 1 (stage two's first session): a third of the drawn reports are sealed (scored once, at the end); 30 of the
others are annotated twice. Round 2 (its second session): once round 1's sealed set had been scored it became a
test set, so a fresh draw, every report sealed, with a part of it annotated twice to measure agreement; it leaves
out every report of round 1 too, and takes Rodong Sinmun reports up to a longer length because fewer are left.
Round 3 (its third session): round 2 met the targets in the Rodong Sinmun era and missed them in the KCNA era, so a
fresh sealed draw weighted to KCNA; the four Rodong Sinmun reports are taken from the few left, up to 40,000
characters.
Round 4 (its fourth session): round 3 missed the KCNA targets again, so a fresh sealed draw of KCNA, larger, leaving
out round 3's sealed and development sets too; the Rodong Sinmun reports are the four left, long speeches and
letters up to 60,000 characters.
Round 5 (its fifth session): round 4 missed the KCNA targets again; every Rodong Sinmun report is now annotated, so
a fresh sealed draw of KCNA only, leaving out round 4's sealed set too.
"""
import argparse
import gzip
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Round:
    seed: int
    kcna_total: int
    rodong_total: int
    kcna_max_chars: int     # long speeches and letters are mostly prose with few names: too costly per fact
    rodong_max_chars: int
    sealed_share: int       # one in this many is sealed
    doubles: int            # annotated twice (drawn from the dev part, or from the sealed part when all are sealed)
    earlier: tuple[str, ...]  # annotation files of earlier rounds, whose reports are never drawn again


ROUNDS = {
    1: Round(20261129, 75, 45, 16_000, 16_000, 3, 30, ()),
    2: Round(20261130, 30, 13, 16_000, 30_000, 1, 15, ("stage2-dev.jsonl", "stage2-sealed.jsonl")),
    3: Round(20261201, 45, 4, 16_000, 40_000, 1, 15,
             ("stage2-dev.jsonl", "stage2-sealed.jsonl", "stage2-round2-sealed.jsonl")),
    4: Round(20261203, 56, 4, 16_000, 60_000, 1, 15,
             ("stage2-dev.jsonl", "stage2-sealed.jsonl", "stage2-round2-sealed.jsonl", "stage2-round3-sealed.jsonl",
              "stage2-round3-dev.jsonl")),
    5: Round(20261205, 60, 0, 16_000, 60_000, 1, 15,
             ("stage2-dev.jsonl", "stage2-sealed.jsonl", "stage2-round2-sealed.jsonl", "stage2-round3-sealed.jsonl",
              "stage2-round3-dev.jsonl", "stage2-round4-sealed.jsonl")),
}

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


def already_annotated(earlier: tuple[str, ...]) -> set[str]:
    files = [SHARED / "gold" / "dev.jsonl", SHARED / "gold" / "funeral-committee.jsonl", SHARED / "seed" / "gold.jsonl",
             *sorted(HERE.glob("independent-*.jsonl")), *(HERE / name for name in earlier)]
    return {json.loads(line)["id"] for path in files for line in path.open() if line.strip()}


def candidates(corpus: str, max_chars: int, skip: set[str]) -> dict[str, list[dict]]:
    seen_texts, by_kind = set(), {}
    for line in gzip.open(SHARED / "corpus" / corpus, "rt", encoding="utf-8"):
        report = json.loads(line)
        text = report.get("text") or ""
        if report["id"] in skip or not text.strip() or len(text) > max_chars or text in seen_texts:
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, choices=sorted(ROUNDS), default=1)
    spec = ROUNDS[parser.parse_args().round]
    rng, skip = random.Random(spec.seed), already_annotated(spec.earlier)
    kcna = candidates("kcna-2011-2012.jsonl.gz", spec.kcna_max_chars, skip)
    rodong = candidates("rodong-2021-2022.jsonl.gz", spec.rodong_max_chars, skip)
    rows = [(i, "kcna", k) for i, k in draw(kcna, spec.kcna_total, rng)]
    rows += [(i, "rodong", k) for i, k in draw(rodong, spec.rodong_total, rng)]
    rng.shuffle(rows)
    parts = ["sealed" if n % spec.sealed_share == 0 else "dev" for n in range(len(rows))]
    doubled_part = "dev" if "dev" in parts else "sealed"
    doubles = rng.sample([n for n, part in enumerate(parts) if part == doubled_part], spec.doubles)
    for n in doubles:
        parts[n] = "double" if doubled_part == "dev" else "sealed-double"
    out = sys.stdout
    for (report_id, corpus, kind), part in zip(rows, parts):
        out.write(f"{report_id}\t{corpus}\t{kind}\t{part}\n")


if __name__ == "__main__":
    main()
