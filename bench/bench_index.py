"""Benchmark of the embedded store: bulk indexing and search latency at 100k Danish documents.

Each figure has a baseline measured in the same run on the same machine, so our overhead is a
ratio that survives a change of hardware:

- indexing: ``EmbeddedStore.index_documents`` (analysis + stemming + JSON + FTS5 + facets)
  against raw ``sqlite3`` ``executemany`` of the same documents' pre-serialised JSON plus an
  FTS5 table over their raw title/text (SQLite's own tokenizer, no stemming);
- search: ``EmbeddedStore.search`` (parse, total, page of 20 with JSON decode and highlights,
  facets/histogram when asked) against a raw FTS5 ``MATCH`` of the same words on that baseline
  table (``count(*)`` + ``ORDER BY rank LIMIT 20``).

Run:  .venv/bin/python bench/bench_index.py [--docs 100000] [--runs 3] [--reps 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from index import EmbeddedStore, SearchQuery
from index.analysis import is_stop_word, words
from schema import AuthorRef, CueHit, EnrichedDocument, content_hash, url_id

PLACES = [
    "Viby", "Hasle", "Brabrand", "Risskov", "Lystrup", "Tranbjerg", "Hørning", "Harlev", "Rønde", "Ebeltoft",
    "Kolind", "Hornslet", "Tarup", "Vollsmose", "Dalum", "Bolbro", "Valby", "Amager", "Vanløse", "Brønshøj",
]  # fmt: skip
SUBJECTS = [
    "vindmøllerne", "skolen", "letbanen", "cykelstien", "træerne", "biblioteket", "svømmehallen",
    "lokalplanen", "busruten", "plejehjemmet", "børnehaven", "havnen", "parkeringspladsen", "solcelleparken",
    "idrætshallen", "rådhuset", "genbrugspladsen", "skoven", "stranden", "kirkegården",
]  # fmt: skip
ACTIONS = ["lukkes", "flyttes", "rives ned", "udvides", "renoveres", "spares væk", "sælges", "bygges om"]
OPINIONS = [
    "Vi borgere er dybt bekymrede for {s}.",
    "Byrådet har slet ikke lyttet til beboerne i {p}.",
    "Mød op til borgermødet på {p} Skole torsdag aften.",
    "Skriv under på underskriftindsamlingen mod planerne.",
    "Det er en skandale, at kommunen vil ændre {s} uden dialog.",
    "Jeg har boet i {p} i tredive år og har aldrig set noget lignende.",
    "Forvaltningen oplyser, at høringsfristen udløber om to uger.",
    "Del opslaget, så flere naboer hører om sagen.",
    "Politikerne bør tænke på børnene og de ældre i lokalområdet.",
    "Et flertal i udvalget støtter forslaget, men oppositionen er imod.",
]
PREFIXES = [
    "by",
    "skole",
    "vej",
    "havne",
    "park",
    "kommune",
    "borger",
    "trafik",
    "natur",
    "sports",
    "kultur",
    "bolig",
]
SUFFIXES = [
    "plan",
    "råd",
    "møde",
    "område",
    "projekt",
    "politik",
    "forslag",
    "udvalg",
    "debat",
    "sag",
    "budget",
]
INFLECTIONS = ["", "en", "et", "erne", "er", "s"]
PLATFORMS = ["news", "letters", "consultation", "council", "reddit", "mastodon", "bluesky", "facebook"]
MUNICIPALITIES = ["0751", "0706", "0461", "0101", "0730", "0740"]
CUES = [
    ("sign", "skriv under"),
    ("petition", "underskriftindsamling"),
    ("show_up", "mød op"),
    ("share", "del"),
]

QUERIES: list[tuple[str, dict[str, object], str]] = [
    # (search text, extra SearchQuery fields, raw FTS5 MATCH of the baseline)
    ("vindmøller", {}, '"vindmøllerne"'),
    ("skolen lukkes", {}, '"skolen" AND "lukkes"'),
    ('"skolen i Viby"', {}, '"skolen i viby"'),
    ("svømme*", {}, '"svømmehallen"*'),
    ("letbanen | cykelstien", {}, '"letbanen" OR "cykelstien"'),
    ("borgermødet -skole", {}, '"borgermødet" NOT "skole"'),
    ("underskriftindsamlingen", {"municipality_codes": ["0751"]}, '"underskriftindsamlingen"'),
    ("kommunen", {}, '"kommunen"'),
    ("kommunen", {"sort": "newest"}, '"kommunen"'),
    ("trafikplanen byrådet", {"facets": ["platform", "municipality_code", "cues.family"]},
     '"trafikplanen" AND "byrådet"'),
    ("træerne", {"histogram": "week", "facets": ["platform"]}, '"træerne"'),
    ("", {"platforms": ["letters"], "sort": "newest", "facets": ["municipality_code"]}, ""),
]  # fmt: skip

BASELINE_DDL = """
CREATE TABLE base_docs (
    rid INTEGER PRIMARY KEY, id TEXT UNIQUE, published_ms INTEGER, platform TEXT, body TEXT
);
CREATE INDEX base_docs_platform ON base_docs (platform, published_ms);
CREATE VIRTUAL TABLE base_fts USING fts5 (title, text, tokenize = "unicode61 remove_diacritics 0");
"""


def make_documents(n: int, seed: int = 7) -> list[EnrichedDocument]:
    """n realistic, varied Danish documents (deterministic for a seed)."""
    rng = random.Random(seed)
    vocabulary = [f"{p}{s}{i}" for p in PREFIXES for s in SUFFIXES for i in INFLECTIONS]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like
    start = datetime(2026, 1, 1, tzinfo=UTC)
    docs = []
    for k in range(n):
        place, subject = rng.choice(PLACES), rng.choice(SUBJECTS)
        sentences = [f"{subject.capitalize()} i {place} skal {rng.choice(ACTIONS)}."]
        for _ in range(rng.randint(3, 7)):
            sentences.append(rng.choice(OPINIONS).format(s=subject, p=place))
            sentences.append(
                " ".join(rng.choices(vocabulary, weights, k=rng.randint(6, 14))).capitalize() + "."
            )
        text = " ".join(sentences)
        platform = rng.choice(PLATFORMS)
        cues = [CueHit(family=f, text=t, lemma=t) for f, t in rng.sample(CUES, rng.randint(0, 2))]  # type: ignore[arg-type]
        published = start + timedelta(minutes=5 * k + rng.randint(0, 4))
        docs.append(
            enriched_document(  # keyword arguments are evaluated in order: the rng sequence is fixed
                k,
                platform,
                title=f"{subject.capitalize()} i {place}" if rng.random() < 0.8 else None,
                text=text,
                published=published,
                pseudonym=f"p-{rng.randrange(20_000):020x}",
                municipality_code=rng.choice(MUNICIPALITIES),
                cues=cues,
                hashtags=[f"#bevar{subject[:6]}"] if rng.random() < 0.1 else [],
                fingerprint=[rng.getrandbits(32) for _ in range(32)],
            )
        )
    return docs


def enriched_document(
    k: int,
    platform: str,
    *,
    title: str | None,
    text: str,
    published: datetime,
    pseudonym: str,
    municipality_code: str,
    cues: list[CueHit],
    hashtags: list[str] | None = None,
    fingerprint: list[int] | None = None,
) -> EnrichedDocument:
    """Document number k of a synthetic Danish corpus (also used by tests/scale/documents.py)."""
    url = f"https://debat.example.dk/{platform}/{k}"
    return EnrichedDocument(
        id=url_id(url),
        source_id=f"src-{platform}",
        source_kind="html_listing",
        platform=platform,
        url=url,
        title=title,
        text=text,
        published_at=published,
        fetched_at=published,
        enriched_at=published,
        author=AuthorRef(pseudonym=pseudonym),
        content_hash=content_hash(text),
        lang="da",
        lang_confidence=0.98,
        lemma_text=" ".join(w for w in words(text) if not is_stop_word(w)),
        word_count=len(text.split()),
        municipality_code=municipality_code,
        cues=cues,
        hashtags=hashtags or [],
        fingerprint=fingerprint or [],
    )


def index_ours(folder: Path, docs: list[EnrichedDocument]) -> tuple[float, EmbeddedStore]:
    store = EmbeddedStore(folder)
    store.setup()
    started = time.perf_counter()
    report = store.index_documents(docs)
    elapsed = time.perf_counter() - started
    assert report.ok and report.indexed == len(docs), report.failed
    return elapsed, store


def index_baseline(
    path: Path, rows: list[tuple[str, int, str, str, str, str]]
) -> tuple[float, sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.executescript(BASELINE_DDL)
    started = time.perf_counter()
    for start in range(0, len(rows), 500):  # the same transaction size as the store
        chunk = rows[start : start + 500]
        conn.execute("BEGIN IMMEDIATE")
        cur = conn.execute("SELECT coalesce(max(rid), 0) FROM base_docs")
        first = cur.fetchone()[0] + 1
        conn.executemany(
            "INSERT INTO base_docs (rid, id, published_ms, platform, body) VALUES (?, ?, ?, ?, ?)",
            [(first + i, r[0], r[1], r[2], r[3]) for i, r in enumerate(chunk)],
        )
        conn.executemany(
            "INSERT INTO base_fts (rowid, title, text) VALUES (?, ?, ?)",
            [(first + i, r[4], r[5]) for i, r in enumerate(chunk)],
        )
        conn.execute("COMMIT")
    return time.perf_counter() - started, conn


def baseline_search(conn: sqlite3.Connection, match: str, extra: dict[str, object]) -> None:
    if not match:
        conn.execute("SELECT count(*) FROM base_docs WHERE platform = 'letters'").fetchone()
        conn.execute(
            "SELECT id, body FROM base_docs WHERE platform = 'letters' ORDER BY published_ms DESC LIMIT 20"
        ).fetchall()
        return
    conn.execute("SELECT count(*) FROM base_fts WHERE base_fts MATCH ?", (match,)).fetchone()
    conn.execute(
        "SELECT d.id, d.body FROM base_fts JOIN base_docs d ON d.rid = base_fts.rowid"
        " WHERE base_fts MATCH ? ORDER BY rank LIMIT 20",
        (match,),
    ).fetchall()


def timed(fn: Callable[[], object], reps: int) -> list[float]:
    fn()  # warm up
    out = []
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def index_bench_parser(description: str | None, docs: int = 100_000) -> argparse.ArgumentParser:
    """The --docs, --runs and --reps options shared by the index benchmarks."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=docs)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reps", type=int, default=5, help="timed repetitions of each query per run")
    return parser


