"""Benchmark of the Elasticsearch store: bulk indexing and search latency at 100k Danish documents.

Each figure has a baseline measured in the same run against the same node, so our overhead is a
ratio that survives a change of hardware:

- indexing: ``ElasticsearchStore.index_documents`` (pydantic dump, monthly routing, id lookups
  for moved documents, ``helpers.streaming_bulk``, refresh) against raw ``_bulk`` requests of the
  same pre-serialised payload through the low-level client into one index with the same
  settings and mapping (then the same refresh);
- search: ``ElasticsearchStore.search`` (parse, compile, page of 20 validated back into records,
  highlights, facets/histogram when asked) against the same compiled request body sent raw to
  that index (JSON only, no records, no highlights).

The documents and queries are those of bench/bench_index.py (the embedded store's benchmark).
The node is $DEBATRADAR_ES_URL if set, else one started with tools/elasticsearch/es-node on disk
(its start-up time, median of --startups starts, is reported too).

Run:  .venv/bin/python bench/bench_index_es.py [--docs 100000] [--runs 3] [--reps 5] [--startups 3]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_index import QUERIES, index_bench_parser, make_documents, p95, timed  # noqa: E402
from elasticsearch import Elasticsearch  # noqa: E402

from index.elasticsearch import ElasticsearchStore  # noqa: E402
from index.elasticsearch import templates as t  # noqa: E402
from index.elasticsearch._results import document_source  # noqa: E402
from index.elasticsearch.queries import build_search  # noqa: E402
from index.query_syntax import MatchNone, parse_query  # noqa: E402
from index.search_models import SearchQuery  # noqa: E402
from index.semantics import effective_sort  # noqa: E402
from schema import EnrichedDocument  # noqa: E402
from schema.settings import ElasticsearchSettings, Settings  # noqa: E402

ES_NODE = ROOT / "tools" / "elasticsearch" / "es-node"
CHUNK = 500


def start_node(folder: Path) -> tuple[str, float]:
    started = time.perf_counter()
    out = subprocess.run(
        [str(ES_NODE), "start", "--data", str(folder)], capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1], time.perf_counter() - started


def stop_node(folder: Path) -> None:
    subprocess.run([str(ES_NODE), "stop", "--data", str(folder)], capture_output=True, check=False)


@contextmanager
def node(startups: int) -> Iterator[tuple[str, list[float], int | None]]:
    """The node to measure: (url, start-up seconds, pid)."""
    given = os.environ.get("DEBATRADAR_ES_URL")
    if given:
        yield given, [], None
        return
    times: list[float] = []
    for _ in range(max(0, startups - 1)):  # extra cold starts, only for the start-up figure
        folder = Path(tempfile.mkdtemp(prefix="bench-es-start-"))
        times.append(start_node(folder)[1])
        stop_node(folder)
        shutil.rmtree(folder, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-es-"))
    try:
        url, seconds = start_node(folder)
        times.append(seconds)
        yield url, times, int((folder / "es-node.pid").read_text())
    finally:
        stop_node(folder)
        shutil.rmtree(folder, ignore_errors=True)


def settings_for(url: str, prefix: str) -> Settings:
    return Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}],
        index={"backend": "elasticsearch", "elasticsearch": {"hosts": [url], "index_prefix": prefix}},
    )


def raw_payloads(docs: list[EnrichedDocument], index: str) -> list[bytes]:
    """NDJSON _bulk bodies of CHUNK documents each, serialised before the clock starts."""
    bodies = []
    for start in range(0, len(docs), CHUNK):
        lines = []
        for doc in docs[start : start + CHUNK]:
            lines.append(json.dumps({"index": {"_index": index, "_id": doc.id}}))
            lines.append(json.dumps(document_source(doc), ensure_ascii=False))
        bodies.append(("\n".join(lines) + "\n").encode())
    return bodies


def index_raw(
    client: Elasticsearch, index: str, bodies: list[bytes], es_settings: ElasticsearchSettings
) -> float:
    body = t.template_body("bench", t.DOCUMENTS, es_settings)  # same settings and mapping, one index
    client.indices.create(
        index=index, settings=body["template"]["settings"], mappings=body["template"]["mappings"]
    )
    started = time.perf_counter()
    for payload in bodies:
        response = client.perform_request(
            "POST",
            "/_bulk",
            body=payload,
            headers={"content-type": "application/x-ndjson", "accept": "application/json"},
        )
        assert not response.body["errors"], "raw bulk had item errors"
    client.indices.refresh(index=index)
    return time.perf_counter() - started


def raw_query(client: Elasticsearch, index: str, query: SearchQuery) -> None:
    node = parse_query(query.text)
    sort = effective_sort(query.sort, node is not None and not isinstance(node, MatchNone))
    body = build_search(query, node, sort, None, index).to_dict()
    client.perform_request(
        "POST",
        f"/{index}/_search",
        body=body,
        headers={"content-type": "application/json", "accept": "application/json"},
    )


def warm_up(url: str, docs: list[EnrichedDocument]) -> None:
    """Index and search a slice once, untimed, so the node's JIT does not bias the first run."""
    store = ElasticsearchStore(settings_for(url, "benchwarm"))
    store.setup()
    store.index_documents(docs)
    for text, extra, _match in QUERIES:
        store.search(SearchQuery(text=text or None, size=20, **extra))  # type: ignore[arg-type]
    drop(store._client, "benchwarm")
    store.close()


