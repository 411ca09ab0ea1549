"""Settings of nlp/ enrichment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from schema.settings._model import Section


class NlpSettings(Section):
    """The Danish language pipeline."""

    spacy_model: str = Field(
        default="auto",
        description="'auto' (best installed da_core_news_* or DaCy, else blank), 'blank', or a package name.",
    )
    languages: list[str] = Field(
        default_factory=lambda: ["da", "nb", "nn", "sv", "en", "de"],
        description="Languages the language identifier chooses between.",
    )
    batch_size: int = Field(default=256, ge=1, description="Documents per spaCy batch.")
    minhash_permutations: int = Field(default=64, ge=16, le=256, description="MinHash signature length.")
    shingle_words: int = Field(default=4, ge=1, le=10, description="Word shingle size for fingerprints.")
    near_duplicate_threshold: float = Field(
        default=0.8, gt=0, le=1, description="Jaccard for near-duplicates."
    )
    author_home_min_confidence: float = Field(
        default=0.5, ge=0, le=1, description="Below this, an author's home counts as unknown."
    )
    place_resolution: Literal["context", "first"] = Field(
        default="context", description="How ambiguous place names are resolved."
    )
    municipality_min_confidence: float = Field(
        default=0.3,
        ge=0,
        le=1,
        description="Below this, the municipality a document is about counts as unknown.",
    )
    postcode_file: Path | None = Field(
        default=None,
        description="PostNord's postcode file (postnummerfil, ';'-separated CSV); adds every municipality a "
        "postcode reaches. Relative to the config file.",
    )
    max_chars: int = Field(
        default=100_000,
        ge=1_000,
        le=1_000_000,
        description="Characters of a text analysed; the rest is kept.",
    )
    min_language_letters: int = Field(
        default=12, ge=1, description="Letters a text needs before its language is identified (else 'und')."
    )
