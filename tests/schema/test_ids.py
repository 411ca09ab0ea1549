from __future__ import annotations

from schema import canonical_url, content_hash, post_id, pseudonym, url_id


def test_canonical_url_drops_tracking_fragment_and_default_port():
    assert canonical_url("HTTPS://Www.Example.dk:443/a/b?utm_source=x&b=2&a=1&fbclid=z#top") == (
        "https://www.example.dk/a/b?a=1&b=2"
    )
    assert canonical_url("http://example.dk:80") == "http://example.dk/"


def test_url_id_is_stable_across_equivalent_urls():
    assert url_id("https://stiften.dk/aarhus/artikel?utm_campaign=y") == url_id(
        "https://STIFTEN.dk/aarhus/artikel"
    )
    assert url_id("https://stiften.dk/a") != url_id("https://stiften.dk/b")


def test_post_id_depends_on_platform_and_native_id():
    assert post_id("reddit", "t3_abc") == post_id("reddit", "t3_abc")
    assert post_id("reddit", "t3_abc") != post_id("mastodon", "t3_abc")
    assert post_id("reddit", "t3_abc").startswith("reddit-")


def test_content_hash_ignores_whitespace_but_not_words():
    assert content_hash("Bevar  træerne\n på Ingerslev") == content_hash("Bevar træerne på Ingerslev")
    assert content_hash("Bevar træerne") != content_hash("Fæld træerne")


def test_pseudonym_is_keyed_and_normalised():
    a = pseudonym(b"k1", "letters", "Jens Hansen")
    assert a == pseudonym(b"k1", "letters", "  jens   HANSEN ")
    assert a != pseudonym(b"k2", "letters", "Jens Hansen")
    assert a != pseudonym(b"k1", "reddit", "Jens Hansen")
    assert "jens" not in a.lower() and a.startswith("p-")
