"""Rules both backends must follow to the letter: time zone, buckets, sort keys, cursors, scores.

Written down in docs/index.md; kept here as code so the embedded store and Elasticsearch call
the same functions instead of re-implementing them.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from index.analysis import is_stop_word
from index.search_models import HistogramBucket
from schema.errors import QueryError

#: Histogram buckets are days, ISO weeks (Monday) and months of this time zone.
TIME_ZONE = ZoneInfo("Europe/Copenhagen")
#: Search result size limit on one page (SearchQuery.size also caps it).
MAX_PAGE_SIZE = 500
#: Most values in one filter list (platforms, source ids, ...).
MAX_FILTER_VALUES = 1_000
#: Longest document text the index takes (Elasticsearch's highlight limit is 1,000,000 too).
MAX_TEXT_CHARS = 1_000_000
#: A word is a significant term only if at least this many foreground documents contain it.
MIN_SIGNIFICANT_DOC_COUNT = 3
#: Field weights of relevance ranking: title counts twice.
TITLE_BOOST = 2.0
#: SearchQuery list filters on a plain document field, as (query attribute, field); each backend
#: adds those it stores differently (cue families).
LIST_FILTERS = (
    ("platforms", "platform"),
    ("source_ids", "source_id"),
    ("municipality_codes", "municipality_code"),
    ("issue_ids", "issue_id"),
    ("languages", "lang"),
)

Interval = Literal["day", "week", "month"]
Sort = Literal["relevance", "newest", "oldest"]
Cursor = tuple[float, str] | tuple[int, str]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SIGNIFICANT = re.compile(r"[^\W\d_](?:[^\W_]|-)*")


def epoch_ms(moment: datetime, name: str = "time") -> int:
    """Milliseconds since 1970 UTC (floor); naive datetimes are refused with a QueryError."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise QueryError(f"{name} must be timezone-aware (e.g. datetime(..., tzinfo=UTC)); got {moment!r}.")
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def local_day(moment: datetime) -> date:
    """The calendar day of a moment in Europe/Copenhagen."""
    return moment.astimezone(TIME_ZONE).date()


def bucket_start(day: date, interval: Interval) -> date:
    """First day of the day / ISO week (Monday) / month bucket that holds ``day``."""
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def _next_bucket(start: date, interval: Interval) -> date:
    if interval == "day":
        return start + timedelta(days=1)
    if interval == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def histogram(
    day_counts: dict[date, int], interval: Interval, date_from: datetime | None, date_to: datetime | None
) -> list[HistogramBucket]:
    """Buckets from the first to the last bucket with documents, empty ones included (count 0).

    ``date_from`` / ``date_to`` of the query extend the range to their buckets (``date_to`` is
    exclusive, so its bucket is the one holding the last millisecond before it).
    """
    counts: dict[date, int] = {}
    for day, n in day_counts.items():
        key = bucket_start(day, interval)
        counts[key] = counts.get(key, 0) + n
    bounds = list(counts)
    if date_from is not None:
        bounds.append(bucket_start(local_day(date_from), interval))
    if date_to is not None:
        bounds.append(bucket_start(local_day(date_to - timedelta(milliseconds=1)), interval))
    if not counts or not bounds:
        return []
    out: list[HistogramBucket] = []
    cur, last = min(bounds), max(bounds)
    while cur <= last:
        out.append(HistogramBucket(start=cur, count=counts.get(cur, 0)))
        cur = _next_bucket(cur, interval)
    return out


def effective_sort(sort: Sort, has_text: bool) -> Sort:
    """'relevance' without a search text sorts like 'newest' (every score would be equal)."""
    return "newest" if sort == "relevance" and not has_text else sort


def parse_cursor(sort: Sort, search_after: list[str | int | float] | None) -> Cursor | None:
    """Validate a ``search_after`` cursor: ``[score, id]`` for relevance, ``[published_ms, id]`` otherwise."""
    if search_after is None:
        return None
    expected = "[score, id]" if sort == "relevance" else "[published_ms, id]"
    problem = QueryError(
        f"search_after {search_after!r} does not fit sort '{sort}': expected {expected}, "
        "the next_cursor of the previous page with the same sort."
    )
    if len(search_after) != 2 or not isinstance(search_after[1], str):
        raise problem
    key = search_after[0]
    if isinstance(key, bool) or not isinstance(key, int | float):
        raise problem
    if sort == "relevance":
        if not math.isfinite(key):
            raise problem
        return (float(key), search_after[1])
    if isinstance(key, float) and not key.is_integer():
        raise problem
    return (int(key), search_after[1])


def is_significant_word(word: str) -> bool:
    """Words that may be significant terms: two or more characters, a letter first, no stop word."""
    return len(word) >= 2 and _SIGNIFICANT.fullmatch(word) is not None and not is_stop_word(word)


def significant_words(lemma_text: str) -> list[str]:
    """The distinct significant words of a document's ``lemma_text`` (lower-cased), sorted."""
    return sorted({w for w in lemma_text.lower().split() if is_significant_word(w)})


def jlh(foreground: int, foreground_total: int, background: int, background_total: int) -> float:
    """Elasticsearch's JLH score: (fg% - bg%) * (fg% / bg%) when positive, else 0."""
    if not foreground or not background or not foreground_total or not background_total:
        return 0.0
    fg = foreground / foreground_total
    bg = background / background_total
    return (fg - bg) * (fg / bg) if fg > bg else 0.0
