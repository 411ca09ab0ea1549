"""Store contract: facets, date histograms and significant terms."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from index import SearchQuery, SearchResult
from index.semantics import TIME_ZONE
from tests.index.factories import NOW


def buckets(result: SearchResult, field: str) -> list[tuple[str, int]]:
    return [(b.key, b.count) for b in result.facets[field]]


def test_facets_count_documents_per_value_count_desc_then_key(store, indexed):
    result = store.search(
        SearchQuery(facets=["platform", "municipality_code", "lang", "cues.family", "hashtags", "source_id"])
    )
    assert buckets(result, "municipality_code") == [("0751", 4), ("0706", 2), ("0461", 1)]
    assert buckets(result, "lang") == [("da", 7), ("en", 1)]
    assert buckets(result, "platform")[0] == ("news", 2)
    assert [k for k, _ in buckets(result, "platform")[1:]] == sorted(
        ["bluesky", "consultation", "facebook", "letters", "mastodon", "reddit"]
    )
    assert buckets(result, "hashtags") == [("#bevarskolen", 2), ("#nejtilvindmøller", 1), ("#odense", 1)]
    assert ("petition", 1) in buckets(result, "cues.family") and len(buckets(result, "cues.family")) == 7
    assert sum(n for _, n in buckets(result, "source_id")) == 8


def test_facets_follow_the_query_and_respect_facet_size(store, indexed):
    result = store.search(
        SearchQuery(text="skole", facets=["municipality_code", "cues.family"], facet_size=2)
    )
    assert buckets(result, "municipality_code") == [("0706", 2)]
    assert buckets(result, "cues.family") == [("consultation", 1), ("demonstration", 1)]
    assert store.search(SearchQuery(facets=["issue_id"])).facets == {"issue_id": []}


def test_multi_valued_facets_count_a_document_once_per_value(store, make_doc):
    doc = make_doc(1, cues=[("sign", "skriv under"), ("sign", "skriv under her")], hashtags=["#a", "#b"])
    store.index_documents([doc, make_doc(2, hashtags=["#a"])])
    result = store.search(SearchQuery(facets=["cues.family", "hashtags"]))
    assert buckets(result, "cues.family") == [("sign", 1)]
    assert buckets(result, "hashtags") == [("#a", 2), ("#b", 1)]


def cph(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TIME_ZONE)


def test_histogram_uses_copenhagen_days_and_fills_gaps(store, make_doc):
    times = [
        cph(2026, 11, 2, 0, 30),  # 23:30 UTC on 1 Nov: still 2 Nov in Copenhagen
        cph(2026, 11, 2, 23, 59),
        cph(2026, 11, 4, 12, 0),
        cph(2026, 11, 16, 9, 0),
        cph(2026, 12, 1, 9, 0),
    ]
    store.index_documents([make_doc(n, published_at=t) for n, t in enumerate(times)])
    days = store.search(SearchQuery(histogram="day", date_to=cph(2026, 11, 5), size=0)).histogram
    assert [(b.start, b.count) for b in days] == [
        (date(2026, 11, 2), 2),
        (date(2026, 11, 3), 0),
        (date(2026, 11, 4), 1),
    ]
    weeks = store.search(SearchQuery(histogram="week", size=0)).histogram
    assert [(b.start, b.count) for b in weeks] == [
        (date(2026, 11, 2), 3),
        (date(2026, 11, 9), 0),
        (date(2026, 11, 16), 1),
        (date(2026, 11, 23), 0),
        (date(2026, 11, 30), 1),
    ]
    months = store.search(SearchQuery(histogram="month", size=0)).histogram
    assert [(b.start, b.count) for b in months] == [(date(2026, 11, 1), 4), (date(2026, 12, 1), 1)]


def test_histogram_extends_to_the_date_range(store, make_doc):
    store.index_documents([make_doc(1, published_at=cph(2026, 11, 3, 12))])
    result = store.search(
        SearchQuery(histogram="day", date_from=cph(2026, 11, 1), date_to=cph(2026, 11, 6), size=0)
    )
    assert [b.start.day for b in result.histogram] == [1, 2, 3, 4, 5]
    assert [b.count for b in result.histogram] == [0, 0, 1, 0, 0]
    assert (
        store.search(SearchQuery(text="intet", histogram="day", date_from=cph(2026, 11, 1))).histogram == []
    )


@pytest.fixture
def emerging(store, make_doc):
    """Background chatter plus a burst about felling trees on Ingerslevs Boulevard."""
    docs = []
    background = [
        ("Byrådet mødes om budgettet", "budget byråd møde kommune"),
        ("Trafikken på ringvejen", "trafik ringvej bil kø træ kommune"),
        ("Nyt bibliotek i Hasle", "bibliotek hasle bog kommune"),
    ]
    for n in range(30):
        title, lemmas = background[n % 3]
        docs.append(make_doc(n, title=title, text=f"{title}. Borgerne diskuterer.", lemma_text=lemmas))
    for n in range(30, 36):
        docs.append(
            make_doc(
                n,
                title="Bevar træerne på Ingerslevs Boulevard",
                text="Kommunen vil fælde træerne. Skriv under og red træerne!",
                lemma_text="bevare træ ingerslevs boulevard kommune fælde skrive red træ",
                issue_id="issue-trees",
                published_at=NOW - timedelta(minutes=n),
            )
        )
    store.index_documents(docs)
    return docs


def test_significant_terms_surface_the_emerging_words(store, emerging):
    terms = store.significant_terms(SearchQuery(issue_ids=["issue-trees"]), size=20)
    words = [t.term for t in terms]
    assert words == [
        "bevare",
        "boulevard",
        "fælde",
        "ingerslevs",
        "red",
        "skrive",
        "træ",
    ]  # ties alphabetical
    assert terms[-1].foreground == 6 and terms[-1].background == 16  # træ is common elsewhere too
    assert terms[-1].score < terms[0].score
    assert [t.term for t in store.significant_terms(SearchQuery(issue_ids=["issue-trees"]), size=2)] == words[
        :2
    ]
    assert "kommune" not in words  # in every document: not significant
    first = terms[0]
    assert first.foreground == 6 and first.background == 6 and first.score > 0
    assert [t.score for t in terms] == sorted((t.score for t in terms), reverse=True)
    tied = [t.term for t in terms if t.score == first.score]
    assert tied == sorted(tied)  # equal scores: alphabetical


def test_significant_terms_need_three_foreground_documents(store, emerging):
    two = SearchQuery(issue_ids=["issue-trees"], date_from=NOW - timedelta(minutes=31, seconds=30))
    assert store.search(two).total == 2
    assert store.significant_terms(two) == []
    assert store.significant_terms(SearchQuery(text="budgettet")) != []
    assert store.significant_terms(SearchQuery()) == []  # foreground = background: nothing stands out
