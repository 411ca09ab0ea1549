"""Remote participation: where the people taking part in a local debate live."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import streamlit as st

from nlp.detect.remote import OTHER_HOMES
from ui import charts, data, fmt
from ui.aggregate import Participation
from ui.frame import empty, guard, heading, require
from ui.i18n import t

_PERIODS = (7, 30, 90, 365)


def _render() -> None:
    require("remote")
    heading("remote")
    with guard():
        settings = data.settings()
        names = data.municipality_names()
        watched = [m.code for m in settings.municipalities]
        c1, c2, c3 = st.columns([1.2, 1.2, 2])
        scope = c1.segmented_control(
            t("remote.scope"),
            ["municipality", "issue"],
            default="municipality",
            format_func=lambda s: t(f"remote.scope.{s}"),
            key="rp_scope",
        )
        code = c2.selectbox(
            t("alerts.municipality"), watched, format_func=lambda c: names.get(c, c), key="rp_muni"
        )
        issue_id = None
        date_from = None
        if scope == "issue":
            issues = [i for i in data.issues(municipality=code)]
            if not issues:
                empty("remote.no_issues", municipality=names.get(code, code))
                return
            labels = {i.issue_id: i.label for i in issues}
            issue_id = c3.selectbox(
                t("remote.issue"), list(labels), format_func=labels.__getitem__, key="rp_issue"
            )
        else:
            days = c3.segmented_control(
                t("issues.period"),
                _PERIODS,
                default=30,
                key="rp_days",
                format_func=lambda d: t("issues.days", n=d),
            )
            date_from = datetime.now(UTC) - timedelta(days=int(days or 30))
        result = data.participation(code, issue_id, date_from, None)
        baseline = None
        if issue_id is not None:
            baseline = data.participation(
                code, None, datetime.now(UTC) - timedelta(days=90), None
            ).remote_share
        _figures(
            result,
            baseline,
            settings.detection.remote.dominate_share,
            settings.detection.remote.unusual_margin,
        )
        if not result.authors:
            empty("remote.no_authors")
            return
        _map_and_distances(result, code, names)
        _trend_and_table(result, names)
        st.caption(t("remote.privacy"))


def _figures(result: Participation, baseline: float | None, dominate: float, margin: float) -> None:
    cols = st.columns(5)
    cols[0].metric(t("remote.authors"), fmt.number(result.authors), help=t("remote.authors.help"))
    cols[1].metric(
        t("remote.known_authors"), fmt.number(result.authors_known), help=t("remote.known_authors.help")
    )
    cols[2].metric(
        t("remote.remote_authors"), fmt.number(result.authors_remote), help=t("remote.remote_authors.help")
    )
    delta = None
    if baseline is not None and result.remote_share is not None:
        delta = t("remote.vs_usual", diff=fmt.percent(result.remote_share - baseline))
    cols[3].metric(
        t("remote.share"),
        fmt.percent(result.remote_share),
        delta=delta,
        delta_color="inverse",
        help=t("remote.share.help"),
    )
    cols[4].metric(
        t("remote.median_distance"),
        "–" if result.median_distance_km is None else f"{fmt.number(result.median_distance_km)} km",
        help=t("remote.median_distance.help"),
    )
    share = result.remote_share
    if share is None and result.authors:
        st.info(t("remote.too_few", n=result.authors_known), icon=":material/info:")
    if share is not None and share > dominate:
        st.warning(t("remote.dominated"), icon=":material/explore:")
    if share is not None and baseline is not None and share > baseline + margin:
        st.warning(t("remote.unusual"), icon=":material/trending_up:")


def _map_and_distances(result: Participation, code: str, names: dict[str, str]) -> None:
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{t('remote.map')}**", help=t("remote.map.help"))
        if result.homes:
            st.altair_chart(charts.homes_map(data.municipalities(), result.homes, code), width="stretch")
            st.caption(t("remote.map.note"))
            _pooled_note(result.homes)
        else:
            empty("remote.no_homes")
    with right:
        st.markdown(f"**{t('remote.distance')}**", help=t("remote.distance.help"))
        if result.distances_km:
            st.altair_chart(charts.distances(result.distances_km), width="stretch")
        else:
            empty("remote.no_remote")
        if result.regions:
            st.markdown(f"**{t('chart.region')}**")
            st.altair_chart(
                charts.bars(result.regions, t("chart.region"), t("chart.authors")), width="stretch"
            )


def _trend_and_table(result: Participation, names: dict[str, str]) -> None:
    left, right = st.columns([3, 2])
    with left:
        st.markdown(f"**{t('remote.trend')}**", help=t("remote.trend.help"))
        if len(result.weekly) > 1:
            st.altair_chart(charts.share_trend(result.weekly), width="stretch")
        else:
            empty("remote.no_trend")
    with right:
        st.markdown(f"**{t('remote.homes')}**", help=t("remote.homes.help"))
        places = data.municipalities()
        rows = [
            {
                "municipality": t("remote.other") if c == OTHER_HOMES else names.get(c, c),
                "region": places[c].region if c in places else "",
                "authors": n,
            }
            for c, n in result.homes.items()
        ]
        cc = st.column_config
        st.dataframe(
            pd.DataFrame(rows, columns=["municipality", "region", "authors"]),
            hide_index=True,
            width="stretch",
            height=260,
            column_config={
                "municipality": cc.TextColumn(t("chart.municipality")),
                "region": cc.TextColumn(t("chart.region")),
                "authors": cc.NumberColumn(t("chart.authors")),
            },
        )
        if result.signals:
            st.markdown(f"**{t('remote.signals')}**", help=t("remote.signals.help"))
            st.altair_chart(
                charts.bars(
                    {t(f"home.{k}"): v for k, v in result.signals.items()},
                    t("remote.signal"),
                    t("chart.authors"),
                ),
                width="stretch",
            )


def _pooled_note(homes: dict[str, int]) -> None:
    """Say that small home groups are pooled, and how many authors the pool holds."""
    if OTHER_HOMES in homes:
        st.caption(t("remote.pooled", n=data.settings().privacy.min_group_size, m=homes[OTHER_HOMES]))


_render()
