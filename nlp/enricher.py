"""The Enricher: RawItems in, EnrichedDocuments out, one failure never stops a batch."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from spacy.language import Language
from spacy.tokens import Doc

from nlp._document import Prepared, build_document
from nlp.clean import clean_text, split_signature
from nlp.fingerprint import fingerprints
from nlp.geo import Gazetteer
from nlp.langid import LanguageIdentifier
from nlp.pipeline import build_pipeline
from nlp.pipeline.cues import CueMatcher
from schema import EnrichedDocument, RawItem
from schema.settings import Settings

log = logging.getLogger(__name__)


class Enricher:
    """Reads Danish: language, cleaning, lemmas, entities, places, cues, author home, fingerprint.

    Examples:
        >>> enricher = Enricher(settings)  # doctest: +SKIP
        >>> documents, failures = enricher.enrich_batch(items)  # doctest: +SKIP
        >>> failures  # item id -> reason, for the dead-letter area  # doctest: +SKIP
        {}
    """

    def __init__(self, settings: Settings) -> None:
        """Prepare the gazetteer and language identifier; the spaCy pipeline loads on first use."""
        self.settings = settings
        self.nlp_settings = settings.nlp
        postcode_file = settings.resolve(settings.nlp.postcode_file) if settings.nlp.postcode_file else None
        self._cache_dir = settings.data_dir / "cache"
        self._postcode_file = postcode_file
        self.gazetteer = Gazetteer.default(self._cache_dir, postcode_file)
        self.language = LanguageIdentifier(settings.nlp.languages, settings.nlp.min_language_letters)
        self._homes = {s.id: s.home_municipality for s in settings.sources}
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (built once per process and shared)."""
        if self._nlp is None:
            self._nlp = build_pipeline(self.nlp_settings.spacy_model, self._cache_dir, self._postcode_file)
        return self._nlp

    def enrich(self, items: Iterable[RawItem]) -> Iterator[EnrichedDocument]:
        """Enrich a stream of items in batches; failures are logged and skipped.

        Use `enrich_batch` to get the failures (for the dead-letter area).
        """
        batch: list[RawItem] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.nlp_settings.batch_size:
                yield from self._logged(batch)
                batch = []
        if batch:
            yield from self._logged(batch)

    def enrich_batch(self, items: list[RawItem]) -> tuple[list[EnrichedDocument], dict[str, str]]:
        """Enrich a batch: the documents, and the reason for every item that failed (id -> reason)."""
        failures: dict[str, str] = {}
        prepared: list[Prepared] = []
        for item in items:
            try:
                prepared.append(self._prepare(item))
            except _RejectedError as err:
                failures[item.id] = str(err)
            except Exception as err:  # one bad item must not stop the batch
                failures[item.id] = f"could not be prepared: {type(err).__name__}: {err}"
        docs = self._parse(prepared, failures)
        prints = fingerprints(
            [p.analysed for p, _ in docs],
            self.nlp_settings.minhash_permutations,
            self.nlp_settings.shingle_words,
        )
        matcher = self._cue_matcher()
        stop_words = frozenset(self.nlp.Defaults.stop_words)
        now = datetime.now(UTC)
        out = []
        for (p, doc), fingerprint in zip(docs, prints, strict=True):
            try:
                out.append(
                    build_document(
                        p, doc, self.gazetteer, matcher, self.nlp_settings, stop_words, now, fingerprint
                    )
                )
            except Exception as err:
                failures[p.item.id] = f"enrichment failed: {type(err).__name__}: {err}"
        return out, failures

    def _logged(self, batch: list[RawItem]) -> list[EnrichedDocument]:
        documents, failures = self.enrich_batch(batch)
        for item_id, reason in failures.items():
            log.warning("item %s not enriched: %s", item_id, reason)
        return documents

    def _prepare(self, item: RawItem) -> Prepared:
        title = clean_text(item.title) if item.title else None
        body = clean_text(item.text)
        body, signature = split_signature(body, self._is_place)
        if not body and not title:
            raise _RejectedError("empty text after cleaning (markup or boilerplate only)")
        analysed = f"{title}\n\n{body}" if title else body
        analysed = analysed[: self.nlp_settings.max_chars]
        language = self.language.identify(analysed, item.lang_declared)
        title_end = len(title) + 2 if title else 0
        home = self._homes.get(item.source_id)
        return Prepared(item, title or None, body, signature, analysed, title_end, language, home)

    def _parse(self, prepared: list[Prepared], failures: dict[str, str]) -> list[tuple[Prepared, Doc]]:
        texts = [p.analysed for p in prepared]
        try:
            return list(
                zip(prepared, self.nlp.pipe(texts, batch_size=self.nlp_settings.batch_size), strict=True)
            )
        except Exception:
            log.exception("spaCy failed on a batch; retrying item by item")
        parsed: list[tuple[Prepared, Doc]] = []
        for p in prepared:
            try:
                parsed.append((p, self.nlp(p.analysed)))
            except Exception as err:
                failures[p.item.id] = f"language analysis failed: {type(err).__name__}: {err}"
        return parsed

    def _cue_matcher(self) -> CueMatcher | None:
        for _, component in self.nlp.pipeline:
            if isinstance(component, CueMatcher):
                return component
        return None

    def _is_place(self, text: str) -> bool:
        return bool(self.gazetteer.places(text)) or self.gazetteer.by_name(text) is not None


class _RejectedError(ValueError):
    """An item that cannot be enriched, with the reason."""
