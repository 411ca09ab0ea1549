"""Commands that read the index: alerts, issues, sources, search."""

from __future__ import annotations

import getpass
import html
import json
import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from flows._i18n import level_name, percent
from flows._names import municipality_name
from flows._runtime import store_for
from flows.cli._state import console, guarded, state, t
from flows.cli.formats import alert_json, issue_json
from index import SearchQuery
from schema import AuditEntry, Level
from schema.settings import Settings


class Format(StrEnum):
    """Output format."""

    table = "table"
    json = "json"


class StateChoice(StrEnum):
    """Which alerts to list."""

    all = "all"
    open = "open"
    closed = "closed"


@guarded
def alerts(
    fmt: Annotated[Format, typer.Option("--format", help="table or json (docs/formats.md).")] = Format.table,
    state_: Annotated[StateChoice, typer.Option("--state", help="open, closed or all.")] = StateChoice.all,
    min_level: Annotated[Level | None, typer.Option(help="Lowest level listed.")] = None,
    municipality: Annotated[str | None, typer.Option(help="DAGI code, e.g. 0751.")] = None,
) -> None:
    """List the alerts, most recently updated first."""
    settings = state().settings()
    with store_for(settings) as store:
        found = store.list_alerts(
            state=None if state_ is StateChoice.all else state_.value,
            min_level=min_level,
            municipality_code=municipality,
        )
    if fmt is Format.json:
        _json([alert_json(a) for a in found])
        return
    if not found:
        console.print(t("no_alerts"))
        return
    lang = state().language
    table = Table(show_lines=False)
    for key in (
        "col.peak",
        "col.level",
        "col.label",
        "col.municipality",
        "col.score",
        "col.remote",
        "col.first_seen",
        "col.state",
    ):
        table.add_column(t(key))
    for a in found:
        table.add_row(
            level_name(a.peak_level, lang),
            level_name(a.level, lang) if a.state == "open" else "–",
            a.label,
            municipality_name(a.municipality_code, settings) or "–",
            f"{a.score:.2f}",
            percent(a.remote_share, lang),
            a.first_seen.astimezone(UTC).strftime("%Y-%m-%d"),
            t(f"state.{a.state}"),
        )
    console.print(table)


@guarded
def issues(
    fmt: Annotated[Format, typer.Option("--format", help="table or json (docs/formats.md).")] = Format.table,
    municipality: Annotated[str | None, typer.Option(help="DAGI code, e.g. 0751.")] = None,
    active_only: Annotated[bool, typer.Option("--active", help="Only active issues.")] = False,
) -> None:
    """List the tracked issues, most recently seen first."""
    settings = state().settings()
    with store_for(settings) as store:
        found = store.list_issues(municipality_code=municipality, active_only=active_only)
    if fmt is Format.json:
        _json([issue_json(i) for i in found])
        return
    if not found:
        console.print(t("no_issues"))
        return
    lang = state().language
    table = Table()
    for key in ("col.label", "col.municipality", "col.documents", "col.remote", "col.last_seen", "col.state"):
        table.add_column(t(key))
    for i in found:
        table.add_row(
            i.label,
            municipality_name(i.municipality_code, settings) or "–",
            str(len(i.document_ids)),
            percent(i.remote_share, lang),
            i.last_seen.astimezone(UTC).strftime("%Y-%m-%d"),
            t(f"status.{i.status}"),
        )
    console.print(table)


@guarded
def sources(
    fmt: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.table,
) -> None:
    """Health of each configured source: last success, items, errors."""
    settings = state().settings()
    with store_for(settings) as store:
        health = {h.source_id: h for h in store.list_source_health(latest_only=True)}
    if fmt is Format.json:
        _json([_source_json(s.id, s.kind, s.enabled, health.get(s.id)) for s in settings.sources])
        return
    table = Table()
    for key in (
        "col.source",
        "col.kind",
        "col.status",
        "col.last_success",
        "col.items",
        "col.new",
        "col.errors",
    ):
        table.add_column(t(key))
    table.add_column(t("col.last_error"), overflow="fold")
    for source in settings.sources:
        h = health.get(source.id)
        status = ("—" if h is None else h.status) if source.enabled else "disabled"
        table.add_row(
            source.id,
            source.kind,
            status,
            h.last_success.strftime("%Y-%m-%d %H:%M") if h and h.last_success else t("never"),
            str(h.items_fetched) if h else "0",
            str(h.items_new) if h else "0",
            str(sum(h.errors.values())) if h else "0",
            (h.last_error or "")[:120] if h else "",
        )
    console.print(table)


