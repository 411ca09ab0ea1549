"""Store contract: indexing, reading, issue assignment and retention of documents (both backends)."""

from __future__ import annotations

from datetime import timedelta

from index import DocumentFilter, SearchQuery
from tests.index.factories import NOW


def test_setup_is_safe_to_rerun_and_an_empty_store_answers(store):
    store.setup()
    assert store.count_documents() == 0
    assert list(store.iter_documents()) == []
    assert store.get_documents(["nope"]) == []
    result = store.search(SearchQuery(text="vindmøller", facets=["platform"], histogram="day"))
    assert result.total == 0 and result.hits == [] and result.next_cursor is None
    assert result.facets == {"platform": []} and result.histogram == []
    assert store.significant_terms(SearchQuery(text="vindmøller")) == []


def test_reindexing_the_same_documents_keeps_the_count(store, corpus):
    first = store.index_documents(corpus)
    second = store.index_documents(iter(corpus))  # any iterable
    assert first.ok and second.ok
    assert first.indexed == second.indexed == len(corpus)
    assert store.count_documents() == len(corpus)
    assert store.search(SearchQuery(text="vindmøller")).total == 2


def test_an_updated_document_replaces_the_old_one(store, indexed):
    old = indexed[0]
    new = old.model_copy(update={"text": "Sagen om solcellerne er afgjort.", "title": "Afgjort"})
    store.index_documents([new])
    assert store.count_documents() == len(indexed)
    assert store.get_documents([old.id])[0].text == "Sagen om solcellerne er afgjort."
    assert old.id not in {h.document.id for h in store.search(SearchQuery(text="underskriftindsamling")).hits}
    assert old.id in {h.document.id for h in store.search(SearchQuery(text="solceller")).hits}


def test_too_long_text_fails_alone_and_the_rest_is_indexed(store, make_doc):
    good = make_doc(1)
    huge = make_doc(2, text="ord " * 250_001)
    report = store.index_documents([good, huge])
    assert report.indexed == 1 and not report.ok
    assert list(report.failed) == [huge.id] and "1,000,000" in report.failed[huge.id]
    assert store.count_documents() == 1


def test_get_documents_keeps_the_order_asked_and_skips_missing(store, indexed):
    ids = [indexed[3].id, "missing", indexed[0].id]
    got = store.get_documents(ids)
    assert [d.id for d in got] == [indexed[3].id, indexed[0].id]
    assert got[1] == indexed[0]  # round-trips exactly


def test_iter_and_count_with_filters(store, indexed):
    oldest_first = [d.id for d in store.iter_documents()]
    assert oldest_first == [d.id for d in sorted(indexed, key=lambda d: (d.published_at, d.id))]
    aarhus = DocumentFilter(municipality_codes=["0751"])
    assert store.count_documents(aarhus) == sum(d.municipality_code == "0751" for d in indexed)
    assert {d.municipality_code for d in store.iter_documents(aarhus)} == {"0751"}
    window = DocumentFilter(published_from=NOW - timedelta(hours=3), published_to=NOW - timedelta(hours=1))
    assert [d.id for d in store.iter_documents(window)] == [indexed[2].id, indexed[1].id]  # to is exclusive
    by_id = DocumentFilter(ids=[indexed[4].id, indexed[5].id, "missing"])
    assert store.count_documents(by_id) == 2
    assert store.count_documents(DocumentFilter(issue_ids=["issue-x"])) == 0


def test_iter_documents_streams_more_than_one_batch(store, make_doc):
    docs = [make_doc(n, published_at=NOW - timedelta(minutes=n // 3)) for n in range(1_203)]
    assert store.index_documents(docs).indexed == 1_203
    streamed = [d.id for d in store.iter_documents()]
    assert len(streamed) == len(set(streamed)) == 1_203
    assert streamed == [d.id for d in sorted(docs, key=lambda d: (d.published_at, d.id))]


def test_set_issue_ids_counts_real_changes_and_is_searchable(store, indexed):
    a, b = indexed[0].id, indexed[1].id
    assert store.set_issue_ids({a: "issue-vind", b: "issue-vind", "missing": "issue-vind"}) == 2
    assert store.set_issue_ids({a: "issue-vind"}) == 0  # unchanged
    assert store.count_documents(DocumentFilter(issue_ids=["issue-vind"])) == 2
    assert store.get_documents([a])[0].issue_id == "issue-vind"
    assert store.search(SearchQuery(issue_ids=["issue-vind"])).total == 2
    assert store.set_issue_ids({a: None}) == 1
    assert store.get_documents([a])[0].issue_id is None
    assert store.count_documents(DocumentFilter(issue_ids=["issue-vind"])) == 1


def test_purge_documents_deletes_only_older_ones(store, indexed):
    cutoff = NOW - timedelta(hours=4, minutes=30)  # corpus doc n is published n hours before NOW
    assert store.purge_documents(cutoff) == len(indexed) - 4
    assert store.count_documents() == 4
    assert store.purge_documents(cutoff) == 0
    remaining = {d.id for d in store.iter_documents()}
    assert remaining == {d.id for d in indexed[:4]}
    assert store.search(SearchQuery(text="cykelstier")).total == 0  # gone from full text too
