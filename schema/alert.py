"""An alert: an issue episode that mobilises, with the evidence behind it."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, Field

from schema._base import Part, Record
from schema.raw import GeoPoint


class Level(StrEnum):
    """Alert levels, ordered."""

    WATCH = "watch"
    WARNING = "warning"
    ALERT = "alert"

    @property
    def rank(self) -> int:
        """0 for watch, 1 for warning, 2 for alert."""
        return [Level.WATCH, Level.WARNING, Level.ALERT].index(self)


class DailyCount(Part):
    """One point of a growth curve."""

    day: date
    documents: int = Field(ge=0)
    authors: int = Field(ge=0)


class CueExample(Part):
    """A call-to-action family with how often it was found and one example."""

    family: str
    count: int = Field(ge=1)
    example: str


class DocumentRef(Part):
    """A document cited as evidence (author pseudonymised)."""

    id: str
    title: str | None = None
    snippet: str
    url: str
    platform: str
    published_at: AwareDatetime
    author: str | None = Field(default=None, description="Pseudonym, or name of a public actor.")


class RemoteParticipation(Part):
    """Who takes part: local or remote authors."""

    authors_known: int = Field(ge=0)
    authors_unknown: int = Field(ge=0)
    authors_remote: int = Field(ge=0)
    remote_share: float | None = Field(default=None, ge=0, le=1)
    median_distance_km: float | None = None
    distance_km: list[float] = Field(default_factory=list, description="One value per known remote author.")
    regions: dict[str, int] = Field(default_factory=dict)
    home_municipalities: dict[str, int] = Field(default_factory=dict)
    remote_dominated: bool = False
    unusual: bool = Field(default=False, description="Remote share unusual for this municipality.")


class AlertEvidence(Part):
    """Why the alert was raised."""

    signals: dict[str, float] = Field(description="Each mobilisation signal's normalised value, 0..1.")
    growth: list[DailyCount] = Field(default_factory=list)
    cues: list[CueExample] = Field(default_factory=list)
    top_documents: list[DocumentRef] = Field(default_factory=list)
    platforms: dict[str, int] = Field(default_factory=dict)
    sources: dict[str, int] = Field(default_factory=dict)
    remote: RemoteParticipation


class Alert(Record):
    """One alert per issue episode, updated as it grows, closed when it dies down."""

    schema_version: Literal[1] = 1
    alert_id: str = Field(description="Deterministic: issue id + episode start.")
    issue_id: str
    label: str
    municipality_code: str | None
    place: str | None = None
    place_point: GeoPoint | None = None
    level: Level
    peak_level: Level
    score: float = Field(ge=0, le=1)
    state: Literal["open", "closed"] = "open"
    first_seen: AwareDatetime
    updated_at: AwareDatetime
    closed_at: AwareDatetime | None = None
    document_ids: list[str] = Field(default_factory=list)
    evidence: AlertEvidence
    # workflow in the UI
    acknowledged_by: str | None = None
    assigned_to: str | None = None
    comments: list[str] = Field(default_factory=list)

    @property
    def remote_share(self) -> float | None:
        """Share of remote authors among those with a known home."""
        return self.evidence.remote.remote_share
