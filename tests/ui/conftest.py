"""Fixtures of the UI tests: one realistic deployment per session and an AppTest logged in as a role."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.demo_data import PASSWORDS, Deployment, build

APP = Path(__file__).resolve().parents[2] / "ui" / "app.py"
TIMEOUT = 60


@pytest.fixture(scope="session")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    """A filled embedded store and its config (built once; tests that write use `fresh_deployment`)."""
    return build(tmp_path_factory.mktemp("ui-deployment"), now=datetime.now(UTC))


@pytest.fixture
def fresh_deployment(tmp_path: Path) -> Deployment:
    """A deployment of its own, for tests that change data or configuration."""
    return build(tmp_path / "deployment", now=datetime.now(UTC), scale=0.4)


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, deployment: Deployment) -> Callable[..., AppTest]:
    """Start the app against the shared deployment, optionally logged in as a user."""
    return _starter(monkeypatch, deployment)


@pytest.fixture
def fresh_app(monkeypatch: pytest.MonkeyPatch, fresh_deployment: Deployment) -> Callable[..., AppTest]:
    """Start the app against a deployment of its own."""
    return _starter(monkeypatch, fresh_deployment)


def _starter(monkeypatch: pytest.MonkeyPatch, deployment: Deployment) -> Callable[..., AppTest]:
    monkeypatch.setenv("DEBATRADAR_CONFIG", str(deployment.config))

    def start(username: str | None = None, lang: str | None = None) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
        if lang:
            at.session_state["lang"] = lang
        at.run()
        if username is not None:
            login(at, username)
        return at

    return start


def login(at: AppTest, username: str, password: str | None = None) -> AppTest:
    """Fill in the login form and submit it."""
    at.text_input(key="login_username").input(username)
    at.text_input(key="login_password").input(password if password is not None else PASSWORDS[username])
    at.button[0].click() if not at.get("form_submit_button") else _submit(at)
    at.run()
    return at


def _submit(at: AppTest) -> None:
    at.get("form_submit_button")[0].click()  # type: ignore[attr-defined]


def texts(at: AppTest) -> str:
    """Everything the page shows as text (for assertions on messages)."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "warning",
        "error",
        "success",
        "text",
    ):
        parts.extend(str(getattr(e, "value", "")) for e in at.get(kind))
    parts.extend(str(m.label) + " " + str(m.value) for m in at.metric)
    return "\n".join(parts)


def assert_no_errors(at: AppTest) -> None:
    """The run raised nothing and showed no error box."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
