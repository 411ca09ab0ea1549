"""Places: the gazetteer's municipalities, names, and where participants live."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from index.search_models import DocumentFilter
from ui import aggregate
from ui.aggregate import MunicipalityInfo, Participation
from ui.data._core import cached, key, run, settings, settings_of

if TYPE_CHECKING:
    from nlp import Gazetteer

log = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def _gazetteer(cache_dir: str) -> Gazetteer:
    from nlp import Gazetteer  # importing nlp loads spaCy: done once, ideally by warm_up()

    try:
        return Gazetteer.default(cache_dir=Path(cache_dir))
    except OSError as err:  # a read-only data directory: build it in memory instead
        log.warning("gazetteer cache %s not writable (%s); building in memory", cache_dir, err)
        return Gazetteer.default()


@st.cache_resource(show_spinner=False)
def _warm(cache_dir: str) -> threading.Thread:
    def load() -> None:
        try:
            _gazetteer(cache_dir)
        except Exception:  # the page that needs it reports the error
            log.exception("loading the gazetteer in the background failed")

    thread = threading.Thread(target=load, name="debatradar-gazetteer", daemon=True)
    thread.start()
    return thread


def warm_up() -> None:
    """Start loading the gazetteer (and the nlp package) in the background, once per process."""
    _warm(str(settings().data_dir / "models"))


def gazetteer() -> Gazetteer:
    """The Danish gazetteer (cached under <data_dir>/models)."""
    return _gazetteer(str(settings().data_dir / "models"))


def municipalities() -> dict[str, MunicipalityInfo]:
    """All 98 municipalities by DAGI code, with region and centroid (for maps and names)."""
    return {
        m.code: MunicipalityInfo(m.code, m.name, m.region, m.lat, m.lon) for m in gazetteer().municipalities()
    }


def municipality_names() -> dict[str, str]:
    """Name by DAGI code: the watched municipalities as configured, the others from the gazetteer."""
    names = {m.code: m.name for m in gazetteer().municipalities()}
    names.update({m.code: m.name for m in settings().municipalities})
    return names


def participation(
    municipality: str, issue_id: str | None, date_from: datetime | None, date_to: datetime | None
) -> Participation:
    """Where the authors of an issue, or of a municipality's debate in a period, live."""
    return _participation(key(), municipality, issue_id, date_from, date_to)


@cached
def _participation(
    cache_key: str,
    municipality: str,
    issue_id: str | None,
    date_from: datetime | None,
    date_to: datetime | None,
) -> Participation:
    flt = DocumentFilter(
        published_from=date_from,
        published_to=date_to,
        issue_ids=[issue_id] if issue_id else [],
        municipality_codes=[] if issue_id else [municipality],
    )
    config = settings_of(cache_key)
    gaz = _gazetteer(str(config.data_dir / "models"))

    def distance(a: str, b: str) -> float | None:
        known = gaz.get(a) is not None and gaz.get(b) is not None
        return gaz.distance_km(a, b) if known else None

    def region(code: str) -> str | None:
        found = gaz.get(code)
        return found.region if found else None

    min_known = config.detection.remote.min_known_authors
    min_group = config.privacy.min_group_size
    return run(
        lambda s: aggregate.participation(
            s.iter_documents(flt), municipality, distance, region, min_known, min_group
        ),
        cache_key,
    )
