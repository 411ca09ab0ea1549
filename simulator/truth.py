"""The ground truth of a scenario: planted episodes, decoys, and a label for every item.

Labels are keyed by the item's public permalink. URLs of the simulated site depend on the
server's origin; ``Truth.label_for`` accepts any origin and ``Truth.rebased`` re-keys them.
"""

from __future__ import annotations

from datetime import date
from typing import Literal
from urllib.parse import urlsplit

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from schema import Level, Platform

EpisodeKind = Literal[
    "mobilisation",
    "remote_mobilisation",
    "slow_burn",
    "coordinated",
    "decoy_national",
    "decoy_event",
    "decoy_heated",
    "decoy_seasonal",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EpisodeTruth(_Frozen):
    """A planted episode or a decoy, with what the detectors should make of it."""

    id: str = Field(description="Topic id of the episode, e.g. 'ep-aarhus-traeer' or 'decoy-valg'.")
    kind: EpisodeKind
    municipality_code: str | None = Field(description="DAGI code; None for a national story.")
    title: str
    keywords: list[str]
    start: AwareDatetime = Field(description="Start of the first day of the episode (the burst, for bursts).")
    peak: AwareDatetime = Field(description="Noon of the busiest day.")
    end: AwareDatetime = Field(description="End of the last day of the episode.")
    expected_level: Level | None = Field(
        description="Level the episode should reach at its peak; None for decoys."
    )
    expected_remote_share: float | None = Field(
        description="Remote authors / authors whose home the served data reveals (None under 5 such authors)."
    )
    remote_share_all: float | None = Field(description="Remote authors / all citizen authors (truth only).")
    decoy: bool
    documents: int = Field(description="Items labelled with this episode up to its end.")
    authors: int = Field(description="Distinct citizen authors of those items.")
    authors_known: int = Field(description="Of those, authors whose home the served data reveals.")


class TopicTruth(_Frozen):
    """Any topic of the scenario, background or episode."""

    id: str
    title: str
    kind: Literal["background"] | EpisodeKind
    municipality_code: str | None
    keywords: list[str]


class ItemLabel(_Frozen):
    """What one item is: its topic, its episode, and who really wrote it from where."""

    url: str
    kind: Literal["article", "letter", "answer", "reddit_post", "reddit_comment", "toot", "bluesky_post"]
    platform: Platform
    topic_id: str
    episode_id: str | None = Field(description="Topic id when the topic is an episode or decoy, else None.")
    municipality_code: str | None = Field(description="Municipality the item's topic is about.")
    published_at: AwareDatetime
    author: str = Field(description="Simulated person key (not a pseudonym).")
    author_home: str = Field(description="DAGI code of the author's real home.")
    home_signal: bool = Field(
        description="The served data reveals the author's home (signature, postcode, ...)."
    )


class AuthorTruth(_Frozen):
    """Where a simulated person really lives."""

    key: str
    home_code: str
    home_town: str
    actor_type: str
    role: str | None = None


class Truth(_Frozen):
    """Ground truth of one generated scenario."""

    seed: int
    start: date
    end: date
    origin: str = Field(description="Origin the labels' own-site URLs are written with.")
    episodes: list[EpisodeTruth]
    topics: dict[str, TopicTruth]
    labels: dict[str, ItemLabel]
    authors: dict[str, AuthorTruth]

    def planted(self) -> list[EpisodeTruth]:
        """Episodes that should raise an alert (not decoys)."""
        return [e for e in self.episodes if not e.decoy]

    def decoys(self) -> list[EpisodeTruth]:
        """Episodes that must not raise an alert."""
        return [e for e in self.episodes if e.decoy]

    def episode(self, episode_id: str) -> EpisodeTruth:
        """One episode by id (KeyError if unknown)."""
        for e in self.episodes:
            if e.id == episode_id:
                return e
        raise KeyError(episode_id)

    def label_for(self, url: str) -> ItemLabel | None:
        """The label of an item by permalink, whatever origin the simulated site was served on."""
        found = self.labels.get(url)
        if found is not None:
            return found
        parts = urlsplit(url)
        local = (
            parts.path
            + (f"?{parts.query}" if parts.query else "")
            + (f"#{parts.fragment}" if parts.fragment else "")
        )
        return self.labels.get(self.origin + local)

    def rebased(self, origin: str) -> Truth:
        """The same truth with own-site URLs under another origin (e.g. a server on port 0)."""
        origin = origin.rstrip("/")
        if origin == self.origin:
            return self
        moved = {}
        for url, label in self.labels.items():
            new = origin + url[len(self.origin) :] if url.startswith(self.origin + "/") else url
            moved[new] = label.model_copy(update={"url": new})
        return self.model_copy(update={"origin": origin, "labels": moved})
