"""Danish NLP: RawItems become EnrichedDocuments, then issues (topics/) and alerts (detect/).

Enrichment covers language, cleaning, spaCy, places, cues, author home and fingerprints. Only
the gazetteer is imported eagerly (it is light); the enricher (spaCy), the topic tracker
(BERTopic) and the detectors load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from nlp.geo import Gazetteer, Municipality, Place, Postcode

if TYPE_CHECKING:
    from nlp.detect import detect_alerts
    from nlp.enricher import Enricher
    from nlp.fingerprint import find_near_duplicates
    from nlp.topics import IssueTracker, TopicUpdate

__all__ = [
    "Enricher",
    "Gazetteer",
    "IssueTracker",
    "Municipality",
    "Place",
    "Postcode",
    "TopicUpdate",
    "detect_alerts",
    "find_near_duplicates",
]

_LAZY = {
    "Enricher": "nlp.enricher",
    "find_near_duplicates": "nlp.fingerprint",
    "IssueTracker": "nlp.topics",
    "TopicUpdate": "nlp.topics",
    "detect_alerts": "nlp.detect",
}


def __getattr__(name: str) -> Any:
    """Import the heavy parts (spaCy, BERTopic) on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'nlp' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
