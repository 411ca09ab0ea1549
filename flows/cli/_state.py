"""The CLI's shared state: global options, the settings they load, and one-line error handling."""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import typer
import yaml
from rich.console import Console

from flows._i18n import Language, tr
from flows._prefect_env import prepare_prefect
from flows.cli._texts import TEXTS
from schema import ConfigError, DebatradarError
from schema.settings import Settings, load_settings

P = ParamSpec("P")
R = TypeVar("R")

#: tables are wide; when the output is not a terminal (a pipe, a log) do not wrap them at 80 columns
_WIDTH = None if sys.stdout.isatty() else 150
console = Console(highlight=False, width=_WIDTH)
errors = Console(stderr=True, highlight=False, width=_WIDTH)

#: where the repository keeps the demo configuration
DEMO_CONFIG = Path(__file__).resolve().parents[2] / "config" / "demo.yaml"


@dataclass
class CliState:
    """Global options of one invocation and what they load."""

    config: Path | None = None
    data_dir: Path | None = None
    debug: bool = False
    verbose: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    _settings: Settings | None = None

    @property
    def config_path(self) -> Path:
        """The configuration file: --config, DEBATRADAR_CONFIG, else ./debatradar.yaml."""
        return self.config or Path("debatradar.yaml")

    def overrides(self) -> dict[str, Any]:
        """JSON-able overrides the flows apply on top of the file (e.g. --data-dir)."""
        out: dict[str, Any] = dict(self.extra)
        if self.data_dir is not None:
            out["data_dir"] = str(self.data_dir.resolve())
        return out

    def settings(self) -> Settings:
        """The validated settings (loaded once)."""
        if self._settings is None:
            self._settings = load_settings(self.config_path, **self.overrides())
        return self._settings

    def flow_args(self) -> tuple[str, dict[str, Any]]:
        """(config, overrides) to pass to a flow, after preparing Prefect for this process."""
        settings = self.settings()
        prepare_prefect(settings.data_dir, self.verbose)
        return str(self.config_path.resolve()), self.overrides()

    @property
    def language(self) -> Language:
        """Language of messages: ui.language, read from the file even when it does not validate."""
        if self._settings is not None:
            return self._settings.ui.language
        try:
            data = yaml.safe_load(self.config_path.read_text(encoding="utf-8"))
            chosen = data["ui"]["language"]
        except (OSError, UnicodeDecodeError, yaml.YAMLError, TypeError, KeyError):
            return "da"
        return "en" if chosen == "en" else "da"


_current = CliState()


def set_state(new: CliState) -> None:
    """Make ``new`` the state of the command about to run (called by the app's callback)."""
    global _current
    _current = new


def state() -> CliState:
    """The state of the running command."""
    return _current


def t(key: str, **values: object) -> str:
    """A CLI text in the configured language."""
    return tr(TEXTS, key, state().language, **values)


def guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn errors into one clear line and the documented exit code (traceback only with --debug)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except DebatradarError as err:
            _fail(err, f"{t('error')}: {err}", 2 if isinstance(err, ConfigError) else err.exit_code)
        except KeyboardInterrupt as err:
            _fail(err, t("interrupted"), 130)
        except Exception as err:  # the last resort: never a traceback without --debug
            _fail(err, t("unexpected", kind=type(err).__name__, message=str(err) or "-"), 1)
        raise AssertionError("unreachable")  # pragma: no cover

    return wrapper


def _fail(err: BaseException, message: str, code: int) -> None:
    if state().debug:
        errors.print("".join(traceback.format_exception(err)), markup=False)
    lines = message.splitlines() or [message]
    errors.print(lines[0], markup=False, style="bold red", soft_wrap=True)
    for line in lines[1:]:
        errors.print("  " + line, markup=False, soft_wrap=True)
    if code == 2:
        errors.print(t("hint.config"), markup=False)
    raise typer.Exit(code)
