"""Danish synonyms in the same inflected form, so the same opinion is worded in different ways."""

from __future__ import annotations

import random
import re

_GROUPS: tuple[tuple[str, ...], ...] = (
    ("vanvittigt", "sindssygt", "tosset", "helt absurd", "hul i hovedet"),
    ("kommunen", "rådhuset", "forvaltningen"),
    ("politikerne", "byrådspolitikerne", "lokalpolitikerne", "de folkevalgte"),
    ("borgerne", "beboerne", "indbyggerne"),
    ("fantastisk", "super", "fremragende"),
    ("synes", "mener", "tænker"),
    ("rigtig", "virkelig", "enormt"),
    ("farligt", "livsfarligt", "risikabelt", "utrygt"),
    ("altid", "hele tiden", "konstant"),
    ("børnene", "ungerne"),
    ("ærligt talt", "helt ærligt", "ærlig talt", "for at være ærlig"),
    ("folk", "mennesker"),
    ("skandale", "katastrofe", "farce"),
    ("irriterende", "træls", "frustrerende", "pisseirriterende"),
    ("træt af", "led og ked af", "dødtræt af"),
    ("ødelægge", "smadre", "spolere"),
    ("ødelægger", "smadrer", "spolerer"),
    ("ødelagt", "smadret", "spoleret"),
    ("vigtigt", "afgørende", "essentielt"),
    ("bekymret", "nervøs", "urolig"),
    ("penge", "midler", "kroner"),
    ("forstår", "fatter", "begriber"),
    ("måske", "muligvis", "formentlig"),
    ("desværre", "ærgerligt nok"),
    ("faktisk", "egentlig"),
    ("naboer", "genboer"),
    ("elsker", "holder meget af", "er vild med"),
    ("hurtigt", "stærkt"),
    ("idé", "ide", "tanke"),
    ("Helt enig", "Fuldstændig enig", "Enig", "Kunne ikke være mere enig"),
    ("helt vildt", "totalt vildt", "helt sindssygt"),
    ("stor", "kæmpe", "enorm"),
    ("lige nu", "for tiden", "i øjeblikket"),
    ("i årevis", "i mange år", "i en evighed"),
)
_LOOKUP = {word: group for group in _GROUPS for word in group}
_PATTERN = re.compile(
    r"(?<![\wæøåÆØÅ])("
    + "|".join(sorted(map(re.escape, _LOOKUP), key=len, reverse=True))
    + r")(?![\wæøåÆØÅ])"
)


def vary(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """Swap some words for a synonym of the same form ('vanvittigt' -> 'sindssygt').

    Examples:
        >>> vary("Det er vanvittigt.", random.Random(3), rate=1.0)
        'Det er tosset.'
    """

    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        if rng.random() >= rate:
            return word
        return rng.choice([w for w in _LOOKUP[word] if w != word])

    return _PATTERN.sub(swap, text)
