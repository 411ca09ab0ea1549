"""Base for configuration sections."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """A section of debatradar.yaml: unknown keys are an error (catches typos)."""

    model_config = ConfigDict(extra="forbid")
