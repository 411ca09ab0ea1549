"""The contracts every stage shares: typed records, ids, errors and settings. Imports no stage."""

from schema.alert import (
    Alert,
    AlertEvidence,
    CueExample,
    DailyCount,
    DocumentRef,
    Level,
    RemoteParticipation,
)
from schema.briefing import Briefing
from schema.document import AuthorHome, CueHit, EnrichedDocument, Entity, PlaceMention
from schema.errors import (
    ConfigError,
    DebatradarError,
    DetectorError,
    QueryError,
    SchemaError,
    SourceError,
    StoreError,
    StoreUnavailableError,
    TransientSourceError,
)
from schema.health import AuditEntry, SourceHealth
from schema.ids import canonical_url, content_hash, partition_of, post_id, pseudonym, url_id
from schema.issue import Issue, IssueWindow, LineageEvent
from schema.raw import AuthorRef, GeoPoint, Platform, RawItem, SourceKind

__all__ = [
    "Alert",
    "AlertEvidence",
    "AuditEntry",
    "AuthorHome",
    "AuthorRef",
    "Briefing",
    "ConfigError",
    "CueExample",
    "CueHit",
    "DailyCount",
    "DebatradarError",
    "DetectorError",
    "DocumentRef",
    "EnrichedDocument",
    "Entity",
    "GeoPoint",
    "Issue",
    "IssueWindow",
    "Level",
    "LineageEvent",
    "PlaceMention",
    "Platform",
    "QueryError",
    "RawItem",
    "RemoteParticipation",
    "SchemaError",
    "SourceError",
    "SourceHealth",
    "SourceKind",
    "StoreError",
    "StoreUnavailableError",
    "TransientSourceError",
    "canonical_url",
    "content_hash",
    "partition_of",
    "post_id",
    "pseudonym",
    "url_id",
]
