from __future__ import annotations

import logging
from pathlib import Path

import pytest

import nlp
from nlp import Enricher
from schema import EnrichedDocument
from tests.nlp.conftest import make_item, make_settings

LETTER = (
    "Kommunen vil fælde de gamle bøgetræer i Søholmparken i Viby. Det er et åndehul for hele bydelen.\n"
    "Skriv under på https://www.skrivunder.net/red-traeerne og mød op til borgermødet torsdag.\n\n"
    "Med venlig hilsen\nKaren Sørensen, 8260 Viby J"
)


def test_a_letter_is_fully_enriched(enricher: Enricher) -> None:
    item = make_item(LETTER, title="Red træerne i Viby", platform="letters", home="0751", author={})
    (doc,), failures = enricher.enrich_batch([item])
    assert failures == {}
    assert isinstance(doc, EnrichedDocument)
    assert (doc.id, doc.url, doc.content_hash, doc.platform) == (
        item.id,
        item.url,
        item.content_hash,
        item.platform,
    )
    assert doc.lang == "da" and doc.lang_confidence > 0.5
    assert "Karen" not in doc.text and doc.text.endswith("borgermødet torsdag.")
    assert doc.author is not None and (doc.author.signature_town, doc.author.postcode) == ("Viby J", "8260")
    assert doc.author_home is not None and doc.author_home.municipality_code == "0751"
    assert doc.author_home.signal == "postcode"
    assert doc.municipality_code == "0751" and doc.municipality_confidence > 0.8
    assert doc.place_point is not None
    assert {p.name for p in doc.places} == {"Viby"}
    assert {c.family for c in doc.cues} >= {"save_stop", "sign", "petition_link", "show_up", "public_meeting"}
    assert doc.links == ["https://www.skrivunder.net/red-traeerne"]
    assert "fælde" in doc.lemma_text.split() and "træ" in doc.lemma_text.split()
    assert "og" not in doc.lemma_text.split()
    assert doc.word_count > 25
    assert len(doc.fingerprint) == enricher.nlp_settings.minhash_permutations
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text


def test_one_bad_item_never_stops_the_batch(enricher: Enricher, caplog: pytest.LogCaptureFixture) -> None:
    good = make_item("Letbanen til Hornslet kører igen fra mandag.", native_id="good")
    empty = make_item("<div><p> </p></div>", native_id="empty")
    docs, failures = enricher.enrich_batch([good, empty])
    assert [d.id for d in docs] == [good.id]
    assert failures == {empty.id: "empty text after cleaning (markup or boilerplate only)"}
    with caplog.at_level(logging.WARNING, logger="nlp.enricher"):
        assert [d.id for d in enricher.enrich(iter([empty, good]))] == [good.id]
    assert "not enriched: empty text" in caplog.text


def test_rerunning_gives_the_same_document(enricher: Enricher) -> None:
    item = make_item(LETTER, platform="letters", home="0751", author={})
    first = enricher.enrich_batch([item])[0][0].model_dump(exclude={"enriched_at"})
    second = enricher.enrich_batch([item])[0][0].model_dump(exclude={"enriched_at"})
    assert first == second


def test_non_danish_is_kept_and_marked(enricher: Enricher) -> None:
    english = make_item("I think the new light rail in Aarhus is a great improvement for the whole city.")
    swedish = make_item("Jag tycker inte att det är en bra idé att bygga fler bostäder i Malmö.")
    (en, sv), failures = enricher.enrich_batch([english, swedish])
    assert failures == {}
    assert (en.lang, sv.lang) == ("en", "sv")
    assert en.municipality_code == "0751"
    assert "light" in en.lemma_text.split()  # English words are not run through the Danish lemma table


def test_links_from_the_item_are_cues_too(enricher: Enricher) -> None:
    item = make_item("Kom til fakkeltog!", links=["https://www.facebook.com/events/987/"])
    (doc,), _ = enricher.enrich_batch([item])
    assert {c.family for c in doc.cues} == {"demonstration", "event_link"}
    assert doc.links == ["https://www.facebook.com/events/987/"]


def test_hashtags_mentions_and_urls(enricher: Enricher) -> None:
    item = make_item("Mød op! #RedSkoven #aarhus @borgmester www.change.org/p/skoven", platform="mastodon")
    (doc,), _ = enricher.enrich_batch([item])
    assert doc.hashtags == ["redskoven", "aarhus"]
    assert doc.mentions == ["@borgmester"]
    assert doc.links == ["https://www.change.org/p/skoven"]
    assert {c.family for c in doc.cues} == {"show_up", "hashtag", "petition_link"}


def test_source_home_resolves_ambiguity(enricher: Enricher) -> None:
    aarhus = make_item("Skolen i Lystrup skal lukkes.", home="0751", platform="news")
    djurs = make_item("Skolen i Lystrup skal lukkes.", home="0707", platform="news")
    (a, d), _ = enricher.enrich_batch([aarhus, djurs])
    assert (a.municipality_code, d.municipality_code) == ("0751", "0707")


def test_settings_are_honoured(nlp_data_dir: Path) -> None:
    strict = Enricher(make_settings(nlp_data_dir, spacy_model="blank", author_home_min_confidence=0.95))
    item = make_item("Jeg bor i Ebeltoft og er imod hotellet.", platform="letters", home="0706")
    (doc,), _ = strict.enrich_batch([item])
    assert doc.author_home is None
    first = Enricher(make_settings(nlp_data_dir, place_resolution="first", minhash_permutations=32))
    (doc,), _ = first.enrich_batch([make_item("Skolen i Lystrup skal lukkes.", home="0707", platform="news")])
    assert doc.places[0].municipality_code == "0751" and len(doc.fingerprint) == 32


def test_public_api() -> None:
    assert {
        "Enricher",
        "Gazetteer",
        "find_near_duplicates",
        "IssueTracker",
        "TopicUpdate",
        "detect_alerts",
    } <= set(nlp.__all__)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        nlp.nothing  # noqa: B018
