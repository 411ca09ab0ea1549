"""Dates as Danish sources write them, to timezone-aware UTC datetimes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo

import dateparser

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_NUMERIC = re.compile(
    r"^(?P<d>\d{1,2})[.\-/](?P<m>\d{1,2})[.\-/](?P<y>\d{4}|\d{2})(?:\s*(?:kl\.?|,)?\s*(?P<H>\d{1,2})[:.](?P<M>\d{2}))?$"
)
_NOISE = re.compile(r"\b(kl\.?|klokken|den|d\.|udgivet|publiceret|opdateret|indsendt)(?=\s|$)", re.IGNORECASE)
_DATEPARSER_SETTINGS: Any = {
    "TIMEZONE": "Europe/Copenhagen",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
}


def to_utc(value: datetime) -> datetime:
    """An aware UTC datetime; a naive one is read as Danish local time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=COPENHAGEN)
    return value.astimezone(UTC)


def from_timestamp(value: float | int) -> datetime:
    """A UTC datetime from a Unix timestamp (Reddit's created_utc)."""
    return datetime.fromtimestamp(float(value), tz=UTC)


def parse_date(text: str | None, date_format: str | None = None) -> datetime | None:
    """Parse ISO 8601, RFC 822 and Danish dates ('12. marts 2026', '12-03-2026 kl. 14:05').

    Times without a zone are Danish local time. Returns None when nothing parses.

    Examples:
        >>> parse_date("12-03-2026 kl. 14:05").isoformat()
        '2026-03-12T13:05:00+00:00'
    """
    if not text or not text.strip():
        return None
    raw = " ".join(text.split())
    if date_format:
        try:
            return to_utc(datetime.strptime(raw, date_format))
        except ValueError:
            pass
    iso = _iso(raw)
    if iso is not None:
        return iso
    m = _NUMERIC.match(raw)
    if m:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        try:
            value = datetime(year, int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0))
        except ValueError:
            return None
        return to_utc(value)
    if re.match(r"^[A-Z][a-z]{2}, \d", raw):
        try:
            return to_utc(parsedate_to_datetime(raw))
        except (TypeError, ValueError):
            pass
    cleaned = _NOISE.sub(" ", raw).strip(" :,")
    parsed = dateparser.parse(cleaned, languages=["da", "en"], settings=_DATEPARSER_SETTINGS)
    return to_utc(parsed) if parsed else None


def _iso(raw: str) -> datetime | None:
    value = raw.replace("Z", "+00:00") if raw.endswith("Z") else raw
    if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return to_utc(datetime.fromisoformat(value))
    except ValueError:
        return None


def parse_rate_limit_reset(value: str | None, now: datetime | None = None) -> datetime | None:
    """When a rate limit resets: Mastodon sends an ISO time, Reddit seconds from now."""
    if not value:
        return None
    now = now or datetime.now(UTC)
    try:
        seconds = float(value)
    except ValueError:
        return _iso(value.strip())
    return now + timedelta(seconds=seconds) if seconds < 10**9 else datetime.fromtimestamp(seconds, tz=UTC)
