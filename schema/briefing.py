"""The weekly briefing for leadership."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from schema._base import Record


class Briefing(Record):
    """A generated weekly briefing (HTML and PDF from one template)."""

    schema_version: Literal[1] = 1
    briefing_id: str = Field(description="ISO week and language, e.g. '2026-W47-da'.")
    week: str = Field(pattern=r"^\d{4}-W\d{2}$")
    language: Literal["da", "en"] = "da"
    generated_at: AwareDatetime
    title: str
    summary: str = Field(description="A few sentences for the one-screen view.")
    html: str
    pdf_path: str | None = Field(default=None, description="Path of the PDF under the data directory.")
    figures: dict[str, float] = Field(default_factory=dict, description="Headline numbers of the week.")
    issue_ids: list[str] = Field(default_factory=list)
    alert_ids: list[str] = Field(default_factory=list)