def drop(client: Elasticsearch, prefix: str, extra: str = "") -> None:
    """Delete a prefix's indices (by name) and index templates."""
    names = list(client.indices.get(index=f"{prefix}-*{',' + extra if extra else ''}", allow_no_indices=True))
    if names:
        client.indices.delete(index=",".join(names))
    for kind in t.KINDS:
        client.options(ignore_status=404).indices.delete_index_template(name=t.alias(prefix, kind))


def search_latencies(
    store: ElasticsearchStore, client: Elasticsearch, raw_index: str, reps: int
) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds of every query, ours and raw, and of significant_terms."""
    ours: list[float] = []
    base: list[float] = []
    for text, extra, _match in QUERIES:
        query = SearchQuery(text=text or None, size=20, **extra)  # type: ignore[arg-type]
        ours += timed(partial(store.search, query), reps)
        base += timed(partial(raw_query, client, raw_index, query), reps)
    sig = timed(lambda: store.significant_terms(SearchQuery(text="svømmehallen")), reps)
    return ours, base, sig


def rss_mib(pid: int | None) -> float | None:
    if pid is None:
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def main() -> None:
    parser = index_bench_parser(__doc__)
    parser.add_argument("--startups", type=int, default=3, help="node starts for the start-up median")
    args = parser.parse_args()

    t0 = time.perf_counter()
    docs = make_documents(args.docs)
    print(f"generated {len(docs):,} documents in {time.perf_counter() - t0:.1f} s", flush=True)

    with node(args.startups) as (url, startup_s, pid):
        client = Elasticsearch(url, request_timeout=120)
        version = client.info()["version"]["number"]
        print(f"Elasticsearch {version} at {url}", flush=True)
        ours_rate, base_rate, rss = [], [], []
        ours_ms: list[list[float]] = []
        base_ms: list[list[float]] = []
        sig_ms: list[float] = []
        warm_up(url, docs[: max(1, len(docs) // 20)])
        for run in range(args.runs):
            prefix, raw_index = f"bench{run}", f"benchraw{run}-documents"
            store = ElasticsearchStore(settings_for(url, prefix))
            store.setup()
            bodies = raw_payloads(docs, raw_index)
            es_settings = store._es
            if run % 2:  # alternate which goes first
                t_base = index_raw(client, raw_index, bodies, es_settings)
            started = time.perf_counter()
            report = store.index_documents(docs)
            t_ours = time.perf_counter() - started
            assert report.ok and report.indexed == len(docs), list(report.failed.items())[:3]
            if not run % 2:
                t_base = index_raw(client, raw_index, bodies, es_settings)
            ours_rate.append(len(docs) / t_ours)
            base_rate.append(len(docs) / t_base)
            run_ours, run_base, run_sig = search_latencies(store, client, raw_index, args.reps)
            ours_ms.append(run_ours)
            base_ms.append(run_base)
            sig_ms += run_sig
            rss.append(rss_mib(pid))
            print(
                f"run {run + 1}: indexed {ours_rate[-1]:,.0f} docs/s (raw _bulk {base_rate[-1]:,.0f})",
                flush=True,
            )
            drop(client, prefix, raw_index)
            store.close()
        client.close()

    med = statistics.median
    ours_med, base_med = med(med(r) for r in ours_ms), med(med(r) for r in base_ms)
    ours_p95, base_p95 = med(p95(r) for r in ours_ms), med(p95(r) for r in base_ms)
    print()
    print(f"Elasticsearch {version} store, {len(docs):,} documents, {args.runs} runs (medians), "
          f"{len(QUERIES)} queries x {args.reps}")  # fmt: skip
    print("| measure | ours | baseline | ratio |\n| --- | ---: | ---: | ---: |")
    print(f"| bulk indexing, docs/s | {med(ours_rate):,.0f} | {med(base_rate):,.0f} (raw _bulk) | "
          f"{med(base_rate) / med(ours_rate):.2f}x slower |")  # fmt: skip
    for name, ours, base in (("median", ours_med, base_med), ("p95", ours_p95, base_p95)):
        print(f"| search latency {name}, ms | {ours:.1f} | {base:.1f} (raw query) | {ours / base:.2f}x |")
    print(f"| significant_terms median, ms | {med(sig_ms):.1f} | - | - |")
    if startup_s:
        print(f"| node start-up to healthy, s (median of {len(startup_s)}) | {med(startup_s):.1f} | - | - |")
    if any(r is not None for r in rss):
        print(f"| node RSS after indexing, MiB | {med(r for r in rss if r is not None):.0f} | - | - |")
    print(f"\nreproduce: .venv/bin/python bench/bench_index_es.py --docs {args.docs} --runs {args.runs} "
          f"--reps {args.reps} --startups {args.startups}")  # fmt: skip


if __name__ == "__main__":
    main()
