"""One issue: timeline, keywords, places, calls to action, documents, lineage and alerts."""

from __future__ import annotations

from collections import Counter

import streamlit as st

from index.search_models import SearchQuery
from schema import DailyCount, Issue
from ui import cards, charts, data, fmt
from ui.access import User
from ui.frame import empty, guard
from ui.i18n import t

_SAMPLE = 200  # newest documents read for the places of an issue


def render(issue_id: str, user: User) -> None:
    """The detail view of one issue (`?issue=<id>`)."""
    if st.button(t("issues.back"), key="is_back", icon=":material/arrow_back:"):
        del st.query_params["issue"]
        st.rerun()
    with guard():
        issue = data.issue(issue_id)
        if issue is None:
            empty("issues.not_found")
            return
        data.audit_view(user, "view_issue", issue.issue_id)
        names = data.municipality_names()
        _header(issue, names)
        tabs = st.tabs(
            [
                t("issue.tab.timeline"),
                t("issue.tab.words"),
                t("issue.tab.places"),
                t("issue.tab.documents"),
                t("issue.tab.lineage"),
            ]
        )
        with tabs[0]:
            _timeline(issue)
        with tabs[1]:
            _words(issue)
        with tabs[2]:
            _places(issue)
        with tabs[3]:
            _documents(issue, names)
        with tabs[4]:
            _lineage(issue)


def _header(issue: Issue, names: dict[str, str]) -> None:
    st.title(issue.label, help=t("issues.col.label.help"))
    where = [names.get(issue.municipality_code or "", t("common.unknown"))]
    if issue.place:
        where.append(issue.place)
    st.caption(" · ".join([*where, t(f"issue.status.{issue.status}")]))
    cols = st.columns(5)
    cols[0].metric(t("issue.documents"), fmt.number(len(issue.document_ids)), help=t("issue.documents.help"))
    cols[1].metric(
        t("issues.col.known"), fmt.number(issue.authors_known), help=t("remote.known_authors.help")
    )
    cols[2].metric(t("alerts.col.remote"), fmt.percent(issue.remote_share), help=t("alerts.col.remote.help"))
    cols[3].metric(t("alerts.col.first_seen"), fmt.short_day(issue.first_seen))
    cols[4].metric(t("issues.col.last_seen"), fmt.short_day(issue.last_seen))
    related = [a for a in data.alerts() if a.issue_id == issue.issue_id]
    for alert in related[:3]:
        st.warning(
            t("issue.has_alert", level=fmt.level_name(alert.level), day=fmt.day(alert.first_seen)),
            icon=":material/notifications_active:",
        )


def _timeline(issue: Issue) -> None:
    if not issue.windows:
        empty("common.no_data")
        return
    points = [DailyCount(day=w.start, documents=w.documents, authors=w.authors) for w in issue.windows]
    st.altair_chart(charts.growth(points), width="stretch")
    new_authors = sum(w.new_authors for w in issue.windows)
    cue_docs = sum(w.cue_documents for w in issue.windows)
    c1, c2 = st.columns(2)
    c1.metric(t("issue.new_authors"), fmt.number(new_authors), help=t("issue.new_authors.help"))
    c2.metric(t("issue.cue_documents"), fmt.number(cue_docs), help=t("issue.cue_documents.help"))


def _words(issue: Issue) -> None:
    if issue.keywords:
        st.markdown(f"**{t('issues.col.keywords')}**", help=t("issues.col.keywords.help"))
        st.markdown(" ".join(f":blue-badge[{k}]" for k in issue.keywords))
    query = SearchQuery(
        issue_ids=[issue.issue_id], size=0, highlight=False, facets=["cues.family", "hashtags", "platform"]
    )
    terms = data.significant_terms(query)
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('issue.significant')}**", help=t("issue.significant.help"))
        if terms:
            st.altair_chart(
                charts.bars(
                    {s.term: round(s.score, 3) for s in terms}, t("issue.term"), t("issue.term_score")
                ),
                width="stretch",
            )
        else:
            empty("common.no_data")
    facets = data.browse(query).facets
    with right:
        cues = {fmt.cue_family(b.key): b.count for b in facets.get("cues.family", [])}
        st.markdown(f"**{t('issue.cues')}**", help=t("issue.cues.help"))
        if cues:
            st.altair_chart(charts.bars(cues, t("alert.cue.family"), t("chart.documents")), width="stretch")
        else:
            empty("alert.no_cues")
        tags = {"#" + b.key.lstrip("#"): b.count for b in facets.get("hashtags", [])}
        if tags:
            st.markdown(f"**{t('issue.hashtags')}**")
            st.altair_chart(
                charts.bars(tags, t("issue.hashtag"), t("chart.documents"), top=8), width="stretch"
            )


def _places(issue: Issue) -> None:
    result = data.browse(
        SearchQuery(issue_ids=[issue.issue_id], size=_SAMPLE, sort="newest", highlight=False)
    )
    counts: Counter[str] = Counter()
    for hit in result.hits:
        counts.update({p.name for p in hit.document.places})
    if not counts:
        empty("issue.no_places")
        return
    st.altair_chart(charts.bars(dict(counts), t("issue.place"), t("chart.documents")), width="stretch")
    st.caption(t("issue.places.note", n=fmt.number(len(result.hits))))


def _documents(issue: Issue, names: dict[str, str]) -> None:
    result = data.browse(SearchQuery(issue_ids=[issue.issue_id], size=20, sort="newest", highlight=False))
    if not result.hits:
        empty("alert.no_documents")
        return
    st.caption(t("issue.documents.note", shown=len(result.hits), total=fmt.number(result.total)))
    st.html(
        cards.render(
            cards.Card(
                h.document.title,
                h.document.url,
                h.document.published_at,
                h.document.platform.value,
                h.document.source_id,
                (h.document.author.display_name or h.document.author.pseudonym)
                if h.document.author
                else None,
                [cards.snippet(h.document.text)],
                names.get(h.document.municipality_code or ""),
            )
            for h in result.hits
        )
    )


def _lineage(issue: Issue) -> None:
    if not issue.lineage:
        empty("issue.no_lineage")
        return
    others = {i.issue_id: i.label for i in data.issues()}
    for event in sorted(issue.lineage, key=lambda e: e.at):
        linked = ", ".join(others.get(o, o) for o in event.other_issue_ids) or "–"
        st.markdown(f"- **{fmt.day(event.at)}** · {t(f'lineage.{event.kind}')}: {linked}")
    for n, other in enumerate(dict.fromkeys(o for e in issue.lineage for o in e.other_issue_ids)):
        if (
            other in others
            and other != issue.issue_id
            and st.button(t("issue.open_other", label=others[other]), key=f"lin_{n}")
        ):
            st.query_params["issue"] = other
            st.rerun()
