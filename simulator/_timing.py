"""When people post: hours of the day (Danish local time) weighted by activity."""

from __future__ import annotations

from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Copenhagen")
#: relative weight of each local hour for posts, comments and answers
HOURS = (
    0.2, 0.1, 0.05, 0.05, 0.05, 0.2, 0.6, 1.2, 1.4, 1.1, 1.0, 1.0,
    1.2, 1.0, 0.9, 1.0, 1.2, 1.3, 1.2, 1.5, 1.7, 1.6, 1.2, 0.6,
)  # fmt: skip
#: news is published from early morning to evening
NEWS_HOURS = tuple(w if 5 <= h <= 21 else 0.0 for h, w in enumerate(HOURS))
#: letters to the editor go online in the morning
LETTER_HOURS = tuple(1.0 if 5 <= h <= 8 else 0.0 for h in range(24))
