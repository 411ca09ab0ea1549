"""Query builders: pure functions from our typed requests to ``elasticsearch.dsl`` searches.

Nothing here talks to a cluster; every builder can be checked through ``.to_dict()``. The
semantics are those of docs/index.md, shared with the embedded store: the search text is parsed
by ``index.query_syntax`` (user text never reaches Elasticsearch unparsed; no query_string, no
simple_query_string) and compiled here into bool / multi_match / prefix / match_none queries.
"""

from __future__ import annotations

import hashlib
from typing import Any

from elasticsearch.dsl import Q, Search
from elasticsearch.dsl.query import Query

from index.query_syntax import And, MatchNone, Node, Not, Or, Phrase, Prefix, Term
from index.search_models import DocumentFilter, SearchQuery
from index.semantics import (
    LIST_FILTERS,
    MAX_FILTER_VALUES,
    MIN_SIGNIFICANT_DOC_COUNT,
    TIME_ZONE,
    TITLE_BOOST,
    Cursor,
    Sort,
    epoch_ms,
)
from schema import QueryError

#: full-text fields and their boosts
TEXT_FIELDS = [f"title^{TITLE_BOOST:g}", "text"]
#: facet name -> indexed field (every FacetField)
FACET_FIELDS = {
    "platform": "platform",
    "source_id": "source_id",
    "municipality_code": "municipality_code",
    "issue_id": "issue_id",
    "lang": "lang",
    "cues.family": "cues.family",
    "hashtags": "hashtags",
}
#: the keyword field that holds index.semantics.significant_words(lemma_text)
SIGNIFICANT_FIELD = "significant_words"
_LIST_FILTERS = (*LIST_FILTERS, ("cue_families", "cues.family"))


def compile_text(node: Node) -> Query:
    """One node of a parsed search text as an Elasticsearch query (see docs/index.md)."""
    if isinstance(node, Term):
        return Q("multi_match", query=node.word, fields=TEXT_FIELDS, operator="and")
    if isinstance(node, Prefix):
        return Q(
            "bool",
            should=[
                Q("prefix", title={"value": node.prefix, "boost": TITLE_BOOST}),
                Q("prefix", text={"value": node.prefix}),
                Q("multi_match", query=node.prefix, fields=TEXT_FIELDS, operator="and"),
            ],
            minimum_should_match=1,
        )
    if isinstance(node, Phrase):
        return Q("multi_match", query=" ".join(node.words), fields=TEXT_FIELDS, type="phrase")
    if isinstance(node, Not):
        return Q("bool", must_not=[compile_text(node.child)])
    if isinstance(node, And):
        return Q("bool", must=[compile_text(child) for child in node.children])
    if isinstance(node, Or):
        return Q("bool", should=[compile_text(child) for child in node.children], minimum_should_match=1)
    if isinstance(node, MatchNone):
        return Q("match_none")
    raise TypeError(f"unknown query node {node!r}")


def _window(field: str, start: Any, end: Any, names: tuple[str, str]) -> Query | None:
    bounds: dict[str, Any] = {}
    if start is not None:
        bounds["gte"] = epoch_ms(start, names[0])
    if end is not None:
        bounds["lt"] = epoch_ms(end, names[1])
    return Q("range", **{field: {**bounds, "format": "epoch_millis"}}) if bounds else None


def _terms(name: str, field: str, values: list[str]) -> Query | None:
    if not values:
        return None
    if len(values) > MAX_FILTER_VALUES:
        raise QueryError(
            f"The {name} filter has {len(values):,} values; at most {MAX_FILTER_VALUES:,} are allowed."
        )
    return Q("terms", **{field: list(values)})


def search_filters(query: SearchQuery) -> list[Query]:
    """The filters of a search (no scoring): time range, platform, source, place, issue, language, cues."""
    found = [_window("published_at", query.date_from, query.date_to, ("date_from", "date_to"))]
    found += [_terms(name, field, getattr(query, name)) for name, field in _LIST_FILTERS]
    return [f for f in found if f is not None]


