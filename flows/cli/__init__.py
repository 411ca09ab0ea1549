"""The `debatradar` command line (typer + rich); each command runs a flow or reads the index."""

from flows.cli._app import app
from flows.cli.formats import alert_json, issue_json

__all__ = ["alert_json", "app", "issue_json"]
