"""The `debatradar` command: global options and the command table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.cli import _demo, _eval, _read, _stages
from flows.cli._state import CliState, set_state

app = typer.Typer(
    name="debatradar",
    help="Debatradar: the local public debate of a Danish municipality, watched early and with evidence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.callback()
def main(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            envvar="DEBATRADAR_CONFIG",
            help="debatradar.yaml (default ./debatradar.yaml).",
            dir_okay=False,
        ),
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Data directory (overrides data_dir of the config).")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show Prefect's flow and task logs.")
    ] = False,
) -> None:
    """Watch the local public debate; run `debatradar demo` to try it.

    Exit codes: 0 ok, 1 unexpected error, 2 configuration error, 3 source, 4 schema, 5 index,
    6 query, 7 detector, 8 delivery, 130 interrupted (see docs/operations.md).
    """
    set_state(CliState(config=config, data_dir=data_dir, debug=debug, verbose=verbose))


app.command("demo")(_demo.demo)
app.command("run")(_stages.run)
app.command("crawl")(_stages.crawl)
app.command("enrich")(_stages.enrich)
app.command("topics")(_stages.topics)
app.command("detect")(_stages.detect)
app.command("notify")(_stages.notify)
app.command("brief")(_stages.brief)
app.command("purge")(_stages.purge)
app.command("import")(_stages.import_)
app.command("search")(_read.search)
app.command("alerts")(_read.alerts)
app.command("issues")(_read.issues)
app.command("sources")(_read.sources)
app.command("ui")(_demo.ui)
app.command("serve")(_demo.serve)
app.command("eval")(_eval.eval_)
