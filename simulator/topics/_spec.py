"""What a topic is made of: the sentence pools its texts are written from."""

from __future__ import annotations

from dataclasses import dataclass, field

Pool = tuple[str, ...]


@dataclass(frozen=True)
class TopicSpec:
    """The vocabulary of one topic, as template pools (see simulator._template).

    ``headlines``/``lead``/``quotes`` write news articles; ``titles``/``opinions``/``replies``
    write citizens' posts, letters and comments; ``calls`` are calls to action (empty for a
    topic that does not mobilise); ``formal`` writes consultation answers.
    """

    id: str
    title: str
    municipality: str | None
    keywords: Pool
    section: str
    slots: dict[str, Pool]
    headlines: Pool
    lead: Pool
    quotes: Pool
    titles: Pool
    opinions: Pool
    replies: Pool
    calls: Pool = ()
    hashtags: Pool = ()
    formal: Pool = ()
    english: Pool = ()
    links: Pool = ()
    remote_refs: Pool = field(default_factory=tuple)
    case_title: str | None = None

    def merged_slots(self, context: dict[str, Pool]) -> dict[str, Pool]:
        """The topic's slots plus the per-text context (author's town, dates, names)."""
        return {**context, **self.slots}
