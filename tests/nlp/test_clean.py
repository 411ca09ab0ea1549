from __future__ import annotations

import pytest

from nlp.clean import clean_text, split_signature

PLACES = {"Viby J", "Hornslet", "Lystrup", "Aarhus", "Aarhus C"}


def is_place(text: str) -> bool:
    return text in PLACES


def test_html_remnants() -> None:
    html = (
        "<div class='x'><p>Red <b>skoven</b> &amp; søen!</p><script>var a = '<p>';</script>"
        "<!-- kommentar --><p>Anden&nbsp;linje<br>tredje</p></div>"
    )
    assert clean_text(html) == "Red skoven & søen!\n\nAnden linje\ntredje"


def test_markdown_and_quotes() -> None:
    text = "> Jeg bor i Aarhus\n\nDet gør jeg ikke. Se [lokalplanen](https://aarhus.dk/plan) og **del** den."
    assert clean_text(text) == "Det gør jeg ikke. Se lokalplanen og del den."


def test_a_reply_that_is_all_quote_keeps_its_words() -> None:
    assert clean_text(">Havet var vredt den dag. Jeg forstod den reference") == (
        "Havet var vredt den dag. Jeg forstod den reference"
    )


def test_boilerplate_only_in_articles() -> None:
    article = (
        "Byrådet har besluttet at lukke skolen.\nLæs også: Ny sti ved åen\nForældrene er vrede.\nAnnonce"
    )
    assert clean_text(article) == "Byrådet har besluttet at lukke skolen.\nForældrene er vrede."
    assert clean_text("Tilmeld dig her: facebook.com/events/1") == "Tilmeld dig her: facebook.com/events/1"


def test_zero_width_and_whitespace() -> None:
    assert clean_text("Hej\u200b  med\u00a0dig\r\n\r\n\r\n\r\nFarvel") == "Hej med dig\n\nFarvel"


@pytest.mark.parametrize(
    ("text", "body", "town", "postcode"),
    [
        ("Bevar skoven!\n\nJens Hansen, Viby J", "Bevar skoven!", "Viby J", None),
        (
            "Bevar skoven!\nMed venlig hilsen\nKaren Sørensen, 8543 Hornslet",
            "Bevar skoven!",
            "Hornslet",
            "8543",
        ),
        ("Bevar skoven!\nKaren Sørensen, Skolevej 3, 8543 Hornslet", "Bevar skoven!", "Hornslet", "8543"),
        ("Bevar skoven!\nMvh Ole Berg, Lystrup", "Bevar skoven!", "Lystrup", None),
        (
            "Bevar skoven!\n\nOle Berg\nformand for grundejerforeningen\nLystrup",
            "Bevar skoven!",
            "Lystrup",
            None,
        ),
        ("Vi skal bevare skoven. Jens Hansen, Viby J", "Vi skal bevare skoven.", "Viby J", None),
        ("Bevar skoven!\nJens Hansen (S), byrådsmedlem, Aarhus C", "Bevar skoven!", "Aarhus C", None),
    ],
)
def test_signatures(text: str, body: str, town: str, postcode: str | None) -> None:
    got_body, signature = split_signature(text, is_place)
    assert got_body == body
    assert signature is not None and (signature.town, signature.postcode) == (town, postcode)


@pytest.mark.parametrize(
    "text",
    [
        "Bevar skoven!\nMette Frederiksen, statsminister",  # no place: not a signature
        "Jeg bor i Lystrup",
        "Kommunen har svaret.\nDet er godt, Aarhus",  # a sentence, not a name
        "",
    ],
)
def test_not_signatures(text: str) -> None:
    assert split_signature(text, is_place) == (text, None)
