"""The weekly briefing: gathered from the index, rendered to HTML and PDF from one template."""

from flows.briefing.build import briefing_pdf_path, build_briefing, send_briefing
from flows.briefing.collect import collect
from flows.briefing.model import BriefingData
from flows.briefing.render import render_html, render_pdf
from flows.briefing.week import IsoWeek

__all__ = [
    "BriefingData",
    "IsoWeek",
    "briefing_pdf_path",
    "build_briefing",
    "collect",
    "render_html",
    "render_pdf",
    "send_briefing",
]
