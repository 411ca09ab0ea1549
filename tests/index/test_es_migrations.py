"""Template migrations on a real node: an index of an older template version is copied with
scan + bulk into the current version and the alias swapped; failures leave the old index intact."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest

from index.elasticsearch import ElasticsearchStore
from index.elasticsearch import templates as t
from index.elasticsearch._results import document_source, document_words
from index.elasticsearch.migrate import setup
from index.search_models import SearchQuery
from schema import StoreError

pytestmark = pytest.mark.es

OLD = dataclasses.replace(t.DOCUMENTS, version=0)


def _old_layout(store: ElasticsearchStore, docs: list[Any], drop_field: str = "hashtags") -> str:
    """What a previous release left: a v0 template without one field, and one v0 monthly index."""
    client, prefix = store._client, store._prefix
    body = t.template_body(prefix, OLD, store._es)
    body = copy.deepcopy(body)
    del body["template"]["mappings"]["properties"][drop_field]
    client.indices.put_index_template(name=t.alias(prefix, t.DOCUMENTS), **body)
    old = t.index_name(prefix, OLD, docs[0].published_at)
    client.indices.create(index=old)
    for doc in docs:
        source = document_source(doc)
        del source["significant_words"]  # derived fields are recomputed by the migration
        client.index(index=old, id=doc.id, document=source)
    client.indices.refresh(index=old)
    return old


def _behind(store: ElasticsearchStore) -> set[str]:
    return set(store._client.indices.get_alias(name=t.alias(store._prefix, t.DOCUMENTS)))


def test_an_older_version_is_copied_and_the_alias_swapped(es_settings, corpus):
    store = ElasticsearchStore(es_settings(prefix="mig-basic"))
    old = _old_layout(store, corpus)
    before = store.search(SearchQuery(facets=["hashtags"]))
    assert before.total == len(corpus)
    assert before.facets["hashtags"] == []  # the old mapping did not index hashtags

    report = setup(store._client, store._es)

    new = old.replace("-v0-", "-v1-")
    assert report.migrated == {old: new}
    assert _behind(store) == {new}
    assert not store._client.indices.exists(index=old)
    after = store.search(SearchQuery(facets=["hashtags"]))
    assert after.total == len(corpus)
    assert {b.key: b.count for b in after.facets["hashtags"]}["#bevarskolen"] == 2
    assert [d.id for d in store.get_documents([corpus[2].id])] == [corpus[2].id]
    copied = store._client.get(index=new, id=corpus[0].id)["_source"]
    assert copied["significant_words"] == document_words(corpus[0].lemma_text)
    assert setup(store._client, store._es).migrated == {}  # rerun: nothing left to do
    store.close()


def test_an_interrupted_copy_is_started_again(es_settings, corpus):
    store = ElasticsearchStore(es_settings(prefix="mig-resume"))
    old = _old_layout(store, corpus)
    client = store._client
    # a previous setup died after creating the target and copying one document
    client.indices.put_index_template(
        name=t.alias(store._prefix, t.DOCUMENTS), **t.template_body(store._prefix, t.DOCUMENTS, store._es)
    )
    new = old.replace("-v0-", "-v1-")
    client.indices.create(index=new)
    client.indices.update_aliases(
        actions=[{"remove": {"index": new, "alias": t.alias(store._prefix, t.DOCUMENTS)}}]
    )
    client.index(index=new, id="stray", document={"id": "stray"}, refresh=True)

    setup(client, store._es)
    assert _behind(store) == {new}
    assert store.count_documents() == len(corpus)  # the stray half-copy is gone
    store.close()


def test_a_document_that_does_not_fit_the_new_mapping_stops_the_migration(es_settings, corpus):
    store = ElasticsearchStore(es_settings(prefix="mig-fail"))
    old = _old_layout(store, corpus, drop_field="word_count")
    # the old mapping did not index word_count, so a broken value was accepted then
    store._client.update(index=old, id=corpus[3].id, doc={"word_count": "mange"}, refresh=True)
    with pytest.raises(StoreError, match=rf"migrating '{old}'.*1 failed.*is unchanged"):
        setup(store._client, store._es)
    assert _behind(store) == {old}  # still served from the old index, nothing lost
    assert store._client.count(index=old)["count"] == len(corpus)
    assert not store._client.indices.exists(index=old.replace("-v0-", "-v1-"))
    store.close()


def test_an_index_from_a_newer_release_is_refused(es_settings, corpus):
    store = ElasticsearchStore(es_settings(prefix="mig-future"))
    store.setup()
    assert store.index_documents(corpus[:1]).ok
    future = t.index_name(store._prefix, dataclasses.replace(t.DOCUMENTS, version=9), corpus[0].published_at)
    store._client.indices.create(index=future)
    with pytest.raises(StoreError, match="newer Debatradar"):
        store.setup()
    store.close()
