"""Search (analysts): everything said about a matter, with filters, facets, a timeline and export."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import streamlit as st

from index.search_models import SearchQuery, SearchResult
from ui import cards, charts, data, fmt
from ui.access import User
from ui.app_pages import _search_tools
from ui.fmt import LOCAL_TZ
from ui.frame import empty, guard, heading, require
from ui.i18n import t

ACTIVE = "search_active"  # the submitted query (JSON), shared with _search_tools
_CURSORS = "search_cursors"
_PAGE = "search_page"


def _render() -> None:
    user = require("search")
    heading("search")
    with guard():
        options = data.facet_options()
        issue_labels = {i.issue_id: i.label for i in data.issues()}
        names = data.municipality_names()
        _form(options, issue_labels, names)
    active = st.session_state.get(ACTIVE)
    with guard():
        _search_tools.saved_panel(user)
    if not active:
        empty("search.start")
        return
    query = SearchQuery.model_validate_json(active)
    with guard():
        result = _run(query, user)
        _results(query, result, issue_labels, names)
        _search_tools.export_panel(query, result.total, user)
        _search_tools.save_panel(query, user)


def _form(options: dict[str, list[tuple[str, int]]], issues: dict[str, str], names: dict[str, str]) -> None:
    def labelled(field: str, label: dict[str, str] | None = None) -> tuple[list[str], Any]:
        values = [key for key, _ in options.get(field, [])]
        counts = dict(options.get(field, []))
        return values, lambda key: f"{(label or {}).get(key, key)} ({fmt.number(counts.get(key, 0))})"

    with st.form("search_form", border=True):
        c1, c2 = st.columns([5, 1], vertical_alignment="bottom")
        c1.text_input(
            t("search.query"),
            key="s_text",
            placeholder=t("search.placeholder"),
            help=t("search.syntax"),
            max_chars=1000,
        )
        submitted = c2.form_submit_button(t("search.submit"), type="primary", width="stretch")
        f1, f2, f3 = st.columns(3)
        f1.date_input(
            t("search.period"), value=[], key="s_dates", format="DD/MM/YYYY", help=t("search.period.help")
        )
        values, label = labelled("platform", {k: fmt.platform(k) for k, _ in options.get("platform", [])})
        f2.multiselect(
            t("search.platforms"),
            values,
            format_func=label,
            placeholder=t("common.choose"),
            key="s_platforms",
        )
        values, label = labelled("municipality_code", names)
        f3.multiselect(
            t("search.municipalities"),
            values,
            format_func=label,
            placeholder=t("common.choose"),
            key="s_munis",
        )
        g1, g2, g3 = st.columns(3)
        values, label = labelled("source_id")
        g1.multiselect(
            t("search.sources"), values, format_func=label, placeholder=t("common.choose"), key="s_sources"
        )
        values, label = labelled("issue_id", issues)
        g2.multiselect(
            t("search.issues"), values, format_func=label, placeholder=t("common.choose"), key="s_issues"
        )
        values, label = labelled(
            "cues.family", {k: fmt.cue_family(k) for k, _ in options.get("cues.family", [])}
        )
        g3.multiselect(
            t("search.cues"),
            values,
            format_func=label,
            placeholder=t("common.choose"),
            key="s_cues",
            help=t("search.cues.help"),
        )
        h1, h2, h3 = st.columns(3)
        values, label = labelled("lang", {k: t(f"lang.{k}") for k, _ in options.get("lang", [])})
        h1.multiselect(
            t("search.languages"), values, format_func=label, placeholder=t("common.choose"), key="s_langs"
        )
        h2.selectbox(
            t("search.sort"),
            ["relevance", "newest", "oldest"],
            format_func=lambda s: t(f"search.sort.{s}"),
            key="s_sort",
        )
        h3.selectbox(
            t("search.interval"),
            ["day", "week", "month"],
            format_func=lambda s: t(f"search.interval.{s}"),
            key="s_interval",
            index=1,
        )
    if submitted:
        st.session_state[ACTIVE] = build_query().model_dump_json()
        st.session_state[_CURSORS] = [None]
        st.session_state[_PAGE] = 0


def build_query() -> SearchQuery:
    """The SearchQuery the form's widgets describe (raises QueryError-like ValidationError on bad input)."""
    state = st.session_state
    dates: tuple[date, ...] = tuple(state.get("s_dates") or ())
    start: date | None = dates[0] if len(dates) > 0 else None
    end: date | None = dates[1] if len(dates) > 1 else start
    text = (state.get("s_text") or "").strip() or None
    return SearchQuery(
        text=text,
        date_from=_midnight(start) if start else None,
        date_to=_midnight(end + timedelta(days=1)) if end else None,
        platforms=list(state.get("s_platforms") or []),
        source_ids=list(state.get("s_sources") or []),
        municipality_codes=list(state.get("s_munis") or []),
        issue_ids=list(state.get("s_issues") or []),
        languages=list(state.get("s_langs") or []),
        cue_families=list(state.get("s_cues") or []),
        sort=state.get("s_sort") or ("relevance" if text else "newest"),
        size=data.settings().ui.page_size,
        facets=_search_tools.FACETS,
        histogram=state.get("s_interval") or "week",
    )


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, LOCAL_TZ)


