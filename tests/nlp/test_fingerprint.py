from __future__ import annotations

from nlp import Enricher, find_near_duplicates
from nlp.fingerprint import fingerprints, shingles, similarity
from tests.nlp.conftest import make_item

CAMPAIGN = (
    "Kære byråd. Jeg protesterer mod fældningen af de gamle træer i Søholmparken. Træerne er et vigtigt "
    "åndehul for hele Viby, og de kan ikke erstattes. Stop fældningen nu og lyt til borgerne."
)


def test_shingles() -> None:
    assert shingles("Red skoven nu", 4) == [b"red skoven nu"]
    assert shingles("a b c d e", 4) == [b"a b c d", b"b c d e"]
    assert shingles("!!!", 4) == []


def test_fingerprints_are_stable_and_comparable() -> None:
    a, b, empty = fingerprints([CAMPAIGN, CAMPAIGN.replace("Viby", "Viby J"), "..."], 64, 4)
    assert len(a) == 64 and empty == []
    assert fingerprints([CAMPAIGN], 64, 4)[0] == a
    assert similarity(a, a) == 1.0
    assert 0.5 < similarity(a, b) < 1.0
    assert similarity(a, []) == 0.0


def test_near_duplicate_groups(enricher: Enricher) -> None:
    texts = [
        CAMPAIGN,
        CAMPAIGN + " Med venlig hilsen",
        CAMPAIGN.replace("Kære byråd.", "Kære politikere."),
        "Jeg synes, at det er en god idé at bygge en ny skole i Tranbjerg, fordi børnetallet stiger.",
        "Letbanen kører igen efter sporarbejdet, oplyser Midttrafik på sin hjemmeside i dag.",
    ]
    docs, failures = enricher.enrich_batch([make_item(t, native_id=f"nd{i}") for i, t in enumerate(texts)])
    assert not failures
    groups = find_near_duplicates(docs, threshold=0.7)
    assert groups == [sorted(d.id for d in docs[:3])]
    assert find_near_duplicates(docs[3:], threshold=0.7) == []
    assert find_near_duplicates([], threshold=0.8) == []


def test_threshold_is_checked() -> None:
    import pytest

    with pytest.raises(ValueError, match="threshold"):
        find_near_duplicates([], threshold=0)
