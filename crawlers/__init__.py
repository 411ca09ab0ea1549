"""crawlers/: every source kind -> typed, pseudonymised RawItems, written durably to the spool.

The Scrapy project: ``settings.py``, ``items.py``, ``pipelines.py`` (validate -> pseudonymise
-> spool), ``middlewares.py`` and ``spiders/<kind>.py`` (one generic spider per source kind).
Crawls run in a subprocess (``python -m crawlers.run``); ``run_crawl`` starts it.
"""

from crawlers.importer import import_file
from crawlers.report import CrawlProgress, CrawlReport
from crawlers.runner import run_crawl
from crawlers.spool import DeadLetter, Spool, SpoolScan, SpoolWriteReport

__all__ = [
    "CrawlProgress",
    "CrawlReport",
    "DeadLetter",
    "Spool",
    "SpoolScan",
    "SpoolWriteReport",
    "import_file",
    "run_crawl",
]
