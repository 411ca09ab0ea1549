"""Scrapy settings of the crawl process, built from Debatradar's CrawlSettings."""

from __future__ import annotations

from typing import Any

from schema.settings import Settings

_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.7"

#: the pipeline: validate -> pseudonymise -> spool
ITEM_PIPELINES = {
    "crawlers.pipelines.ValidatePipeline": 100,
    "crawlers.pipelines.PseudonymisePipeline": 200,
    "crawlers.pipelines.SpoolPipeline": 300,
}

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.BackoffRetryMiddleware": 550,
    "crawlers.middlewares.RateLimitMiddleware": 560,
    "crawlers.middlewares.CharsetRepairMiddleware": 580,
    "crawlers.middlewares.RedirectLoopMiddleware": 610,
}


def user_agent(settings: Settings) -> str:
    """The User-Agent: names the product, the municipality and a contact address."""
    names = ", ".join(f"{m.name} Kommune" for m in settings.municipalities)
    return settings.crawl.user_agent.format(contact=settings.crawl.contact, municipality=names)


def scrapy_settings(settings: Settings) -> dict[str, Any]:
    """The Scrapy settings for a crawl with these Debatradar settings."""
    crawl = settings.crawl
    return {
        "BOT_NAME": "debatradar",
        "USER_AGENT": user_agent(settings),
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        "ROBOTSTXT_USER_AGENT": "Debatradar",
        "CONCURRENT_REQUESTS": max(16, crawl.concurrency_per_domain * 4),
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_domain,
        "DOWNLOAD_DELAY": crawl.download_delay_s,
        "DOWNLOAD_DELAY_JITTER": 0.5 if crawl.download_delay_s > 0 else 0.0,
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(crawl.download_delay_s, 0.5),
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl.concurrency_per_domain),
        "DOWNLOAD_TIMEOUT": crawl.timeout_s,
        "DOWNLOAD_MAXSIZE": int(crawl.max_response_mb * 1024 * 1024),
        "DOWNLOAD_WARNSIZE": int(crawl.max_response_mb * 1024 * 1024 / 2),
        "RETRY_TIMES": crawl.retries,
        "RETRY_BACKOFF_BASE": crawl.retry_backoff_s,
        "RETRY_BACKOFF_MAX": crawl.retry_backoff_max_s,
        "RATELIMIT_MAX_WAIT": crawl.rate_limit_max_wait_s,
        "RETRY_GIVE_UP_LOG_LEVEL": "WARNING",
        "REDIRECT_MAX_TIMES": crawl.max_redirects,
        "DEPTH_LIMIT": crawl.max_depth,
        "CLOSESPIDER_TIMEOUT": crawl.source_timeout_s,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": crawl.log_level,
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
        "DEFAULT_REQUEST_HEADERS": {
            "Accept": _ACCEPT,
            "Accept-Language": "da,en;q=0.7",
        },
    }
