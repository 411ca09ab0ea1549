"""Benchmark of Debatradar on a three-node Elasticsearch cluster, with a single node as baseline.

Everything runs on this machine: one node (the default layout: 1 shard, 0 replicas) and a
cluster of three nodes (3 shards, 1 replica), both started with tools/elasticsearch/es-node and
sharing the same CPU cores, so the cluster figures show what replication and coordination cost
on the same hardware, not what three machines would give. Per run:

- single node: ``ElasticsearchStore.index_documents`` of the documents of bench/bench_index.py
  (docs/s), search latency of its queries, searches/s with 4 client threads, index size
  (primaries, after a force-merge);
- cluster, no fault: the same, and the size of all copies;
- cluster, one node killed (SIGKILL; another node in runs 1, 3..., the elected master in 2, 4...)
  after 30 % of the load: docs/s of the whole load, a check that every document is there once,
  seconds from the kill until every primary is active again on the two others (failover),
  search latency with the node down, then seconds from its restart (old data, old ports) to
  joined and to green.

Run:  .venv/bin/python bench/bench_cluster.py [--docs 50000] [--runs 3] [--reps 5] [--text-factor 1]
(--text-factor N makes every text N times as long, from other documents' texts: how the index
size grows with text length.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_index import QUERIES, index_bench_parser, make_documents, p95, timed  # noqa: E402
from elasticsearch import Elasticsearch  # noqa: E402

from index.elasticsearch import ElasticsearchStore  # noqa: E402
from index.elasticsearch import templates as t  # noqa: E402
from index.search_models import SearchQuery  # noqa: E402
from schema import EnrichedDocument  # noqa: E402
from schema.settings import Settings  # noqa: E402

ES_NODE = ROOT / "tools" / "elasticsearch" / "es-node"
HEAP = os.environ.get("ES_NODE_HEAP", "448m")
KILL_AT = 0.3
THREADS = 4


def es_node(*args: str) -> str:
    env = {**os.environ, "ES_NODE_HEAP": HEAP}
    out = subprocess.run([str(ES_NODE), *args], capture_output=True, text=True, check=True, env=env)
    return out.stdout.strip()


def settings_for(urls: list[str], prefix: str, shards: int, replicas: int) -> Settings:
    es = {"hosts": urls, "index_prefix": prefix, "shards": shards, "replicas": replicas}
    return Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}],
        index={"backend": "elasticsearch", "elasticsearch": es},
    )


def queries() -> list[SearchQuery]:
    return [SearchQuery(text=text or None, size=20, **extra) for text, extra, _ in QUERIES]  # type: ignore[arg-type]


def latencies(store: ElasticsearchStore, reps: int) -> list[float]:
    """Milliseconds of every query of bench_index, ``reps`` times each."""
    out: list[float] = []
    for query in queries():
        out += timed(partial(store.search, query), reps)
    return out


def throughput(store: ElasticsearchStore, seconds: float = 5.0) -> float:
    """Searches per second with THREADS client threads cycling through the queries."""
    stop = time.perf_counter() + seconds
    work = queries()

    def loop(offset: int) -> int:
        done = 0
        while time.perf_counter() < stop:
            store.search(work[(offset + done) % len(work)])
            done += 1
        return done

    started = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        total = sum(pool.map(loop, range(THREADS)))
    return total / (time.perf_counter() - started)


def size_per_million(client: Elasticsearch, prefix: str, docs: int) -> tuple[float, float]:
    """GiB per million documents of the primaries (after a force-merge) and of all copies."""
    pattern = f"{prefix}-{t.DOCUMENTS.name}-*"
    client.indices.forcemerge(index=pattern, max_num_segments=1, wait_for_completion=True)
    client.indices.refresh(index=pattern)
    stats = client.indices.stats(index=pattern, metric="store")["_all"]
    scale = 1e6 / docs / 2**30
    return stats["primaries"]["store"]["size_in_bytes"] * scale, stats["total"]["store"][
        "size_in_bytes"
    ] * scale


def drop(client: Elasticsearch, prefix: str) -> None:
    names = list(client.indices.get(index=f"{prefix}-*", allow_no_indices=True))
    for start in range(0, len(names), 50):
        client.indices.delete(index=",".join(names[start : start + 50]))
    for kind in t.KINDS:
        client.options(ignore_status=404).indices.delete_index_template(name=t.alias(prefix, kind))


def load(store: ElasticsearchStore, docs: Iterable[EnrichedDocument], expected: int) -> float:
    """docs/s of one index_documents call that must index every document."""
    started = time.perf_counter()
    report = store.index_documents(docs)
    elapsed = time.perf_counter() - started
    assert report.ok and report.indexed == expected, list(report.failed.items())[:3]
    return expected / elapsed


class Cluster:
    """A cluster started by es-node in a temporary folder."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="bench-es-cluster-", dir=_tmp_root()))
        started = time.perf_counter()
        self.urls = [u for u in es_node("cluster-start", "--data", str(self.folder)).splitlines() if u]
        self.startup_s = time.perf_counter() - started
        self.names = [f"node-{i}" for i in range(1, len(self.urls) + 1)]

    def client(self) -> Elasticsearch:
        return Elasticsearch(self.urls, request_timeout=60, max_retries=3, retry_on_timeout=True)

    def master(self) -> str:
        client = self.client()
        try:
            rows: Any = client.cat.master(format="json").body
            return str(rows[0]["node"])
        finally:
            client.close()

    def wait(self, **params: Any) -> float:
        """Seconds until _cluster/health with these wait_for_* parameters is met."""
        started = time.perf_counter()
        client = self.client()
        try:
            while True:
                try:
                    health = client.cluster.health(timeout="5s", master_timeout="5s", **params)
                    if not health["timed_out"]:
                        return time.perf_counter() - started
                except Exception:  # no master for a moment, or the node asked has just died
                    time.sleep(0.1)
        finally:
            client.close()

    def stop(self) -> None:
        subprocess.run(
            [str(ES_NODE), "cluster-stop", "--data", str(self.folder)], capture_output=True, check=False
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _tmp_root() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and shutil.disk_usage(shm).free > 6 * 2**30 else None


class Killer:
    """SIGKILLs one node once the loader has taken ``after`` documents; times the failover."""

    def __init__(self, cluster: Cluster, node: str, after: int) -> None:
        self.cluster, self.node, self.after = cluster, node, after
        self.failover_s: float | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        time.sleep(0.1)  # land while a bulk request is in flight
        started = time.perf_counter()
        es_node("kill", "--data", str(self.cluster.folder / self.node))
        self.cluster.wait(wait_for_nodes="2", wait_for_status="yellow")
        self.failover_s = time.perf_counter() - started  # SIGKILL to every primary active again

    def feed(self, docs: list[EnrichedDocument]) -> Iterator[EnrichedDocument]:
        for n, doc in enumerate(docs):
            if n == self.after:
                self._thread.start()
            yield doc

    def join(self) -> None:
        self._thread.join()


def single_node_run(docs: list[EnrichedDocument], reps: int, run: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="bench-es-single-", dir=_tmp_root()))
    try:
        url = es_node("start", "--data", str(folder)).splitlines()[-1]
        store = ElasticsearchStore(settings_for([url], f"single{run}", shards=1, replicas=0))
        store.setup()
        load(store, docs[: len(docs) // 10], len(docs) // 10)  # warm-up, untimed
        drop(store._client, f"single{run}")
        store.setup()
        rate = load(store, docs, len(docs))
        ms = latencies(store, reps)
        qps = throughput(store)
        primaries, _ = size_per_million(store._client, f"single{run}", len(docs))
        store.close()
        return {"rate": rate, "ms": ms, "qps": qps, "size": primaries}
    finally:
        subprocess.run([str(ES_NODE), "stop", "--data", str(folder)], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def warm_up(cluster: Cluster, docs: list[EnrichedDocument], reps: int) -> None:
    """Index and search a slice once, untimed, so the nodes' JIT does not bias the first run."""
    store = ElasticsearchStore(settings_for(cluster.urls, "warm", shards=3, replicas=1))
    store.setup()
    load(store, docs, len(docs))
    latencies(store, reps)
    drop(store._client, "warm")
    store.close()


def cluster_run(cluster: Cluster, docs: list[EnrichedDocument], reps: int, run: int) -> dict[str, Any]:
    store = ElasticsearchStore(settings_for(cluster.urls, f"ok{run}", shards=3, replicas=1))
    store.setup()
    rate = load(store, docs, len(docs))
    ms = latencies(store, reps)
    qps = throughput(store)
    primaries, total = size_per_million(store._client, f"ok{run}", len(docs))
    drop(store._client, f"ok{run}")
    store.close()

    victim = cluster.master() if run % 2 else next(n for n in cluster.names if n != cluster.master())
    store = ElasticsearchStore(settings_for(cluster.urls, f"fault{run}", shards=3, replicas=1))
    store.setup()
    killer = Killer(cluster, victim, int(len(docs) * KILL_AT))
    fault_rate = load(store, killer.feed(docs), len(docs))
    killer.join()
    ids = [d.id for d in store.iter_documents()]
    assert store.count_documents() == len(docs) == len(set(ids)), "documents lost or doubled"
    down_ms = latencies(store, reps)
    restarted = time.perf_counter()
    es_node("start", "--data", str(cluster.folder / victim))
    joined = time.perf_counter() - restarted
    green = cluster.wait(wait_for_status="green", wait_for_nodes="3") + joined
    drop(store._client, f"fault{run}")
    store.close()
    return {
        "rate": rate, "ms": ms, "qps": qps, "size": primaries, "size_total": total,
        "fault_rate": fault_rate, "victim": "master" if run % 2 else "data node",
        "failover": killer.failover_s, "down_ms": down_ms, "joined": joined, "green": green,
    }  # fmt: skip


def lengthen(docs: list[EnrichedDocument], factor: int) -> list[EnrichedDocument]:
    """The documents with texts ``factor`` times as long, made of other documents' texts.

    Joining different texts (not repeating one) keeps the longer texts as varied, and as hard
    to compress, as the originals.
    """
    if factor == 1:
        return docs
    n = len(docs)
    others = [[docs[(i + 7919 * j) % n] for j in range(factor)] for i in range(n)]
    return [
        d.model_copy(
            update={
                "text": " ".join(o.text for o in parts),
                "lemma_text": " ".join(o.lemma_text for o in parts),
                "word_count": sum(o.word_count for o in parts),
            }
        )
        for d, parts in zip(docs, others, strict=True)
    ]


def main() -> None:
    parser = index_bench_parser(__doc__, docs=50_000)
    parser.add_argument(
        "--text-factor", type=int, default=1, help="texts N times as long (index size vs text length)"
    )
    args = parser.parse_args()
    docs = lengthen(make_documents(args.docs), args.text_factor)
    chars = statistics.mean(len(d.text) + len(d.title or "") for d in docs)
    print(f"{len(docs):,} documents, {chars:.0f} characters of text on average", flush=True)

    cluster = Cluster()
    print(f"cluster started in {cluster.startup_s:.1f} s: {cluster.urls}", flush=True)
    singles, runs = [], []
    try:
        warm_up(cluster, docs[: len(docs) // 10], args.reps)
        for run in range(args.runs):  # single node and cluster alternate, so load drift hits both
            singles.append(single_node_run(docs, args.reps, run))
            print(f"single node run {run + 1}: {singles[-1]['rate']:,.0f} docs/s", flush=True)
            runs.append(cluster_run(cluster, docs, args.reps, run))
            r = runs[-1]
            print(f"cluster run {run + 1}: {r['rate']:,.0f} docs/s; killed {r['victim']}: "
                  f"{r['fault_rate']:,.0f} docs/s, failover {r['failover']:.1f} s, "
                  f"joined {r['joined']:.1f} s, green {r['green']:.1f} s", flush=True)  # fmt: skip
    finally:
        cluster.stop()
    report(args, singles, runs, cluster.startup_s)


def report(
    args: argparse.Namespace, singles: list[dict[str, Any]], runs: list[dict[str, Any]], startup: float
) -> None:
    med = statistics.median

    def m(rows: list[dict[str, Any]], key: str) -> float:
        return float(med(r[key] for r in rows if r.get(key) is not None))

    def lat(rows: list[dict[str, Any]], key: str) -> tuple[float, float]:
        return med(med(r[key]) for r in rows), med(p95(r[key]) for r in rows)

    s_med, s_p95 = lat(singles, "ms")
    c_med, c_p95 = lat(runs, "ms")
    d_med, d_p95 = lat(runs, "down_ms")
    print(f"\n{args.docs:,} documents, {args.runs} runs (medians); single node: 1 shard, 0 replicas; "
          "cluster: 3 nodes, 3 shards, 1 replica, same 2 CPU cores")  # fmt: skip
    print("| measure | single node | 3-node cluster |\n| --- | ---: | ---: |")
    print(f"| bulk indexing, docs/s | {m(singles, 'rate'):,.0f} | {m(runs, 'rate'):,.0f} |")
    print(f"| bulk indexing with a node killed at 30 %, docs/s | - | {m(runs, 'fault_rate'):,.0f} |")
    print(f"| search latency median / p95, ms | {s_med:.1f} / {s_p95:.1f} | {c_med:.1f} / {c_p95:.1f} |")
    print(f"| search latency with one node down, median / p95, ms | - | {d_med:.1f} / {d_p95:.1f} |")
    print(f"| searches/s, {THREADS} client threads | {m(singles, 'qps'):,.0f} | {m(runs, 'qps'):,.0f} |")
    size = f"{m(singles, 'size'):.2f} | {m(runs, 'size'):.2f}"
    print(f"| documents index size, GiB per million (primaries) | {size} |")
    print(f"| ... all copies | - | {m(runs, 'size_total'):.2f} |")
    print(f"| cluster start to green, s | - | {startup:.1f} |")
    print(f"| kill to every primary active again (failover), s | - | {m(runs, 'failover'):.1f} |")
    print(f"| restart with old data to joined, s | - | {m(runs, 'joined'):.1f} |")
    print(f"| restart with old data to green, s | - | {m(runs, 'green'):.1f} |")
    print(f"\nreproduce: .venv/bin/python bench/bench_cluster.py --docs {args.docs} --runs {args.runs} "
          f"--reps {args.reps} --text-factor {args.text_factor}")  # fmt: skip


if __name__ == "__main__":
    main()
