"""The documented example configuration for a real municipality loads and covers every source kind."""

from __future__ import annotations

from pathlib import Path

from crawlers.settings import scrapy_settings, user_agent
from schema import SourceKind
from schema.settings import load_settings

EXAMPLE = Path(__file__).resolve().parents[2] / "config" / "example-aarhus.yaml"


def test_example_config_covers_every_source_kind() -> None:
    settings = load_settings(EXAMPLE)
    assert {SourceKind(s.kind) for s in settings.sources} == set(SourceKind)
    assert user_agent(settings) == (
        "Debatradar/0.1 (+mailto:debatradar@aarhus.dk; Aarhus Kommune, Syddjurs Kommune, Odder Kommune)"
    )
    scrapy = scrapy_settings(settings)
    assert scrapy["ROBOTSTXT_OBEY"] is True and scrapy["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2
    assert scrapy["AUTOTHROTTLE_ENABLED"] is True and scrapy["DOWNLOAD_MAXSIZE"] == 5 * 1024 * 1024
