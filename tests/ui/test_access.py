"""Role gating: each role sees only its pages and actions (AppTest against a real store)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import APP, TIMEOUT, assert_no_errors, login, texts
from ui.access import PAGES, User, known_roles

EXPECTED_PAGES = {
    "kommunikation": {"alerts", "issues", "remote", "briefings"},
    "analytiker": {"alerts", "search", "issues", "remote", "briefings", "sources"},
    "direktion": {"alerts", "issues", "remote", "briefings"},
    "admin": set(PAGES),
}
HOME_TITLE = {
    "kommunikation": "Varsler",
    "analytiker": "Søgning",
    "direktion": "Ugebriefing",
    "admin": "Varsler",
}


def registered(at) -> set[str]:
    """The pages navigation registered for this session (file pages by file name, the login page by path)."""
    names = set()
    for info in at._registered_pages.values():
        script = info.get("script_path")
        names.add(
            Path(str(script)).stem
            if script and str(script).endswith(".py") and "app_pages" in str(script)
            else info.get("url_pathname") or info.get("page_name")
        )
    return names


@pytest.mark.parametrize("username", sorted(EXPECTED_PAGES))
def test_each_role_sees_only_its_pages_and_lands_on_its_home(app, username):
    at = app(username)
    assert_no_errors(at)
    assert registered(at) == EXPECTED_PAGES[username]
    assert at.title[0].value == HOME_TITLE[username]
    for page in set(PAGES) - EXPECTED_PAGES[username]:
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(f"app_pages/{page}.py")


def test_not_logged_in_sees_only_the_login_form(app):
    at = app()
    assert registered(at) == {"Log ind"}
    assert [t.label for t in at.text_input] == ["Brugernavn", "Adgangskode"]
    assert "revisionslog" in texts(at)


def test_wrong_password_is_refused_and_too_many_lock_the_form(app, deployment):
    at = app()
    login(at, "analytiker", "forkert-kodeord")
    assert "Forkert brugernavn eller adgangskode." in [e.value for e in at.error]
    assert registered(at) == {"Log ind"}
    login(at, "findes-ikke", "forkert-kodeord")
    for _ in range(3):
        login(at, "analytiker", "forkert-kodeord")
    assert any("For mange forkerte forsøg" in e.value for e in at.error)
    assert at.text_input(key="login_password").disabled


def test_logout_forgets_the_users_work(app):
    at = app("analytiker")
    at.text_input(key="s_text").input("træerne")
    at.get("form_submit_button")[0].click().run()
    assert "search_active" in at.session_state
    at.button(key="logout").click().run()
    assert registered(at) == {"Log ind"}
    assert "search_active" not in at.session_state and "_auth_user" not in at.session_state
    assert at.session_state["lang"] == "da"


def test_login_is_audited(app, deployment):
    from index import open_store
    from schema.settings import load_settings

    app("direktion")
    store = open_store(load_settings(deployment.config))
    entries = store.list_audit(limit=50)
    store.close()
    assert any(e.action == "login" and e.user == "direktion" for e in entries)


def test_alert_actions_follow_the_role(app, deployment):
    alert_id = next(a.alert_id for a in deployment.alerts if a.level.value == "alert")
    shown = {}
    for username in ("kommunikation", "analytiker", "direktion"):
        at = app(username)
        at.query_params["alert"] = alert_id
        at.run()
        assert_no_errors(at)
        shown[username] = {b.key for b in at.button if b.key}
    assert "al_ack" in shown["kommunikation"] and "al_assign_btn" in shown["kommunikation"]
    assert "al_ack" not in shown["direktion"] and "al_assign_btn" not in shown["direktion"]
    assert "al_ack" not in shown["analytiker"]


@pytest.mark.parametrize(("page", "roles"), [("admin", {"leadership"}), ("search", {"communication"})])
def test_a_page_checks_the_role_itself_when_run_directly(monkeypatch, deployment, page, roles):
    monkeypatch.setenv("DEBATRADAR_CONFIG", str(deployment.config))
    at = AppTest.from_file(str(APP.parent / "app_pages" / f"{page}.py"), default_timeout=TIMEOUT)
    at.session_state["_frame_user"] = User("direkte", "Direkte", frozenset(roles))
    at.run()
    assert [e.value for e in at.error] == ["Din rolle giver ikke adgang til denne side."]
    assert not at.dataframe and not at.text_input


def test_a_page_without_a_login_stops(monkeypatch, deployment):
    monkeypatch.setenv("DEBATRADAR_CONFIG", str(deployment.config))
    at = AppTest.from_file(str(APP.parent / "app_pages" / "alerts.py"), default_timeout=TIMEOUT).run()
    assert [e.value for e in at.error] == ["Du er ikke logget ind."]


def test_oidc_roles_come_from_the_token_claim():
    assert known_roles(["Analyst", "admin", "stranger"]) == {"analyst", "admin"}
    assert known_roles([]) == frozenset()
