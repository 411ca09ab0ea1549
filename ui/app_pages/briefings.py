"""Briefings (leadership): the current week on one screen, and the archive of weekly briefings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import streamlit as st

from schema import Briefing, Level
from ui import data, fmt
from ui.aggregate import alert_counts, iso_week, top_issues, week_bounds
from ui.briefing_html import sanitise
from ui.frame import empty, guard, heading, require
from ui.i18n import current_lang, t


def _render() -> None:
    require("briefings")
    heading("briefings")
    wanted = st.query_params.get("briefing")
    week, archive = st.tabs([t("briefings.tab.week"), t("briefings.tab.archive")])
    with week, guard():
        _this_week()
    with archive, guard():
        _archive(wanted)


def _this_week() -> None:
    now = datetime.now(UTC)
    today = fmt.local(now).date()
    monday, next_monday = week_bounds(today)
    start, end = data.week_bounds_utc(today)
    before = start - timedelta(days=7)
    st.subheader(
        t(
            "briefings.week_title",
            week=iso_week(today),
            start=fmt.day(monday),
            end=fmt.day(next_monday - timedelta(days=1)),
        )
    )
    docs = data.count_documents(start, end)
    docs_before = data.count_documents(before, start)
    alerts = data.alerts()
    counts = alert_counts(alerts)
    new = [a for a in alerts if start <= a.first_seen < end]
    home = data.settings().home
    share = data.participation(home.code, None, start, end).remote_share
    cols = st.columns(5)
    cols[0].metric(
        t("briefings.documents"),
        fmt.number(docs),
        delta=_delta(docs, docs_before),
        help=t("briefings.documents.help"),
    )
    cols[1].metric(fmt.level(Level.ALERT), fmt.number(counts["alert"]), help=t("level.alert.help"))
    cols[2].metric(fmt.level(Level.WARNING), fmt.number(counts["warning"]), help=t("level.warning.help"))
    cols[3].metric(t("briefings.new_alerts"), fmt.number(len(new)), help=t("briefings.new_alerts.help"))
    cols[4].metric(
        t("briefings.remote", municipality=home.name), fmt.percent(share), help=t("remote.share.help")
    )
    names = data.municipality_names()
    rows = top_issues(data.issues(), monday, next_monday, limit=6)
    st.markdown(f"**{t('briefings.top_issues')}**", help=t("briefings.top_issues.help"))
    if rows:
        frame = pd.DataFrame(
            [
                {
                    t("issues.col.label"): r.label,
                    t("alerts.col.municipality"): names.get(r.municipality_code or "", "–"),
                    t("issues.col.documents"): r.documents,
                    t("briefings.change"): _delta(r.documents, r.documents_before) or "–",
                    t("issues.col.authors"): r.authors,
                    t("alerts.col.remote"): fmt.percent(r.remote_share),
                }
                for r in rows
            ]
        )
        st.dataframe(frame, hide_index=True, width="stretch")
    else:
        empty("briefings.no_issues")
    if new:
        st.markdown(f"**{t('briefings.new_alerts')}**")
        for a in new[:5]:
            where = names.get(a.municipality_code or "", "–")
            remote = f"{t('alerts.col.remote')}: {fmt.percent(a.remote_share)}"
            st.markdown(f"- {fmt.level(a.level)} **{a.label}** · {where} · {remote}")
    latest = _latest(data.briefings())
    if latest is not None:
        st.markdown(f"**{t('briefings.latest', week=latest.week)}**")
        st.write(latest.summary)


def _delta(now: int, before: int) -> str | None:
    if before == 0:
        return None if now == 0 else t("briefings.new")
    return fmt.percent((now - before) / before) if now != before else "0"


def _figure(name: str, value: float) -> str:
    """A headline number: shares as percent, counts as whole numbers."""
    if name.endswith(("share", "_change")):
        return fmt.percent(value)
    return fmt.number(value, 0 if value == int(value) else 1)


def _latest(items: list[Briefing]) -> Briefing | None:
    lang = current_lang()
    same = [b for b in items if b.language == lang] or items
    return same[0] if same else None


def _archive(wanted: str | None) -> None:
    items = data.briefings()
    if not items:
        empty("briefings.empty")
        return
    lang = current_lang()
    every = st.toggle(t("briefings.all_languages"), key="br_all", value=False)
    shown = items if every else [b for b in items if b.language == lang] or items
    ids = [b.briefing_id for b in shown]
    index = ids.index(wanted) if wanted in ids else 0
    by_id = {b.briefing_id: b for b in shown}
    chosen = st.selectbox(
        t("briefings.pick"),
        ids,
        index=index,
        key="br_pick",
        format_func=lambda i: f"{by_id[i].week} · {by_id[i].title} ({by_id[i].language})",
    )
    briefing = by_id[chosen]
    meta = t("briefings.generated", at=fmt.moment(briefing.generated_at))
    c1, c2 = st.columns([3, 1], vertical_alignment="center")
    c1.caption(meta)
    pdf = data.briefing_pdf(briefing)
    if pdf is not None:
        c2.download_button(
            t("briefings.download"),
            data=pdf,
            file_name=f"debatradar-{briefing.briefing_id}.pdf",
            mime="application/pdf",
            key="br_pdf",
            on_click="ignore",
            icon=":material/picture_as_pdf:",
            type="primary",
            width="stretch",
        )
    else:
        c2.caption(t("briefings.no_pdf"))
    if briefing.figures:
        figures = list(briefing.figures.items())[:6]
        cols = st.columns(len(figures))
        for n, (name, value) in enumerate(figures):
            label = t(f"figure.{name}")
            cols[n].metric(name if label == f"figure.{name}" else label, _figure(name, value))
    with st.container(border=True):
        st.iframe(sanitise(briefing.html), height="content", alt=briefing.title)


_render()
