"""Every page of one search goes to the same shard copies (``preference``), so paging by relevance
on a cluster with replicas neither skips nor repeats hits; different searches spread over copies."""

from __future__ import annotations

from datetime import UTC, datetime

from index.elasticsearch.queries import preference
from index.search_models import SearchQuery


def test_all_pages_of_one_search_share_a_preference():
    first = SearchQuery(text="skolen lukkes", municipality_codes=["0751"], facets=["platform"])
    later = first.model_copy(
        update={"search_after": [1.5, "abc"], "size": 50, "highlight": False, "facets": []}
    )
    assert preference(first) == preference(later)
    assert preference(first).startswith("q") and not preference(first).startswith("_")


def test_different_searches_get_different_preferences():
    base = SearchQuery(text="skolen lukkes")
    others = [
        SearchQuery(text="skolen"),
        SearchQuery(text="skolen lukkes", sort="newest"),
        SearchQuery(text="skolen lukkes", platforms=["reddit"]),
        SearchQuery(text="skolen lukkes", date_from=datetime(2026, 1, 1, tzinfo=UTC)),
    ]
    assert len({preference(q) for q in [base, *others]}) == 1 + len(others)
