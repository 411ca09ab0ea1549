"""Normalising Danish place names so that spelling variants meet in one key."""

from __future__ import annotations

import re
import unicodedata

#: trailing parts of postal town names that only tell districts apart ("Viby J", "Odense SØ")
POSTAL_SUFFIXES = frozenset(
    {
        "c",
        "k",
        "n",
        "s",
        "v",
        "ø",
        "nv",
        "nø",
        "sv",
        "sø",
        "m",
        "j",
        "l",
        "f",
        "sj",
        "øst",
        "fyn",
        "thy",
        "vestj",
        "midtsj",
        "sjælland",
        "sydfyn",
        "st",
        "by",
        "jyll",
        "djurs",
        "stevns",
        "kyst",
        "ærø",
        "mors",
        "falster",
    }
)

_SPACES = re.compile(r"[\s\-–/]+")
_DROP = re.compile(r"[.’'`´]")
_MUNICIPALITY_WORD = re.compile(r"\s+(kommune|municipality)$")


def norm(name: str) -> str:
    """The lookup key of a name: NFC, case-folded, 'aa' as 'å', hyphens as spaces, no dots.

    Examples:
        >>> norm("Århus") == norm("Aarhus") == "århus"
        True
        >>> norm("Viby J.")
        'viby j'
        >>> norm("Høje-Taastrup")
        'høje tåstrup'
    """
    text = unicodedata.normalize("NFC", name).casefold().replace("aa", "å")
    text = _DROP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def fold(name: str) -> str:
    """An ASCII-ish fold used to compare a name with its foreign spellings ('Arhus' ~ 'Århus')."""
    text = norm(name).replace("æ", "ae").replace("ø", "o").replace("å", "a")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_municipality_word(name: str) -> str:
    """'Aarhus Kommune' -> 'Aarhus'; 'Københavns Kommune' -> 'København'."""
    match = _MUNICIPALITY_WORD.search(name.strip().casefold())
    if match is None:
        return name.strip()
    base = name.strip()[: match.start()].strip()
    return base[:-1] if norm(base) == "københavns" else base


def postal_base(name: str) -> str | None:
    """The town part of a postal name without its district letter ('Viby J' -> 'Viby'), if any."""
    parts = name.split()
    if len(parts) >= 2 and norm(parts[-1]) in POSTAL_SUFFIXES:
        return " ".join(parts[:-1])
    return None


def demonym_forms(singular: str) -> list[str]:
    """Inflected forms of a demonym: 'aarhusianer' -> aarhusianere, aarhusianerne, aarhusianeren, ..."""
    forms = [singular, singular + "e", singular + "ne", singular + "en", singular + "s"]
    if singular.endswith("er"):
        forms += [singular + "nes", singular + "ens", singular + "es"]
    if singular.endswith("bo"):
        forms += [singular + "er", singular + "erne", singular + "en"]
    return forms
