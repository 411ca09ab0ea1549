"""Sources: how each configured source fared in its latest crawl, and the crawl history."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from schema import SourceHealth
from ui import charts, data, fmt
from ui.frame import empty, guard, heading, require
from ui.i18n import t

_STATUS_BADGE = {"ok": "green", "degraded": "orange", "failed": "red", "never": "gray"}
_STATUS_CSS = {"ok": "#2e7d32", "degraded": "#d9661f", "failed": "#b3261e", "never": "#8a939c"}


def _render() -> None:
    require("sources")
    heading("sources")
    with guard():
        configured = {s.id: s for s in data.settings().sources}
        latest = {h.source_id: h for h in data.source_health(latest_only=True)}
        ids = list(configured) + [i for i in latest if i not in configured]
        if not ids:
            empty("sources.empty")
            return
        _summary(ids, latest)
        _table(ids, configured, latest)
    with guard():
        _history(ids)


def _status(health: SourceHealth | None) -> str:
    return "never" if health is None else health.status


def _summary(ids: list[str], latest: dict[str, SourceHealth]) -> None:
    counts = dict.fromkeys(_STATUS_BADGE, 0)
    for source_id in ids:
        counts[_status(latest.get(source_id))] += 1
    cols = st.columns(4)
    for col, status in zip(cols, _STATUS_BADGE, strict=True):
        col.metric(
            f":{_STATUS_BADGE[status]}-badge[{t(f'sources.status.{status}')}]",
            fmt.number(counts[status]),
            help=t(f"sources.status.{status}.help"),
        )


def _table(ids: list[str], configured: Mapping[str, object], latest: dict[str, SourceHealth]) -> None:
    rows = []
    for source_id in ids:
        h = latest.get(source_id)
        kind = getattr(configured.get(source_id), "kind", None) or (h.kind.value if h else "")
        status = _status(h)
        rows.append(
            {
                "source": source_id,
                "kind": t(f"kind.{kind}") if kind else "",
                "status": t(f"sources.status.{status}"),
                "last_success": fmt.local(h.last_success).replace(tzinfo=None)
                if h and h.last_success
                else None,
                "finished": fmt.local(h.finished_at).replace(tzinfo=None) if h else None,
                "items": h.items_fetched if h else None,
                "new": h.items_new if h else None,
                "updated": h.items_updated if h else None,
                "duplicates": h.duplicates if h else None,
                "errors": sum(h.errors.values()) if h else None,
                "last_error": (h.last_error or "") if h else "",
                "configured": t("common.yes") if source_id in configured else t("sources.not_configured"),
            }
        )
    cc = st.column_config
    st.dataframe(
        pd.DataFrame(rows).style.map(_status_style, subset=["status"]),
        hide_index=True,
        width="stretch",
        column_config={
            "source": cc.TextColumn(t("sources.source"), help=t("sources.source.help")),
            "kind": cc.TextColumn(t("sources.kind")),
            "status": cc.TextColumn(t("sources.status"), help=t("sources.status.help")),
            "last_success": cc.DatetimeColumn(
                t("sources.last_success"), help=t("sources.last_success.help"), format="D/M/YYYY HH:mm"
            ),
            "finished": cc.DatetimeColumn(t("sources.finished"), format="D/M/YYYY HH:mm"),
            "items": cc.NumberColumn(t("sources.items"), help=t("sources.items.help")),
            "new": cc.NumberColumn(t("sources.new"), help=t("sources.new.help")),
            "updated": cc.NumberColumn(t("sources.updated"), help=t("sources.updated.help")),
            "duplicates": cc.NumberColumn(t("sources.duplicates"), help=t("sources.duplicates.help")),
            "errors": cc.NumberColumn(t("sources.errors"), help=t("sources.errors.help")),
            "last_error": cc.TextColumn(t("sources.last_error"), width="large"),
            "configured": cc.TextColumn(t("sources.configured"), help=t("sources.configured.help")),
        },
    )


def _status_style(name: str) -> str:
    for status, colour in _STATUS_CSS.items():
        if name == t(f"sources.status.{status}"):
            return f"color: {colour}; font-weight: 600"
    return ""


def _history(ids: list[str]) -> None:
    st.subheader(t("sources.history"), help=t("sources.history.help"))
    chosen = st.selectbox(
        t("sources.pick"),
        [None, *ids],
        key="src_pick",
        format_func=lambda s: t("common.all") if s is None else s,
    )
    runs = data.source_health(source_id=chosen, latest_only=False)[:500]
    if not runs:
        empty("sources.no_history")
        return
    st.altair_chart(
        charts.health_history(
            [
                {
                    "source": h.source_id,
                    "finished": h.finished_at.isoformat(),
                    "items": h.items_fetched,
                    "errors": sum(h.errors.values()),
                    "status": t(f"sources.status.{h.status}"),
                }
                for h in runs
            ]
        ),
        width="stretch",
    )
    frame = pd.DataFrame(
        [
            {
                t("sources.source"): h.source_id,
                t("sources.finished"): fmt.moment(h.finished_at),
                t("sources.duration"): f"{fmt.number((h.finished_at - h.started_at).total_seconds(), 1)} s",
                t("sources.status"): t(f"sources.status.{h.status}"),
                t("sources.items"): h.items_fetched,
                t("sources.new"): h.items_new,
                t("sources.errors"): ", ".join(f"{k}: {v}" for k, v in h.errors.items()) or "–",
            }
            for h in runs[:100]
        ]
    )
    st.dataframe(frame, hide_index=True, width="stretch")


_render()
