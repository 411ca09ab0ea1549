"""Store contract: full-text search, filters, highlights, sorting and search_after paging."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from index import SearchQuery, SearchResult, Store
from schema.errors import QueryError
from tests.index.factories import NOW


def ids(result: SearchResult) -> set[str]:
    return {h.document.id for h in result.hits}


def found(store: Store, text: str | None, **kw: Any) -> set[str]:
    return ids(store.search(SearchQuery(text=text, size=50, **kw)))


def test_danish_stemming_finds_inflected_forms(store, make_doc):
    docs = [
        make_doc(1, title="Vindmøllen ved Hasle", text="Den nye vindmølle er 150 meter høj."),
        make_doc(2, title=None, text="Forældrene kæmper for skolen i Rønde."),
        make_doc(3, title="Letbanen", text="Letbanen kører igen efter sporarbejdet."),
    ]
    store.index_documents(docs)
    assert found(store, "vindmøller") == {docs[0].id}
    assert found(store, "vindmøllerne") == {docs[0].id}
    assert found(store, "skolerne") == {docs[1].id}
    assert found(store, "SKOLE") == {docs[1].id}
    assert found(store, "letbane") == {docs[2].id}


def test_phrase_prefix_not_or_and_grouping(store, indexed):
    vind_letter, vind_news, skoler, ronde, traeer, letbane, odense, english = (d.id for d in indexed)
    assert found(store, "vindmøller") == {vind_letter, vind_news}
    assert found(store, '"skolen i Rønde"') == {ronde}
    assert found(store, '"Rønde skolen"') == set()  # order matters in a phrase
    assert found(store, "vindmølle*") == {vind_letter, vind_news}
    assert found(store, "cykel*") == {odense}
    assert found(store, "vindmøller -borgermødet") == {vind_letter}
    assert found(store, "vindmøller | letbanen") == {vind_letter, vind_news, letbane}
    assert found(store, "viby vindmøller") == {vind_letter, vind_news}
    assert found(store, "(skole | letbane) -rønde") == {skoler, letbane}
    assert found(store, "-vindmøller -skole") == {traeer, letbane, odense, english}
    assert found(store, "skoler | -viby") == {skoler, ronde, traeer, letbane, odense}
    assert found(store, "og i") == set()  # only stop words: nothing searchable


def test_title_counts_too_and_relevance_ranks_title_matches_higher(store, make_doc):
    in_title = make_doc(1, title="Træfældning på boulevarden", text="Kommunen har besluttet det.")
    in_text = make_doc(2, title="Nyt fra byrådet", text="Træfældning er på dagsordenen, blandt meget andet.")
    store.index_documents([in_text, in_title])
    result = store.search(SearchQuery(text="træfældning"))
    assert [h.document.id for h in result.hits] == [in_title.id, in_text.id]
    assert all(h.score is not None and h.score >= 0 for h in result.hits)
    assert result.hits[0].score > result.hits[1].score


def test_filters_combine_with_text(store, indexed):
    assert found(store, None, platforms=["news"]) == {indexed[1].id, indexed[5].id}
    assert found(store, "vindmøller", platforms=["news", "reddit"]) == {indexed[1].id}
    assert found(store, None, municipality_codes=["0706"]) == {indexed[2].id, indexed[3].id}
    assert found(store, None, source_ids=["src-reddit"]) == {indexed[4].id}
    assert found(store, None, languages=["en"]) == {indexed[7].id}
    assert found(store, None, cue_families=["sign", "consultation"]) == {indexed[0].id, indexed[2].id}
    since = NOW - timedelta(hours=2)
    assert found(store, None, date_from=since) == {indexed[0].id, indexed[1].id}
    assert found(store, None, date_to=NOW - timedelta(hours=7)) == {indexed[7].id}  # date_to is exclusive
    assert found(store, "skole", municipality_codes=["0751"]) == set()


def test_highlights_mark_matched_words_in_title_and_text(store, indexed):
    hit = store.search(SearchQuery(text="vindmøller", platforms=["letters"])).hits[0]
    assert hit.highlights["title"] == ["Nej til <mark>vindmøller</mark> ved Viby"]
    assert any("<mark>vindmøllerne</mark>" in f for f in hit.highlights["text"])
    plain = store.search(SearchQuery(text="vindmøller", platforms=["letters"], highlight=False)).hits[0]
    assert plain.highlights == {}
    no_text = store.search(SearchQuery(platforms=["letters"])).hits[0]
    assert no_text.highlights == {} and no_text.score is None


def test_highlights_escape_html(store, make_doc):
    doc = make_doc(1, title="<b>Skole</b> & co", text='Skolen siger "nej" <script>alert(1)</script>')
    store.index_documents([doc])
    hit = store.search(SearchQuery(text="skole")).hits[0]
    assert hit.highlights["title"] == ["&lt;b&gt;<mark>Skole</mark>&lt;/b&gt; &amp; co"]
    assert hit.highlights["text"] == [
        "<mark>Skolen</mark> siger &quot;nej&quot; &lt;script&gt;alert(1)&lt;/script&gt;"
    ]


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sort_by_time_breaks_ties_by_id(store, make_doc, sort):
    docs = [make_doc(n, published_at=NOW - timedelta(hours=n // 2)) for n in range(10)]
    store.index_documents(docs)
    got = [h.document.id for h in store.search(SearchQuery(sort=sort, size=10)).hits]
    if sort == "newest":
        want = sorted(docs, key=lambda d: (d.published_at, d.id), reverse=True)
    else:
        want = sorted(docs, key=lambda d: (d.published_at, d.id))
    assert got == [d.id for d in want]


def test_relevance_without_text_sorts_newest_first(store, indexed):
    got = [h.document.id for h in store.search(SearchQuery(sort="relevance", size=3)).hits]
    assert got == [d.id for d in indexed[:3]]


@pytest.mark.parametrize(
    ("sort", "text"), [("relevance", "vindmøller"), ("newest", None), ("oldest", "skole")]
)
def test_paging_250_documents_with_search_after_has_no_gaps_or_repeats(store, make_doc, sort, text):
    docs = []
    for n in range(250):
        body = "Vindmøllerne ved Viby." if n % 2 else "Skolen i Rønde lukker."
        if n % 5 == 0:
            body += " Vindmøller, vindmøller, skole og mere skole."
        docs.append(make_doc(n, text=body, published_at=NOW - timedelta(minutes=10 * (n // 4))))
    assert store.index_documents(docs).indexed == 250
    query = SearchQuery(text=text, sort=sort, size=17, highlight=False)
    total = store.search(query).total
    seen: list[str] = []
    keys = []
    cursor = None
    pages = 0
    while True:
        page = store.search(query.model_copy(update={"search_after": cursor}))
        assert page.total == total
        seen += [h.document.id for h in page.hits]
        keys += [(h.score, h.document.published_at) for h in page.hits]
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
        assert len(page.hits) == 17
    assert len(seen) == len(set(seen)) == total > 17
    assert pages >= total // 17
    if sort == "relevance":
        scores = [k[0] for k in keys]
        assert scores == sorted(scores, reverse=True)
    else:
        times = [k[1] for k in keys]
        assert times == sorted(times, reverse=sort == "newest")


def test_size_zero_gives_totals_only_and_cursor_must_fit_sort(store, indexed):
    result = store.search(SearchQuery(text="vindmøller", size=0, facets=["platform"]))
    assert result.total == 2 and result.hits == [] and result.next_cursor is None
    assert sum(b.count for b in result.facets["platform"]) == 2
    with pytest.raises(QueryError, match="does not fit sort"):
        store.search(SearchQuery(sort="newest", search_after=["not-a-time", "x"]))
    with pytest.raises(QueryError, match="does not fit sort"):
        store.search(SearchQuery(text="skole", sort="relevance", search_after=[1.0]))


@pytest.mark.parametrize(
    "text", ['"unclosed', "((((", "*", "NEAR(", "skole~2", "a | ", "vind*møl", "(" * 11 + "x" + ")" * 11]
)
def test_malformed_queries_raise_query_error_not_store_errors(store, indexed, text):
    with pytest.raises(QueryError) as err:
        store.search(SearchQuery(text=text))
    assert "sqlite" not in str(err.value).lower() and "fts5" not in str(err.value).lower()
    with pytest.raises(QueryError):
        store.significant_terms(SearchQuery(text=text))


@pytest.mark.parametrize(
    "text",
    [
        "'; DROP TABLE documents; --",
        "NEAR(vindmøller viby)",
        "vindmøller AND NOT skole OR x",
        'title:"Viby" text:vind^2',
        '\\"escaped\\" \x00 \u202e ☃ 🙂',
        "{title text}: vindmøller",
        "-",
        "+++ ||| ---",
    ],
)
def test_hostile_queries_are_just_words(store, indexed, text):
    if text == "+++ ||| ---":
        with pytest.raises(QueryError):
            store.search(SearchQuery(text=text))
        return
    result = store.search(SearchQuery(text=text))
    assert result.total >= 0
    assert store.count_documents() == len(indexed)  # nothing was dropped


def test_ten_thousand_characters_are_refused_clearly(store, indexed):
    with pytest.raises(ValidationError):
        SearchQuery(text="vindmølle " * 1_000)
    forged = SearchQuery.model_construct(text="vindmølle " * 1_000)  # skips validation, as a careless caller
    with pytest.raises(QueryError, match="limit is 1,000"):
        store.search(forged)
