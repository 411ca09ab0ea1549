"""Expensive objects a flow builds once per process and reuses across its tasks."""

from __future__ import annotations

import threading

from nlp import Enricher
from schema.settings import Settings

_lock = threading.Lock()
_enrichers: dict[str, Enricher] = {}


def enricher_for(settings: Settings) -> Enricher:
    """The Enricher for these settings (spaCy pipeline, language detector and gazetteer load once)."""
    key = settings.model_dump_json(include={"nlp", "municipalities", "sources", "privacy", "data_dir"})
    with _lock:
        found = _enrichers.get(key)
        if found is None:
            found = _enrichers[key] = Enricher(settings)
        return found
