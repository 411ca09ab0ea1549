"""What nlp/ makes of a raw item: the enriched document that is indexed and analysed."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from schema._base import Part, Record
from schema.raw import AuthorRef, GeoPoint, Platform, SourceKind

PlaceKind = Literal["municipality", "town", "locality", "postcode", "region", "landmark"]
HomeSignal = Literal[
    "profile_location", "signature", "postcode", "self_reference", "geotag", "community", "source_home"
]
CueFamily = Literal[
    "petition",
    "sign",
    "share",
    "show_up",
    "demonstration",
    "public_meeting",
    "consultation",
    "protest",
    "save_stop",
    "contact",
    "hashtag",
    "petition_link",
    "event_link",
]


class Entity(Part):
    """A named entity span."""

    text: str
    label: str = Field(description="LOC, ORG, PER, MISC, or a gazetteer label such as KOMMUNE.")
    start: int = Field(ge=0, description="Character offset in the text.")
    end: int = Field(ge=0)


class PlaceMention(Part):
    """A place the text mentions, resolved to a municipality."""

    text: str
    name: str = Field(description="Canonical place name from the gazetteer.")
    kind: PlaceKind
    municipality_code: str | None = Field(default=None, description="Four-digit DAGI code, e.g. '0751'.")
    point: GeoPoint | None = None
    weight: float = Field(default=1.0, ge=0, description="Position and specificity weight.")


class AuthorHome(Part):
    """Where an author probably lives, with the signal it came from."""

    municipality_code: str
    confidence: float = Field(ge=0, le=1)
    signal: HomeSignal
    point: GeoPoint | None = None


class CueHit(Part):
    """A call to action found in the text."""

    family: CueFamily
    text: str = Field(description="The matched words as written.")
    lemma: str = Field(description="Normalised cue (lemma) for counting.")


class EnrichedDocument(Record):
    """A raw item plus everything nlp/ could read from it."""

    schema_version: Literal[1] = 1
    id: str
    source_id: str
    source_kind: SourceKind
    platform: Platform
    url: str
    title: str | None = None
    text: str = Field(description="Cleaned body text (markup, boilerplate and signature removed).")
    section: str | None = None
    published_at: AwareDatetime
    updated_at: AwareDatetime | None = None
    fetched_at: AwareDatetime
    enriched_at: AwareDatetime
    author: AuthorRef | None = None
    community: str | None = None
    reply_to: str | None = None
    thread_id: str | None = None
    links: list[str] = Field(default_factory=list)
    content_hash: str
    # language
    lang: str = Field(description="ISO 639-1 code from language id, or 'und'.")
    lang_confidence: float = Field(ge=0, le=1)
    # words
    lemma_text: str = Field(description="Content-word lemmas, lower-cased, space-separated (for topics).")
    word_count: int = Field(ge=0)
    entities: list[Entity] = Field(default_factory=list)
    hashtags: list[str] = Field(default_factory=list)
    mentions: list[str] = Field(default_factory=list)
    # geography
    places: list[PlaceMention] = Field(default_factory=list)
    municipality_code: str | None = Field(default=None, description="Municipality the document is about.")
    municipality_confidence: float = Field(default=0.0, ge=0, le=1)
    place_point: GeoPoint | None = None
    author_home: AuthorHome | None = None
    # mobilisation
    cues: list[CueHit] = Field(default_factory=list)
    # near duplicates
    fingerprint: list[int] = Field(default_factory=list, description="MinHash signature of word shingles.")
    # set by topic tracking
    issue_id: str | None = None
