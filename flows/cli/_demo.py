"""Commands that start things: demo, ui, serve."""

from __future__ import annotations

import os
import secrets
import subprocess
from contextlib import ExitStack
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from flows._i18n import level_name, percent
from flows._prefect_env import local_prefect_server, use_api
from flows.cli._progress import progress_bars
from flows.cli._state import DEMO_CONFIG, console, guarded, state, t
from flows.notify.mailbox import DemoMailbox
from schema import ConfigError


class Backend(StrEnum):
    """Index backend for the demo."""

    embedded = "embedded"
    elasticsearch = "elasticsearch"


@guarded
def demo(
    seed: Annotated[int, typer.Option(help="Scenario seed (the same seed gives the same corpus).")] = 7,
    end: Annotated[datetime | None, typer.Option(help="Last day of the scenario (default: today).")] = None,
    weeks: Annotated[int, typer.Option(min=2, max=26, help="Weeks of debate.")] = 9,
    port: Annotated[int, typer.Option(help="Port of the local demo server (0: any free port).")] = 0,
    index: Annotated[Backend, typer.Option(help="Index backend.")] = Backend.embedded,
    ui: Annotated[bool, typer.Option("--ui", help="Start the UI when the demo is ready.")] = False,
) -> None:
    """Simulate a Danish local debate, serve it locally, crawl it with the real spiders, analyse it.

    Everything runs on this machine: the scenario is served over HTTP in the platforms' real
    formats, crawled, enriched, grouped into issues, scored, indexed and briefed.
    """
    from simulator import generate, rebase_sources
    from simulator import serve as serve_scenario

    st = state()
    if st.config is None:
        st.config = DEMO_CONFIG
    if index is Backend.elasticsearch:
        st.extra["index"] = {"backend": "elasticsearch"}
    settings = st.settings()
    if settings.secrets.pseudonym_key is None:
        _demo_key(settings.data_dir)
    last_day: date = (end or datetime.now(UTC)).date()
    console.print(t("demo.generate", seed=seed, weeks=weeks, end=last_day.isoformat()))
    scenario = generate(seed=seed, end=last_day, weeks=weeks)
    mailbox = DemoMailbox(settings.data_dir / "demo-mail")
    with serve_scenario(scenario, host="127.0.0.1", port=port) as server, mailbox:
        console.print(t("demo.serving", origin=server.origin))
        rebased = rebase_sources(settings, server.origin)
        st.extra["sources"] = [s.model_dump(mode="json") for s in rebased.sources]
        st.extra["notify"] = {"smtp": {"host": "127.0.0.1", "port": mailbox.port, "security": "none"}}
        st._settings = None
        config, overrides = st.flow_args()
        from flows.pipeline import PipelineError, pipeline_flow

        now = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=UTC) - timedelta(seconds=1)
        with progress_bars():
            try:
                summary = pipeline_flow(
                    config, overrides, now=now if end else None, purge=False, send_briefing=True
                )
            except PipelineError as err:
                summary = err.summary
                failure: PipelineError | None = err
            else:
                failure = None
    for line in summary.lines():
        console.print(line, markup=False)
    _print_alerts()
    settings = st.settings()
    console.print(
        t("demo.mail", count=mailbox.received, folder=settings.data_dir / "demo-mail"), markup=False
    )
    console.print(
        t("demo.open_ui", config=st.config_path, data=settings.data_dir, port=settings.ui.port), markup=False
    )
    console.print(t("demo.users", config=st.config_path), markup=False)
    if failure is not None:
        raise failure
    if ui:
        _launch_ui(settings.ui.port)


@guarded
def ui(port: Annotated[int | None, typer.Option(help="Port (default: ui.port).")] = None) -> None:
    """Start the Streamlit app for this configuration (Ctrl-C stops it)."""
    settings = state().settings()
    _launch_ui(port or settings.ui.port)


@guarded
def serve(
    api_url: Annotated[
        str | None,
        typer.Option(
            envvar="PREFECT_API_URL", help="A Prefect server's API (default: start one for data_dir)."
        ),
    ] = None,
    host: Annotated[str, typer.Option(help="Interface of the Atom feed server.")] = "127.0.0.1",
    feed_port: Annotated[
        int | None, typer.Option(help="Port of the Atom feed (default notify.feed_port).")
    ] = None,
) -> None:
    """Run the scheduled flows here (crawl, analyse, weekly briefing, purge) and serve the Atom feed."""
    config, overrides = state().flow_args()
    settings = state().settings()
    port = feed_port or settings.notify.feed_port
    with ExitStack() as stack:
        if api_url is None:
            api_url = stack.enter_context(local_prefect_server(settings.data_dir))
        use_api(api_url)
        from flows.serve import serve_all

        console.print(t("serve.starting", feed=f"http://{host}:{port}/feeds/alerts.atom"), markup=False)
        console.print(t("serve.api", url=api_url.removesuffix("/api")), markup=False)
        serve_all(config, overrides, host, port)


def _demo_key(data_dir: Path) -> None:
    """A pseudonym key for the demo's fictional people, kept in data_dir (never for real data)."""
    path = data_dir / "demo-pseudonym.key"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32), encoding="utf-8")
        path.chmod(0o600)
    os.environ.setdefault("DEBATRADAR_SECRETS__PSEUDONYM_KEY", path.read_text(encoding="utf-8").strip())
    console.print(t("demo.key", path=path), markup=False)
    state()._settings = None


def _print_alerts() -> None:
    from flows._names import municipality_name
    from flows._runtime import store_for

    settings = state().settings()
    lang = state().language
    with store_for(settings) as store:
        alerts = store.list_alerts()
        briefings = store.list_briefings()
    table = Table(title=t("demo.alerts"))
    for key in ("col.peak", "col.label", "col.municipality", "col.first_seen", "col.remote", "col.state"):
        table.add_column(t(key))
    for a in sorted(alerts, key=lambda a: (-a.peak_level.rank, a.first_seen)):
        table.add_row(
            level_name(a.peak_level, lang),
            a.label,
            municipality_name(a.municipality_code, settings) or "–",
            a.first_seen.astimezone(UTC).strftime("%Y-%m-%d"),
            percent(a.remote_share, lang),
            t(f"state.{a.state}"),
        )
    console.print(table)
    for briefing in briefings[:1]:
        path = settings.data_dir / briefing.pdf_path if briefing.pdf_path else None
        console.print(t("briefing_written", id=briefing.briefing_id, path=path), markup=False)


def _launch_ui(port: int) -> None:
    from ui import APP_PATH, app_command, app_environment

    if not APP_PATH.is_file():
        raise ConfigError(f"the app {APP_PATH} is missing; reinstall Debatradar.")
    st = state()
    settings = st.settings()
    env = {**os.environ, **app_environment(settings)}
    if st.data_dir is not None:
        env["DEBATRADAR_DATA_DIR"] = str(st.data_dir.resolve())
    console.print(t("ui.starting", url=f"http://localhost:{port}"), markup=False)
    command = app_command(settings, port)
    try:
        subprocess.run(command, env=env, check=False)  # noqa: S603 - our own app, fixed arguments
    except KeyboardInterrupt:
        return
