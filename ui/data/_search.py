"""Searches (audited), exports (audited), emerging words and saved searches."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import Any, Literal

import streamlit as st

from index import Store
from index.search_models import SearchQuery, SearchResult, TermScore
from schema import EnrichedDocument
from schema.settings import SavedSearch, SearchRule
from ui import export, saved
from ui.access import User
from ui.data._core import audit, cached, key, query_filters, run, settings
from ui.data._places import municipality_names

_LAST_SEARCH = "_data_last_audited_search"
_EXPORT_PAGE = 500


def search(query: SearchQuery, user: User) -> SearchResult:
    """Run a search; a new query (not a further page of the same one) is written to the audit log first."""
    result = _search(key(), query.model_dump_json())
    signature = query.model_copy(update={"search_after": None}).model_dump_json()
    if st.session_state.get(_LAST_SEARCH) != signature:
        audit(user, "search", query=query.text or "", filters=query_filters(query), hits=result.total)
        st.session_state[_LAST_SEARCH] = signature
    return result


def browse(query: SearchQuery) -> SearchResult:
    """A listing that is part of a page (an issue's newest documents), not a user's search: not audited."""
    return _search(key(), query.model_dump_json())


@cached
def _search(cache_key: str, query_json: str) -> SearchResult:
    query = SearchQuery.model_validate_json(query_json)
    return run(lambda s: s.search(query), cache_key)


def facet_options() -> dict[str, list[tuple[str, int]]]:
    """Values (with counts) of the search filters over all documents, for the filter widgets."""
    return _facet_options(key())


@cached
def _facet_options(cache_key: str) -> dict[str, list[tuple[str, int]]]:
    fields: list[Any] = ["platform", "source_id", "municipality_code", "issue_id", "lang", "cues.family"]
    query = SearchQuery(size=0, highlight=False, facets=fields, facet_size=100)
    result = run(lambda s: s.search(query), cache_key)
    return {name: [(b.key, b.count) for b in buckets] for name, buckets in result.facets.items()}


def export_file(query: SearchQuery, user: User, kind: Literal["csv", "xlsx"]) -> tuple[bytes, int]:
    """All hits of a search (up to `ui.export_max_rows`) as CSV or XLSX; logged before it is returned."""
    limit = settings().ui.export_max_rows
    page = query.model_copy(
        update={"size": min(_EXPORT_PAGE, limit), "search_after": None, "highlight": False, "facets": []}
    )
    page = page.model_copy(update={"histogram": None})
    documents: list[EnrichedDocument] = []
    while len(documents) < limit:
        result = run(partial(_search_page, query=page))
        documents.extend(hit.document for hit in result.hits)
        if not result.hits or result.next_cursor is None:
            break
        page = page.model_copy(update={"search_after": result.next_cursor})
    rows = export.rows(documents[:limit], municipality_names())
    audit(user, "export", query=query.text or "", filters=query_filters(query), hits=len(rows), detail=kind)
    content = export.to_csv(rows) if kind == "csv" else export.to_xlsx(rows)
    return content, len(rows)


def significant_terms(query: SearchQuery, size: int = 15) -> list[TermScore]:
    """Words unusually frequent in the documents of a query."""
    return _significant(key(), query.model_dump_json(), size)


@cached
def _significant(cache_key: str, query_json: str, size: int) -> list[TermScore]:
    query = SearchQuery.model_validate_json(query_json)
    return run(lambda s: s.significant_terms(query, size=size), cache_key)


def saved_searches() -> list[SavedSearch]:
    """All saved searches (shared by the analysts)."""
    return saved.load(settings().data_dir)


def save_search(name: str, query: SearchQuery, user: User, rule: SearchRule | None) -> SavedSearch:
    """Save a search (optionally as an alert rule)."""
    return saved.add(settings().data_dir, name, query, user.username, rule)


def set_search_rule(search_id: str, rule: SearchRule | None) -> None:
    """Turn a saved search into an alert rule, change its rule, or remove the rule."""
    saved.set_rule(settings().data_dir, search_id, rule)


def delete_search(search_id: str) -> None:
    """Delete a saved search."""
    saved.delete(settings().data_dir, search_id)


def saved_query(item: SavedSearch) -> SearchQuery:
    """The search a saved search stands for."""
    return saved.to_query(item)


def rule_hits(item: SavedSearch, now: datetime) -> int:
    """New documents matching a rule's search within its window."""
    if item.rule is None:
        return 0
    since = now - timedelta(hours=item.rule.window_hours)
    query = saved.to_query(item)
    start = max(since, query.date_from) if query.date_from else since
    query = query.model_copy(update={"size": 0, "date_from": start, "facets": [], "histogram": None})
    return _search(key(), query.model_dump_json()).total


def _search_page(store: Store, query: SearchQuery) -> SearchResult:
    return store.search(query)