def search_query(query: SearchQuery, node: Node | None) -> Query:
    """The parsed text (if any) and the filters of a query combined into one bool query."""
    must = [compile_text(node)] if node is not None else []
    return Q("bool", must=must, filter=search_filters(query))


def sort_keys(sort: Sort) -> list[dict[str, Any]]:
    """Sort keys with the id as tie-breaker, so search_after never skips or repeats."""
    if sort == "relevance":
        return [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]
    order = "desc" if sort == "newest" else "asc"
    return [{"published_at": {"order": order}}, {"id": {"order": order}}]


def build_search(
    query: SearchQuery, node: Node | None, sort: Sort, cursor: Cursor | None, index: str
) -> Search:
    """The search request of a SearchQuery: one page, exact total, facets and histogram.

    Args:
        query: the request.
        node: its parsed text (``index.query_syntax.parse_query``), None for no text.
        sort: the effective sort (``index.semantics.effective_sort``).
        cursor: the validated cursor (``index.semantics.parse_cursor``).
        index: the alias searched.
    """
    s = Search(index=index).query(search_query(query, node)).sort(*sort_keys(sort))
    s = s.extra(size=query.size, track_total_hits=True)
    if sort != "relevance":
        s = s.extra(track_scores=False)
    if cursor is not None:
        s = s.extra(search_after=list(cursor))
    for name in dict.fromkeys(query.facets):
        s.aggs.bucket(
            f"facet:{name}",
            "terms",
            field=FACET_FIELDS[name],
            size=query.facet_size,
            order=[{"_count": "desc"}, {"_key": "asc"}],
        )
    if query.histogram:
        s.aggs.bucket(
            "histogram",
            "date_histogram",
            field="published_at",
            calendar_interval=query.histogram,
            time_zone=str(TIME_ZONE),
            min_doc_count=1,
            format="yyyy-MM-dd",
        )
    return s


#: the SearchQuery fields that filter (with text, dates and sort they define a result list)
_FILTERS = {"platforms", "source_ids", "municipality_codes", "issue_ids", "languages", "cue_families"}


def preference(query: SearchQuery) -> str:
    """A search's ``preference``: the same string for every page of one query.

    On a cluster every page is then served by the same shard copies. Scores can differ slightly
    between a primary and its replica (deleted versions are merged away at different times),
    which would let ``search_after`` on relevance skip or repeat hits between pages.
    """
    what = query.model_dump_json(include={"text", "date_from", "date_to", "sort", *_FILTERS})
    return "q" + hashlib.sha256(what.encode()).hexdigest()[:16]


def filter_query(flt: DocumentFilter | None) -> Query:
    """The query of a DocumentFilter (stream/count): time range, municipalities, issues, ids."""
    if flt is None:
        return Q("match_all")
    found = [
        _window("published_at", flt.published_from, flt.published_to, ("published_from", "published_to")),
        _terms("municipality_codes", "municipality_code", flt.municipality_codes),
        _terms("issue_ids", "issue_id", flt.issue_ids),
        Q("ids", values=list(flt.ids)) if flt.ids else None,
    ]
    present = [f for f in found if f is not None]
    return Q("bool", filter=present) if present else Q("match_all")


def build_significant(foreground: SearchQuery, node: Node | None, index: str, candidates: int) -> Search:
    """Emerging words: ``significant_terms`` of the foreground's words against every document.

    The background is an explicit match_all filter, so its counts are exact live-document counts
    (term statistics would still count deleted versions). Scores are recomputed with
    ``index.semantics.jlh`` from the returned counts.
    """
    s = Search(index=index).query(search_query(foreground, node)).extra(size=0, track_total_hits=True)
    s.aggs.bucket(
        "words",
        "significant_terms",
        field=SIGNIFICANT_FIELD,
        size=candidates,
        shard_size=candidates,
        min_doc_count=MIN_SIGNIFICANT_DOC_COUNT,
        shard_min_doc_count=1,
        background_filter={"match_all": {}},
        jlh={},
    )
    return s
