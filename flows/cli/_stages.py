"""Commands that run flows: run, crawl, enrich, topics, detect, notify, brief, purge, import."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from flows.cli._progress import progress_bars
from flows.cli._state import console, guarded, state
from schema import ConfigError, SourceError

AsOf = Annotated[
    datetime | None,
    typer.Option("--as-of", help="Analyse as of this time (default: now, or the newest document's day)."),
]


class Languages(StrEnum):
    """Briefing language(s)."""

    da = "da"
    en = "en"
    all = "all"


@guarded
def run(
    crawl: Annotated[bool, typer.Option(help="Crawl the sources first.")] = True,
    brief: Annotated[bool, typer.Option(help="Build the last complete week's briefing.")] = True,
    purge: Annotated[bool, typer.Option(help="Apply the retention periods.")] = True,
    as_of: AsOf = None,
) -> None:
    """Run every stage once: crawl, enrich, topics, detect, notify, brief, purge."""
    config, overrides = state().flow_args()
    from flows.pipeline import PipelineError, pipeline_flow

    with progress_bars():
        try:
            summary = pipeline_flow(
                config, overrides, now=_aware(as_of), crawl=crawl, brief=brief, purge=purge
            )
        except PipelineError as err:
            _lines(err.summary.lines())
            raise
    _lines(summary.lines())


@guarded
def crawl(
    source: Annotated[
        list[str] | None, typer.Option("--source", "-s", help="Only this source (repeatable).")
    ] = None,
) -> None:
    """Crawl the enabled sources (each a Scrapy subprocess); exit code 3 if a source failed."""
    config, overrides = state().flow_args()
    from flows.crawl import crawl_flow

    with progress_bars():
        summary = crawl_flow(config, overrides, source_ids=source or None)
    table = Table()
    for column in ("source", "status", "fetched", "new", "updated", "errors"):
        table.add_column(column)
    for h in summary.sources:
        table.add_row(h.source_id, h.status, str(h.items_fetched), str(h.items_new), str(h.items_updated),
                      (summary.failed.get(h.source_id) or h.last_error or "")[:100])  # fmt: skip
    console.print(table)
    console.print(summary.summary())
    if summary.failed:
        raise SourceError(f"{len(summary.failed)} source(s) failed: {', '.join(sorted(summary.failed))}")


@guarded
def enrich() -> None:
    """Enrich what the spool holds beyond the cursor and index it."""
    config, overrides = state().flow_args()
    from flows.enrich import enrich_flow

    with progress_bars():
        summary = enrich_flow(config, overrides)
    console.print(summary.summary())


@guarded
def topics(as_of: AsOf = None) -> None:
    """Update the tracked issues (topic model) from the indexed documents."""
    config, overrides = state().flow_args()
    from flows.topics import topics_flow

    console.print(topics_flow(config, overrides, now=_aware(as_of)).summary())


@guarded
def detect(
    as_of: AsOf = None,
    only: Annotated[bool, typer.Option("--only", help="Only detection: no enrich and topics first.")] = False,
) -> None:
    """Detect mobilisations: enrich what waits in the spool, update issues, raise and close alerts."""
    config, overrides = state().flow_args()
    from flows.detect import detect_flow
    from flows.enrich import enrich_flow
    from flows.topics import topics_flow

    moment = _aware(as_of)
    if not only:
        with progress_bars():
            console.print(enrich_flow(config, overrides).summary())
        console.print(topics_flow(config, overrides, now=moment).summary())
    console.print(detect_flow(config, overrides, now=moment).summary())


@guarded
def notify() -> None:
    """Send alert changes to the notification channels and rewrite the Atom feed."""
    config, overrides = state().flow_args()
    from flows.notify.flow import notify_flow

    console.print(notify_flow(config, overrides).summary())


@guarded
def brief(
    week: Annotated[
        str | None, typer.Option(help="ISO week, e.g. 2026-W47 (default: the last complete week).")
    ] = None,
    language: Annotated[
        Languages | None, typer.Option("--lang", help="da, en or all (default: ui.language).")
    ] = None,
    send: Annotated[bool, typer.Option(help="E-mail it to notify.briefing_recipients.")] = False,
    as_of: AsOf = None,
) -> None:
    """Build the weekly briefing (HTML + PDF under data_dir/briefings) and archive it in the index."""
    from flows.briefing.week import IsoWeek

    week = str(IsoWeek.parse(week)) if week else None  # a bad week is an error before anything starts
    config, overrides = state().flow_args()
    from flows._runtime import resolve_now
    from flows.briefing.build import briefing_pdf_path
    from flows.briefing.flow import brief_flow

    settings = state().settings()
    chosen = None if language is None else (["da", "en"] if language is Languages.all else [language.value])
    moment = resolve_now(settings, _aware(as_of))
    built = brief_flow(config, overrides, week=week, languages=chosen, send=send, now=moment)  # type: ignore[arg-type]
    for briefing_id in built:
        console.print(f"{briefing_id}: {briefing_pdf_path(settings, briefing_id)}")


@guarded
def purge(as_of: AsOf = None) -> None:
    """Delete raw texts and audit entries past the retention periods (aggregates stay)."""
    config, overrides = state().flow_args()
    from flows.purge import purge_flow

    console.print(purge_flow(config, overrides, now=_aware(as_of)).summary())


@guarded
def import_(
    file: Annotated[Path, typer.Argument(help="A JSONL file in the format of docs/formats.md (or CSV).")],
    enrich_: Annotated[
        bool, typer.Option("--enrich/--no-enrich", help="Enrich and index right away.")
    ] = True,
) -> None:
    """Import documents from a file into the spool, then enrich and index them."""
    if not file.is_file():
        raise ConfigError(f"{file}: no such file.")
    config, overrides = state().flow_args()
    from crawlers import import_file

    report = import_file(state().settings(), file.resolve())
    for h in report.sources:
        console.print(
            f"{file.name}: {h.items_fetched} read, {h.items_new} new, {h.items_updated} updated, "
            f"{h.duplicates} duplicates, {sum(h.errors.values())} rejected"
            + (f" ({h.last_error})" if h.last_error else "")
        )
    if enrich_:
        from flows.enrich import enrich_flow

        with progress_bars():
            console.print(enrich_flow(config, overrides).summary())


def _lines(lines: list[str]) -> None:
    for line in lines:
        console.print(line, markup=False)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