def _run(query: SearchQuery, user: User) -> SearchResult:
    cursors: list[Any] = st.session_state.setdefault(_CURSORS, [None])
    page = min(int(st.session_state.get(_PAGE, 0)), len(cursors) - 1)
    if query.text is None and query.sort == "relevance":
        query = query.model_copy(update={"sort": "newest"})
    return data.search(query.model_copy(update={"search_after": cursors[page]}), user)


def _results(query: SearchQuery, result: SearchResult, issues: dict[str, str], names: dict[str, str]) -> None:
    page = int(st.session_state.get(_PAGE, 0))
    st.subheader(t("search.total", total=fmt.number(result.total)), help=t("search.total.help"))
    st.caption(t("search.took", ms=fmt.number(result.took_ms)))
    if not result.total:
        empty("search.none")
        return
    if result.histogram:
        st.altair_chart(charts.histogram(result.histogram, query.histogram or "week"), width="stretch")
    left, right = st.columns([3, 1.3])
    with left:
        st.html(cards.render(_card(hit, names) for hit in result.hits))
        _pager(result, page, query.size)
    with right:
        _facets(result, issues, names)


def _card(hit: Any, names: dict[str, str]) -> cards.Card:
    doc = hit.document
    fragments = hit.highlights.get("text") or hit.highlights.get("title") or [cards.snippet(doc.text)]
    author = (doc.author.display_name or doc.author.pseudonym) if doc.author else None
    return cards.Card(
        doc.title,
        doc.url,
        doc.published_at,
        doc.platform.value,
        doc.source_id,
        author,
        fragments,
        names.get(doc.municipality_code or ""),
    )


def _pager(result: SearchResult, page: int, size: int) -> None:
    pages = max(1, -(-result.total // max(size, 1)))
    c1, c2, c3 = st.columns([1, 2, 1], vertical_alignment="center")
    if c1.button(t("search.previous"), key="s_prev", disabled=page == 0, width="stretch"):
        st.session_state[_PAGE] = page - 1
        st.rerun()
    c2.markdown(
        f"<div style='text-align:center'>{t('search.page', page=page + 1, pages=pages)}</div>",
        unsafe_allow_html=True,
    )
    if c3.button(
        t("search.next"),
        key="s_next",
        disabled=result.next_cursor is None or page + 1 >= pages,
        width="stretch",
    ):
        cursors = st.session_state[_CURSORS][: page + 1]
        cursors.append(result.next_cursor)
        st.session_state[_CURSORS] = cursors
        st.session_state[_PAGE] = page + 1
        st.rerun()


def _facets(result: SearchResult, issues: dict[str, str], names: dict[str, str]) -> None:
    labels: dict[str, Any] = {
        "platform": fmt.platform,
        "source_id": lambda k: k,
        "municipality_code": lambda k: names.get(k, k),
        "issue_id": lambda k: issues.get(k, k),
        "lang": lambda k: t(f"lang.{k}"),
        "cues.family": fmt.cue_family,
    }
    for field, buckets in result.facets.items():
        if not buckets:
            continue
        st.markdown(f"**{t(f'search.facet.{field}')}**", help=t("search.facet.help"))
        counts = {labels.get(field, str)(b.key): b.count for b in buckets}
        st.altair_chart(
            charts.bars(counts, t(f"search.facet.{field}"), t("chart.documents"), top=8), width="stretch"
        )


_render()
