"""Settings of crawlers/."""

from __future__ import annotations

from pydantic import Field

from schema.settings._model import Section


class CrawlSettings(Section):
    """How politely and how far the crawlers go."""

    user_agent: str = Field(
        default="Debatradar/0.1 (+{contact}; {municipality})",
        description="User-Agent; {contact} and {municipality} are filled in.",
    )
    contact: str = Field(
        default="mailto:debatradar@example.invalid",
        description="Contact address shown in the User-Agent (a real mailbox in production).",
    )
    obey_robots: bool = Field(default=True, description="Obey robots.txt (keep on in production).")
    concurrency_per_domain: int = Field(default=2, ge=1, le=16, description="Parallel requests per domain.")
    download_delay_s: float = Field(default=0.5, ge=0, description="Minimum delay between requests to a domain.")
    autothrottle: bool = Field(default=True, description="Adapt the delay to the server's latency.")
    timeout_s: float = Field(default=30, gt=0, description="Per-request timeout.")
    retries: int = Field(default=3, ge=0, le=10, description="Retries of 429/5xx/timeouts before recording.")
    max_response_mb: float = Field(default=5, gt=0, description="Responses larger than this are dropped.")
    source_timeout_s: float = Field(default=900, gt=0, description="Wall-clock cap on one source's crawl.")
