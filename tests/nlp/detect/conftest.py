"""Shared fixtures of the detector tests: settings, a gazetteer, and issues over built documents."""

from __future__ import annotations

from datetime import timedelta

import pytest

from nlp.detect import default_geography
from schema import EnrichedDocument, Issue
from schema.settings import Settings
from tests.nlp.topics.corpus import AARHUS, SYDDJURS, T0


@pytest.fixture(scope="session")
def geography():
    return default_geography()


@pytest.fixture
def settings() -> Settings:
    return Settings(
        municipalities=[{"code": AARHUS, "name": "Aarhus"}, {"code": SYDDJURS, "name": "Syddjurs"}]
    )


def issue_of(
    issue_id: str, docs: list[EnrichedDocument], municipality: str | None, place: str | None
) -> Issue:
    """An issue record holding these documents (what the tracker would have made)."""
    return Issue(
        issue_id=issue_id,
        label=f"{issue_id} · {place}" if place else issue_id,
        municipality_code=municipality,
        place=place,
        document_ids=[d.id for d in docs],
        first_seen=min(d.published_at for d in docs),
        last_seen=max(d.published_at for d in docs),
        updated_at=T0 + timedelta(days=60),
    )