@guarded
def search(
    query: Annotated[str, typer.Argument(help='Simple syntax: +, |, -, "phrase", prefix*.')],
    date_from: Annotated[datetime | None, typer.Option("--from", help="Published from (ISO date).")] = None,
    date_to: Annotated[datetime | None, typer.Option("--to", help="Published until (ISO date).")] = None,
    platform: Annotated[list[str] | None, typer.Option(help="Platform filter (repeatable).")] = None,
    municipality: Annotated[list[str] | None, typer.Option(help="DAGI code filter (repeatable).")] = None,
    issue: Annotated[list[str] | None, typer.Option(help="Issue id filter (repeatable).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500, help="Hits shown.")] = 20,
    user: Annotated[str | None, typer.Option(help="Name written to the audit log (default: login).")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.table,
) -> None:
    """Search the documents (Danish stemming); every search is written to the audit log."""
    request = SearchQuery(
        text=query,
        date_from=_aware(date_from),
        date_to=_aware(date_to),
        platforms=platform or [],
        municipality_codes=municipality or [],
        issue_ids=issue or [],
        size=limit,
        sort="relevance",
    )
    settings = state().settings()
    with store_for(settings) as store:
        result = store.search(request)
        filters = {
            k: ",".join(v) if isinstance(v, list) else str(v)
            for k, v in request.model_dump(
                exclude={"text", "size", "sort", "highlight"}, exclude_defaults=True
            ).items()
        }
        store.audit(
            AuditEntry(
                at=datetime.now(UTC),
                user=user or _login(),
                action="search",
                query=request.text,
                filters=filters,
                hits=result.total,
                detail="debatradar search (CLI)",
            )
        )
    if fmt is Format.json:
        _json(
            {
                "total": result.total,
                "hits": [
                    {
                        "id": h.document.id,
                        "url": h.document.url,
                        "platform": h.document.platform.value,
                        "published_at": h.document.published_at.isoformat(),
                        "title": h.document.title,
                        "municipality": h.document.municipality_code,
                        "issue_id": h.document.issue_id,
                        "score": h.score,
                        "highlights": h.highlights,
                    }
                    for h in result.hits
                ],
            }
        )
        return
    _print_hits(result.total, result.hits, settings)


def _print_hits(total: int, hits: list[Any], settings: Settings) -> None:
    if not hits:
        console.print(t("no_hits"))
    else:
        console.print(t("hits", total=total, shown=len(hits)))
        table = Table(show_lines=True)
        for key in ("col.published", "col.platform", "col.municipality", "col.title"):
            table.add_column(t(key), overflow="fold")
        for hit in hits:
            doc = hit.document
            snippet = _marked(" … ".join(hit.highlights.get("text", [])[:2])) or escape(doc.text[:160])
            table.add_row(
                doc.published_at.astimezone(UTC).strftime("%Y-%m-%d"),
                doc.platform.value,
                municipality_name(doc.municipality_code, settings) or "–",
                f"[bold]{escape(doc.title or '')}[/bold]\n{snippet}\n[dim]{escape(doc.url)}[/dim]",
            )
        console.print(table)
    console.print(f"[dim]{t('audit_note')}[/dim]")


def _marked(highlight: str) -> str:
    """A highlight fragment (HTML with <mark>) as rich markup."""
    parts = re.split(r"(</?mark>)", highlight)
    out = []
    for part in parts:
        if part == "<mark>":
            out.append("[bold yellow]")
        elif part == "</mark>":
            out.append("[/bold yellow]")
        else:
            out.append(escape(html.unescape(part)))
    return "".join(out)


def _source_json(source_id: str, kind: str, enabled: bool, health: Any) -> dict[str, Any]:
    return {
        "source_id": source_id,
        "kind": kind,
        "enabled": enabled,
        "health": None if health is None else json.loads(health.model_dump_json()),
    }


def _json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "cli"
