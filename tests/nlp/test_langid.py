from __future__ import annotations

import pytest

from nlp.langid import LanguageIdentifier
from schema import ConfigError


@pytest.fixture(scope="module")
def langid() -> LanguageIdentifier:
    return LanguageIdentifier(["da", "nb", "nn", "sv", "en", "de"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kommunen vil lukke skolen i Lystrup, og forældrene er meget vrede over beslutningen.", "da"),
        ("Jeg synes ikke, at det er en god idé at bygge flere boliger her.", "da"),
        ("Det er helt uakseptabelt at kommunen ikke hører på innbyggerne sine.", "nb"),
        ("Jag tycker inte att det är en bra idé att bygga fler bostäder här.", "sv"),
        ("I think the new light rail in Aarhus is a great improvement for the city.", "en"),
        ("Ich finde die neue Straßenbahn in Aarhus wirklich sehr gut gelungen.", "de"),
    ],
)
def test_languages(langid: LanguageIdentifier, text: str, lang: str) -> None:
    guess = langid.identify(text)
    assert guess.lang == lang
    assert 0 < guess.confidence <= 1


def test_short_danish_is_not_taken_for_norwegian(langid: LanguageIdentifier) -> None:
    assert langid.identify("Det er bare for dårligt af kommunen").lang == "da"


def test_too_little_text(langid: LanguageIdentifier) -> None:
    assert langid.identify("ok 👍").lang == "und"
    assert langid.identify("https://skrivunder.net/x #redskoven").lang == "und"
    assert langid.identify("ok", declared="da-DK").lang == "da"


def test_bad_settings() -> None:
    with pytest.raises(ConfigError, match="'xx' is not an ISO 639-1 code"):
        LanguageIdentifier(["da", "xx"])
    with pytest.raises(ConfigError, match="at least two"):
        LanguageIdentifier(["da"])
