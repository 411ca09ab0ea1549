"""Issues: the local matters being debated, over time, side by side, and one at a time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pandas as pd
import streamlit as st

from schema import Issue
from ui import charts, data, fmt
from ui.aggregate import issue_series, issue_volume
from ui.app_pages import _issue_detail
from ui.frame import empty, guard, heading, open_item, require
from ui.i18n import t

_PERIODS = (7, 30, 90)
_STATUSES = ("active", "dormant", "merged", "all")


def _render() -> None:
    user = require("issues")
    issue_id = st.query_params.get("issue")
    if issue_id:
        _issue_detail.render(issue_id, user)
        return
    heading("issues")
    with guard():
        names = data.municipality_names()
        issues = data.issues()
        if not issues:
            empty("issues.empty")
            return
        chosen, days = _filters(issues, names)
        today = datetime.now(UTC).astimezone(fmt.LOCAL_TZ).date()
        start, end = today - timedelta(days=days - 1), today + timedelta(days=1)
        over_time, compare = st.tabs([t("issues.tab.over_time"), t("issues.tab.compare")])
        with over_time:
            _over_time(chosen, start, end, names)
        with compare:
            _compare(issues, start, end, names)


def _filters(issues: list[Issue], names: dict[str, str]) -> tuple[list[Issue], int]:
    c1, c2, c3 = st.columns([1.3, 1.3, 1.2])
    codes = sorted({i.municipality_code for i in issues if i.municipality_code})
    municipality = c1.selectbox(
        t("alerts.municipality"),
        [None, *codes],
        format_func=lambda c: t("common.all") if c is None else names.get(c, c),
        key="is_muni",
    )
    status = c2.segmented_control(
        t("issues.status"),
        _STATUSES,
        format_func=lambda s: t(f"issues.status.{s}"),
        default="active",
        key="is_status",
        help=t("issues.status.help"),
    )
    days = c3.segmented_control(
        t("issues.period"), _PERIODS, format_func=lambda d: t("issues.days", n=d), default=30, key="is_days"
    )
    chosen = [
        i
        for i in issues
        if (municipality is None or i.municipality_code == municipality)
        and (status in (None, "all") or i.status == status)
    ]
    return chosen, int(days or 30)


def _over_time(issues: list[Issue], start: date, end: date, names: dict[str, str]) -> None:
    volumes = {i.issue_id: issue_volume(i, start, end) for i in issues}
    ranked = sorted(issues, key=lambda i: -volumes[i.issue_id][0])
    top = [i for i in ranked[:8] if volumes[i.issue_id][0] > 0]
    if top:
        st.altair_chart(charts.issues_over_time(issue_series(top, start, end)), width="stretch")
        st.caption(t("issues.chart.note", n=len(top)))
    else:
        empty("issues.quiet")
    if not ranked:
        return
    frame = pd.DataFrame(
        [
            {
                "label": i.label,
                "municipality": names.get(i.municipality_code or "", "–"),
                "place": i.place or "",
                "status": t(f"issue.status.{i.status}"),
                "documents": volumes[i.issue_id][0],
                "authors": volumes[i.issue_id][1],
                "trend": [w.documents for w in i.windows if start <= w.start < end],
                "remote": None if i.remote_share is None else round(100 * i.remote_share),
                "first_seen": fmt.local(i.first_seen).replace(tzinfo=None),
                "last_seen": fmt.local(i.last_seen).replace(tzinfo=None),
                "keywords": ", ".join(i.keywords[:6]),
            }
            for i in ranked
        ]
    )
    cc = st.column_config
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={
            "label": cc.TextColumn(t("issues.col.label"), width="large", help=t("issues.col.label.help")),
            "municipality": cc.TextColumn(t("alerts.col.municipality")),
            "place": cc.TextColumn(t("alerts.col.place")),
            "status": cc.TextColumn(t("issues.status"), help=t("issues.status.help")),
            "documents": cc.NumberColumn(t("issues.col.documents"), help=t("issues.col.documents.help")),
            "authors": cc.NumberColumn(t("issues.col.authors"), help=t("issues.col.authors.help")),
            "trend": cc.LineChartColumn(t("issues.col.trend"), help=t("issues.col.trend.help"), y_min=0),
            "remote": cc.ProgressColumn(
                t("alerts.col.remote"),
                help=t("alerts.col.remote.help"),
                min_value=0,
                max_value=100,
                format="%d %%",
            ),
            "first_seen": cc.DatetimeColumn(t("alerts.col.first_seen"), format="D/M/YYYY"),
            "last_seen": cc.DatetimeColumn(t("issues.col.last_seen"), format="D/M/YYYY"),
            "keywords": cc.TextColumn(t("issues.col.keywords"), help=t("issues.col.keywords.help")),
        },
    )
    labels = {i.issue_id: f"{i.label} ({names.get(i.municipality_code or '', '–')})" for i in ranked}
    st.selectbox(
        t("issues.open"),
        list(labels),
        format_func=labels.__getitem__,
        index=None,
        key="is_open",
        placeholder=t("issues.open.placeholder"),
        on_change=open_item,
        args=("is_open", "issue"),
    )


def _compare(issues: list[Issue], start: date, end: date, names: dict[str, str]) -> None:
    labels = {i.issue_id: f"{i.label} ({names.get(i.municipality_code or '', '–')})" for i in issues}
    chosen = st.multiselect(
        t("issues.compare.pick"),
        list(labels),
        format_func=labels.__getitem__,
        max_selections=5,
        placeholder=t("common.choose"),
        key="is_compare",
        help=t("issues.compare.help"),
    )
    picked = [i for i in issues if i.issue_id in chosen]
    if len(picked) < 2:
        empty("issues.compare.empty")
        return
    st.altair_chart(charts.issues_over_time(issue_series(picked, start, end)), width="stretch")
    rows = []
    for i in picked:
        docs, authors = issue_volume(i, start, end)
        rows.append(
            {
                t("issues.col.label"): i.label,
                t("issues.col.documents"): docs,
                t("issues.col.authors"): authors,
                t("issues.col.known"): i.authors_known,
                t("alerts.col.remote"): fmt.percent(i.remote_share),
                t("alerts.col.first_seen"): fmt.day(i.first_seen),
                t("issues.col.last_seen"): fmt.day(i.last_seen),
                t("issues.status"): t(f"issue.status.{i.status}"),
            }
        )
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


_render()
