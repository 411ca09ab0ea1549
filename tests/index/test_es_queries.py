"""The Elasticsearch query builders are pure functions: checked through ``to_dict()``, no node needed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from index.elasticsearch import queries
from index.query_syntax import parse_query
from index.search_models import DocumentFilter, SearchQuery
from index.semantics import MAX_FILTER_VALUES, effective_sort, parse_cursor
from schema import QueryError

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def compiled(text: str) -> dict[str, Any]:
    node = parse_query(text)
    assert node is not None
    return queries.compile_text(node).to_dict()


def test_a_word_is_a_multi_match_on_title_and_text():
    assert compiled("Vindmøller") == {
        "multi_match": {"query": "vindmøller", "fields": ["title^2", "text"], "operator": "and"}
    }


def test_and_or_not_phrase_prefix_compile_to_bool_queries():
    body = compiled('(vind* | sol) -"skole i Viby"')
    must = body["bool"]["must"]
    either, negated = must
    assert either["bool"]["minimum_should_match"] == 1
    prefix, word = either["bool"]["should"]
    assert {"prefix": {"title": {"value": "vind", "boost": 2.0}}} in prefix["bool"]["should"]
    assert {"prefix": {"text": {"value": "vind"}}} in prefix["bool"]["should"]
    assert word["multi_match"]["query"] == "sol"
    assert negated == {
        "bool": {
            "must_not": [
                {"multi_match": {"query": "skole i viby", "fields": ["title^2", "text"], "type": "phrase"}}
            ]
        }
    }


def test_user_syntax_never_reaches_elasticsearch_raw():
    for hostile in ["title:x AND y", "NEAR(a b)", "'; DROP TABLE x", "a~2", "\\*"]:
        try:
            node = parse_query(hostile)
        except QueryError:
            continue
        body = json.dumps(queries.compile_text(node).to_dict()) if node else ""
        assert "query_string" not in body
        assert "simple_query_string" not in body


def test_only_stop_words_match_nothing():
    assert compiled("og i") == {"match_none": {}}


def test_filters_use_epoch_milliseconds_and_exclusive_end():
    q = SearchQuery(
        date_from=T0,
        date_to=T0 + timedelta(days=7),
        platforms=["news"],
        cue_families=["petition"],
        municipality_codes=["0751"],
    )
    filters = [f.to_dict() for f in queries.search_filters(q)]
    assert {
        "range": {"published_at": {"gte": 1793491200000, "lt": 1794096000000, "format": "epoch_millis"}}
    } in (filters)
    assert {"terms": {"platform": ["news"]}} in filters
    assert {"terms": {"cues.family": ["petition"]}} in filters
    assert {"terms": {"municipality_code": ["0751"]}} in filters


def test_too_many_filter_values_is_a_query_error():
    with pytest.raises(QueryError, match="at most 1,000"):
        queries.search_filters(SearchQuery(source_ids=[f"s{i}" for i in range(MAX_FILTER_VALUES + 1)]))


def test_naive_times_in_a_document_filter_are_refused():
    with pytest.raises(QueryError, match="timezone-aware"):
        queries.filter_query(DocumentFilter(published_from=datetime(2026, 11, 1)))


@pytest.mark.parametrize(
    ("sort", "keys"),
    [
        ("relevance", [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]),
        ("newest", [{"published_at": {"order": "desc"}}, {"id": {"order": "desc"}}]),
        ("oldest", [{"published_at": {"order": "asc"}}, {"id": {"order": "asc"}}]),
    ],
)
def test_sort_keys_have_the_id_as_tie_breaker(sort, keys):
    assert queries.sort_keys(sort) == keys


def test_search_request_with_cursor_facets_and_histogram():
    q = SearchQuery(
        text="skole",
        sort="newest",
        size=50,
        search_after=[1793491200000, "abc"],
        facets=["platform", "cues.family"],
        facet_size=5,
        histogram="week",
    )
    node = parse_query(q.text)
    sort = effective_sort(q.sort, True)
    body = queries.build_search(q, node, sort, parse_cursor(sort, q.search_after), "dr-documents").to_dict()
    assert body["size"] == 50
    assert body["track_total_hits"] is True
    assert body["search_after"] == [1793491200000, "abc"]
    assert body["aggs"]["facet:cues.family"]["terms"] == {
        "field": "cues.family",
        "size": 5,
        "order": [{"_count": "desc"}, {"_key": "asc"}],
    }
    hist = body["aggs"]["histogram"]["date_histogram"]
    assert hist["calendar_interval"] == "week"
    assert hist["time_zone"] == "Europe/Copenhagen"
    assert "highlight" not in body  # highlights are made by index.highlight, identical on both backends


def test_significant_terms_request_counts_the_background_exactly():
    body = queries.build_significant(
        SearchQuery(text="vindmøller"), parse_query("vindmøller"), "dr-documents", 60
    )
    agg = body.to_dict()["aggs"]["words"]["significant_terms"]
    assert agg["field"] == "significant_words"
    assert agg["background_filter"] == {"match_all": {}}
    assert agg["min_doc_count"] == 3
    assert agg["size"] == 60


def test_document_filter_of_ids_issues_and_time():
    body = queries.filter_query(
        DocumentFilter(published_to=T0, issue_ids=["i1"], ids=["a", "b"], municipality_codes=["0706"])
    ).to_dict()
    assert body["bool"]["filter"] == [
        {"range": {"published_at": {"lt": 1793491200000, "format": "epoch_millis"}}},
        {"terms": {"municipality_code": ["0706"]}},
        {"terms": {"issue_id": ["i1"]}},
        {"ids": {"values": ["a", "b"]}},
    ]
    assert queries.filter_query(None).to_dict() == {"match_all": {}}
    assert queries.filter_query(DocumentFilter()).to_dict() == {"match_all": {}}


def test_the_cached_significant_words_equal_the_shared_rule(corpus):
    from index.elasticsearch._results import document_words
    from index.semantics import significant_words

    texts = [d.lemma_text for d in corpus] + ["Vindmøller vindmøller og i 3d-print A-B x2 -- ølejr æble"]
    for text in texts:
        assert document_words(text) == significant_words(text)
