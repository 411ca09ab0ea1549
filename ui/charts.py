"""Altair charts of the app. Each takes plain data and translated labels and returns a chart.

Maps draw municipality centroids on a Mercator projection: no tile server, works offline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from itertools import pairwise

import altair as alt
import pandas as pd

from index.search_models import HistogramBucket
from schema import DailyCount
from ui import fmt
from ui.aggregate import MunicipalityInfo, WeekShare
from ui.fmt import LEVEL_COLOURS
from ui.i18n import t

LOCAL = "#1f5f8b"
REMOTE = "#d9661f"
MUTED = "#c8ced6"
_DISTANCE_BINS = (0, 10, 25, 50, 100, 200, 300, 10_000)


def growth(points: Sequence[DailyCount], height: int = 220) -> alt.Chart:
    """Documents and distinct authors per day."""
    rows = [
        {"day": p.day.isoformat(), "series": t(series_key), "value": getattr(p, field)}
        for p in points
        for series_key, field in (("chart.documents", "documents"), ("chart.authors", "authors"))
    ]
    chart: alt.Chart = (
        alt.Chart(pd.DataFrame(rows, columns=["day", "series", "value"]))
        .mark_line(point=True)
        .encode(
            x=alt.X("day:T", title=t("chart.day"), axis=alt.Axis(format="%d/%m")),
            y=alt.Y("value:Q", title=t("chart.count")),
            color=alt.Color("series:N", title=None, scale=alt.Scale(range=[LOCAL, REMOTE])),
            tooltip=[alt.Tooltip("day:T", title=t("chart.day"), format="%d/%m/%Y"), "series:N", "value:Q"],
        )
        .properties(height=height)
    )
    return chart


def bars(
    counts: Mapping[str, float], label: str, value: str, colour: str = LOCAL, top: int = 15
) -> alt.Chart:
    """Horizontal bars of counts (or 0..1 values), largest first."""
    items = sorted(counts.items(), key=lambda kv: -kv[1])[:top]
    frame = pd.DataFrame(items, columns=["key", "value"])
    chart: alt.Chart = (
        alt.Chart(frame)
        .mark_bar(color=colour)
        .encode(
            y=alt.Y("key:N", title=None, sort="-x", axis=alt.Axis(labelLimit=220)),
            x=alt.X("value:Q", title=value, axis=alt.Axis(tickCount=5)),
            tooltip=[alt.Tooltip("key:N", title=label), alt.Tooltip("value:Q", title=value)],
        )
        .properties(height=60 + 26 * len(items))
    )
    return chart


def histogram(buckets: Sequence[HistogramBucket], interval: str) -> alt.Chart:
    """Documents per day, week or month of a search (one bar per period, labelled in the user's language)."""
    frame = pd.DataFrame(
        [
            {"start": b.start.isoformat(), "period": period_label(b.start, interval), "count": b.count}
            for b in buckets
        ],
        columns=["start", "period", "count"],
    )
    chart: alt.Chart = (
        alt.Chart(frame)
        .mark_bar(color=LOCAL)
        .encode(
            x=alt.X(
                "period:O",
                title=t(f"search.interval.{interval}"),
                sort=alt.EncodingSortField("start"),
                axis=alt.Axis(labelAngle=0, labelOverlap=True),
            ),
            y=alt.Y("count:Q", title=t("chart.documents")),
            tooltip=[
                alt.Tooltip("period:O", title=t(f"search.interval.{interval}")),
                alt.Tooltip("count:Q", title=t("chart.documents")),
            ],
        )
        .properties(height=170)
    )
    return chart


def period_label(start: date, interval: str) -> str:
    """'uge 47' / 'week 47', '16/11', or 'nov. 2026' for a histogram bucket."""
    if interval == "week":
        return t("chart.week_n", n=start.isocalendar()[1])
    if interval == "month":
        return fmt.day(start).split(" ", 1)[1]
    return start.strftime("%d/%m")


def issues_over_time(rows: Sequence[Mapping[str, object]], height: int | None = None) -> alt.Chart:
    """Daily documents of several issues, one line each."""
    frame = pd.DataFrame(list(rows), columns=["issue_id", "label", "day", "documents", "authors"])
    frame["day"] = frame["day"].astype(str)
    if height is None:  # room for the plot plus a two-column legend underneath
        height = 280 + 26 * ((frame["issue_id"].nunique() + 1) // 2)
    chart: alt.Chart = (
        alt.Chart(frame)
        .mark_line(point=alt.OverlayMarkDef(size=20), interpolate="monotone")
        .encode(
            x=alt.X("day:T", title=t("chart.day"), axis=alt.Axis(format="%d/%m")),
            y=alt.Y("documents:Q", title=t("chart.documents")),
            color=alt.Color(
                "label:N",
                title=t("chart.issue"),
                legend=alt.Legend(orient="bottom", columns=2, labelLimit=320),
            ),
            tooltip=[
                alt.Tooltip("label:N", title=t("chart.issue")),
                alt.Tooltip("day:T", title=t("chart.day"), format="%d/%m/%Y"),
                alt.Tooltip("documents:Q", title=t("chart.documents")),
                alt.Tooltip("authors:Q", title=t("chart.authors")),
            ],
        )
        .properties(height=height)
    )
    return chart


def homes_map(
    places: Mapping[str, MunicipalityInfo], homes: Mapping[str, int], home_code: str, height: int = 420
) -> alt.LayerChart:
    """Where authors live: a circle per municipality sized by authors; the debated one outlined.

    All 98 municipality centroids are drawn faintly, which sketches Denmark without map tiles.
    """
    base = pd.DataFrame(
        [{"name": p.name, "lat": p.lat, "lon": p.lon} for p in places.values()],
        columns=["name", "lat", "lon"],
    )
    rows = []
    for code, count in homes.items():
        place = places.get(code)
        if place is not None:
            where = t("remote.local") if code == home_code else t("remote.remote")
            rows.append(
                {
                    "name": place.name,
                    "region": place.region,
                    "lat": place.lat,
                    "lon": place.lon,
                    "authors": count,
                    "where": where,
                }
            )
    points = pd.DataFrame(rows, columns=["name", "region", "lat", "lon", "authors", "where"])
    background = (
        alt.Chart(base)
        .mark_circle(size=30, color=MUTED, opacity=0.8)
        .encode(
            longitude="lon:Q",
            latitude="lat:Q",
            tooltip=[alt.Tooltip("name:N", title=t("chart.municipality"))],
        )
        .project(type="mercator")
    )
    circles = (
        alt.Chart(points)
        .mark_circle(opacity=0.75, stroke="white", strokeWidth=0.8)
        .encode(
            longitude="lon:Q",
            latitude="lat:Q",
            size=alt.Size("authors:Q", title=t("chart.authors"), scale=alt.Scale(range=[60, 1600])),
            color=alt.Color(
                "where:N",
                title=None,
                scale=alt.Scale(domain=[t("remote.local"), t("remote.remote")], range=[LOCAL, REMOTE]),
            ),
            tooltip=[
                alt.Tooltip("name:N", title=t("chart.municipality")),
                alt.Tooltip("region:N", title=t("chart.region")),
                alt.Tooltip("authors:Q", title=t("chart.authors")),
            ],
        )
        .project(type="mercator")
    )
    layers = [background, circles]
    home = places.get(home_code)
    if home is not None:
        marker = pd.DataFrame([{"name": home.name, "lat": home.lat, "lon": home.lon}])
        layers.append(
            alt.Chart(marker)
            .mark_point(shape="diamond", size=260, filled=False, color="black", strokeWidth=2)
            .encode(
                longitude="lon:Q",
                latitude="lat:Q",
                tooltip=[alt.Tooltip("name:N", title=t("remote.debated_in"))],
            )
            .project(type="mercator")
        )
    layered = alt.LayerChart(layer=layers, height=height)
    return layered


def distances(values_km: Sequence[float]) -> alt.Chart:
    """How far remote authors live from the debated municipality, in distance bands."""
    labels = [f"{lo}–{hi} km" if hi < 10_000 else f"> {lo} km" for lo, hi in pairwise(_DISTANCE_BINS)]
    counts = dict.fromkeys(labels, 0)
    for value in values_km:
        for (lo, hi), label in zip(pairwise(_DISTANCE_BINS), labels, strict=True):
            if lo <= value < hi:
                counts[label] += 1
                break
    frame = pd.DataFrame(list(counts.items()), columns=["band", "authors"])
    chart: alt.Chart = (
        alt.Chart(frame)
        .mark_bar(color=REMOTE)
        .encode(
            x=alt.X("band:N", title=t("remote.distance"), sort=labels, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("authors:Q", title=t("chart.authors")),
            tooltip=[
                alt.Tooltip("band:N", title=t("remote.distance")),
                alt.Tooltip("authors:Q", title=t("chart.authors")),
            ],
        )
        .properties(height=220)
    )
    return chart


def share_trend(weeks: Sequence[WeekShare]) -> alt.LayerChart:
    """Known authors per week (bars) and the remote share among them (line)."""
    frame = pd.DataFrame(
        [{"week": w.start.isoformat(), "known": w.known, "share": w.share} for w in weeks],
        columns=["week", "known", "share"],
    )
    base = alt.Chart(frame).encode(x=alt.X("week:T", title=t("chart.week"), axis=alt.Axis(format="%d/%m")))
    known = base.mark_bar(color=MUTED, opacity=0.8).encode(
        y=alt.Y("known:Q", title=t("remote.known_authors")),
        tooltip=[
            alt.Tooltip("week:T", title=t("chart.week"), format="%d/%m/%Y"),
            alt.Tooltip("known:Q", title=t("remote.known_authors")),
        ],
    )
    share = base.mark_line(color=REMOTE, point=True).encode(
        y=alt.Y(
            "share:Q", title=t("remote.share"), axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])
        ),
        tooltip=[
            alt.Tooltip("week:T", title=t("chart.week"), format="%d/%m/%Y"),
            alt.Tooltip("share:Q", title=t("remote.share"), format=".0%"),
        ],
    )
    layered: alt.LayerChart = alt.layer(known, share).resolve_scale(y="independent").properties(height=240)
    return layered


def health_history(rows: Sequence[Mapping[str, object]]) -> alt.Chart:
    """Items fetched per crawl run and source, errors marked in the level colour."""
    frame = pd.DataFrame(list(rows), columns=["source", "finished", "items", "errors", "status"])
    chart: alt.Chart = (
        alt.Chart(frame)
        .mark_circle(size=70)
        .encode(
            x=alt.X("finished:T", title=t("sources.finished")),
            y=alt.Y("items:Q", title=t("sources.items")),
            color=alt.Color("source:N", title=t("sources.source")),
            shape=alt.Shape("status:N", title=t("sources.status")),
            tooltip=[
                "source:N",
                alt.Tooltip("finished:T", format="%d/%m %H:%M"),
                "items:Q",
                "errors:Q",
                "status:N",
            ],
        )
        .properties(height=260)
    )
    return chart


def level_colour(level: str) -> str:
    """The colour of a level (for badges)."""
    return LEVEL_COLOURS.get(level, MUTED)
