"""Base class of every record that passes between stages."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """A typed, versioned record: unknown fields are an error, never silently kept."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False)


class Part(BaseModel):
    """A nested part of a record (no version of its own)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)
