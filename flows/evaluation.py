"""`debatradar eval`: run the pipeline on simulated scenarios and score it against their truth.

Per seed, in a fresh data directory: the scenario's items go into the spool (or, with
``crawl=True``, the scenario is served locally and crawled by the real spiders), the enrich
flow indexes them, and the issue tracker and detectors are replayed day by day over the
indexed documents exactly as live runs would have seen them (nlp.detect.replay). The alerts
are then scored with nlp.detect.evaluation against the scenario's ground truth.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from crawlers import Spool
from flows._progress import Progress, emit
from flows._runtime import load, store_for
from flows.crawl import crawl_flow
from flows.enrich import enrich_flow
from nlp.detect.evaluation import EvaluationReport, evaluate
from nlp.detect.replay import replay_history
from schema import ConfigError
from simulator import generate, rebase_sources
from simulator import serve as serve_scenario

#: days of history the first replay run is fitted on before alerts are counted
HISTORY_DAYS = 14


@dataclass(frozen=True)
class SeedResult:
    """One seed's evaluation."""

    seed: int
    documents: int
    report: EvaluationReport


def evaluate_seed(
    config: str,
    overrides: dict[str, Any],
    seed: int,
    end: date,
    weeks: int,
    data_dir: Path,
    crawl: bool = False,
    step: timedelta = timedelta(days=1),
) -> SeedResult:
    """Generate, ingest, enrich, replay and score one scenario in ``data_dir``."""
    run = {**overrides, "data_dir": str(data_dir)}
    settings = load(config, run)
    key = settings.secrets.pseudonym_key
    if key is None:
        raise ConfigError(
            "set DEBATRADAR_SECRETS__PSEUDONYM_KEY: the evaluation pseudonymises like production."
        )
    scenario = generate(seed=seed, end=end, weeks=weeks)
    if crawl:
        with serve_scenario(scenario, host="127.0.0.1", port=0) as server:
            rebased = rebase_sources(settings, server.origin)
            run["sources"] = [s.model_dump(mode="json") for s in rebased.sources]
            crawl_flow(config, run)
    else:
        names = [a.name for a in settings.privacy.public_actors]
        with Spool(settings.data_dir / "spool") as spool:
            spool.append(scenario.items(key.get_secret_value(), public_names=names))
    enrich_flow(config, run)
    with store_for(settings) as store:
        documents = list(store.iter_documents())
    start = datetime.combine(scenario.start + timedelta(days=HISTORY_DAYS), time(0), tzinfo=UTC)

    def on_run(moment: datetime, _: Any) -> None:
        emit(Progress("eval", f"seed {seed}", (moment - start).days, (scenario.horizon - start).days))

    result = replay_history(
        documents, settings, settings.data_dir / "models", start, scenario.horizon, step, on_run=on_run
    )
    urls = {d.id: d.url for d in documents}
    report = evaluate(result.alerts, scenario.truth, urls, result.assignments, raised=result.raised())
    return SeedResult(seed=seed, documents=len(documents), report=report)


def evaluate_seeds(
    config: str,
    overrides: dict[str, Any],
    seeds: list[int],
    end: date,
    weeks: int,
    keep: Path | None = None,
    crawl: bool = False,
) -> list[SeedResult]:
    """Evaluate several seeds, each in its own data directory (temporary unless ``keep``)."""
    results = []
    for seed in seeds:
        if keep is not None:
            results.append(evaluate_seed(config, overrides, seed, end, weeks, keep / f"seed-{seed}", crawl))
            continue
        with tempfile.TemporaryDirectory(prefix=f"debatradar-eval-{seed}-") as folder:
            results.append(evaluate_seed(config, overrides, seed, end, weeks, Path(folder), crawl))
    return results
