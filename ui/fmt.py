"""Numbers, shares, dates and levels written the way a Danish (or English) reader expects."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from schema import Level
from ui.i18n import Lang, current_lang, t

#: Times are stored in UTC and shown in Danish local time.
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")

LEVEL_COLOURS: dict[str, str] = {
    Level.WATCH.value: "#c99a00",
    Level.WARNING.value: "#d9661f",
    Level.ALERT.value: "#b3261e",
}
#: Streamlit markdown colours of the levels (for badges in labels and text).
LEVEL_BADGES: dict[str, str] = {
    Level.WATCH.value: "yellow",
    Level.WARNING.value: "orange",
    Level.ALERT.value: "red",
}

_MONTHS = {
    "da": ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def number(value: float | None, decimals: int = 0, lang: Lang | None = None) -> str:
    """1234.5 -> '1.234,5' in Danish, '1,234.5' in English; None -> '–'."""
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    if (lang or current_lang()) == "da":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def percent(share: float | None, decimals: int = 0, lang: Lang | None = None) -> str:
    """0.125 -> '12,5 %' in Danish, '12.5%' in English; None -> '–'."""
    if share is None:
        return "–"
    lang = lang or current_lang()
    value = number(share * 100, decimals, lang)
    return f"{value} %" if lang == "da" else f"{value}%"


def local(moment: datetime) -> datetime:
    """A UTC time in Danish local time."""
    return moment.astimezone(LOCAL_TZ)


def day(value: date | datetime | None, lang: Lang | None = None) -> str:
    """'22. nov. 2026' in Danish, '22 Nov 2026' in English."""
    if value is None:
        return "–"
    if isinstance(value, datetime):
        value = local(value).date()
    lang = lang or current_lang()
    month = _MONTHS[lang][value.month - 1]
    return f"{value.day}. {month} {value.year}" if lang == "da" else f"{value.day} {month} {value.year}"


def short_day(value: date | datetime | None, lang: Lang | None = None) -> str:
    """'22. nov.' in Danish, '22 Nov' in English (for narrow figures)."""
    if value is None:
        return "–"
    return day(value, lang).rsplit(" ", 1)[0]


def moment(value: datetime | None, lang: Lang | None = None) -> str:
    """'22. nov. 2026 kl. 14:05' in Danish, '22 Nov 2026 14:05' in English (local time)."""
    if value is None:
        return "–"
    lang = lang or current_lang()
    clock = local(value).strftime("%H:%M")
    return f"{day(value, lang)} kl. {clock}" if lang == "da" else f"{day(value, lang)} {clock}"


def level(value: Level | str) -> str:
    """The translated name of a level as a coloured badge (Streamlit markdown: labels, metrics, text)."""
    key = value.value if isinstance(value, Level) else value
    return f":{LEVEL_BADGES.get(key, 'gray')}-badge[{t('level.' + key)}]"


def level_style(name: str) -> str:
    """CSS for a table cell holding a translated level name (for pandas Styler)."""
    for key, colour in LEVEL_COLOURS.items():
        if name == t("level." + key):
            return f"background-color: {colour}; color: white; font-weight: 600"
    return ""


def level_name(value: Level | str) -> str:
    """The translated name of a level, without a marker."""
    return t("level." + (value.value if isinstance(value, Level) else value))


def platform(value: str) -> str:
    """The translated name of a platform ('letters' -> 'Læserbreve')."""
    text = t("platform." + value)
    return value if text == "platform." + value else text


def cue_family(value: str) -> str:
    """The translated name of a call-to-action family."""
    text = t("cue." + value)
    return value if text == "cue." + value else text
