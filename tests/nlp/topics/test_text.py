"""Stop words, labels and c-TF-IDF keywords."""

from __future__ import annotations

from spacy.lang.da.stop_words import STOP_WORDS

from nlp.topics import danish_stop_words, issue_keywords, make_label


def test_stop_words_extend_spacy_with_the_debates_function_words_but_keep_calls_to_action():
    words = set(danish_stop_words())
    assert set(STOP_WORDS) <= words
    assert {"gøre", "faktisk", "https", "mvh"} <= words
    assert not {"bevare", "stoppe", "skrive", "underskriftindsamling", "egeskov", "borgermøde"} & words


def test_keywords_are_what_sets_one_issue_apart_from_the_others():
    texts = {
        "ege": [
            "fælde egeskov brabrand gammel eg",
            "bevare egeskov brabrand skov",
            "egeskov fældning kommune",
        ],
        "bane": [
            "letbane forsinkelse pendler kommune",
            "letbane aflyst afgang",
            "pendler letbane signalfejl",
        ],
    }
    keywords = issue_keywords(texts, background=["kommune borger byråd"] * 5, top_n=4)
    assert keywords["ege"][0] == "egeskov"
    assert keywords["bane"][0] == "letbane"
    assert "kommune" not in keywords["ege"][:2]


def test_keywords_of_nothing_but_stop_words_are_empty():
    assert issue_keywords({"a": ["og i at det"]}) == {"a": []}


def test_label_joins_keywords_and_place_without_repeating_the_place():
    assert make_label(["brabrand", "egeskov", "bevare"], "Brabrand") == "egeskov bevare · Brabrand"
    assert (
        make_label(["mols bjerge", "solcellepark", "landskab"], "Mols Bjerge", 2)
        == "solcellepark landskab · Mols Bjerge"
    )
    assert make_label(["folketingsvalg", "statsminister"], None) == "folketingsvalg statsminister"
    assert make_label([], "Hasle") == "Hasle"
