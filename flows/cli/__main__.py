"""`python -m flows.cli` runs the `debatradar` command."""

from flows.cli import app

app(prog_name="debatradar")
