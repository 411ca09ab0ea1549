"""debatradar_places_v1: Danish place names, postcodes, regions and demonyms from the gazetteer.

A dictionary matcher over token sequences (longest match first) with the rules that keep
Danish words that are also place names ('Give', 'Hals', 'Ry', 'Vejen') and surnames that are
town names ('Jens Borup') from becoming places. Ambiguous names keep all their candidates;
which one is meant is decided in context by nlp.geo.resolve.
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, registry

from nlp.geo import Gazetteer, Place
from nlp.geo._facts import FIRST_NAMES
from nlp.geo.names import norm
from nlp.pipeline.extensions import PlaceHit, register_extensions
from nlp.pipeline.lemmatizer import danish_lemma_table

LABELS = {
    "municipality": "KOMMUNE",
    "town": "BY",
    "locality": "LOKALITET",
    "postcode": "POSTNR",
    "region": "REGION",
    "landmark": "LOKALITET",
}
# fmt: off
#: words before a place name that make it a place ('i Give', 'fra Hals', 'ved Ry')
LOCATIVE = frozenset({
    "i", "fra", "til", "ved", "nær", "omkring", "mellem", "via", "på", "mod", "udenfor", "gennem", "forbi",
    "syd", "nord", "øst", "vest", "nordfor", "sydfor", "østfor", "vestfor", "herude", "herovre", "heroppe",
    "hernede",
})
_SENTENCE_BREAK = frozenset({
    ".", "!", "?", ":", "…", "\n", '"', "“", "”", "-", "–", "—", "•", "*", "(", "»", "«",
})
_JOINERS = frozenset({"og", "eller", ",", "/", "&"})
#: town names that are also first names or English words: need context like common words
_WEAK_NAMES = frozenset({
    "them", "tim", "hee", "ans", "mern", "kolt", "seem", "borre", "tune", "elling", "arden", "lind", "bred",
    "flemming", "karise", "lem", "fur", "vig", "balle", "rude", "melby", "strib", "tjele", "vils", "sunds",
    "kloster", "hasle", "gug", "elev", "holme", "lunde", "marie", "stege",
})
# fmt: on
#: short names that are still safe in lower case
_STRONG_SHORT = frozenset({"kbh", "cph"})
_MAX_TOKENS = 6
_SURNAME_ENDINGS = ("sen", "søn", "sson")


@registry.misc("debatradar.gazetteer.v1")  # type: ignore[untyped-decorator]
def gazetteer_from_config(cache_dir: str = "", postcode_file: str = "") -> Gazetteer:
    """The process-wide gazetteer (cached under `cache_dir`, with PostNord's file if given)."""
    return Gazetteer.default(
        Path(cache_dir) if cache_dir else None, Path(postcode_file) if postcode_file else None
    )


@Language.factory(
    "debatradar_places_v1",
    assigns=["doc.ents", "doc._.dr_places"],
    default_config={"gazetteer": {"@misc": "debatradar.gazetteer.v1"}},
)
def make_place_matcher(nlp: Language, name: str, gazetteer: Gazetteer) -> PlaceMatcher:
    """Create the place matcher."""
    return PlaceMatcher(nlp, gazetteer)


class PlaceMatcher:
    """Finds place names; stores PlaceHit objects in doc._.dr_places and spans in doc.ents."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        """Index the gazetteer's names by token-sequence prefixes."""
        register_extensions()
        self._nlp = nlp
        self.gazetteer = gazetteer
        self._index: dict[str, tuple[Place, ...]] = dict(gazetteer.name_index())
        self._foreign = set()
        for name in gazetteer.foreign_names():
            key = norm(name)
            if key not in self._index:
                self._index[key] = (Place(name, "region", None),)
                self._foreign.add(key)
        self._prefixes = {
            " ".join(k.split(" ")[:i]) for k in self._index for i in range(1, len(k.split(" ")) + 1)
        }
        self._demonyms = gazetteer.demonym_index()
        self._weak_keys: frozenset[str] | None = None  # needs the lemma table: computed on first use
        self._norm_cache: dict[int, str] = {}

    def _norms(self, doc: Doc) -> list[str]:
        """norm() of every token's text, cached by the string's hash (no Token objects made)."""
        cache = self._norm_cache
        if len(cache) > 500_000:
            cache.clear()
        strings = doc.vocab.strings
        out = []
        for orth in doc.to_array(ORTH).tolist():
            key = cache.get(orth)
            if key is None:
                text = strings[orth]
                key = cache[orth] = norm(text) if text[:1].isalnum() else ""
            out.append(key)
        return out

    @property
    def _weak(self) -> frozenset[str]:
        """Names that are also Danish words, short names and first names: they need context."""
        if self._weak_keys is None:
            words = danish_lemma_table()
            self._weak_keys = frozenset(k for k in self._index if _is_weak(k, words)) - _STRONG_SHORT
        return self._weak_keys

    def __call__(self, doc: Doc) -> Doc:
        """Find the places of one document."""
        hits: list[PlaceHit] = []
        spans: list[Span] = []
        norms = self._norms(doc)
        last_end = -10
        i, n = 0, len(doc)
        while i < n:
            key = norms[i]
            prefix = key in self._prefixes or (key.endswith("s") and key[:-1] in self._index)
            match = self._longest(norms, i, n) if prefix else None
            if match is not None:
                end, candidates, matched_key = match
                span = doc[i:end]
                if self._accept(doc, span, matched_key, candidates, last_end):
                    foreign = matched_key in self._foreign
                    hits.append(
                        PlaceHit(span.text, span.start_char, span.end_char, candidates, False, foreign)
                    )
                    label = "LOC" if foreign else LABELS[candidates[0].kind]
                    spans.append(Span(doc, i, end, label=label))
                    last_end = end
                    i = end
                    continue
            demonym = self._demonyms.get(key) if key else None
            if demonym is not None:
                municipality = self.gazetteer.municipality(demonym)
                place = Place(municipality.name, "municipality", demonym, municipality.lat, municipality.lon)
                token = doc[i]
                hits.append(PlaceHit(token.text, token.idx, token.idx + len(token.text), (place,), True))
            i += 1
        doc._.dr_places = hits
        if spans:
            ours = {(s.start, s.end) for s in spans}
            others = [e for e in doc.ents if (e.start, e.end) not in ours]
            doc.ents = filter_spans(spans + others)
        return doc

    def _longest(self, norms: list[str], i: int, n: int) -> tuple[int, tuple[Place, ...], str] | None:
        best = None
        key = norms[i]
        j = i + 1
        while True:
            found = self._index.get(key)
            if found:
                best = (j, found, key)
            elif j == i + 1 and key.endswith("s") and len(key) > 3:
                genitive = self._index.get(key[:-1])  # 'Odenses', 'Københavns'
                if genitive and not key[:-1].endswith("s"):
                    best = (j, genitive, key[:-1])
            if j >= n or j - i >= _MAX_TOKENS or not norms[j]:
                return best
            key = f"{key} {norms[j]}"
            if key not in self._prefixes:
                return best
            j += 1

    def _accept(self, doc: Doc, span: Span, key: str, candidates: tuple[Place, ...], last_end: int) -> bool:
        first = span[0]
        text = first.text
        prev = doc[span.start - 1] if span.start > 0 else None
        locative = prev is not None and (
            prev.lower_ in LOCATIVE or (prev.lower_ in _JOINERS and span.start - 1 == last_end)
        )
        if text[:1].isdigit():
            return len(span) > 1  # a postcode only with its town: '8260 Viby J'
        if not text[:1].isupper():
            return key not in self._weak and key not in self._foreign
        initial = _sentence_initial(prev)
        shouting = text.isupper() and len(text) > 1
        # 'Hvide Sande', 'Skive Kommune': capitalised words after the first make a proper name
        proper = len(span) > 1 and all(t.text[:1].isupper() for t in span[1:])
        if key in self._weak and not locative and not proper and (initial or shouting):
            return False
        following = doc[span.end] if span.end < len(doc) else None
        single = len(span) == 1 and not locative
        person = (
            following is not None
            and _capitalised_word_token(following)
            and (key in self._weak or following.text.endswith(_SURNAME_ENDINGS))
        )
        if single and person:
            return False  # 'Tim Hansen', 'Lynge Nielsen'
        if single and prev is not None and _capitalised_word_token(prev):
            before = doc[prev.i - 1] if prev.i > 0 else None
            if not _sentence_initial(before) or prev.lower_ in FIRST_NAMES:
                # 'Jens Borup' is a person; 'Hele Jylland' and 'Enhedslisten Odense' are not
                return any(e.start <= prev.i < e.end for e in doc.ents)
        return True


def _is_weak(key: str, words: Table) -> bool:
    parts = key.split(" ")
    return key in _WEAK_NAMES or all(p in words for p in parts) or (len(parts) == 1 and len(key) <= 3)


def _sentence_initial(prev: Token | None) -> bool:
    return (
        prev is None or prev.is_space or prev.text in _SENTENCE_BREAK or prev.text.endswith((".", "!", "?"))
    )


def _capitalised_word_token(token: Token | None) -> bool:
    return token is not None and token.is_alpha and token.text[:1].isupper() and not token.text.isupper()
