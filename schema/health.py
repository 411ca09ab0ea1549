"""Health of a source and the audit log entries."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from schema._base import Record
from schema.raw import SourceKind


class SourceHealth(Record):
    """How one source fared in its latest crawl (one record per source and crawl run)."""

    schema_version: Literal[1] = 1
    source_id: str
    kind: SourceKind
    run_id: str
    started_at: AwareDatetime
    finished_at: AwareDatetime
    last_success: AwareDatetime | None = None
    items_fetched: int = Field(default=0, ge=0)
    items_new: int = Field(default=0, ge=0)
    items_updated: int = Field(default=0, ge=0)
    duplicates: int = Field(default=0, ge=0)
    errors: dict[str, int] = Field(default_factory=dict, description="Error count by kind.")
    last_error: str | None = None
    status: Literal["ok", "degraded", "failed"] = "ok"


class AuditEntry(Record):
    """Who searched or exported what, when, and how much came back."""

    schema_version: Literal[1] = 1
    at: AwareDatetime
    user: str
    action: Literal["search", "export", "view_alert", "view_issue", "login", "purge", "config"]
    query: str | None = None
    filters: dict[str, str] = Field(default_factory=dict)
    hits: int | None = None
    detail: str | None = None
