"""The weekly briefing: built from records through the Store API, rendered to HTML and PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO

import pytest
from pypdf import PdfReader

from flows._names import centroids
from flows.briefing.build import briefing_pdf_path, build_briefing
from flows.briefing.collect import collect
from flows.briefing.week import IsoWeek
from schema import ConfigError
from tests.flows import records


def _pdf_text(path) -> tuple[str, int]:
    reader = PdfReader(BytesIO(path.read_bytes()))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return re.sub(r"[ \t]+", " ", text), len(reader.pages)


def test_collect_counts_the_week_and_the_week_before(filled_store, settings):
    data = collect(filled_store, settings, records.WEEK, "da", records.GENERATED, centroids(settings))
    docs = data.figure("documents")
    assert (docs.value, docs.previous) == (records.EXPECTED_DOCUMENTS, records.EXPECTED_PREVIOUS)
    assert [r.issue_id for r in data.issues][:2] == ["issue-ingerslev", "issue-mols"]
    ingerslev = data.issues[0]
    assert ingerslev.documents == 38
    assert ingerslev.documents_previous == 6
    assert ingerslev.weekly == [2, 1, 3, 2, 2, 4, 6, 38]
    mols = data.issues[1]
    assert mols.remote_share is not None and mols.remote_share > 0.6
    assert {m.alert_id.split("@")[0] for m in data.mobilisations} == {
        "issue-ingerslev",
        "issue-mols",
        "issue-hornslet",
    }
    assert [m.new for m in data.mobilisations] == [True, False, True]
    assert data.figure("alerts_new").value == 2
    actors = {a.name: a for a in data.actors}
    assert actors[records.MAYOR].new and actors[records.MAYOR].documents == 2


def test_danish_briefing_pdf_has_the_sections_and_numbers(filled_store, settings, artifacts):
    briefing = build_briefing(
        filled_store, settings, records.WEEK, "da", records.GENERATED, centroids(settings)
    )
    pdf = settings.data_dir / briefing.pdf_path
    assert pdf == briefing_pdf_path(settings, "2026-W47-da")
    text, pages = _pdf_text(pdf)
    assert 2 <= pages <= 4, f"the briefing has {pages} pages"
    for heading in (
        "Ugebriefing uge 47, 2026",
        "Ugen kort",
        "Ugens mest omtalte lokale sager",
        "Aktive og nye mobiliseringer",
        "Deltagere udefra",
        "Offentlige aktører",
        "Hold øje med i næste uge",
    ):
        assert heading in text, heading
    assert str(records.EXPECTED_DOCUMENTS) in text
    assert f"forrige uge: {records.EXPECTED_PREVIOUS}" in text
    assert "bevar træerne · Ingerslev Boulevard" in text
    assert "Alarm" in text and "Advarsel" in text
    assert records.MAYOR in text
    assert "Side 1 / " in text
    stored = filled_store.get_briefing("2026-W47-da")
    assert stored is not None and stored.figures["documents"] == records.EXPECTED_DOCUMENTS
    assert stored.issue_ids[0] == "issue-ingerslev"
    shutil.copy(pdf, artifacts / "briefing-2026-W47-da.pdf")
    (artifacts / "briefing-2026-W47-da.html").write_text(briefing.html, encoding="utf-8")
    prefix = artifacts / "briefing-2026-W47-da"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True)
    pngs = sorted(artifacts.glob("briefing-2026-W47-da-*.png"))
    assert len(pngs) == pages


def test_english_briefing_and_rebuild_replaces(filled_store, settings):
    first = build_briefing(filled_store, settings, records.WEEK, "en", records.GENERATED, centroids(settings))
    again = build_briefing(filled_store, settings, records.WEEK, "en", records.GENERATED, centroids(settings))
    assert first.briefing_id == again.briefing_id == "2026-W47-en"
    text, _ = _pdf_text(settings.data_dir / again.pdf_path)
    assert "Weekly briefing, week 47 2026" in text
    assert "The week's most discussed local issues" in text
    assert [b.briefing_id for b in filled_store.list_briefings()] == ["2026-W47-en"]


def test_an_empty_week_still_gives_a_briefing(settings):
    from index import open_store

    store = open_store(settings)
    store.setup()
    try:
        briefing = build_briefing(store, settings, IsoWeek(2026, 10), "da", records.GENERATED)
    finally:
        store.close()
    text, pages = _pdf_text(settings.data_dir / briefing.pdf_path)
    assert "Ingen lokale sager med indlæg i ugen." in text
    assert pages >= 1


@pytest.mark.parametrize("text", ["2026-47", "2026-W54", "uge 47"])
def test_a_bad_week_is_a_config_error(text):
    with pytest.raises(ConfigError, match=r"YYYY-Www|has no week"):
        IsoWeek.parse(text)
