"""debatradar_lookup_lemmatizer_v1: the Danish lookup lemmatizer with a case fallback.

It reads spacy-lookups-data's Danish ``lemma_lookup`` table (553k forms) like spaCy's
lookup-mode Lemmatizer, with two differences: the table is case-sensitive, so a capitalised
word it does not know ('Regeringen') is looked up again in lower case ('regering'); and the
work is done on token arrays with a per-process cache of word -> lemma, which makes it several
times faster than a per-token Python loop. Lemmas already set (by the attribute ruler's
exceptions) are kept.
"""

from __future__ import annotations

import functools

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.lookups import Table, load_lookups
from spacy.tokens import Doc

_CACHE_LIMIT = 500_000


@Language.factory("debatradar_lookup_lemmatizer_v1", assigns=["token.lemma"])
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    """Create the lemmatizer (the table loads on first use)."""
    return LookupLemmatizer()


class LookupLemmatizer:
    """Sets token.lemma from the Danish lookup table, falling back to the lower-cased form."""

    def __init__(self) -> None:
        """Start with an empty word -> lemma cache."""
        self._cache: dict[int, int] = {}

    @property
    def table(self) -> Table:
        """The Danish lemma_lookup table of spacy-lookups-data."""
        return danish_lemma_table()

    def __call__(self, doc: Doc) -> Doc:
        """Lemmatise one document."""
        if not len(doc):
            return doc
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        strings = doc.vocab.strings
        table = self.table
        arr = doc.to_array([ORTH, LEMMA])
        lemmas = arr[:, 1].copy()
        for i, (orth, lemma) in enumerate(arr.tolist()):
            if lemma:
                continue
            found = cache.get(orth)
            if found is None:
                text = strings[orth]
                value = table.get(text)
                if value is None and text[:1].isupper():
                    value = table.get(text.lower())
                found = cache[orth] = strings.add(value) if value is not None else orth
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64))  # type: ignore[arg-type]
        return doc


@functools.cache
def danish_lemma_table() -> Table:
    """The Danish lookup table, loaded once per process."""
    return load_lookups("da", ["lemma_lookup"]).get_table("lemma_lookup")