def main() -> None:
    parser = index_bench_parser(__doc__)
    args = parser.parse_args()

    t0 = time.perf_counter()
    docs = make_documents(args.docs)
    rows = [
        (
            d.id,
            int(d.published_at.timestamp() * 1000),
            str(d.platform),
            d.model_dump_json(),
            d.title or "",
            d.text,
        )
        for d in docs
    ]
    print(f"generated {len(docs):,} documents in {time.perf_counter() - t0:.1f} s", flush=True)

    ours_rate, base_rate, sizes = [], [], []
    ours_ms: list[list[float]] = []
    base_ms: list[list[float]] = []
    sig_ms: list[float] = []
    for run in range(args.runs):
        folder = Path(tempfile.mkdtemp(prefix="bench-index-"))
        try:
            t_ours, store = index_ours(folder / "index", docs)
            t_base, conn = index_baseline(folder / "baseline.sqlite3", rows)
            ours_rate.append(len(docs) / t_ours)
            base_rate.append(len(docs) / t_base)
            sizes.append(sum(p.stat().st_size for p in (folder / "index").iterdir()) / 2**20)
            run_ours: list[float] = []
            run_base: list[float] = []
            for text, extra, match in QUERIES:
                query = SearchQuery(text=text or None, size=20, **extra)  # type: ignore[arg-type]
                run_ours += timed(partial(store.search, query), args.reps)
                run_base += timed(partial(baseline_search, conn, match, extra), args.reps)
            ours_ms.append(run_ours)
            base_ms.append(run_base)
            emerging = SearchQuery(text="svømmehallen")
            sig_ms += timed(partial(store.significant_terms, emerging), args.reps)
            print(
                f"run {run + 1}: indexed {ours_rate[-1]:,.0f} docs/s (baseline {base_rate[-1]:,.0f})",
                flush=True,
            )
            store.close()
            conn.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    med = statistics.median
    ours_med, base_med = med(med(r) for r in ours_ms), med(med(r) for r in base_ms)
    ours_p95, base_p95 = med(p95(r) for r in ours_ms), med(p95(r) for r in base_ms)
    rate, base = med(ours_rate), med(base_rate)
    print(f"\nEmbedded store, {len(docs):,} documents, {args.runs} run(s), medians;", end=" ")
    print(f"{len(QUERIES)} queries x {args.reps} repetitions per run")
    print("| measure | ours | baseline | ratio |\n| --- | ---: | ---: | ---: |")
    print(f"| bulk indexing, docs/s | {rate:,.0f} | {base:,.0f} | {base / rate:.1f}x slower |")
    print(f"| search latency median, ms | {ours_med:.1f} | {base_med:.1f} | {ours_med / base_med:.1f}x |")
    print(f"| search latency p95, ms | {ours_p95:.1f} | {base_p95:.1f} | {ours_p95 / base_p95:.1f}x |")
    print(f"| significant_terms median, ms | {med(sig_ms):.1f} | - | - |")
    print(f"| store size on disk, MiB | {med(sizes):.0f} | - | - |")
    print("\nreproduce: .venv/bin/python bench/bench_index.py", end=" ")
    print(f"--docs {args.docs} --runs {args.runs} --reps {args.reps}")


if __name__ == "__main__":
    main()
