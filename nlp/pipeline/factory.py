"""Build the Danish spaCy pipeline: a statistical one when installed, else blank Danish + rules."""

from __future__ import annotations

import threading
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.util import is_package, load_config, load_model_from_config

from nlp.pipeline import cues, lemmatizer, places, tokenizer  # noqa: F401  (registers the factories)
from nlp.pipeline.extensions import register_extensions
from nlp.pipeline.tokenizer import make_tokenizer
from schema import ConfigError

HERE = Path(__file__).parent
BLANK_CONFIG = HERE / "blank_da.cfg"
PATTERNS = HERE / "patterns"
#: statistical Danish pipelines, best first, tried by spacy_model='auto'
STATISTICAL = (
    "da_dacy_large_trf",
    "da_dacy_medium_trf",
    "da_dacy_small_trf",
    "da_core_news_trf",
    "da_core_news_lg",
    "da_core_news_md",
    "da_core_news_sm",
)
_cache: dict[tuple[str, str, str], Language] = {}
_lock = threading.Lock()


def choose_model(spacy_model: str) -> str:
    """The pipeline a setting means: 'blank', an installed package's name, or a pipeline folder."""
    if spacy_model == "blank":
        return "blank"
    if spacy_model == "auto":
        return next((name for name in STATISTICAL if is_package(name)), "blank")
    if not is_package(spacy_model) and not (Path(spacy_model) / "config.cfg").is_file():
        raise ConfigError(
            f"nlp.spacy_model: the spaCy pipeline '{spacy_model}' is not installed (no package of that name "
            "and no pipeline folder with a config.cfg); install it or use 'auto' or 'blank'."
        )
    return spacy_model


def build_pipeline(
    spacy_model: str = "auto", cache_dir: Path | None = None, postcode_file: Path | None = None
) -> Language:
    """The pipeline for a `spacy_model` setting, built once per process and reused.

    Examples:
        >>> nlp = build_pipeline("blank")  # doctest: +SKIP
        >>> [p.text for p in nlp("Mød op i Viby J på lørdag!")._.dr_places]  # doctest: +SKIP
        ['Viby J']
    """
    name = choose_model(spacy_model)
    key = (name, str(cache_dir or ""), str(postcode_file or ""))
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            nlp = _cache[key] = (
                _blank(cache_dir, postcode_file)
                if name == "blank"
                else _statistical(name, cache_dir, postcode_file)
            )
        return nlp


def _gazetteer_config(cache_dir: Path | None, postcode_file: Path | None) -> dict[str, str]:
    return {
        "@misc": "debatradar.gazetteer.v1",
        "cache_dir": str(cache_dir or ""),
        "postcode_file": str(postcode_file or ""),
    }


def _blank(cache_dir: Path | None, postcode_file: Path | None) -> Language:
    register_extensions()
    overrides = {
        "paths.attribute_rules": str(PATTERNS / "attribute_rules.json"),
        "paths.organisations": str(PATTERNS / "organisations.json"),
        "components.debatradar_places.gazetteer.cache_dir": str(cache_dir or ""),
        "components.debatradar_places.gazetteer.postcode_file": str(postcode_file or ""),
    }
    config = load_config(BLANK_CONFIG, overrides=overrides, interpolate=False)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    return nlp


def _statistical(name: str, cache_dir: Path | None, postcode_file: Path | None) -> Language:
    """A statistical Danish pipeline with Debatradar's tokenizer rules and components added."""
    register_extensions()
    nlp = spacy.load(name)
    if nlp.lang != "da":
        raise ConfigError(
            f"nlp.spacy_model: '{name}' is a '{nlp.lang}' pipeline; Debatradar needs a Danish one."
        )
    nlp.tokenizer = make_tokenizer(nlp)
    if "lemmatizer" not in nlp.pipe_names and "trainable_lemmatizer" not in nlp.pipe_names:
        nlp.add_pipe("debatradar_lookup_lemmatizer_v1", name="debatradar_lemmatizer", first=True)
    if not any(p in nlp.pipe_names for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    # organisations before places (a party name before a town is no surname), both after the NER
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="debatradar_organisations",
        config={"overwrite_ents": False},
        after="ner" if "ner" in nlp.pipe_names else None,
    )
    ruler.add_patterns(srsly.read_json(PATTERNS / "organisations.json"))  # type: ignore[attr-defined]
    nlp.add_pipe(
        "debatradar_places_v1",
        name="debatradar_places",
        config={"gazetteer": _gazetteer_config(cache_dir, postcode_file)},
        after="debatradar_organisations",
    )
    nlp.add_pipe("debatradar_mobilisation_cues_v1", name="debatradar_cues")
    return nlp
