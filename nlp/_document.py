"""Assemble one EnrichedDocument from a RawItem, its prepared text and its spaCy Doc."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from spacy.tokens import Doc

from nlp.clean import Signature
from nlp.geo import Gazetteer
from nlp.geo.author import author_evidence, community_evidence, infer_author_home, name_evidence
from nlp.geo.resolve import document_geography
from nlp.geo.selfref import self_references
from nlp.langid import LanguageGuess
from nlp.pipeline.cues import CueMatcher, link_host
from nlp.pipeline.extensions import HASHTAG, MENTION
from schema import CueHit, EnrichedDocument, Entity, RawItem
from schema.settings import NlpSettings

#: languages the Danish lemma table suits (Norwegian and Swedish share much of it)
_LEMMATISED = frozenset({"da", "nb", "nn", "und"})
#: most cues kept per document (a spam post repeating one call a thousand times stays small)
MAX_CUES = 50


@dataclass(frozen=True, slots=True)
class Prepared:
    """A raw item after cleaning, ready for spaCy."""

    item: RawItem
    title: str | None
    body: str
    signature: Signature | None
    analysed: str
    title_end: int
    language: LanguageGuess
    home: str | None


def build_document(
    prepared: Prepared,
    doc: Doc,
    gazetteer: Gazetteer,
    cues: CueMatcher | None,
    settings: NlpSettings,
    stop_words: frozenset[str],
    now: datetime,
    fingerprint: list[int],
) -> EnrichedDocument:
    """Everything nlp/ reads from one item, as the shared record."""
    item = prepared.item
    offset = prepared.title_end
    geography = document_geography(
        doc._.dr_places,
        gazetteer,
        title_end=offset,
        home=prepared.home,
        community=_community_code(item, gazetteer),
        platform=item.platform.value,
        mode=settings.place_resolution,
        min_confidence=settings.municipality_min_confidence,
    )
    author = item.author
    if author is not None and prepared.signature is not None:
        update = {}
        if not author.signature_town and prepared.signature.town:
            update["signature_town"] = prepared.signature.town
        if not author.postcode and prepared.signature.postcode:
            update["postcode"] = prepared.signature.postcode
        author = author.model_copy(update=update) if update else author
    refs = self_references(prepared.analysed, geography.resolved)
    evidence = author_evidence(author, gazetteer, prepared.home, refs, item.community, item.platform.value)
    if author is None and prepared.signature is not None and prepared.signature.town:
        sig = name_evidence(prepared.signature.town, gazetteer, prepared.home, "signature")
        evidence += [sig] if sig else []
    home = infer_author_home(evidence, settings.author_home_min_confidence)
    words = read_words(doc, stop_words, prepared.language.lang in _LEMMATISED)
    return EnrichedDocument(
        id=item.id,
        source_id=item.source_id,
        source_kind=item.source_kind,
        platform=item.platform,
        url=item.url,
        title=prepared.title,
        text=prepared.body,
        section=item.section,
        published_at=item.published_at,
        updated_at=item.updated_at,
        fetched_at=item.fetched_at,
        enriched_at=now,
        author=author,
        community=item.community,
        reply_to=item.reply_to,
        thread_id=item.thread_id,
        links=_links(item.links, words.urls),
        content_hash=item.content_hash,
        lang=prepared.language.lang,
        lang_confidence=prepared.language.confidence,
        lemma_text=words.lemma_text,
        word_count=words.count,
        entities=[
            Entity(text=e.text, label=e.label_, start=e.start_char - offset, end=e.end_char - offset)
            for e in doc.ents
            if e.start_char >= offset
        ],
        hashtags=list(dict.fromkeys(words.hashtags)),
        mentions=list(dict.fromkeys(words.mentions)),
        places=geography.mentions,
        municipality_code=geography.municipality_code,
        municipality_confidence=geography.confidence,
        place_point=geography.point,
        author_home=home,
        cues=_cues(doc, item.links, cues),
        fingerprint=fingerprint,
    )


@dataclass(slots=True)
class Words:
    """What one pass over the tokens gives."""

    lemma_text: str
    count: int
    hashtags: list[str]
    mentions: list[str]
    urls: list[str]


def read_words(doc: Doc, stop_words: frozenset[str], lemmas: bool) -> Words:
    """Content-word lemmas (lower case, no stop words), word count, #tags, @mentions and URLs."""
    out = Words("", 0, [], [], [])
    kept = []
    for token in doc:
        if token.is_punct or token.is_space:
            continue
        text = token.text
        first = text[:1]
        if first == "#" and HASHTAG.match(text):
            out.hashtags.append(text[1:].lower())
            out.count += 1
            continue
        if first == "@" and MENTION.match(text):
            out.mentions.append(text.lower())
            continue
        if token.like_url:
            out.urls.append(text)
            continue
        if token.is_alpha:
            out.count += 1
        elif token.like_num or any(c.isalnum() for c in text):
            out.count += 1
            if not any(c.isalpha() for c in text) or token.like_email:
                continue
        else:
            continue
        lemma = (token.lemma_ or text).lower() if lemmas else token.lower_
        if len(lemma) >= 2 and lemma not in stop_words and token.lower_ not in stop_words:
            kept.append(lemma)
    out.lemma_text = " ".join(kept)
    return out


def _links(item_links: list[str], text_urls: list[str]) -> list[str]:
    found = list(item_links)
    for url in text_urls:
        found.append(url if "://" in url else "https://" + url)
    return list(dict.fromkeys(found))


def _cues(doc: Doc, item_links: list[str], matcher: CueMatcher | None) -> list[CueHit]:
    hits = [CueHit(family=c.family, text=c.text, lemma=c.lemma) for c in doc._.dr_cues]  # type: ignore[arg-type]
    seen_links = {c.text for c in doc._.dr_cues}
    if matcher is not None:
        for url in item_links:
            family = matcher.link_family(url)
            if family and url not in seen_links:
                hits.append(CueHit(family=family, text=url, lemma=link_host(url)))  # type: ignore[arg-type]
    return hits[:MAX_CUES]


def _community_code(item: RawItem, gazetteer: Gazetteer) -> str | None:
    if not item.community:
        return None
    hit = community_evidence(item.community, item.platform.value, gazetteer)
    return hit.municipality_code if hit else None
