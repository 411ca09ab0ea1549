"""A tiny message catalogue helper: Danish first, English available."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from schema import Level

Language = Literal["da", "en"]

Catalog = Mapping[str, Mapping[Language, str]]

_LEVELS: dict[Language, dict[Level, str]] = {
    "da": {Level.WATCH: "Hold øje", Level.WARNING: "Advarsel", Level.ALERT: "Alarm"},
    "en": {Level.WATCH: "Watch", Level.WARNING: "Warning", Level.ALERT: "Alert"},
}


def tr(catalog: Catalog, key: str, lang: Language, /, **values: object) -> str:
    """The text of ``key`` in ``lang`` (Danish if missing), with ``{name}`` fields filled in."""
    entry = catalog[key]
    text = entry.get(lang) or entry["da"]
    return text.format(**values) if values else text


def level_name(level: Level, lang: Language) -> str:
    """The level as a word in the language ("Alarm", "Advarsel", "Hold øje")."""
    return _LEVELS[lang][level]


def percent(share: float | None, lang: Language) -> str:
    """A share as a percentage in the language's style ("70 %" in Danish, "70%" in English)."""
    if share is None:
        return "ukendt" if lang == "da" else "unknown"
    return f"{round(share * 100)} %" if lang == "da" else f"{round(share * 100)}%"


def number(value: float, lang: Language, decimals: int = 0) -> str:
    """A number with the language's decimal and thousands separators (1.234,5 vs 1,234.5)."""
    text = f"{value:,.{decimals}f}"
    if lang == "da":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
