"""ISO weeks in the configured time zone (a briefing week runs Monday 00:00 to Monday 00:00)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from schema import ConfigError

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True)
class IsoWeek:
    """One ISO week, e.g. 2026-W47."""

    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Parse '2026-W47'; a ConfigError names the expected form."""
        match = _WEEK.match(text.strip())
        if not match:
            raise ConfigError(f"week {text!r}: expected the form YYYY-Www, e.g. 2026-W47.")
        year, week = int(match[1]), int(match[2])
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise ConfigError(f"week {text!r}: {year} has no week {week}.") from None
        return cls(year, week)

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        """The week a day belongs to."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def last_complete(cls, now: datetime, tz: str) -> IsoWeek:
        """The latest week that has ended at ``now`` (on a Monday morning: last week)."""
        return cls.of(now.astimezone(ZoneInfo(tz)).date() - timedelta(days=7))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        """The week's first day."""
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        """The week's last day."""
        return self.monday + timedelta(days=6)

    def shift(self, weeks: int) -> IsoWeek:
        """The week ``weeks`` later (negative: earlier)."""
        return IsoWeek.of(self.monday + timedelta(weeks=weeks))

    def bounds(self, tz: str) -> tuple[datetime, datetime]:
        """Start (inclusive) and end (exclusive) of the week in UTC."""
        zone = ZoneInfo(tz)
        start = datetime.combine(self.monday, time(0), tzinfo=zone)
        end = datetime.combine(self.monday + timedelta(days=7), time(0), tzinfo=zone)
        return start.astimezone(UTC), end.astimezone(UTC)
