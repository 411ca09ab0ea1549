"""Settings of crawlers/."""

from __future__ import annotations

from typing import Literal

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
    download_delay_s: float = Field(
        default=0.5, ge=0, description="Minimum delay between requests to a domain."
    )
    autothrottle: bool = Field(default=True, description="Adapt the delay to the server's latency.")
    timeout_s: float = Field(default=30, gt=0, description="Per-request timeout.")
    retries: int = Field(default=3, ge=0, le=10, description="Retries of 429/5xx/timeouts before recording.")
    max_response_mb: float = Field(default=5, gt=0, description="Responses larger than this are dropped.")
    source_timeout_s: float = Field(default=900, gt=0, description="Wall-clock cap on one source's crawl.")
    retry_backoff_s: float = Field(
        default=1.0,
        ge=0,
        description="Base of the exponential back-off between retries (doubles each retry).",
    )
    retry_backoff_max_s: float = Field(
        default=60, ge=0, description="Longest wait before a retry (also caps Retry-After)."
    )
    rate_limit_max_wait_s: float = Field(
        default=300,
        ge=0,
        description="Longest wait for a platform's rate limit (X-RateLimit-Reset) to reset.",
    )
    max_redirects: int = Field(
        default=10, ge=0, le=50, description="Redirects followed before a redirect loop is recorded."
    )
    max_depth: int = Field(
        default=0,
        ge=0,
        description="Scrapy link-depth cap, 0 = none (per-source page caps guard against traps).",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="Level of the crawl log written under data_dir/logs."
    )
