"""Turning records into rows (JSON + indexed columns) and back, with the schema_version check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from index.analysis import analyze
from index.embedded._schema import STOP_TOKEN
from index.semantics import MAX_TEXT_CHARS, epoch_ms, local_day, significant_words
from schema import EnrichedDocument
from schema.errors import StoreError

R = TypeVar("R", bound=BaseModel)


class RejectedDocumentError(ValueError):
    """A document the index does not take (the reason goes to BulkReport.failed)."""


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document as the tables hold it."""

    id: str
    published_ms: int
    local_day: str
    platform: str
    source_id: str
    municipality_code: str | None
    issue_id: str | None
    lang: str
    schema_version: int
    lemmas: str
    body: str
    fts_title: str
    fts_text: str
    values: tuple[tuple[str, str], ...]

    def columns(self) -> tuple[object, ...]:
        """Values of the documents table's columns after rid, in DDL order."""
        return (
            self.id,
            self.published_ms,
            self.local_day,
            self.platform,
            self.source_id,
            self.municipality_code,
            self.issue_id,
            self.lang,
            self.schema_version,
        )


def stemmed(text: str | None) -> str:
    """Text as FTS5 indexes it: stems separated by spaces, stop words as a placeholder token."""
    return " ".join(STOP_TOKEN if s is None else s for s in analyze(text or ""))


def document_row(doc: EnrichedDocument) -> DocumentRow:
    """Analyse one document into its row; raises RejectedDocumentError for a text over the limit."""
    if len(doc.text) > MAX_TEXT_CHARS:
        raise RejectedDocumentError(
            f"text is {len(doc.text):,} characters long; the index takes at most {MAX_TEXT_CHARS:,}"
        )
    values = {("cues.family", cue.family) for cue in doc.cues} | {("hashtags", tag) for tag in doc.hashtags}
    return DocumentRow(
        id=doc.id,
        published_ms=epoch_ms(doc.published_at),
        local_day=local_day(doc.published_at).isoformat(),
        platform=str(doc.platform),
        source_id=doc.source_id,
        municipality_code=doc.municipality_code,
        issue_id=doc.issue_id,
        lang=doc.lang,
        schema_version=doc.schema_version,
        lemmas=" ".join(significant_words(doc.lemma_text)),
        body=doc.model_dump_json(),
        fts_title=stemmed(doc.title),
        fts_text=stemmed(doc.text),
        values=tuple(sorted(values)),
    )


def expected_version(model: type[BaseModel]) -> int:
    """The schema_version a record class writes (its Literal default)."""
    default = model.model_fields["schema_version"].default
    assert isinstance(default, int)
    return default


def load(model: type[R], body: str, version: int, key: str, path: Path) -> R:
    """A record from its stored JSON; another schema_version or a mismatch is a StoreError."""
    want = expected_version(model)
    if version != want:
        raise StoreError(
            f"{model.__name__} {key!r} in {path} has schema_version {version}; this Debatradar reads "
            f"version {want}. Re-index it from the spool (or upgrade Debatradar)."
        )
    try:
        return model.model_validate_json(body)
    except ValidationError as err:
        raise StoreError(
            f"{model.__name__} {key!r} in {path} does not match its schema ({err.error_count()} problem(s), "
            f"first: {err.errors()[0]['msg']}). Re-index it from the spool."
        ) from None


def json_list(values: list[str]) -> str:
    """A list of strings as one SQL parameter (read with json_each)."""
    return json.dumps(values)
