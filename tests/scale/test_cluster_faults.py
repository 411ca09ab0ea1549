"""Faults on a real three-node cluster (replicas=1): a node killed with SIGKILL during a bulk
load of 50k documents through ElasticsearchStore.index_documents, searches while it is down,
and its restart with the old data until the cluster is green again.

The figures (docs/s during the load, seconds to a new master and to green) are printed and
recorded as junit properties; bench/bench_cluster.py measures the same with medians.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import timedelta

import pytest

from index.elasticsearch import ElasticsearchStore, setup
from index.search_models import DocumentFilter, SearchQuery
from schema import EnrichedDocument
from tests.es_cluster import ClusterNode, EsCluster
from tests.scale.documents import make_documents

pytestmark = [pytest.mark.es, pytest.mark.slow]

LOAD = 50_000
KILL_AFTER = 15_000  # documents handed to the loader before the node is killed


class KillDuringLoad:
    """Hands documents to the loader; after ``after`` of them a thread SIGKILLs ``node``.

    The kill comes from another thread a moment later, so it lands while a bulk request is in
    flight rather than between two of them. The thread then times the failover: from the kill
    until the cluster has a master and every primary active on the remaining nodes.
    """

    def __init__(self, cluster: EsCluster, node: ClusterNode, after: int, delay_s: float = 0.1) -> None:
        self.cluster = cluster
        self.node = node
        self.after = after
        self.killed_at: float | None = None
        self.failover_s: float | None = None
        self._thread = threading.Thread(target=self._kill, args=(delay_s,), daemon=True)

    def _kill(self, delay_s: float) -> None:
        time.sleep(delay_s)
        started = time.perf_counter()
        self.node.kill()
        self.killed_at = time.perf_counter()
        self.cluster.wait_for("yellow", nodes=len(self.cluster.nodes) - 1)
        self.failover_s = time.perf_counter() - started

    def feed(self, documents: Iterable[EnrichedDocument]) -> Iterator[EnrichedDocument]:
        """The documents, unchanged; the kill is armed once ``after`` have been handed over."""
        for n, doc in enumerate(documents):
            if n == self.after:
                self._thread.start()
            yield doc

    def join(self) -> None:
        """Wait for the kill to have happened."""
        self._thread.join(timeout=150)


def _node_ids(cluster: EsCluster) -> dict[str, str]:
    client = cluster.client()
    try:
        nodes = client.nodes.info(metric="settings")["nodes"]
    finally:
        client.close()
    return {info["name"]: node_id for node_id, info in nodes.items()}


def test_a_node_killed_during_a_bulk_load_loses_nothing_and_rejoins(
    es_cluster: EsCluster, es_cluster_settings, record_property
):
    settings = es_cluster_settings(prefix=f"fault-{uuid.uuid4().hex[:6]}", shards=3, replicas=1)
    store = ElasticsearchStore(settings)
    store.setup()
    docs = make_documents(LOAD)
    ids_before = _node_ids(es_cluster)
    victim = es_cluster.master()  # the hardest node to lose: a new master is elected mid-load
    killer = KillDuringLoad(es_cluster, victim, KILL_AFTER)

    started = time.perf_counter()
    report = store.index_documents(killer.feed(docs))
    load_s = time.perf_counter() - started
    killer.join()

    # (1) every document is indexed, searchable and there once
    assert killer.killed_at is not None and killer.killed_at < started + load_s, "the kill missed the load"
    assert not victim.is_running()
    assert report.failed == {} and report.indexed == LOAD, list(report.failed.items())[:3]
    assert store.count_documents() == LOAD
    seen = Counter(doc.id for doc in store.iter_documents())
    assert len(seen) == LOAD and max(seen.values()) == 1
    assert set(seen) == {doc.id for doc in docs}

    # (2) with the node down every shard still has a copy: searches and aggregations answer
    health = es_cluster.health()
    assert health["number_of_nodes"] == 2 and health["status"] in {"yellow", "green"}
    assert health["unassigned_primary_shards"] == 0
    expected = sum("vindmøllerne" in doc.text.lower() for doc in docs)
    found = store.search(SearchQuery(text="vindmøllerne", facets=["platform"], size=5))
    assert found.total == expected and len(found.hits) == 5
    assert sum(b.count for b in found.facets["platform"]) == expected
    aarhus = store.count_documents(DocumentFilter(municipality_codes=["0751"]))
    assert aarhus == sum(doc.municipality_code == "0751" for doc in docs)
    assert len(store.get_documents([docs[0].id, docs[-1].id])) == 2

    # (3) the node restarted with its old data rejoins, and the cluster is green again
    restarted = time.perf_counter()
    victim.start()
    joined_s = time.perf_counter() - restarted
    green_s = es_cluster.wait_for("green", timeout_s=180) + joined_s
    assert _node_ids(es_cluster)[victim.name] == ids_before[victim.name], "the node came back as a new node"
    assert store.count_documents() == LOAD
    assert store.search(SearchQuery(text="vindmøllerne", size=0)).total == expected
    store.close()

    figures = {
        "load_docs_per_s": round(LOAD / load_s),
        "kill_to_failover_s": round(killer.failover_s or -1, 2),
        "restart_to_joined_s": round(joined_s, 1),
        "restart_to_green_s": round(green_s, 1),
    }
    for name, value in figures.items():
        record_property(name, value)
    print(f"\ncluster fault figures: {figures}")


def test_replicas_raised_in_config_reach_existing_indices(es_cluster: EsCluster, es_cluster_settings):
    """A single-node layout (replicas=0) grown into a cluster: setup() with replicas=1 is enough."""
    prefix = f"grow-{uuid.uuid4().hex[:6]}"
    docs = make_documents(600, step=timedelta(hours=3))  # January to March: three monthly indices
    single = ElasticsearchStore(es_cluster_settings(prefix=prefix, replicas=0))
    single.setup()
    assert single.index_documents(docs).ok
    single.close()

    grown = ElasticsearchStore(es_cluster_settings(prefix=prefix, replicas=1))
    report = setup(grown._client, grown._es)
    assert report.replicas == {f"{prefix}-documents-v1-2026.{m:02d}": 1 for m in (1, 2, 3)}
    assert setup(grown._client, grown._es).replicas == {}  # rerunning changes nothing
    es_cluster.wait_for("green")
    es_cluster.nodes[1].kill()
    assert grown.count_documents() == len(docs)
    assert grown.search(SearchQuery(text="svømmehallen", size=0)).total == sum(
        "svømmehallen" in doc.text.lower() for doc in docs
    )
    grown.close()
