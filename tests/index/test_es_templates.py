"""Elasticsearch templates: the schema-drift check, versioned templates, aliases, setup() reruns."""

from __future__ import annotations

import types
import typing
from typing import Any, Union

import pytest
from pydantic import BaseModel

from index.elasticsearch import (
    DOCUMENT_DERIVED,
    DOCUMENT_NOT_INDEXED,
    KINDS,
    ElasticsearchStore,
    document_mapping,
)
from index.elasticsearch import templates as t
from index.search_models import SearchQuery
from schema import Alert, AuditEntry, Briefing, EnrichedDocument, GeoPoint, Issue, SourceHealth, StoreError
from tests.index.factories import NOW, make_issue

RECORDS: dict[str, type[BaseModel]] = {
    "issues": Issue,
    "alerts": Alert,
    "briefings": Briefing,
    "source-health": SourceHealth,
    "audit": AuditEntry,
}


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models inside an annotation (X, X | None, list[X])."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType, list):
        return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return []


def model_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field path of a record: nested parts as ``a.b``; a GeoPoint is one leaf."""
    paths: set[str] = set()
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        nested = [m for m in _models_in(info.annotation) if m is not GeoPoint]
        if nested:
            for sub in nested:
                paths |= model_paths(sub, f"{path}.")
        else:
            paths.add(path)
    return paths


def mapping_paths(properties: dict[str, Any], prefix: str = "") -> set[str]:
    """Every mapped leaf path of a mapping's properties (multi-field sub-fields excluded)."""
    paths: set[str] = set()
    for name, spec in properties.items():
        if "properties" in spec:
            paths |= mapping_paths(spec["properties"], f"{prefix}{name}.")
        else:
            paths.add(f"{prefix}{name}")
    return paths


def test_every_document_field_is_mapped_or_deliberately_not_indexed():
    mapped = mapping_paths(document_mapping().to_dict()["properties"])
    fields = model_paths(EnrichedDocument)
    unaccounted = fields - mapped - set(DOCUMENT_NOT_INDEXED)
    assert not unaccounted, f"EnrichedDocument fields neither mapped nor listed as not indexed: {unaccounted}"
    stale = set(DOCUMENT_NOT_INDEXED) - fields
    assert not stale, f"DOCUMENT_NOT_INDEXED names fields the record no longer has: {stale}"
    both = set(DOCUMENT_NOT_INDEXED) & mapped
    assert not both, f"fields both mapped and listed as not indexed: {both}"
    unknown = mapped - fields - set(DOCUMENT_DERIVED)
    assert not unknown, f"mapped fields that EnrichedDocument does not have: {unknown}"


@pytest.mark.parametrize("kind", [k for k in KINDS if k.name in RECORDS], ids=lambda k: k.name)
def test_other_mappings_only_name_fields_their_records_have(kind: t.Kind):
    mapped = mapping_paths(kind.mapping()["properties"])
    unknown = mapped - model_paths(RECORDS[kind.name])
    assert not unknown, f"{kind.name} maps fields its record does not have: {unknown}"


def test_document_mapping_is_strict_danish_and_geo():
    mapping = t.DOCUMENTS.mapping()
    props = mapping["properties"]
    assert mapping["dynamic"] is False
    assert mapping["_meta"] == {"debatradar_kind": "documents", "template_version": t.DOCUMENTS.version}
    assert props["title"]["analyzer"] == props["text"]["analyzer"] == "danish"
    assert props["title"]["fields"]["raw"]["type"] == "keyword"
    assert props["place_point"]["type"] == "geo_point"
    assert props["author_home"]["properties"]["point"]["type"] == "geo_point"
    assert props["author_home"]["properties"]["municipality_code"]["type"] == "keyword"
    assert props["author"]["properties"]["pseudonym"]["type"] == "keyword"
    assert props["published_at"]["type"] == "date"


