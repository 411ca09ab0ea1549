"""`debatradar eval`: detection quality on simulated scenarios (several seeds)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from flows.cli._progress import progress_bars
from flows.cli._read import Format
from flows.cli._state import DEMO_CONFIG, console, guarded, state, t

_COLUMNS = (
    ("precision", "precision"),
    ("recall", "recall"),
    ("before_peak_share", "before peak"),
    ("median_lead_hours", "lead h (median)"),
    ("false_alerts_per_month", "false / month"),
    ("remote_share_mae", "remote-share error"),
    ("topic_ari", "topic ARI"),
)


@guarded
def eval_(
    seeds: Annotated[int, typer.Option(min=1, max=50, help="How many seeds (scenarios).")] = 5,
    first_seed: Annotated[int, typer.Option(help="The first seed; the others follow.")] = 1,
    end: Annotated[datetime | None, typer.Option(help="Last day of each scenario (default: today).")] = None,
    weeks: Annotated[int, typer.Option(min=4, max=26, help="Weeks per scenario.")] = 9,
    crawl: Annotated[bool, typer.Option("--crawl", help="Serve and crawl each scenario (slower).")] = False,
    keep: Annotated[
        Path | None, typer.Option(help="Keep each seed's data directory under this folder.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.table,
) -> None:
    """Score the pipeline on simulated scenarios: precision, recall, lead time, false alerts, remote share."""
    st = state()
    if st.config is None:
        st.config = DEMO_CONFIG
    config, overrides = st.flow_args()
    from flows.evaluation import evaluate_seeds
    from nlp.detect.evaluation import summarise

    last: date = (end or datetime.now(UTC)).date()
    chosen = list(range(first_seed, first_seed + seeds))
    with progress_bars():
        results = evaluate_seeds(config, overrides, chosen, last, weeks, keep, crawl)
    if fmt is Format.json:
        typer.echo(
            json.dumps(
                {
                    "end": last.isoformat(),
                    "weeks": weeks,
                    "seeds": [
                        {"seed": r.seed, "documents": r.documents, **r.report.model_dump(mode="json")}
                        for r in results
                    ],
                    "all": summarise([r.report for r in results]).model_dump(mode="json"),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    table = Table(title=t("eval.title"))
    table.add_column("seed")
    table.add_column("docs")
    for _, title in _COLUMNS:
        table.add_column(title, justify="right")
    for r in results:
        table.add_row(str(r.seed), str(r.documents), *(_fmt(getattr(r.report, key)) for key, _ in _COLUMNS))
    pooled = summarise([r.report for r in results])
    table.add_row("all", "", *(_fmt(getattr(pooled, key)) for key, _ in _COLUMNS), style="bold")
    console.print(table)
    for r in results:
        missed = [e.episode_id for e in r.report.episodes if not e.decoy and not e.detected]
        if missed:
            console.print(f"seed {r.seed}: missed {', '.join(missed)}", markup=False)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"
