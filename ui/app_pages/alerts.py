"""Alerts (communication unit): open mobilisations, newest first, and one alert's evidence."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import streamlit as st

from schema import Alert, Level
from ui import data, fmt
from ui.aggregate import alert_counts, growth_values
from ui.app_pages import _alert_detail
from ui.frame import empty, guard, heading, open_item, require
from ui.i18n import t

_STATES = ("open", "closed", "all")


def _render() -> None:
    user = require("alerts")
    alert_id = st.query_params.get("alert")
    if alert_id:
        _alert_detail.render(alert_id, user)
        return
    heading("alerts")
    with guard():
        names = data.municipality_names()
        everything = data.alerts()
        _summary(everything)
        chosen = _filters(everything, names, user.username)
        _table(chosen, names)
        _open_one(chosen, names)
    with guard():
        _rules()


def _summary(alerts: list[Alert]) -> None:
    counts = alert_counts(alerts)
    cols = st.columns(4)
    for col, level in zip(cols, (Level.ALERT, Level.WARNING, Level.WATCH), strict=False):
        col.metric(fmt.level(level), fmt.number(counts[level.value]), help=t(f"level.{level.value}.help"))
    waiting = sum(1 for a in alerts if a.state == "open" and not a.acknowledged_by)
    cols[3].metric(t("alerts.unacknowledged"), fmt.number(waiting), help=t("alerts.unacknowledged.help"))


def _filters(alerts: list[Alert], names: dict[str, str], username: str) -> list[Alert]:
    c1, c2, c3, c4 = st.columns([1.2, 1, 1.2, 1.4])
    state = c1.segmented_control(
        t("alerts.state"),
        _STATES,
        format_func=lambda s: t(f"alerts.state.{s}"),
        default="open",
        key="al_state",
    )
    level = c2.selectbox(
        t("alerts.min_level"),
        [lv.value for lv in Level],
        format_func=fmt.level_name,
        key="al_level",
        help=t("alerts.min_level.help"),
    )
    codes = sorted({a.municipality_code for a in alerts if a.municipality_code})
    municipality = c3.selectbox(
        t("alerts.municipality"),
        [None, *codes],
        format_func=lambda c: t("common.all") if c is None else names.get(c, c),
        key="al_muni",
    )
    c4.checkbox(t("alerts.only_unacknowledged"), key="al_unack")
    c4.checkbox(t("alerts.only_mine"), key="al_mine")
    rank = Level(level).rank
    chosen = [
        a
        for a in alerts
        if (state in (None, "all") or a.state == state)
        and a.level.rank >= rank
        and (municipality is None or a.municipality_code == municipality)
        and not (st.session_state.get("al_unack") and a.acknowledged_by)
        and not (st.session_state.get("al_mine") and a.assigned_to != username)
    ]
    return chosen


def _table(alerts: list[Alert], names: dict[str, str]) -> None:
    if not alerts:
        empty("alerts.empty")
        return
    frame = pd.DataFrame(
        [
            {
                "level": fmt.level_name(a.level),
                "label": a.label,
                "municipality": names.get(a.municipality_code or "", a.municipality_code or "–"),
                "place": a.place or "",
                "growth": growth_values(a),
                "remote": None if a.remote_share is None else round(100 * a.remote_share),
                "score": a.score,
                "first_seen": fmt.local(a.first_seen).replace(tzinfo=None),
                "updated": fmt.local(a.updated_at).replace(tzinfo=None),
                "state": t(f"alerts.state.{a.state}"),
                "handled": a.acknowledged_by or "",
                "assigned": a.assigned_to or "",
            }
            for a in alerts
        ]
    )
    cc = st.column_config
    st.dataframe(
        frame.style.map(fmt.level_style, subset=["level"]),
        hide_index=True,
        width="stretch",
        column_config={
            "level": cc.TextColumn(t("alerts.col.level"), help=t("alerts.col.level.help"), width="small"),
            "label": cc.TextColumn(t("alerts.col.label"), help=t("alerts.col.label.help"), width="large"),
            "municipality": cc.TextColumn(t("alerts.col.municipality")),
            "place": cc.TextColumn(t("alerts.col.place")),
            "growth": cc.LineChartColumn(t("alerts.col.growth"), help=t("alerts.col.growth.help"), y_min=0),
            "remote": cc.ProgressColumn(
                t("alerts.col.remote"),
                help=t("alerts.col.remote.help"),
                min_value=0,
                max_value=100,
                format="%d %%",
            ),
            "score": cc.ProgressColumn(
                t("alerts.col.score"),
                help=t("alerts.col.score.help"),
                min_value=0,
                max_value=1,
                format="%.2f",
            ),
            "first_seen": cc.DatetimeColumn(
                t("alerts.col.first_seen"), help=t("alerts.col.first_seen.help"), format="D/M HH:mm"
            ),
            "updated": cc.DatetimeColumn(t("alerts.col.updated"), format="D/M HH:mm"),
            "state": cc.TextColumn(t("alerts.col.state")),
            "handled": cc.TextColumn(t("alerts.col.handled"), help=t("alerts.col.handled.help")),
            "assigned": cc.TextColumn(t("alerts.col.assigned")),
        },
    )
    note = (
        t("alerts.table_note.one")
        if len(alerts) == 1
        else t("alerts.table_note", shown=fmt.number(len(alerts)))
    )
    st.caption(note)


def _open_one(alerts: list[Alert], names: dict[str, str]) -> None:
    if not alerts:
        return
    labels = {
        a.alert_id: f"{fmt.level_name(a.level)} · {a.label} ({names.get(a.municipality_code or '', '–')})"
        for a in alerts
    }
    st.selectbox(
        t("alerts.open"),
        list(labels),
        format_func=labels.__getitem__,
        key="al_open",
        index=None,
        placeholder=t("alerts.open.placeholder"),
        on_change=open_item,
        args=("al_open", "alert"),
    )


def _rules() -> None:
    rules = [s for s in data.saved_searches() if s.rule is not None and s.rule.enabled]
    if not rules:
        return
    st.subheader(t("alerts.rules"), help=t("alerts.rules.help"))
    now = datetime.now(UTC)
    rows = []
    for item in rules:
        assert item.rule is not None
        hits = data.rule_hits(item, now)
        rows.append(
            {
                "name": item.name,
                "owner": item.owner,
                "hits": hits,
                "threshold": item.rule.min_hits,
                "window": item.rule.window_hours,
                "fired": t("common.yes") if hits >= item.rule.min_hits else t("common.no"),
            }
        )
    cc = st.column_config
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        column_config={
            "name": cc.TextColumn(t("rules.col.name")),
            "owner": cc.TextColumn(t("rules.col.owner")),
            "hits": cc.NumberColumn(t("rules.col.hits"), help=t("rules.col.hits.help")),
            "threshold": cc.NumberColumn(t("rules.col.threshold"), help=t("rules.col.threshold.help")),
            "window": cc.NumberColumn(t("rules.col.window"), help=t("rules.col.window.help")),
            "fired": cc.TextColumn(t("rules.col.fired")),
        },
    )


_render()
