from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from schema.settings import Settings
from tests.crawlers.site import RecordedSite


@pytest.fixture
def site() -> Iterator[RecordedSite]:
    s = RecordedSite()
    yield s
    s.close()


def make_settings(data_dir: Path, sources: list[dict[str, Any]], **crawl: Any) -> Settings:
    """Settings for a test crawl: no delays, quick retries and timeouts."""
    crawl_settings = {
        "download_delay_s": 0,
        "autothrottle": False,
        "concurrency_per_domain": 8,
        "retries": 2,
        "retry_backoff_s": 0.05,
        "retry_backoff_max_s": 0.5,
        "timeout_s": 5,
        "source_timeout_s": 60,
        "contact": "mailto:debatradar@aarhus.example",
        **crawl,
    }
    return Settings(
        municipalities=[{"code": "0751", "name": "Aarhus"}, {"code": "0706", "name": "Syddjurs"}],
        data_dir=data_dir,
        sources=sources,
        crawl=crawl_settings,
        privacy={
            "public_actors": [
                {
                    "name": "Anders Winnerskjold",
                    "actor_type": "politician",
                    "handles": ["mastodon:@borgmester@aarhus.social"],
                }
            ]
        },
    )
