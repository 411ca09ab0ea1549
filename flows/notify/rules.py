"""Channel rules: which alerts a channel wants, quiet hours and digest slots (Europe/Copenhagen)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from schema import Alert
from schema.settings import ChannelRules, Settings


def wants(rules: ChannelRules, alert: Alert, settings: Settings) -> bool:
    """True when the alert's municipality, keywords and peak level match the channel's rules."""
    watched = rules.municipalities or [m.code for m in settings.municipalities]
    if alert.municipality_code not in watched:
        return False
    if alert.peak_level.rank < rules.min_level.rank:
        return False
    if rules.keywords:
        haystack = f"{alert.label} {alert.place or ''}".casefold()
        return any(word.casefold() in haystack for word in rules.keywords)
    return True


def in_quiet_hours(rules: ChannelRules, now: datetime, tz: str) -> bool:
    """True inside the quiet hours; [22, 7] spans midnight, [x, x] means never quiet."""
    if rules.quiet_hours is None:
        return False
    start, end = rules.quiet_hours
    hour = now.astimezone(ZoneInfo(tz)).hour
    if start == end:
        return False
    return start <= hour < end if start < end else hour >= start or hour < end


def latest_digest_slot(rules: ChannelRules, now: datetime, tz: str) -> datetime:
    """The most recent digest time at or before ``now`` (a digest holds what came before it)."""
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    for days_back in range(3):
        day = local.date() - timedelta(days=days_back)
        for hour in sorted(rules.digest_hours, reverse=True):
            slot = datetime.combine(day, time(hour), tzinfo=zone)
            if slot <= local:
                return slot
    raise AssertionError("digest_hours is never empty")  # pragma: no cover - validated by ChannelRules
