"""Debatradar's Streamlit app: login, the Danish/English switch, navigation by role and the frame.

Run with `debatradar ui`, or `streamlit run ui/app.py` with DEBATRADAR_CONFIG pointing at the
configuration file. Pages live in ui/app_pages/ and read data only through ui/data/.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from schema import DebatradarError
from schema.settings import Settings
from ui import auth, data
from ui.access import PageKey, User
from ui.frame import USER_KEY, explain
from ui.i18n import LANGUAGES, Lang, set_default_lang, t

PAGES_DIR = Path(__file__).resolve().parent / "app_pages"
ICONS: dict[PageKey, str] = {
    "alerts": ":material/notifications_active:",
    "search": ":material/search:",
    "issues": ":material/forum:",
    "remote": ":material/travel_explore:",
    "briefings": ":material/description:",
    "sources": ":material/rss_feed:",
    "admin": ":material/admin_panel_settings:",
}
#: Query parameters that open one item; kept through the login so links in notifications work.
_DEEP_LINK_PARAMS = ("alert", "issue", "briefing")
_DEEP_LINK = "_app_deep_link"
_LOGGED_IN = "_app_login_logged"


def main() -> None:
    """Build the frame and run the page the user asked for."""
    _harden()
    st.set_page_config(
        page_title="Debatradar", page_icon=":material/radar:", layout="wide", initial_sidebar_state="expanded"
    )
    try:
        settings = data.settings()
    except DebatradarError as err:
        set_default_lang("da")
        st.error(explain(err), icon=":material/error:")
        st.stop()
    set_default_lang(settings.ui.language)
    data.warm_up()
    _remember_deep_link()
    user = auth.current_user(settings)
    if user is None or not user.roles:
        st.session_state.pop(USER_KEY, None)
        with st.sidebar:
            _language_switch()
        st.navigation(
            [st.Page(_login_page, title=t("login.title"), url_path="login", icon=":material/login:")]
        ).run()
        return
    st.session_state[USER_KEY] = user
    _log_oidc_login(settings, user)
    pages = {key: _page(key, user) for key in user.pages()}
    current = st.navigation(list(pages.values()))
    _sidebar(settings, user)
    _follow_deep_link(pages)
    current.run()


def _harden() -> None:
    """Client options that must hold however the app was started (ui.app_command also sets them).

    Streamlit's own table download would let data leave without an audit entry, and error
    details would show tracebacks to users.
    """
    st.set_option("client.disableDataExport", True)
    st.set_option("client.showErrorDetails", "none")
    st.set_option("client.toolbarMode", "minimal")


def _page(key: PageKey, user: User) -> st.Page:
    return st.Page(
        PAGES_DIR / f"{key}.py",
        title=t(f"nav.{key}"),
        icon=ICONS[key],
        url_path=key,
        default=key == user.home(),
    )


def _login_page() -> None:
    auth.login_form(data.settings())


def _language_switch() -> None:
    names = {"da": "Dansk", "en": "English"}
    choice = st.segmented_control(
        t("app.language"),
        options=list(LANGUAGES),
        format_func=lambda code: names[code],
        key="lang_switch",
        default=st.session_state.get("lang", "da"),
    )
    if choice in LANGUAGES and choice != st.session_state.get("lang"):
        lang: Lang = "en" if choice == "en" else "da"
        st.session_state["lang"] = lang
        st.rerun()


def _sidebar(settings: Settings, user: User) -> None:
    with st.sidebar:
        st.markdown(f"**{t('app.name')}** · {', '.join(m.name for m in settings.municipalities)}")
        roles = ", ".join(t(f"role.{r}") for r in sorted(user.roles))
        st.caption(t("app.signed_in_as", name=user.display_name, roles=roles))
        _language_switch()
        left, right = st.columns(2)
        if left.button(t("app.refresh"), key="refresh", help=t("app.refresh_help"), width="stretch"):
            data.refresh()
            st.rerun()
        if right.button(t("login.logout"), key="logout", width="stretch"):
            st.session_state.pop(_LOGGED_IN, None)
            auth.logout(settings)
        st.caption(t("app.privacy_note"))


def _remember_deep_link() -> None:
    wanted = {k: st.query_params[k] for k in _DEEP_LINK_PARAMS if k in st.query_params}
    if wanted and _DEEP_LINK not in st.session_state and USER_KEY not in st.session_state:
        st.session_state[_DEEP_LINK] = wanted


def _follow_deep_link(pages: dict[PageKey, st.Page]) -> None:
    wanted: dict[str, str] | None = st.session_state.pop(_DEEP_LINK, None)
    if not wanted:
        return
    target: PageKey = "alerts" if "alert" in wanted else "issues" if "issue" in wanted else "briefings"
    if target in pages and any(k not in st.query_params for k in wanted):
        st.switch_page(pages[target], query_params=wanted)


def _log_oidc_login(settings: Settings, user: User) -> None:
    if settings.ui.auth == "oidc" and not st.session_state.get(_LOGGED_IN):
        try:
            data.audit(user, "login", detail="oidc")
        except DebatradarError:  # the index is down; each page explains it
            return
        st.session_state[_LOGGED_IN] = True


main()
