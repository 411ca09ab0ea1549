"""Reading JSON responses with the fault recorded by kind."""

from __future__ import annotations

import json
from typing import Any

from scrapy.http import Response

from crawlers.health import HealthTracker


def load_json(response: Response, health: HealthTracker) -> Any | None:
    """The JSON body of a response, or None (recorded as ``malformed_json``)."""
    try:
        return json.loads(response.body.decode("utf-8-sig", errors="replace"))
    except (ValueError, UnicodeDecodeError) as err:
        health.error("malformed_json", f"{response.url}: {err}")
        return None
