"""The test cluster itself and the index layout on it: three nodes with their own data, ports and
cluster name; templates give every index the configured shards and replicas, spread so that a
shard and its replica never share a node."""

from __future__ import annotations

import uuid
from collections import defaultdict

import pytest

from index.elasticsearch import ElasticsearchStore
from tests.es_cluster import NODES, EsCluster
from tests.index.factories import NOW, make_issue
from tests.scale.documents import make_documents

pytestmark = [pytest.mark.es, pytest.mark.slow]


def test_three_nodes_each_with_its_own_data_ports_and_a_cluster_name_of_their_own(es_cluster: EsCluster):
    client = es_cluster.client()
    info = client.nodes.info(metric="settings,transport,http")["nodes"]
    health = client.cluster.health()
    client.close()
    assert health["number_of_nodes"] == health["number_of_data_nodes"] == NODES
    assert health["cluster_name"].startswith("debatradar-")  # never joins another run's cluster
    by_name = {node["name"]: node for node in info.values()}
    assert sorted(by_name) == [f"node-{i}" for i in range(1, NODES + 1)]
    for node in es_cluster.nodes:
        found = by_name[node.name]
        settings = found["settings"]
        assert set(found["roles"]) >= {"master", "data"}
        assert settings["path"]["data"] == str(node.folder / "data")
        assert "discovery" not in settings or settings["discovery"].get("type") != "single-node"
        assert node.url == f"http://{found['http']['publish_address']}"
    transport = {node["transport"]["publish_address"] for node in info.values()}
    assert len(transport) == NODES


def test_templates_give_the_configured_shards_and_replicas_on_separate_nodes(es_cluster_settings, es_cluster):
    settings = es_cluster_settings(prefix=f"layout-{uuid.uuid4().hex[:6]}", shards=3, replicas=1)
    store = ElasticsearchStore(settings)
    store.setup()
    assert store.index_documents(make_documents(300)).ok
    store.upsert_issues([make_issue("i1", NOW)])
    es_cluster.wait_for("green")
    client = es_cluster.client()
    prefix = settings.index.elasticsearch.index_prefix
    shards = client.cat.shards(index=f"{prefix}-*", format="json")
    client.close()
    copies: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in shards:
        copies[(row["index"], row["shard"])].append((row["prirep"], row["node"]))
    assert {index for index, _ in copies} == {f"{prefix}-documents-v1-2026.01", f"{prefix}-issues-v1"}
    assert len(copies) == 2 * 3
    for (index, shard), where in copies.items():
        assert sorted(kind for kind, _ in where) == ["p", "r"], (index, shard, where)
        assert len({node for _, node in where}) == 2, f"{index}[{shard}] has both copies on one node"
    assert {node for where in copies.values() for _, node in where} == {n.name for n in es_cluster.nodes}
    store.close()
