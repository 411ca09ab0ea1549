"""``run_crawl``: runs the spiders in a Scrapy subprocess and collects a CrawlReport."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from crawlers.health import HealthTracker
from crawlers.importer import import_source
from crawlers.pseudonymise import Pseudonymiser
from crawlers.report import CrawlProgress, CrawlReport
from schema import ConfigError, DebatradarError, SourceHealth, SourceKind
from schema.settings import FileImportSource, Settings

#: extra wall-clock time the subprocess gets beyond the per-source cap before it is killed
_GRACE_S = 120.0


def new_run_id() -> str:
    """A sortable, unique crawl run id."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def run_crawl(
    settings: Settings,
    source_ids: list[str] | None = None,
    on_progress: Callable[[CrawlProgress], None] | None = None,
) -> CrawlReport:
    """Crawl the enabled sources (or the ones named) and write their items to the spool.

    Web sources run in one Scrapy subprocess (``python -m crawlers.run``) whose progress is
    streamed back; file imports run here. One failing source never stops the others.

    Raises:
        ConfigError: a named source does not exist or the pseudonym key is missing.

    Examples:
        >>> report = run_crawl(load_settings("config/demo.yaml"))  # doctest: +SKIP
        >>> [(h.source_id, h.status, h.items_new) for h in report.sources]  # doctest: +SKIP
    """
    Pseudonymiser(settings)  # a missing key is a ConfigError before anything starts
    known = {s.id: s for s in settings.sources}
    unknown = sorted(set(source_ids or []) - set(known))
    if unknown:
        raise ConfigError(
            f"unknown source id(s) {', '.join(unknown)}; configured: {', '.join(sorted(known))}"
        )
    chosen = [known[i] for i in source_ids] if source_ids else [s for s in settings.sources if s.enabled]
    run_id = new_run_id()
    started = datetime.now(UTC)
    healths: list[SourceHealth] = []
    for source in chosen:
        if isinstance(source, FileImportSource):
            try:
                healths.append(import_source(settings, source, run_id, on_progress))
            except DebatradarError as err:  # one failing source never stops the others
                tracker = HealthTracker(run_id, source.id, SourceKind.FILE_IMPORT, on_progress)
                tracker.error("import_failed", str(err))
                healths.append(tracker.health())
    web = [s.id for s in chosen if not isinstance(s, FileImportSource)]
    exit_code, log_path = 0, None
    if web:
        crawled, exit_code, log_path = _crawl_subprocess(settings, run_id, web, on_progress)
        healths.extend(crawled)
    return CrawlReport(
        run_id=run_id,
        started_at=started,
        finished_at=datetime.now(UTC),
        sources=healths,
        exit_code=exit_code,
        log_path=str(log_path) if log_path else None,
    )


def _crawl_subprocess(
    settings: Settings,
    run_id: str,
    source_ids: list[str],
    on_progress: Callable[[CrawlProgress], None] | None,
) -> tuple[list[SourceHealth], int, Path]:
    data_dir = settings.data_dir.resolve()
    settings_file = data_dir / "state" / "runs" / f"{run_id}.json"
    log_path = data_dir / "logs" / f"crawl-{run_id}.log"
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    payload = settings.model_dump(mode="json", exclude={"secrets"})
    payload["data_dir"] = str(data_dir)
    settings_file.write_text(json.dumps(payload), encoding="utf-8")
    settings_file.chmod(0o600)
    key = settings.secrets.pseudonym_key
    secret = json.dumps({"pseudonym_key": key.get_secret_value() if key else None})
    finished: dict[str, SourceHealth] = {}
    timeout = settings.crawl.source_timeout_s + _GRACE_S
    with (
        log_path.open("wb") as log,
        subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
            [sys.executable, "-m", "crawlers.run", str(settings_file), run_id, *source_ids],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        ) as proc,
    ):
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(secret)
        proc.stdin.close()
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            for line in proc.stdout:
                progress = _parse(line)
                if progress is None:
                    continue
                if progress.event == "finished" and progress.health is not None:
                    finished[progress.source_id] = progress.health
                if on_progress is not None:
                    on_progress(progress)
            exit_code = proc.wait()
        finally:
            watchdog.cancel()
    settings_file.unlink(missing_ok=True)
    kinds = {s.id: SourceKind(s.kind) for s in settings.sources}
    out = []
    for source_id in source_ids:
        health = finished.get(source_id)
        if health is None:
            tracker = HealthTracker(run_id, source_id, kinds[source_id])
            tracker.error(
                "crawl_process",
                f"the crawl process ended (exit code {exit_code}) before "
                f"this source finished; see {log_path}: {_tail(log_path)}",
            )
            health = tracker.health()
        out.append(health)
    return out, exit_code, log_path


def _parse(line: str) -> CrawlProgress | None:
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        return CrawlProgress.model_validate_json(line)
    except ValidationError:
        return None


def _tail(path: Path, chars: int = 300) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return " | ".join(lines[-3:])[-chars:]
