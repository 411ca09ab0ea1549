"""Coordination: many near-identical texts in a short time (MinHash fingerprints, banded LSH)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np

from schema import EnrichedDocument

#: LSH bands; with 64 permutations, 16 bands of 4 rows find pairs from Jaccard ~0.5 upwards,
#: then every candidate pair is checked against the real threshold.
_BANDS = 16


def near_duplicate_partners(
    documents: Sequence[EnrichedDocument], threshold: float, within: timedelta
) -> list[list[int]]:
    """For each document, the indices of others with MinHash Jaccard >= threshold published within ``within``.

    Documents without a fingerprint (or with one of another length) have no partners.

    Examples:
        >>> near_duplicate_partners([], 0.8, timedelta(hours=48))
        []
    """
    partners: list[list[int]] = [[] for _ in documents]
    sizes = {len(d.fingerprint) for d in documents if d.fingerprint}
    if not sizes:
        return partners
    size = max(sizes, key=lambda n: sum(1 for d in documents if len(d.fingerprint) == n))
    idx = [i for i, d in enumerate(documents) if len(d.fingerprint) == size]
    if len(idx) < 2:
        return partners
    sigs = np.array([documents[i].fingerprint for i in idx], dtype=np.uint64)
    rows = max(1, size // _BANDS)
    candidates: set[tuple[int, int]] = set()
    for band in range(0, size, rows):
        buckets: dict[bytes, list[int]] = {}
        for j, key in enumerate(sigs[:, band : band + rows]):
            buckets.setdefault(key.tobytes(), []).append(j)
        for members in buckets.values():
            if 1 < len(members) <= 500:
                candidates.update((a, b) for x, a in enumerate(members) for b in members[x + 1 :])
    for a, b in candidates:
        da, db = documents[idx[a]], documents[idx[b]]
        if abs(da.published_at - db.published_at) > within:
            continue
        if float(np.mean(sigs[a] == sigs[b])) >= threshold:
            partners[idx[a]].append(idx[b])
            partners[idx[b]].append(idx[a])
    return partners


def coordinated(
    documents: Sequence[EnrichedDocument],
    partners: Sequence[Sequence[int]],
    members: Sequence[int],
    until: datetime,
    min_group: int,
) -> int:
    """How many ``members`` have at least ``min_group - 1`` near-identical partners published by ``until``."""
    return sum(
        1
        for i in members
        if sum(1 for j in partners[i] if documents[j].published_at <= until) >= min_group - 1
    )
