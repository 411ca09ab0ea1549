from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from spacy.language import Language

from nlp import Gazetteer
from nlp.pipeline import build_pipeline
from nlp.pipeline.cues import DEFAULT_PATTERNS, CueMatcher, link_host


@pytest.fixture(scope="module")
def nlp(nlp_data_dir: Path, gazetteer: Gazetteer) -> Language:
    return build_pipeline("blank", nlp_data_dir / "cache")


def cues(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(c.family, c.lemma) for c in nlp(text)._.dr_cues]


def test_every_pattern_passes_the_trigger() -> None:
    """The trigger skips the Matcher for texts without a cue word: it must cover every first word."""
    config = json.loads(DEFAULT_PATTERNS.read_text(encoding="utf-8"))
    trigger = re.compile(config["trigger"], re.IGNORECASE)
    for family, patterns in config["patterns"].items():
        for pattern in patterns:
            first = pattern[0]
            words = []
            for key in ("LOWER", "LEMMA"):
                value = first.get(key)
                if isinstance(value, str):
                    words.append(value)
                elif isinstance(value, dict) and "IN" in value:
                    words += value["IN"]
                elif isinstance(value, dict) and "REGEX" in value:
                    literal = re.sub(r"^\^|\(\?!.*?\)|\[a-zæøå\]\*|\(ind\)\?", "", value["REGEX"])
                    words.append(re.split(r"[(\[?|]", literal)[0] or literal)
            assert words, f"{family}: first token of {pattern} has no word the trigger can be checked on"
            for word in words:
                assert trigger.search(word), f"{family}: trigger misses {word!r}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skriv under nu!", [("sign", "skrive under")]),
        ("Har du skrevet under?", [("sign", "skrive under")]),
        ("Red Skjoldhøjskoven!", [("save_stop", "red skjoldhøjskoven")]),
        ("Bevar Ceres-grunden", [("save_stop", "bevar ceres-grunden")]),
        ("Nej til at lukke biblioteket", [("save_stop", "nej til at lukke")]),
        ("#stopsvinefabrikken", [("hashtag", "stopsvinefabrikken")]),
        ("Se https://www.skrivunder.net/bevar", [("petition_link", "skrivunder.net")]),
        ("Tilmeld dig: facebook.com/events/123/", [("event_link", "facebook.com")]),
        ("Kom til borgermødet", [("public_meeting", "komme til borgermøde")]),
        (
            "Kom til lokalrådets møde om trafikken på tirsdag.",
            [("public_meeting", "komme til lokalråd møde")],
        ),
        ("Skriv til lokalrådet hvis du også er generet.", [("contact", "skrive til lokalråd")]),
        ("Ring til kommunen i morgen!", [("contact", "ring til kommune")]),
        ("Send en mail til din byrådspolitiker", [("contact", "sende en mail til din byrådspolitiker")]),
    ],
)
def test_cues_found(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert cues(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hun red på sin hest.",
        "Red Bull sponsorerer løbet.",
        "En stor del af budgettet.",
        "Bussen holder stop ved stationen.",
        "Magtdemonstrationen var tydelig.",
        "Protestantisk kirke får nyt orgel.",
        "#aarhus #dkpol",
        "https://www.dr.dk/nyheder",
    ],
)
def test_not_cues(nlp: Language, text: str) -> None:
    assert cues(nlp, text) == []


def test_link_families(nlp: Language) -> None:
    matcher = next(c for _, c in nlp.pipeline if isinstance(c, CueMatcher))
    assert matcher.link_family("https://www.change.org/p/x") == "petition_link"
    assert matcher.link_family("https://sub.skrivunder.net/x") == "petition_link"
    assert matcher.link_family("https://notskrivunder.net/x") is None
    assert matcher.link_family("https://fb.me/e/abc") == "event_link"
    assert matcher.link_family("https://www.dr.dk/") is None
    assert link_host("www.borgerforslag.dk/forslag") == "borgerforslag.dk"
    assert link_host("http://[::1") == ""


def test_custom_patterns_file(tmp_path: Path, nlp: Language) -> None:
    config = json.loads(DEFAULT_PATTERNS.read_text(encoding="utf-8"))
    config["patterns"] = {"protest": [[{"LOWER": "buh"}]]}
    config["trigger"] = "buh"
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    matcher = CueMatcher(nlp, path)
    doc = matcher(nlp.make_doc("buh buh"))
    assert [c.family for c in doc._.dr_cues] == ["protest", "protest"]
