"""Deterministic ids, so that re-crawling and re-indexing change nothing."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
import uuid
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: query parameters that only track the visitor and never change the page
_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "ref_src", "igshid", "_ga", "cmpid", "xtor"}
)


def canonical_url(url: str) -> str:
    """Normalise a URL: lower-case scheme/host, no fragment, no tracking parameters, sorted query.

    Examples:
        >>> canonical_url("HTTPS://Www.Example.dk/a/?utm_source=x&b=2&a=1#top")
        'https://www.example.dk/a/?a=1&b=2'
    """
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS
    ]
    netloc = parts.netloc.lower()
    if netloc.endswith(":80") and parts.scheme.lower() == "http":
        netloc = netloc[:-3]
    if netloc.endswith(":443") and parts.scheme.lower() == "https":
        netloc = netloc[:-4]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(sorted(query)), ""))


def url_id(url: str) -> str:
    """The id of a web page: uuid5 of its canonical URL."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, canonical_url(url)))


def post_id(platform: str, native_id: str) -> str:
    """The id of a platform post: a hash of platform and the platform's own id."""
    digest = hashlib.sha256(f"{platform}\x1f{native_id}".encode()).hexdigest()
    return f"{platform}-{digest[:24]}"


def content_hash(text: str) -> str:
    """A hash of the normalised text (NFC, whitespace collapsed): changes when the content does."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode()).hexdigest()


def pseudonym(key: bytes, platform: str, author_id: str) -> str:
    """A keyed, stable pseudonym of an author: HMAC-SHA256 of platform and raw author id.

    The key is a secret from the environment; without it the pseudonym cannot be reversed
    or recomputed from a guessed name.
    """
    norm = " ".join(unicodedata.normalize("NFC", author_id).casefold().split())
    mac = hmac.new(key, f"{platform}\x1f{norm}".encode(), hashlib.sha256).hexdigest()
    return f"p-{mac[:20]}"


def partition_of(key: str, count: int) -> int:
    """The partition (0 .. count - 1) a key belongs to: stable across processes, hosts and runs.

    Used to split work between workers (spool items by id, issues by id) so that each key is
    always handled by the same partition.

    Examples:
        >>> partition_of("aarhus-0751", 1)
        0
        >>> partition_of("aarhus-0751", 4) == partition_of("aarhus-0751", 4)
        True
    """
    if count < 1:
        raise ValueError(f"a partition count must be at least 1, got {count}")
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count
