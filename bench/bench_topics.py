"""Benchmark of topic modelling: fit at 10k and 100k documents, an incremental update, and a baseline.

The documents are the simulator's Danish debate (several seeds, so wording and people vary),
enriched by the real ``nlp.Enricher`` once and cached under ``--cache``. Each case runs in a
fresh process, so its time and peak memory (max RSS) are its own:

- ``fit``: ``TopicModel`` with the default settings (TF-IDF/SVD embeddings on lemmas, BERTopic
  with Danish stop words, c-TF-IDF, HDBSCAN, topic reduction) — embedding + clustering time,
  and agreement (ARI/NMI) with the simulator's topic labels;
- ``update``: ``IssueTracker`` fitted on the history, then one ``update`` with 1,000 new documents;
- ``baseline``: BERTopic's out-of-the-box pipeline (``BERTopic()``: UMAP, HDBSCAN, plain
  CountVectorizer, ``language="english"``) on the same documents' text with the same precomputed
  embeddings (its default embedding model must be downloaded, which this machine cannot).

Run:  .venv/bin/python bench/bench_topics.py [--sizes 10000,100000] [--runs 3] [--cache data/bench]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

END = date(2026, 11, 20)
KEY = b"bench-key-not-secret"


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM; unlike ru_maxrss it does not survive exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def corpus(n: int, cache: Path) -> tuple[list, list[str]]:
    """n enriched documents (oldest first) and their topic labels, built once per seed and cached."""
    from schema import EnrichedDocument

    docs, labels = [], []
    seed = 1
    while len(docs) < n:
        path = cache / f"seed{seed}.jsonl"
        if not path.exists():
            _enrich_seed(seed, path)
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            labels.append(row.pop("_topic"))
            docs.append(EnrichedDocument.model_validate(row))
        seed += 1
    order = sorted(range(n), key=lambda i: docs[i].published_at)
    return [docs[i] for i in order], [labels[i] for i in order]


def _enrich_seed(seed: int, path: Path) -> None:
    from nlp import Enricher
    from schema.settings import load_settings
    from simulator import generate

    scenario = generate(seed=seed, end=END)
    settings = load_settings(ROOT / "config" / "demo.yaml")
    docs, _ = Enricher(settings).enrich_batch(scenario.items(KEY))
    lines = []
    for d in docs:
        label = scenario.truth.label_for(d.url)
        # documents of different seeds are different documents: make ids unique across seeds
        row = d.model_dump(mode="json") | {
            "id": f"s{seed}-{d.id}",
            "_topic": label.topic_id if label else "?",
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def case_fit(n: int, cache: Path) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from nlp.topics import TopicModel, make_embedder
    from schema.settings import TopicSettings

    docs, labels = corpus(n, cache)
    texts = [d.lemma_text for d in docs]
    settings = TopicSettings()
    t0 = time.perf_counter()
    embedder = make_embedder(settings).fit(texts)
    vectors = embedder.transform(texts)
    t1 = time.perf_counter()
    model = TopicModel(settings, embedder)
    found = model.fit_transform(texts, vectors)
    t2 = time.perf_counter()
    return {
        "embed_s": t1 - t0,
        "cluster_s": t2 - t1,
        "total_s": t2 - t0,
        "topics": len(model.topic_ids),
        "ari": adjusted_rand_score(labels, found),
        "nmi": normalized_mutual_info_score(labels, found),
    }


def case_update(n: int, cache: Path, new: int = 1_000) -> dict[str, float]:
    from nlp.topics import IssueTracker
    from schema.settings import Settings

    docs, _ = corpus(n + new, cache)
    history, fresh = docs[:n], docs[n:]
    settings = Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}, {"code": "0706", "name": "Syddjurs"}]
    )
    with tempfile.TemporaryDirectory() as tmp:
        tracker = IssueTracker(settings, Path(tmp))
        t0 = time.perf_counter()
        first = tracker.update(history, [], history[-1].published_at)
        t1 = time.perf_counter()
        now = max(d.published_at for d in fresh) + timedelta(seconds=1)
        second = tracker.update(fresh, first.issues, now)
        t2 = time.perf_counter()
    return {"history_s": t1 - t0, "update_s": t2 - t1, "issues": len(second.issues), "new_docs": len(fresh)}


def case_baseline(n: int, cache: Path) -> dict[str, float]:
    import warnings

    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from nlp.topics import make_embedder
    from schema.settings import TopicSettings

    docs, labels = corpus(n, cache)
    vectors = (
        make_embedder(TopicSettings())
        .fit([d.lemma_text for d in docs])
        .transform([d.lemma_text for d in docs])
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ImportWarning)
        from bertopic import BERTopic
    t0 = time.perf_counter()
    model = BERTopic()
    found, _ = model.fit_transform([f"{d.title or ''} {d.text}" for d in docs], embeddings=vectors)
    t1 = time.perf_counter()
    words = [w for t in list(model.get_topics())[1:4] for w, _ in model.get_topic(t)[:4]]
    return {
        "total_s": t1 - t0,
        "topics": len(set(found)) - (1 if -1 in found else 0),
        "outliers": sum(1 for t in found if t == -1) / len(found),
        "ari": adjusted_rand_score(labels, found),
        "nmi": normalized_mutual_info_score(labels, found),
        "sample_words": " ".join(words[:8]),
    }


CASES = {"fit": case_fit, "update": case_update, "baseline": case_baseline}


def child(case: str, n: int, cache: Path) -> None:
    result = CASES[case](n, cache)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


def run(case: str, n: int, cache: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", case, "--n", str(n), "--cache", str(cache)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=ROOT / "data" / "bench" / "topics")
    parser.add_argument("--child")
    parser.add_argument("--n", type=int)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.n, args.cache)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    corpus(max(sizes) + 1_000, args.cache)  # enrich once, outside the timings
    small = min(sizes)
    plan = [("fit", n) for n in sizes] + [("update", small), ("baseline", small)]
    print(
        f"bench_topics {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {args.runs} runs each (median; peak RSS max)"
    )
    print(f"{'case':10} {'docs':>7}  {'median s':>9}  {'runs s':24} {'peak MB':>8}  details")
    for case, n in plan:
        results = [run(case, n, args.cache) for _ in range(args.runs)]
        key = "update_s" if case == "update" else "total_s"
        times = [r[key] for r in results]
        detail = {k: v for k, v in results[-1].items() if k not in (key, "peak_rss_mb")}
        shown = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in detail.items())
        runs_text = " ".join(f"{t:.1f}" for t in times)
        print(
            f"{case:10} {n:>7}  {statistics.median(times):>9.1f}  {runs_text:24} "
            f"{max(r['peak_rss_mb'] for r in results):>8.0f}  {shown}"
        )
    print(f"reproduce: .venv/bin/python bench/bench_topics.py --sizes {args.sizes} --runs {args.runs}")


if __name__ == "__main__":
    main()
