"""What every page shares: the current user, role checks, headings, empty states and errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from index import QuerySyntaxError
from schema import ConfigError, DebatradarError, QueryError, StoreError, StoreUnavailableError
from ui.access import Action, PageKey, User
from ui.i18n import current_lang, t

log = logging.getLogger(__name__)
USER_KEY = "_frame_user"


def user() -> User:
    """The logged-in user (set by app.py before a page runs); stops the page when there is none."""
    current = st.session_state.get(USER_KEY)
    if not isinstance(current, User):
        st.error(t("error.not_logged_in"))
        st.stop()
    return current


def require(page: PageKey) -> User:
    """The user, if one of their roles shows `page`; otherwise an explanation and the page stops."""
    current = user()
    if not current.sees(page):
        st.error(t("error.forbidden"))
        st.stop()
    return current


def allowed(action: Action) -> bool:
    """Whether the current user may do `action` (controls are hidden when not)."""
    current = st.session_state.get(USER_KEY)
    return isinstance(current, User) and current.can(action)


def open_item(widget_key: str, param: str) -> None:
    """Open the item chosen in a selectbox (`?param=<id>`) and clear the box (an on_change callback)."""
    chosen = st.session_state.get(widget_key)
    if chosen:
        st.query_params[param] = str(chosen)
    st.session_state[widget_key] = None


def heading(page: PageKey) -> None:
    """The page's title with a one-line explanation of what it is for."""
    st.title(t(f"nav.{page}"), help=t(f"{page}.help"))
    st.caption(t(f"{page}.intro"))


def empty(key: str, **values: object) -> None:
    """An empty state that says why there is nothing and what to do."""
    st.info(t(key, **values), icon=":material/info:")


def explain(err: Exception) -> str:
    """A plain-language (Danish or English) message for an error."""
    if isinstance(err, StoreUnavailableError):
        return t("error.store_down")
    if isinstance(err, QuerySyntaxError):
        return t("error.query", detail=_sentence(err.localized(current_lang())))
    if isinstance(err, QueryError):
        return t("error.query", detail=_sentence(str(err)))
    if isinstance(err, ConfigError):
        return t("error.config", detail=_sentence(str(err)))
    if isinstance(err, StoreError):
        return t("error.store", detail=_sentence(str(err)))
    if isinstance(err, DebatradarError):
        return t("error.generic", detail=_sentence(str(err)))
    return t("error.unexpected")


def first_problem(err: ValueError) -> str:
    """The first problem of a validation error as 'field: message' (the whole text otherwise)."""
    errors = getattr(err, "errors", None)
    if callable(errors):
        problems = errors()
        if problems:
            first = problems[0]
            return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(err)


def _sentence(text: str) -> str:
    """A message as one sentence that ends with a full stop."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


@contextmanager
def guard() -> Iterator[None]:
    """Show a failure inside the block as a clear message; the rest of the page still renders."""
    try:
        yield
    except DebatradarError as err:
        log.warning("ui: %s: %s", type(err).__name__, err)
        st.error(explain(err), icon=":material/error:")
    except Exception as err:
        log.exception("ui: unexpected error")
        st.error(explain(err), icon=":material/error:")
