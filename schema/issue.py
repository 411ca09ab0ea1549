"""A tracked local issue: a topic refined by places and objects, stable across runs."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import AwareDatetime, Field

from schema._base import Part, Record
from schema.raw import GeoPoint


class IssueWindow(Part):
    """Statistics of one issue in one time window (a day by default)."""

    start: date
    documents: int = Field(ge=0)
    authors: int = Field(ge=0, description="Distinct pseudonymous authors.")
    new_authors: int = Field(ge=0, description="Authors never seen on this issue before.")
    cue_documents: int = Field(default=0, ge=0, description="Documents with a call to action.")
    platforms: dict[str, int] = Field(default_factory=dict)


class LineageEvent(Part):
    """How an issue came from or went into others."""

    kind: Literal["created", "merged_into", "absorbed", "split_from", "split_into"]
    at: AwareDatetime
    other_issue_ids: list[str] = Field(default_factory=list)


class Issue(Record):
    """One narrow local matter, with a Danish label (top keywords + place)."""

    schema_version: Literal[1] = 1
    issue_id: str
    label: str
    keywords: list[str] = Field(default_factory=list)
    municipality_code: str | None = None
    place: str | None = Field(default=None, description="Main place or object the issue is about.")
    place_point: GeoPoint | None = None
    document_ids: list[str] = Field(default_factory=list)
    first_seen: AwareDatetime
    last_seen: AwareDatetime
    windows: list[IssueWindow] = Field(default_factory=list)
    authors_known: int = Field(default=0, ge=0, description="Authors whose home municipality is known.")
    authors_remote: int = Field(default=0, ge=0, description="Known-home authors living elsewhere.")
    remote_share: float | None = Field(default=None, ge=0, le=1)
    status: Literal["active", "dormant", "merged"] = "active"
    lineage: list[LineageEvent] = Field(default_factory=list)
    updated_at: AwareDatetime
