"""Names and centroids of municipalities for messages, briefings and the CLI."""

from __future__ import annotations

from nlp import Gazetteer
from schema.settings import Settings


def gazetteer(settings: Settings) -> Gazetteer:
    """The process-wide gazetteer, cached on disk where the enricher caches it (data_dir/cache)."""
    postcode_file = settings.resolve(settings.nlp.postcode_file) if settings.nlp.postcode_file else None
    return Gazetteer.default(settings.data_dir / "cache", postcode_file)


def municipality_name(code: str | None, settings: Settings) -> str | None:
    """The Danish name of a municipality: the watched ones from the config, others from the gazetteer."""
    if code is None:
        return None
    for ref in settings.municipalities:
        if ref.code == code:
            return ref.name
    found = gazetteer(settings).get(code)
    return found.name if found is not None else code


def centroids(settings: Settings) -> dict[str, tuple[float, float, str]]:
    """Every municipality's centroid and name by code (for the offline maps)."""
    return {m.code: (m.lat, m.lon, m.name) for m in gazetteer(settings).municipalities()}
