"""Index layout: kinds of indices, their names, aliases and versioned composable templates.

Every kind lives behind a read alias ``<prefix>-<kind>``. Time-based kinds (documents, audit)
get one index per month, ``<prefix>-<kind>-v<version>-YYYY.MM``, so retention deletes whole
indices by name; the others have one index ``<prefix>-<kind>-v<version>``. A template version
that changes is migrated by ``setup()`` (copy with scan + bulk into the new index, then an
atomic alias swap); see index/elasticsearch/migrate.py.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from elasticsearch.dsl import Boolean, Date, Float, GeoPoint, Integer, Keyword, Mapping, Object, Text

from schema.settings import ElasticsearchSettings

#: the Danish analyzer (lower case, Danish stop words, Snowball Danish stemmer) on full text
DANISH = "danish"

#: EnrichedDocument fields kept in _source but deliberately not indexed, with the reason.
DOCUMENT_NOT_INDEXED: dict[str, str] = {
    "author.profile_location": "raw location signal; only the inferred author_home is searchable (privacy)",
    "author.signature_town": "raw location signal; only the inferred author_home is searchable (privacy)",
    "author.postcode": "raw location signal; only the inferred author_home is searchable (privacy)",
    "author.geotag": "raw location signal; only the inferred author_home is searchable (privacy)",
    "entities.start": "character offset, only for display",
    "entities.end": "character offset, only for display",
    "places.text": "the words as written; places.name is the canonical, searchable name",
    "places.weight": "a scoring weight used by nlp/, never filtered on",
    "cues.text": "the words as written; cues.lemma is the normalised, searchable cue",
    "lemma_text": "read back for topic modelling; its words are indexed as significant_words",
    "fingerprint": "MinHash signature, compared in Python for near duplicates",
}

#: Fields the index adds to a document's _source (removed again when it is read back).
DOCUMENT_DERIVED: dict[str, str] = {
    "significant_words": "index.semantics.significant_words(lemma_text): the words of significant_terms",
}


def _kw(**kwargs: Any) -> Keyword:
    return Keyword(**kwargs)


def _geo_home() -> Object:
    return Object(
        properties={"municipality_code": _kw(), "confidence": Float(), "signal": _kw(), "point": GeoPoint()}
    )


def document_mapping() -> Mapping:
    """The mapping of EnrichedDocument (dynamic: false; unlisted fields stay in _source only)."""
    m = Mapping()
    m.meta("dynamic", False)
    for name in (
        "id",
        "source_id",
        "source_kind",
        "platform",
        "section",
        "community",
        "reply_to",
        "thread_id",
    ):
        m.field(name, _kw())
    m.field("schema_version", Integer())
    m.field("url", _kw(ignore_above=2048))
    m.field("links", _kw(ignore_above=2048))
    m.field("content_hash", _kw())
    m.field("title", Text(analyzer=DANISH, fields={"raw": _kw(ignore_above=512)}))
    m.field("text", Text(analyzer=DANISH))
    for name in ("published_at", "updated_at", "fetched_at", "enriched_at"):
        m.field(name, Date())
    m.field("author", Object(properties={"pseudonym": _kw(), "display_name": _kw(), "actor_type": _kw()}))
    m.field("lang", _kw())
    m.field("lang_confidence", Float())
    m.field("word_count", Integer())
    m.field("entities", Object(properties={"text": _kw(ignore_above=256), "label": _kw()}))
    m.field("hashtags", _kw())
    m.field("mentions", _kw())
    m.field(
        "places",
        Object(properties={"name": _kw(), "kind": _kw(), "municipality_code": _kw(), "point": GeoPoint()}),
    )
    m.field("municipality_code", _kw())
    m.field("municipality_confidence", Float())
    m.field("place_point", GeoPoint())
    m.field("author_home", _geo_home())
    m.field("cues", Object(properties={"family": _kw(), "lemma": _kw()}))
    m.field("issue_id", _kw())
    m.field("significant_words", _kw())
    return m


def _issue_mapping() -> Mapping:
    m = Mapping()
    m.meta("dynamic", False)
    for name in ("issue_id", "municipality_code", "status", "keywords", "place"):
        m.field(name, _kw())
    m.field("label", Text(analyzer=DANISH, fields={"raw": _kw(ignore_above=512)}))
    m.field("place_point", GeoPoint())
    for name in ("first_seen", "last_seen", "updated_at"):
        m.field(name, Date())
    m.field("remote_share", Float())
    return m


def _alert_mapping() -> Mapping:
    m = Mapping()
    m.meta("dynamic", False)
    for name in ("alert_id", "issue_id", "municipality_code", "level", "peak_level", "state", "place"):
        m.field(name, _kw())
    m.field("label", Text(analyzer=DANISH, fields={"raw": _kw(ignore_above=512)}))
    m.field("place_point", GeoPoint())
    m.field("score", Float())
    for name in ("first_seen", "updated_at", "closed_at"):
        m.field(name, Date())
    return m


def _briefing_mapping() -> Mapping:
    m = Mapping()
    m.meta("dynamic", False)
    for name in ("briefing_id", "week", "language"):
        m.field(name, _kw())
    m.field("generated_at", Date())
    return m


def _health_mapping() -> Mapping:
    m = Mapping()
    m.meta("dynamic", False)
    for name in ("source_id", "kind", "run_id", "status"):
        m.field(name, _kw())
    for name in ("started_at", "finished_at", "last_success"):
        m.field(name, Date())
    return m


def _audit_mapping() -> Mapping:
    m = Mapping()
    m.meta("dynamic", False)
    for name in ("user", "action"):
        m.field(name, _kw())
    m.field("at", Date())
    m.field("query", Text(analyzer=DANISH))
    m.field("hits", Integer())
    return m


def _notification_mapping() -> Mapping:
    m = Mapping()
    m.meta("dynamic", False)
    m.field("key", _kw())
    m.field("at", Date())
    m.field("claimed", Boolean())
    return m


@dataclass(frozen=True)
class Kind:
    """One kind of index: its name, template version, mapping and whether it is split by month."""

    name: str
    version: int
    monthly: bool

    def mapping(self) -> dict[str, Any]:
        """The mapping body with the version in ``_meta``."""
        body: dict[str, Any] = _MAPPINGS[self.name]().to_dict()
        body["_meta"] = {"debatradar_kind": self.name, "template_version": self.version}
        return body


_MAPPINGS = {
    "documents": document_mapping,
    "issues": _issue_mapping,
    "alerts": _alert_mapping,
    "briefings": _briefing_mapping,
    "source-health": _health_mapping,
    "audit": _audit_mapping,
    "notifications": _notification_mapping,
}

DOCUMENTS = Kind("documents", 1, monthly=True)
ISSUES = Kind("issues", 1, monthly=False)
ALERTS = Kind("alerts", 1, monthly=False)
BRIEFINGS = Kind("briefings", 1, monthly=False)
SOURCE_HEALTH = Kind("source-health", 1, monthly=False)
AUDIT = Kind("audit", 1, monthly=True)
NOTIFICATIONS = Kind("notifications", 1, monthly=False)
KINDS: tuple[Kind, ...] = (DOCUMENTS, ISSUES, ALERTS, BRIEFINGS, SOURCE_HEALTH, AUDIT, NOTIFICATIONS)

_MONTH = re.compile(r"-v(?P<version>\d+)(?:-(?P<year>\d{4})\.(?P<month>\d{2}))?$")


def alias(prefix: str, kind: Kind) -> str:
    """The read alias of a kind, e.g. ``debatradar-documents``."""
    return f"{prefix}-{kind.name}"


def index_name(prefix: str, kind: Kind, at: datetime | None = None, version: int | None = None) -> str:
    """The concrete index of a kind (and of the month of ``at`` for monthly kinds)."""
    base = f"{prefix}-{kind.name}-v{kind.version if version is None else version}"
    if not kind.monthly:
        return base
    if at is None:
        raise ValueError(f"the {kind.name} indices are monthly: a time is needed")
    return f"{base}-{at.year:04d}.{at.month:02d}"


def parse_index_name(prefix: str, kind: Kind, name: str) -> tuple[int, tuple[int, int] | None] | None:
    """(version, (year, month) or None) of one of our index names, or None for a foreign name."""
    head = f"{prefix}-{kind.name}"
    if not name.startswith(head):
        return None
    match = _MONTH.fullmatch(name[len(head) :])
    if match is None:
        return None
    month = (int(match["year"]), int(match["month"])) if match["year"] else None
    return int(match["version"]), month


def template_body(prefix: str, kind: Kind, es: ElasticsearchSettings) -> dict[str, Any]:
    """The composable index template of a kind (settings, mappings, read alias, version)."""
    settings: dict[str, Any] = {
        "number_of_shards": es.shards,
        "number_of_replicas": es.replicas,
    }
    if kind is DOCUMENTS:
        settings["codec"] = "best_compression"
    body: dict[str, Any] = {
        "index_patterns": [f"{prefix}-{kind.name}-v*"],
        "priority": 200,
        "version": kind.version,
        "template": {"settings": settings, "mappings": kind.mapping(), "aliases": {alias(prefix, kind): {}}},
    }
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
    body["_meta"] = {"managed_by": "debatradar", "kind": kind.name, "body_hash": digest}
    return body
