"""Near-duplicate fingerprints: MinHash over word shingles, and LSH grouping of near-duplicates."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from schema import EnrichedDocument

_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: the seed and hashing scheme of every MinHash: fingerprints are comparable across runs,
#: processes and datasketch versions (values fit in 32 bits)
SEED = 1
SCHEME = "affine32"


def shingles(text: str, size: int) -> list[bytes]:
    """Word n-grams of the lower-cased text (the whole text when shorter than n)."""
    words = _WORDS.findall(text.lower())
    if not words:
        return []
    if len(words) <= size:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)]


def fingerprints(texts: Sequence[str], num_perm: int, shingle_words: int) -> list[list[int]]:
    """A MinHash signature per text (empty for a text without words)."""
    sets = [shingles(t, shingle_words) for t in texts]
    nonempty = [s for s in sets if s]
    hashes = iter(MinHash.bulk(nonempty, num_perm=num_perm, seed=SEED, scheme=SCHEME) if nonempty else [])
    return [[int(v) for v in next(hashes).hashvalues] if s else [] for s in sets]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two fingerprints of the same length (0 if unusable)."""
    if not a or len(a) != len(b):
        return 0.0
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


def find_near_duplicates(docs: Sequence[EnrichedDocument], threshold: float = 0.8) -> list[list[str]]:
    """Groups of document ids whose texts are near-duplicates (estimated Jaccard >= threshold).

    Candidates come from MinHash LSH; each pair is confirmed on the full signature and
    groups are the connected components. Groups have at least two ids, sorted; the groups
    are ordered by size (largest first). Documents without a fingerprint are skipped.

    Examples:
        >>> groups = find_near_duplicates(documents, threshold=0.8)  # doctest: +SKIP
        >>> groups[0]  # doctest: +SKIP
        ['reddit-1f3...', 'reddit-9ac...', 'mastodon-77b...']
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    usable = [d for d in docs if d.fingerprint]
    if len(usable) < 2:
        return []
    num_perm = len(usable[0].fingerprint)
    usable = [d for d in usable if len(d.fingerprint) == num_perm]
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sigs: dict[str, np.ndarray] = {}
    for doc in usable:
        if doc.id in sigs:
            continue
        sig = np.asarray(doc.fingerprint, dtype=np.uint64)
        sigs[doc.id] = sig
        lsh.insert(doc.id, LeanMinHash(seed=SEED, hashvalues=sig, scheme=SCHEME))
    parent = {doc_id: doc_id for doc_id in sigs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, sig in sigs.items():
        for other in lsh.query(LeanMinHash(seed=SEED, hashvalues=sig, scheme=SCHEME)):
            if other != doc_id and float(np.mean(sig == sigs[other])) >= threshold:
                parent[root(other)] = root(doc_id)
    groups: dict[str, list[str]] = {}
    for doc_id in sigs:
        groups.setdefault(root(doc_id), []).append(doc_id)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))
