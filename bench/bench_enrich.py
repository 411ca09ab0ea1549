"""Benchmark: full Danish enrichment of short posts against the bare spaCy tokenizer (the ceiling).

Texts are the 3,290 real Danish comments of ../shared/data/social (DKHate / OffensEval-2020 Danish,
CC BY 4.0), repeated and varied (a post number, a place name and a hashtag are mixed in, so no
two texts are identical) up to --docs posts. Both measurements run in the same process on the
same texts; each is repeated --runs times and the median is reported, with the process's peak
resident memory. Rates are given per wall-clock second and per CPU second of this process: on a
machine shared with other work the CPU rate is the steadier figure.

Reproduce:
    .venv/bin/python bench/bench_enrich.py --docs 100000 --runs 3
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer

from nlp import Enricher
from schema import Platform, RawItem, SourceKind, content_hash, post_id
from schema.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SOCIAL = ROOT.parent / "shared" / "data" / "social"
PLACES = ["Aarhus", "Viby J", "Hornslet", "Lystrup", "Odense", "København", "Nørrebro", "Aalborg", ""]
TAGS = ["#aarhus", "#dkpol", "#redskoven", "#kbhpol", "", "", ""]


def load_texts(n: int, seed: int = 7) -> list[str]:
    """`n` varied short posts built from the real comments."""
    comments: list[str] = []
    for name in ("offenseval-da-training-v1.tsv", "offenseval-da-test-v1.tsv"):
        path = SOCIAL / name
        if not path.is_file():
            sys.exit(f"benchmark data missing: {path} (see ../shared/data/README.md)")
        with path.open(encoding="utf-8") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(reader)
            comments += [row[1] for row in reader if len(row) >= 2 and row[1].strip()]
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        place, tag = rng.choice(PLACES), rng.choice(TAGS)
        extra = f" Her i {place}." if place else ""
        texts.append(f"{comments[i % len(comments)]}{extra} {tag} ({i})".strip())
    return texts


def items_of(texts: list[str]) -> list[RawItem]:
    """RawItems as a crawler would write them."""
    now = datetime.now(UTC)
    return [
        RawItem(
            id=post_id("reddit", f"t1_{i}"),
            source_id="bench",
            source_kind=SourceKind.REDDIT,
            platform=Platform.REDDIT,
            url=f"https://www.reddit.com/r/Aarhus/comments/{i}",
            canonical_url=f"https://www.reddit.com/r/Aarhus/comments/{i}",
            text=text,
            published_at=now,
            fetched_at=now,
            community="Aarhus",
            content_hash=content_hash(text),
        )
        for i, text in enumerate(texts)
    ]


def time_tokenizer(texts: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds for the bare blank-Danish tokenizer over all texts."""
    tokenizer = spacy.blank("da").tokenizer
    assert isinstance(tokenizer, Tokenizer)
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in tokenizer.pipe(texts, batch_size=1000):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def time_enrichment(enricher: Enricher, items: list[RawItem], batch: int) -> tuple[float, float, int]:
    """(wall, CPU) seconds for full enrichment, and how many items failed."""
    failed = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(items), batch):
        _, failures = enricher.enrich_batch(items[i : i + batch])
        failed += len(failures)
    return time.perf_counter() - wall, time.process_time() - cpu, failed


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000, help="posts to enrich (default 100000)")
    parser.add_argument("--runs", type=int, default=3, help="repetitions; medians are reported (default 3)")
    args = parser.parse_args()

    texts = load_texts(args.docs)
    words = sum(len(t.split()) for t in texts)
    items = items_of(texts)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(municipalities=[{"code": "0751", "name": "Aarhus"}], data_dir=Path(tmp))
        enricher = Enricher(settings)
        warm_start = time.perf_counter()
        enricher.enrich_batch(items[:50])  # builds the gazetteer cache, the pipeline and the language models
        warm = time.perf_counter() - warm_start
        tok_wall, tok_cpu, enr_wall, enr_cpu, failed = [], [], [], [], 0
        for _ in range(args.runs):
            wall, cpu = time_tokenizer(texts)
            tok_wall.append(wall)
            tok_cpu.append(cpu)
            wall, cpu, failed = time_enrichment(enricher, items, settings.nlp.batch_size)
            enr_wall.append(wall)
            enr_cpu.append(cpu)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = args.docs
    rows = [
        ("spaCy tokenizer (ceiling)", statistics.median(tok_wall), statistics.median(tok_cpu)),
        ("full enrichment", statistics.median(enr_wall), statistics.median(enr_cpu)),
    ]
    print(f"{n:,} posts, {words:,} words ({words / n:.1f} words/post), {args.runs} runs, medians")
    print(f"{'':27s} {'docs/s':>9s} {'words/s':>10s} {'docs/CPU-s':>11s} {'words/CPU-s':>12s} {'wall s':>7s}")
    for label, wall, cpu in rows:
        rates = f"{n / wall:>9,.0f} {words / wall:>10,.0f} {n / cpu:>11,.0f} {words / cpu:>12,.0f}"
        print(f"{label:27s} {rates} {wall:>7.1f}")
    (_, tw, tc), (_, ew, ec) = rows
    print(f"enrichment / tokenizer: {tw / ew:.3f} of the ceiling (wall), {tc / ec:.3f} (CPU)")
    walls, cpus = [round(s, 1) for s in enr_wall], [round(s, 1) for s in enr_cpu]
    print(f"enrichment runs, wall s: {walls}; CPU s: {cpus}")
    print(f"start-up (gazetteer, pipeline, language models): {warm:.1f} s; failures per run: {failed}")
    print(f"peak memory (RSS): {peak_mib:,.0f} MiB")
    print(f"reproduce: .venv/bin/python bench/bench_enrich.py --docs {args.docs} --runs {args.runs}")


if __name__ == "__main__":
    main()
