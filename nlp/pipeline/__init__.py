"""The Danish spaCy pipeline and its components (registered on import)."""

from nlp.pipeline.extensions import CueSpan, PlaceHit, register_extensions
from nlp.pipeline.factory import build_pipeline, choose_model

__all__ = ["CueSpan", "PlaceHit", "build_pipeline", "choose_model", "register_extensions"]
