"""Language identification with lingua, restricted to the configured languages (Danish first)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import ClassVar

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from schema import ConfigError

_WORD = re.compile(r"[^\W\d_]{2,}")
_URLISH = re.compile(r"(?:https?://|www\.)\S+|[@#][\w.-]+")
#: languages a Danish text is most often mistaken for
_NEIGHBOURS = frozenset({"nb", "nn", "sv"})


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """An ISO 639-1 code ('und' when too little text) and its confidence."""

    lang: str
    confidence: float


class LanguageIdentifier:
    """Picks the language of a text among `languages`; the lingua detector is built once, lazily.

    Danish is the expected language: for short texts where Danish is a close second to
    Norwegian or Swedish, Danish wins (`danish_margin`).
    """

    _detectors: ClassVar[dict[tuple[str, ...], LanguageDetector]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, languages: list[str], min_letters: int = 12, danish_margin: float = 0.25) -> None:
        """Check the codes now; build the detector on first use."""
        codes = []
        for code in languages:
            try:
                codes.append(getattr(IsoCode639_1, code.upper()))
            except AttributeError:
                raise ConfigError(f"nlp.languages: '{code}' is not an ISO 639-1 code lingua knows.") from None
        if len(codes) < 2:
            raise ConfigError("nlp.languages: give at least two languages to choose between.")
        self._key = tuple(sorted(c.name.lower() for c in codes))
        self._codes = codes
        self._min_letters = min_letters
        self._margin = danish_margin

    @property
    def detector(self) -> LanguageDetector:
        """The shared lingua detector for these languages."""
        with self._lock:
            detector = self._detectors.get(self._key)
            if detector is None:
                detector = LanguageDetectorBuilder.from_iso_codes_639_1(*self._codes).build()
                self._detectors[self._key] = detector
            return detector

    def identify(self, text: str, declared: str | None = None) -> LanguageGuess:
        """The language of `text`; `declared` (the source's own claim) breaks near-ties."""
        sample = _URLISH.sub(" ", text[:2000])
        letters = sum(len(w) for w in _WORD.findall(sample))
        if letters < self._min_letters:
            if declared and declared[:2].lower() in self._key:
                return LanguageGuess(declared[:2].lower(), 0.5)
            return LanguageGuess("und", 0.0)
        values = self.detector.compute_language_confidence_values(sample)
        if not values:
            return LanguageGuess("und", 0.0)
        scores = {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}
        best = max(scores, key=lambda k: scores[k])
        da = scores.get("da", 0.0)
        margin = self._margin * (1.0 if letters < 200 else 0.4)
        if best in _NEIGHBOURS and "da" in scores and scores[best] - da <= margin:
            best = "da"
        if (
            declared
            and declared[:2].lower() in scores
            and scores[best] - scores[declared[:2].lower()] <= 0.05
        ):
            best = declared[:2].lower()
        return LanguageGuess(best, round(min(1.0, max(0.0, scores[best])), 4))
