"""File import: CSV/JSONL exports (Meta Content Library, X) and the outside-evaluation JSONL format."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawlers.health import HealthTracker
from crawlers.items import DraftItem, RawAuthor
from crawlers.parsers.dates import from_timestamp, parse_date
from crawlers.pseudonymise import Pseudonymiser
from crawlers.records import InvalidItemError, draft_payload, to_raw_item, validate_draft
from crawlers.report import CrawlProgress, CrawlReport
from crawlers.spool import Spool
from schema import ConfigError, Platform, RawItem, SourceHealth, SourceKind, canonical_url, post_id
from schema.settings import FileImportSource, Settings

_BATCH = 500
#: record field -> where the outside-evaluation format keeps it
_DEFAULT_COLUMNS = {
    "id": "id",
    "url": "url",
    "platform": "platform",
    "source": "source",
    "published_at": "published_at",
    "title": "title",
    "text": "text",
    "author_id": "author.id",
    "author_name": "author.name",
    "author_location": "author.location",
    "reply_to": "reply_to",
    "lang": "lang",
}
FIELDS = frozenset(_DEFAULT_COLUMNS) | {"thread_id", "community", "postcode", "town", "section", "updated_at"}


def import_file(settings: Settings, path: Path, source: FileImportSource | None = None) -> CrawlReport:
    """Import a CSV/JSONL file into the spool; re-importing the same file changes nothing.

    Without ``source`` the file is read in the outside-evaluation JSONL format (one document
    per line: id, url, platform, source, published_at, title, text, author {id, name,
    location}, reply_to, lang); the documents keep their ids. Bad lines are dead-lettered
    with their line number and counted in the report; they never stop the import.

    Raises:
        ConfigError: the file does not exist or the pseudonym key is missing.

    Examples:
        >>> report = import_file(settings, Path("documents.jsonl"))  # doctest: +SKIP
        >>> report.sources[0].items_new  # doctest: +SKIP
        1200
    """
    from crawlers.runner import new_run_id

    src = source or FileImportSource(
        id="import",
        name=f"Import af {path.name}",
        platform=Platform.OTHER,
        path=str(path),
        format="csv" if path.suffix.lower() == ".csv" else "jsonl",
    )
    run_id = new_run_id()
    started = datetime.now(UTC)
    health = import_source(settings, src, run_id, None, path=path, keep_ids=source is None)
    return CrawlReport(run_id=run_id, started_at=started, finished_at=datetime.now(UTC), sources=[health])


def import_source(
    settings: Settings,
    source: FileImportSource,
    run_id: str,
    on_progress: Callable[[CrawlProgress], None] | None,
    path: Path | None = None,
    keep_ids: bool = False,
) -> SourceHealth:
    """Import one file_import source; returns its SourceHealth.

    Item ids are ``post_id(platform, id column)`` as for every platform post; with
    ``keep_ids`` (the outside-evaluation format) the documents keep their own ids.
    """
    pseudonymiser = Pseudonymiser(settings)
    file = path or settings.resolve(source.path)
    if not file.is_file():
        raise ConfigError(f"sources[{source.id}].path: file not found: {file}")
    health = HealthTracker(run_id, source.id, SourceKind.FILE_IMPORT, on_progress)
    health.emit("started")
    columns = {**_DEFAULT_COLUMNS, **source.columns}
    bad = sorted(set(source.columns) - FIELDS)
    if bad:
        raise ConfigError(
            f"sources[{source.id}].columns: unknown field(s) {', '.join(bad)}; known: {sorted(FIELDS)}"
        )
    with Spool(settings.data_dir / "spool") as spool:
        batch: list[RawItem] = []
        for line_no, row, problem in _rows(file, source.format):
            draft = None if problem else _draft(row, columns, source, keep_ids)
            try:
                if problem:
                    raise InvalidItemError(problem)
                assert draft is not None
                batch.append(to_raw_item(validate_draft(draft), pseudonymiser))
            except (InvalidItemError, ValueError) as err:
                item_id = draft.id if draft else f"{source.id}:{line_no}"
                payload = draft_payload(draft) if draft else json.dumps({"line": line_no}, ensure_ascii=False)
                spool.dead_letter(item_id, f"{file.name} line {line_no}: {err}", payload)
                health.error("invalid_line", f"{file.name} line {line_no}: {err}")
            if len(batch) >= _BATCH:
                _flush(spool, batch, health)
        _flush(spool, batch, health)
    health.response_ok()
    health.emit("finished")
    return health.health()


def _flush(spool: Spool, batch: list[RawItem], health: HealthTracker) -> None:
    if not batch:
        return
    health.wrote(spool.append(batch), n=len(batch))
    batch.clear()


def _rows(file: Path, fmt: str) -> Iterator[tuple[int, dict[str, Any], str | None]]:
    if fmt == "csv":
        with file.open(encoding="utf-8-sig", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                yield n, {k: v for k, v in row.items() if k is not None}, None
        return
    with file.open(encoding="utf-8-sig", errors="replace") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                yield n, {}, f"not valid JSON ({err.msg} at column {err.colno})"
                continue
            if not isinstance(value, dict):
                yield n, {}, "a line must hold one JSON object"
                continue
            yield n, value, None


def _get(row: dict[str, Any], column: str) -> Any:
    if column in row:
        return row[column]
    node: Any = row
    for part in column.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def _str(value: Any) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value).strip()


def _time(value: Any) -> datetime | None:
    if isinstance(value, int | float) or (
        isinstance(value, str) and re.fullmatch(r"\d{9,11}(\.\d+)?", value)
    ):
        return from_timestamp(float(value))
    return parse_date(_str(value))


def _platform(value: str | None, default: Platform) -> Platform:
    if value and value.lower() in {p.value for p in Platform}:
        return Platform(value.lower())
    return default


def _draft(
    row: dict[str, Any], columns: dict[str, str], source: FileImportSource, keep_ids: bool
) -> DraftItem:
    field = {name: _get(row, col) for name, col in columns.items()}
    platform = _platform(_str(field.get("platform")), source.platform)
    native = _str(field.get("id"))
    url = _str(field.get("url"))
    if native is None and url is None:
        raise InvalidItemError("neither id nor url")
    item_id = _id(platform, native or canonical_url(url or ""), keep_ids and native is not None)
    if url is None:
        raise InvalidItemError("no url (the public permalink of the document)")
    source_name = _str(field.get("source"))
    author_id = _str(field.get("author_id"))
    author = None
    if author_id:
        author = RawAuthor(
            id=author_id,
            name=_str(field.get("author_name")),
            profile_location=_str(field.get("author_location")),
            postcode=_str(field.get("postcode")),
            signature_town=_str(field.get("town")),
        )
    return DraftItem(
        id=item_id,
        source_id=_slug(source_name) if source_name and source.id == "import" else source.id,
        source_kind=SourceKind.FILE_IMPORT,
        platform=platform,
        url=url,
        canonical_url=canonical_url(url),
        native_id=native,
        title=_str(field.get("title")),
        text=_str(field.get("text")) or "",
        section=_str(field.get("section")),
        lang_declared=_str(field.get("lang")),
        published_at=_time(field.get("published_at")),
        updated_at=_time(field.get("updated_at")),
        author=author,
        community=_str(field.get("community")),
        reply_to=_ref(platform, _str(field.get("reply_to")), keep_ids),
        thread_id=_ref(platform, _str(field.get("thread_id")), keep_ids),
    )


def _id(platform: Platform, native: str, keep: bool) -> str:
    return native if keep else post_id(platform.value, native)


def _ref(platform: Platform, native: str | None, keep: bool) -> str | None:
    return None if native is None else _id(platform, native, keep)


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9_-]+", "-", name.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
    return slug.strip("-")[:62] or "import"
