"""OIDC login (ui.auth: oidc): st.user from the identity provider, roles from the token claim."""

from __future__ import annotations

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import APP, TIMEOUT, assert_no_errors
from tests.ui.demo_data import Deployment


def oidc_app(monkeypatch: pytest.MonkeyPatch, deployment: Deployment, tmp_path, user: dict) -> AppTest:
    data = yaml.safe_load(deployment.config.read_text(encoding="utf-8"))
    data["ui"] = {"auth": "oidc", "oidc_provider": "microsoft", "oidc_role_claim": "roles"}
    config = tmp_path / "oidc.yaml"
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("DEBATRADAR_CONFIG", str(config))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.user = user
    return at.run()


def test_not_signed_in_gets_the_single_sign_on_button(monkeypatch, deployment, tmp_path):
    at = oidc_app(monkeypatch, deployment, tmp_path, {"is_logged_in": False})
    assert_no_errors(at)
    assert [b.label for b in at.button if b.key == "oidc_login"] == ["Log ind med kommunens konto"]
    assert not at.text_input  # no local password form in OIDC mode


def test_roles_from_the_token_decide_the_pages(monkeypatch, deployment, tmp_path):
    user = {
        "is_logged_in": True,
        "preferred_username": "aa@aarhus.dk",
        "name": "Anne Analytiker",
        "roles": ["Analyst", "Leadership"],
    }
    at = oidc_app(monkeypatch, deployment, tmp_path, user)
    assert_no_errors(at)
    assert at.title[0].value == "Søgning"
    at.switch_page("app_pages/briefings.py").run()
    assert at.title[0].value == "Ugebriefing"
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("app_pages/admin.py")
    from index import open_store
    from schema.settings import load_settings

    store = open_store(load_settings(deployment.config))
    entries = store.list_audit(limit=100)
    store.close()
    assert any(e.action == "login" and e.user == "aa@aarhus.dk" and e.detail == "oidc" for e in entries)


def test_a_signed_in_user_without_a_role_is_told_so(monkeypatch, deployment, tmp_path):
    user = {"is_logged_in": True, "email": "gæst@aarhus.dk", "roles": ["Reader"]}
    at = oidc_app(monkeypatch, deployment, tmp_path, user)
    assert not at.exception
    assert any("ingen rolle i Debatradar" in e.value for e in at.error)
    assert [b.key for b in at.button if b.key == "oidc_logout"] == ["oidc_logout"]
