"""Login: local users with bcrypt hashes (embedded default) or OIDC via `st.login` (production).

With `ui.auth: oidc` Streamlit handles the OpenID Connect flow (configured in
.streamlit/secrets.toml, see docs/ui.md for Microsoft Entra ID) and the roles come from the
token claim `ui.oidc_role_claim`. A user without a Debatradar role sees nothing but a message.
"""

from __future__ import annotations

import logging
import time

import streamlit as st

from schema import DebatradarError
from schema.settings import Settings
from ui import data
from ui.access import User, known_roles
from ui.i18n import t
from ui.passwords import verify_password

log = logging.getLogger(__name__)
_USER = "_auth_user"
_FAILED = "_auth_failed"


def current_user(settings: Settings) -> User | None:
    """The logged-in user of this session, or None."""
    if settings.ui.auth == "oidc":
        return _oidc_user(settings)
    user = st.session_state.get(_USER)
    if not isinstance(user, User):
        return None
    # a user removed from the configuration (or whose roles changed) is checked on every run
    configured = next((u for u in settings.ui.users if u.username == user.username), None)
    if configured is None:
        st.session_state.pop(_USER, None)
        return None
    return User(user.username, configured.display_name, frozenset(configured.roles))


def _oidc_user(settings: Settings) -> User | None:
    if not st.user.is_logged_in:
        return None
    claims = st.user.to_dict()
    raw: object = claims.get(settings.ui.oidc_role_claim) or []
    values = raw if isinstance(raw, list) else str(raw).replace(",", " ").split()
    username = str(claims.get("preferred_username") or claims.get("email") or claims.get("sub") or "?")
    name = str(claims.get("name") or username)
    return User(username, name, known_roles(values))


def login_form(settings: Settings) -> None:
    """The login page: a form for local users, or the button that starts the OIDC flow."""
    middle = st.columns([1, 2, 1])[1]
    with middle:
        st.title(t("app.name"))
        st.caption(t("login.tagline"))
        if settings.ui.auth == "oidc":
            _oidc_button(settings)
        else:
            _local_form(settings)
        st.caption(t("login.privacy"))


def _oidc_button(settings: Settings) -> None:
    if st.user.is_logged_in:
        st.error(t("login.no_role", claim=settings.ui.oidc_role_claim))
        if st.button(t("login.logout"), key="oidc_logout"):
            st.logout()
        return
    if st.button(t("login.oidc"), key="oidc_login", type="primary"):
        if settings.ui.oidc_provider:
            st.login(settings.ui.oidc_provider)
        else:
            st.login()


def _local_form(settings: Settings) -> None:
    if not settings.ui.users:
        st.warning(t("login.no_users"))
        return
    failed = int(st.session_state.get(_FAILED, 0))
    locked = failed >= settings.ui.login_max_attempts
    with st.form("login", border=True):
        username = st.text_input(t("login.username"), key="login_username", disabled=locked)
        password = st.text_input(t("login.password"), type="password", key="login_password", disabled=locked)
        submitted = st.form_submit_button(t("login.submit"), type="primary", disabled=locked)
    if locked:
        st.error(t("login.locked"))
        return
    if not submitted:
        return
    name = username.strip().lower()
    configured = next((u for u in settings.ui.users if u.username == name), None)
    ok = verify_password(password, configured.password_hash if configured else None)
    if not ok or configured is None:
        st.session_state[_FAILED] = failed + 1
        time.sleep(min(0.3 * (failed + 1), 1.5))  # slows down guessing
        if failed + 1 >= settings.ui.login_max_attempts:
            st.rerun()
        st.error(t("login.failed"))
        return
    user = User(configured.username, configured.display_name, frozenset(configured.roles))
    try:
        data.audit(user, "login", detail="local")
    except DebatradarError as err:  # the index is down: let the user in to see the explanation on each page
        log.warning("login of %s not audited: %s", user.username, err)
    st.session_state[_USER] = user
    st.session_state[_FAILED] = 0
    st.rerun()


def logout(settings: Settings) -> None:
    """End the session's login (and the OIDC session); nothing of the user's work stays in the tab."""
    for key in list(st.session_state):
        if key != "lang":
            del st.session_state[key]
    if settings.ui.auth == "oidc":
        st.logout()
    else:
        st.rerun()
