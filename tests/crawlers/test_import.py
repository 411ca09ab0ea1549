"""File import: the outside-evaluation JSONL format and mapped CSV exports; bad lines dead-lettered."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from crawlers import Spool, import_file, run_crawl
from schema import ConfigError, Platform, post_id
from schema.settings import FileImportSource
from tests.conftest import fixture_path
from tests.crawlers.conftest import make_settings


def test_evaluation_jsonl_keeps_ids_and_dead_letters_bad_lines(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", [])
    report = import_file(settings, fixture_path("import", "eval.jsonl"))
    health = report.sources[0]
    assert health.items_new == 3 and health.errors == {"invalid_line": 2} and health.status == "degraded"
    spool = Spool(settings.data_dir / "spool")
    items = {i.id: i for _, i in spool.read("t")}
    assert set(items) == {"doc-0001", "doc-0002", "doc-0003"}
    reply = items["doc-0002"]
    assert reply.reply_to == "doc-0001" and reply.platform is Platform.FACEBOOK
    assert reply.source_id == "facebook-bevar-traeerne" and reply.lang_declared == "da"
    assert (
        reply.author is not None
        and reply.author.profile_location == "Viby J"
        and reply.author.display_name is None
    )
    assert items["doc-0003"].platform is Platform.X
    reasons = [d.reason for d in spool.dead_letters()]
    assert any("line 4" in r and "not valid JSON" in r for r in reasons)
    assert any("line 5" in r and "no publication time" in r for r in reasons)
    again = import_file(settings, fixture_path("import", "eval.jsonl"))
    assert again.items_new == 0 and again.duplicates == 3 and spool.count() == 3
    spool.close()


def test_csv_export_with_a_column_mapping_runs_as_a_source(tmp_path: Path) -> None:
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    shutil.copy(fixture_path("import", "meta_export.csv"), config_dir / "meta.csv")
    columns = yaml.safe_load(fixture_path("import", "meta_columns.yaml").read_text(encoding="utf-8"))
    source = {
        "kind": "file_import",
        "id": "meta-tranbjerg",
        "name": "Meta: Tranbjerg",
        "platform": "facebook",
        "path": "meta.csv",
        "format": "csv",
        "columns": columns,
    }
    settings = make_settings(tmp_path / "data", [source]).model_copy(
        update={"config_path": config_dir / "x.yaml"}
    )
    report = run_crawl(settings)
    assert report.health("meta-tranbjerg").items_new == 2
    items = [i for _, i in Spool(settings.data_dir / "spool").read("t")]
    assert {i.community for i in items} == {"Tranbjerg Skole – bevar Grønløkke"}
    assert items[0].native_id == "1181920000001" and items[0].published_at.hour == 18


def test_missing_file_and_unknown_columns_are_config_errors(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", [])
    with pytest.raises(ConfigError, match="file not found"):
        import_file(settings, tmp_path / "nope.jsonl")
    bad = FileImportSource(
        id="x-export",
        name="X",
        platform=Platform.X,
        path=str(fixture_path("import", "eval.jsonl")),
        columns={"tekst": "text"},
    )
    with pytest.raises(ConfigError, match="unknown field"):
        import_file(settings, fixture_path("import", "eval.jsonl"), bad)


def test_x_jsonl_export_with_nested_and_list_columns(tmp_path: Path) -> None:
    columns = {
        "id": "id",
        "text": "text",
        "published_at": "created_at",
        "author_id": "author.username",
        "author_location": "author.location",
        "url": "permalink",
        "reply_to": "referenced_tweets.0.id",
        "thread_id": "conversation_id",
        "lang": "lang",
    }
    source = FileImportSource(
        id="x-mols",
        name="X: Mols Bjerge",
        platform=Platform.X,
        path=str(fixture_path("import", "x_export.jsonl")),
        columns=columns,
    )
    settings = make_settings(tmp_path / "data", [])
    assert import_file(settings, fixture_path("import", "x_export.jsonl"), source).items_new == 2
    items = {i.id: i for _, i in Spool(settings.data_dir / "spool").read("t")}
    reply = items[post_id("x", "1899012399999999999")]
    assert reply.reply_to == post_id("x", "1899012345678901234") and reply.platform is Platform.X
    assert reply.thread_id == reply.reply_to and reply.native_id == "1899012399999999999"
    assert reply.author is not None and reply.author.profile_location == "Aarhus C"
