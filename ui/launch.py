"""How the app is started (used by `debatradar ui`) and how other stages link into it."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

from schema.settings import Settings

#: The Streamlit entry point.
APP_PATH = Path(__file__).resolve().parent / "app.py"


def app_command(settings: Settings, port: int | None = None, address: str | None = None) -> list[str]:
    """The command that serves the app: headless, no telemetry, no unaudited table downloads.

    Run it with DEBATRADAR_CONFIG set to the configuration file (see `app_environment`).

    Examples:
        >>> cmd = app_command(settings)  # doctest: +SKIP
        >>> subprocess.run(cmd, env={**os.environ, **app_environment(settings)})  # doctest: +SKIP
    """
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_PATH),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--server.port", str(port or settings.ui.port),
        "--server.address", address or settings.ui.address,
        "--server.fileWatcherType", "none",
        "--server.runOnSave", "false",
        "--client.toolbarMode", "minimal",
        "--client.showErrorDetails", "none",
        "--client.disableDataExport", "true",
        "--theme.primaryColor", "#1f5f8b",
    ]  # fmt: skip


def app_environment(settings: Settings) -> dict[str, str]:
    """Environment variables the app needs on top of the caller's: which configuration to load."""
    if settings.config_path is None:
        return {}
    return {"DEBATRADAR_CONFIG": str(settings.config_path)}


def alert_link(settings: Settings, alert_id: str) -> str:
    """The app's address of one alert, for notifications and the Atom feed."""
    return f"{settings.notify.public_base_url.rstrip('/')}/alerts?alert={quote(alert_id, safe='')}"


def issue_link(settings: Settings, issue_id: str) -> str:
    """The app's address of one issue."""
    return f"{settings.notify.public_base_url.rstrip('/')}/issues?issue={quote(issue_id, safe='')}"


def briefing_link(settings: Settings, briefing_id: str) -> str:
    """The app's address of one weekly briefing."""
    return f"{settings.notify.public_base_url.rstrip('/')}/briefings?briefing={quote(briefing_id, safe='')}"
