"""Render a briefing to HTML and PDF from ONE Jinja2 template (WeasyPrint, DejaVu fonts)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape

from flows._i18n import Language, level_name, number, percent, tr
from flows.briefing._texts import TEXTS
from flows.briefing.charts import participants_map, trend_chart
from flows.briefing.model import BriefingData, Figure
from schema import Level


@dataclass(frozen=True)
class _FigureView:
    key: str
    label: str
    text: str
    previous_text: str
    arrow: str
    direction: str


@cache
def _env() -> Environment:
    folder = Path(__file__).parent / "templates"
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html", "j2"]))


def briefing_title(data: BriefingData) -> str:
    """'Ugebriefing uge 47, 2026'."""
    return tr(TEXTS, "title", _lang(data), week=data.week.week, year=data.week.year)


def briefing_summary(data: BriefingData) -> str:
    """A few sentences for the one-screen view and the e-mail."""
    lang = _lang(data)
    docs = data.figure("documents")
    parts = [
        tr(
            TEXTS,
            "summary.lead",
            lang,
            documents=number(docs.value or 0, lang),
            change=_change_text(docs.value or 0, docs.previous, lang),
            issues=number(data.figure("active_issues").value or 0, lang),
        ),
        tr(
            TEXTS,
            "summary.mobilisations",
            lang,
            count=number(data.figure("alerts_open").value or 0, lang),
            new=number(data.figure("alerts_new").value or 0, lang),
        ),
    ]
    if data.issues:
        top = data.issues[0]
        parts.append(tr(TEXTS, "summary.top", lang, label=top.label, documents=number(top.documents, lang)))
    remote = data.figure("remote_share").value
    if remote is not None:
        parts.append(tr(TEXTS, "summary.remote", lang, share=percent(remote, lang)))
    return " ".join(parts)


def render_html(data: BriefingData, tz: str) -> str:
    """The briefing as a self-contained HTML page (charts embedded as SVG)."""
    lang = _lang(data)
    zone = ZoneInfo(tz)
    context: dict[str, Any] = {
        "lang": lang,
        "title": briefing_title(data),
        "subtitle": tr(
            TEXTS,
            "subtitle",
            lang,
            places=" og ".join(data.municipalities) if lang == "da" else " and ".join(data.municipalities),
            start=data.week.monday.strftime("%d.%m.%Y"),
            end=data.week.sunday.strftime("%d.%m.%Y"),
        ),
        "generated": tr(
            TEXTS, "generated", lang, at=data.generated_at.astimezone(zone).strftime("%d.%m.%Y %H:%M")
        ),
        "summary": briefing_summary(data),
        "figures": [_figure_view(f, lang) for f in data.figures],
        "issues": data.issues,
        "trend": trend_chart(data.issues, data.weeks, lang),
        "mobilisations": data.mobilisations,
        "remote_rows": [
            tr(
                TEXTS,
                "remote.row",
                lang,
                label=r.label,
                share=percent(r.remote_share, lang),
                known=r.authors_known,
                municipality=r.municipality,
            )
            for r in data.issues
            if r.authors_known
        ],
        "map": participants_map(data.issues, data.centroids, lang),
        "actors": data.actors,
        "watch": data.watch,
        "terms": tr(TEXTS, "watch.terms", lang, terms=", ".join(data.emerging_terms))
        if data.emerging_terms
        else "",
        "t": lambda key, **kw: tr(TEXTS, key, lang, **kw),
        "num": lambda v, d=0: number(v, lang, d),
        "pct": lambda v: percent(v, lang),
        "change": lambda now, before: _change_text(now, before, lang),
        "level": lambda lv: level_name(Level(lv), lang),
        "when": lambda moment: moment.astimezone(zone).strftime("%d.%m. %H:%M"),
    }
    return _env().get_template("briefing.html.j2").render(**context)


def render_pdf(html: str) -> bytes:
    """The PDF of the briefing's HTML (A4, page numbers)."""
    from weasyprint import HTML  # imported lazily: Pango loads at import

    return bytes(HTML(string=html, base_url=str(Path(__file__).parent)).write_pdf())


def _figure_view(fig: Figure, lang: Language) -> _FigureView:

    def fmt(value: float) -> str:
        return percent(value, lang) if fig.share else number(value, lang)

    text = fmt(fig.value) if fig.value is not None else "–"
    previous = fmt(fig.previous) if fig.previous is not None else "–"
    change = fig.change
    arrow, direction = ("", "flat") if not change else (("▲", "up") if change > 0 else ("▼", "down"))
    return _FigureView(
        key=fig.key,
        label=tr(TEXTS, f"figure.{fig.key}", lang),
        text=text,
        previous_text=tr(TEXTS, "previous", lang, value=previous),
        arrow=arrow,
        direction=direction,
    )


def _change_text(now: float, before: float | None, lang: Language) -> str:
    if before is None:
        return "–"
    diff = now - before
    sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
    text = f"{sign}{number(abs(diff), lang)}"
    if before:
        text += f" ({sign}{percent(abs(diff) / before, lang)})"
    return text


def _lang(data: BriefingData) -> Language:
    return "en" if data.language == "en" else "da"
