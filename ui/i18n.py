"""Texts of the app in Danish (default) and English: `t("key", **values)`.

The catalogs live in ui/texts/da.py and ui/texts/en.py as flat dicts with the same keys.
The language of a session is chosen in the sidebar and kept in session state.
"""

from __future__ import annotations

from typing import Literal

import streamlit as st
from streamlit import runtime

from ui.texts import da, en

Lang = Literal["da", "en"]
LANGUAGES: tuple[Lang, ...] = ("da", "en")
CATALOGS: dict[Lang, dict[str, str]] = {"da": da.TEXTS, "en": en.TEXTS}
_LANG_KEY = "lang"


def current_lang() -> Lang:
    """The session's language; Danish outside a running app."""
    if not runtime.exists():
        return "da"
    value = st.session_state.get(_LANG_KEY, "da")
    return "en" if value == "en" else "da"


def set_default_lang(lang: Lang) -> None:
    """Start a new session in the configured language (a choice already made is kept)."""
    if _LANG_KEY not in st.session_state or st.session_state[_LANG_KEY] not in LANGUAGES:
        st.session_state[_LANG_KEY] = lang


def t(key: str, lang: Lang | None = None, /, **values: object) -> str:
    """The text for `key` in the session's language, with `{placeholders}` filled in.

    Examples:
        >>> t("level.alert", "da")
        'Alarm'
    """
    catalog = CATALOGS[lang or current_lang()]
    text = catalog.get(key)
    if text is None:
        text = CATALOGS["da"].get(key, key)
    return text.format(**values) if values else text