def test_index_names_and_parsing():
    at = NOW
    assert t.index_name("dr", t.DOCUMENTS, at) == "dr-documents-v1-2026.11"
    assert t.index_name("dr", t.ISSUES) == "dr-issues-v1"
    assert t.parse_index_name("dr", t.DOCUMENTS, "dr-documents-v1-2026.11") == (1, (2026, 11))
    assert t.parse_index_name("dr", t.ISSUES, "dr-issues-v3") == (3, None)
    assert t.parse_index_name("dr", t.ISSUES, "dr-issues-backup") is None
    with pytest.raises(ValueError, match="monthly"):
        t.index_name("dr", t.AUDIT)


@pytest.mark.es
def test_setup_installs_versioned_templates_once(es_settings):
    settings = es_settings(prefix="tpl-once", shards=2, replicas=0)
    store = ElasticsearchStore(settings)
    client = store._client
    first = _setup_report(store)
    assert sorted(first.templates) == sorted(f"tpl-once-{k.name}" for k in KINDS)
    again = _setup_report(store)
    assert again.templates == [] and again.migrated == {}
    found = client.indices.get_index_template(name="tpl-once-documents")["index_templates"][0][
        "index_template"
    ]
    assert found["version"] == t.DOCUMENTS.version
    assert found["index_patterns"] == ["tpl-once-documents-v*"]
    assert "tpl-once-documents" in found["template"]["aliases"]
    store.close()


@pytest.mark.es
def test_indices_get_mapping_settings_and_alias_from_the_template(es_settings, make_doc):
    settings = es_settings(prefix="tpl-live", shards=2, replicas=0)
    store = ElasticsearchStore(settings)
    store.setup()
    assert store.index_documents([make_doc(1)]).ok
    store.upsert_issues([make_issue("i1", NOW)])
    client = store._client
    name = "tpl-live-documents-v1-2026.11"
    info = client.indices.get(index=name)[name]
    assert info["mappings"]["dynamic"] == "false"
    assert info["mappings"]["properties"]["title"]["analyzer"] == "danish"
    assert info["mappings"]["_meta"]["template_version"] == 1
    assert info["settings"]["index"]["number_of_shards"] == "2"
    assert info["settings"]["index"]["codec"] == "best_compression"
    assert set(info["aliases"]) == {"tpl-live-documents"}
    assert set(client.indices.get_alias(name="tpl-live-issues")) == {"tpl-live-issues-v1"}
    # the Danish analyzer of the index stems like the embedded store
    tokens = client.indices.analyze(index=name, field="text", text="Vindmøllerne og skolerne")["tokens"]
    assert [tok["token"] for tok in tokens] == ["vindmøl", "skol"]
    store.close()


@pytest.mark.es
def test_a_changed_template_body_is_put_again(es_settings):
    settings = es_settings(prefix="tpl-change")
    store = ElasticsearchStore(settings)
    store.setup()
    client = store._client
    body = t.template_body("tpl-change", t.ALERTS, settings.index.elasticsearch)
    body["_meta"]["body_hash"] = "something-older"
    client.indices.put_index_template(name="tpl-change-alerts", **body)
    assert _setup_report(store).templates == ["tpl-change-alerts"]
    store.close()


@pytest.mark.es
def test_an_index_where_the_alias_belongs_is_a_clear_error(es_settings):
    settings = es_settings(prefix="tpl-clash")
    store = ElasticsearchStore(settings)
    store._client.indices.create(index="tpl-clash-issues")
    with pytest.raises(StoreError, match=r"'tpl-clash-issues' exists as an index.*alias"):
        store.setup()
    store.close()


@pytest.mark.es
def test_reads_before_any_write_find_nothing(es_settings):
    store = ElasticsearchStore(es_settings(prefix="tpl-empty"))
    store.setup()
    assert store.list_issues() == [] and store.list_alerts() == [] and store.list_briefings() == []
    assert store.list_source_health() == [] and store.list_audit() == []
    assert store.get_issue("x") is None and store.get_alert("x") is None
    assert store.search(SearchQuery(text="skole", facets=["platform"])).total == 0
    assert store.significant_terms(SearchQuery(text="skole")) == []
    store.close()


def _setup_report(store: ElasticsearchStore) -> Any:
    from index.elasticsearch.migrate import setup

    return setup(store._client, store._es)
