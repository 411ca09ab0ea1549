"""What a weekly briefing shows: plain records gathered from the store, then rendered."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from flows.briefing.week import IsoWeek
from schema import Level


@dataclass(frozen=True)
class Figure:
    """A headline number of the week with the previous week's value."""

    key: str
    value: float | None
    previous: float | None
    share: bool = False

    @property
    def change(self) -> float | None:
        """Difference from the previous week."""
        return None if self.previous is None or self.value is None else self.value - self.previous


@dataclass(frozen=True)
class IssueRow:
    """One of the week's most discussed local issues."""

    issue_id: str
    label: str
    municipality: str
    documents: int
    documents_previous: int
    authors: int
    authors_known: int
    authors_remote: int
    weekly: list[int] = field(default_factory=list)
    homes: dict[str, int] = field(default_factory=dict)
    municipality_code: str | None = None

    @property
    def remote_share(self) -> float | None:
        """Remote authors among those with a known home, this week."""
        return self.authors_remote / self.authors_known if self.authors_known else None


@dataclass(frozen=True)
class DocumentLink:
    """A document cited as evidence."""

    title: str
    url: str
    platform: str


@dataclass(frozen=True)
class MobilisationRow:
    """An alert active in the week."""

    alert_id: str
    label: str
    municipality: str
    level: Level
    peak_level: Level
    new: bool
    closed: bool
    score: float
    first_seen: datetime
    documents: int
    remote_share: float | None
    authors_known: int
    cues: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    evidence: list[DocumentLink] = field(default_factory=list)


@dataclass(frozen=True)
class ActorRow:
    """A public actor (on the allow-list) who wrote or was named in the debate."""

    name: str
    actor_type: str
    documents: int
    documents_previous: int
    new: bool


@dataclass(frozen=True)
class WatchRow:
    """Something to watch next week, with the reason."""

    label: str
    reason: str


@dataclass
class BriefingData:
    """Everything a briefing shows, in the language it is written in."""

    week: IsoWeek
    language: str
    generated_at: datetime
    municipalities: list[str]
    figures: list[Figure]
    weeks: list[IsoWeek]
    issues: list[IssueRow]
    mobilisations: list[MobilisationRow]
    actors: list[ActorRow]
    watch: list[WatchRow]
    emerging_terms: list[str]
    centroids: dict[str, tuple[float, float, str]] = field(default_factory=dict)

    def figure(self, key: str) -> Figure:
        """A headline figure by key."""
        return next(f for f in self.figures if f.key == key)
