"""Detectors: single-issue mobilisation and remote participation, as pure functions to alerts.

Public API: :func:`detect_alerts` (issues + documents -> alerts with evidence), the smaller
pure functions it is made of, and the evaluation harness against the simulator's truth.
"""

from nlp.detect.alerts import (
    alert_home,
    detect_alerts,
    detection_window,
    document_owners,
    usual_remote_share,
)
from nlp.detect.coordination import near_duplicate_partners
from nlp.detect.episodes import Episode, find_episodes
from nlp.detect.remote import Geography, author_homes, default_geography, remote_participation
from nlp.detect.signals import IssueSeries, WindowScore, combine, level_of

__all__ = [
    "Episode",
    "Geography",
    "IssueSeries",
    "WindowScore",
    "alert_home",
    "author_homes",
    "combine",
    "default_geography",
    "detect_alerts",
    "detection_window",
    "document_owners",
    "find_episodes",
    "level_of",
    "near_duplicate_partners",
    "remote_participation",
    "usual_remote_share",
]
