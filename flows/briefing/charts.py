"""The briefing's charts, drawn offline with Altair and vl-convert (SVG, no tile servers)."""

from __future__ import annotations

import base64
from typing import Any

import altair as alt
import vl_convert as vlc

from flows._i18n import Language, tr
from flows.briefing._texts import TEXTS
from flows.briefing.model import IssueRow
from flows.briefing.week import IsoWeek

_FONT = "DejaVu Sans"
_PALETTE = ["#1f4e79", "#c0504d", "#4f8f3a", "#c98a00", "#6b4c9a"]


def trend_chart(rows: list[IssueRow], weeks: list[IsoWeek], lang: Language) -> str:
    """Posts per week for the top issues, as an SVG data URI ('' without issues)."""
    if not rows:
        return ""
    labels = [tr(TEXTS, "week_short", lang, week=w.week) for w in weeks]
    values = [
        {"week": labels[i], "order": i, "issue": _short(row.label), "posts": count}
        for row in rows
        for i, count in enumerate(row.weekly)
    ]
    chart = (
        alt.Chart(_data(values))
        .mark_line(point=True, strokeWidth=2)
        .encode(
            x=alt.X("week:O", title=None, sort=labels),
            y=alt.Y("posts:Q", title=tr(TEXTS, "col.documents", lang)),
            color=alt.Color(
                "issue:N",
                title=None,
                scale=alt.Scale(range=_PALETTE),
                legend=alt.Legend(orient="bottom", columns=2, labelLimit=320),
            ),
        )
        .properties(width=470, height=170)
    )
    return _svg_uri(chart)


def participants_map(
    rows: list[IssueRow], centroids: dict[str, tuple[float, float, str]], lang: Language
) -> str:
    """Where each top issue's participants live: one small map of Denmark per issue (SVG data URI)."""
    shown = [r for r in rows if r.homes][:3]
    if not shown or not centroids:
        return ""
    backdrop = [{"lat": lat, "lon": lon} for lat, lon, _ in centroids.values()]
    panels = []
    for row in shown:
        homes = [
            {
                "lat": centroids[code][0],
                "lon": centroids[code][1],
                "name": centroids[code][2],
                "n": n,
                "where": "lokal" if code == row.municipality_code else "udefra",
            }
            for code, n in row.homes.items()
            if code in centroids
        ]
        home = centroids.get(row.municipality_code or "")
        layers: list[Any] = [
            alt.Chart(_data(backdrop))
            .mark_circle(size=10, color="#c8c8c8")
            .encode(longitude="lon:Q", latitude="lat:Q"),
            alt.Chart(_data(homes))
            .mark_circle(opacity=0.8)
            .encode(
                longitude="lon:Q",
                latitude="lat:Q",
                size=alt.Size("n:Q", legend=None, scale=alt.Scale(range=[30, 600])),
                color=alt.Color(
                    "where:N",
                    legend=None,
                    scale=alt.Scale(domain=["lokal", "udefra"], range=["#1f4e79", "#d9822b"]),
                ),
            ),
        ]
        if home is not None:
            star = [{"lat": home[0], "lon": home[1]}]
            layers.append(
                alt.Chart(_data(star))
                .mark_point(shape="diamond", size=120, color="#b3261e", filled=True)
                .encode(longitude="lon:Q", latitude="lat:Q")
            )
        panels.append(
            alt.layer(*layers)
            .project(type="mercator")
            .properties(width=170, height=170, title=alt.TitleParams(_short(row.label, 34), fontSize=11))
        )
    return _svg_uri(alt.hconcat(*panels, spacing=8))


def _data(values: list[dict[str, Any]]) -> Any:
    return alt.Data(values=values)  # type: ignore[no-untyped-call]


def _svg_uri(chart: Any) -> str:
    spec = chart.configure(font=_FONT).configure_view(stroke=None).to_dict()
    svg = vlc.vegalite_to_svg(spec)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
