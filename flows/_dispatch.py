"""Run the partitions of a stage: in this process, or as flow runs of a deployment on Prefect workers.

``flows.workers.dispatch`` decides. With ``deployments`` every partition becomes a flow run of the
stage's partition deployment (prefect.yaml), linked to the calling flow run as a subflow; any
worker of the deployment's work pool takes it. This module then watches them:

- a run that completed reported its outcome when it released its lease (``flows/_leases.py``);
- a run that failed, crashed or was cancelled is run again, ``flows.workers.retries`` times;
- a run still *Running* whose lease expired lost its process (a worker killed, a host gone):
  it is marked *Crashed* in Prefect and run again, by whichever worker is alive;
- a run no worker took within ``flows.workers.start_timeout_s`` is cancelled with a clear error.

Nothing is lost or done twice because each partition keeps its progress in shared state (spool
cursors, source health, alerts) and only the lease holder may work on it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flows._leases import Leases, PartitionError
from schema.settings import Settings

#: outcome of one partition: the JSON its run reported
Outcome = str


def lease_name(stage: str, index: int, count: int) -> str:
    """The lease (and Prefect flow-run name stem) of one partition, e.g. ``enrich-embedded@0/2``."""
    return f"{stage}@{index}/{count}"


@dataclass
class _Partition:
    index: int
    run_id: uuid.UUID
    submitted: float
    attempts: int = 0
    errors: list[str] = field(default_factory=list)


def run_partitions(
    settings: Settings,
    stage: str,
    leases: list[str],
    deployment: str,
    parameters: Callable[[int], dict[str, Any]],
    local: Callable[[int], Outcome],
) -> list[Outcome]:
    """Run the partitions of a stage, one per lease name, and return their outcomes in order.

    Partition ``i`` takes the lease ``leases[i]`` when it starts (the same name its flow
    computes). ``local(i)`` runs it in this process; ``parameters(i)`` are the JSON parameters
    of its flow run when dispatched to ``deployment``.

    Raises:
        PartitionError: a partition still failed after its retries (the others were finished
            first), or no worker took one.
    """
    if settings.flows.workers.dispatch == "in_process":
        return [local(i) for i in range(len(leases))]
    return _Dispatcher(settings, stage, leases, deployment, parameters).run()


class _Dispatcher:
    def __init__(
        self,
        settings: Settings,
        stage: str,
        leases: list[str],
        deployment: str,
        parameters: Callable[[int], dict[str, Any]],
    ) -> None:
        from prefect.runtime import flow_run

        self.settings, self.stage, self.leases, self.count = settings, stage, leases, len(leases)
        self.deployment, self.parameters = deployment, parameters
        self.workers = settings.flows.workers
        self.parent = str(flow_run.id or uuid.uuid4())

    def run(self) -> list[Outcome]:
        from prefect import get_client, get_run_logger

        log = get_run_logger()
        parts = {i: self._submit(i, 0) for i in range(self.count)}
        outcomes: dict[int, Outcome] = {}
        failed: dict[int, str] = {}
        leases = Leases(self.settings.data_dir)
        try:
            with get_client(sync_client=True) as client:
                while len(outcomes) + len(failed) < self.count:
                    for i, part in parts.items():
                        if i in outcomes or i in failed:
                            continue
                        result = self._check(client, leases, part)
                        if isinstance(result, _Done):
                            outcomes[i] = result.outcome
                        elif result is not None:
                            part.errors.append(result)
                            if part.attempts >= self.workers.retries:
                                failed[i] = result
                                continue
                            log.warning(
                                "%s: running it again (%d of %d): %s",
                                self._name(i),
                                part.attempts + 1,
                                self.workers.retries,
                                result,
                            )
                            parts[i] = self._submit(i, part.attempts + 1, part.errors)
                    if len(outcomes) + len(failed) < self.count:
                        time.sleep(self.workers.poll_s)
        finally:
            leases.close()
        if failed:
            detail = "; ".join(f"{self._name(i)}: {reason}" for i, reason in sorted(failed.items()))
            raise PartitionError(
                f"{len(failed)} of {self.count} {self.stage} partitions failed after "
                f"{self.workers.retries} retries ({detail}); the others finished. Their progress is "
                "kept: the next run continues where they stopped."
            )
        return [outcomes[i] for i in range(self.count)]

    def _check(self, client: Any, leases: Leases, part: _Partition) -> _Done | str | None:
        """The partition's outcome, a reason to run it again, or None while it is under way."""
        from prefect.states import Cancelled, Crashed

        state = client.read_flow_run(part.run_id).state
        if state is None:
            return None
        run = str(part.run_id)
        if state.is_completed():
            outcome = leases.outcome(run)
            return _Done(outcome) if outcome is not None else "it completed without reporting an outcome"
        if state.is_final():
            return f"{state.type.value.lower()}: {state.message or 'no message'} (flow run {run})"
        lease = leases.get(self.leases[part.index])
        if lease is not None and lease.holder == run:
            if not lease.expired():
                return None
            reason = (
                f"its lease ran out {time.time() - lease.expires_at:.0f} s ago: the worker or host "
                f"running it died (flow run {run})"
            )
            if not leases.revoke(self.leases[part.index], run):
                return None  # it renewed the lease just now: alive after all
            client.set_flow_run_state(part.run_id, Crashed(message=reason), force=True)
            return reason
        if time.monotonic() - part.submitted < self.workers.start_timeout_s:
            return None
        if state.is_scheduled():
            client.set_flow_run_state(part.run_id, Cancelled(message="no worker took it"), force=True)
            raise PartitionError(
                f"{self._name(part.index)}: no worker took flow run {run} within "
                f"{self.workers.start_timeout_s:g} s; start workers on the work pool of the deployment "
                f"'{self.deployment}' (docs/operations.md), or set flows.workers.dispatch: in_process."
            )
        reason = f"it did not start working within {self.workers.start_timeout_s:g} s (flow run {run})"
        client.set_flow_run_state(part.run_id, Crashed(message=reason), force=True)
        return reason

    def _submit(self, index: int, attempt: int, errors: list[str] | None = None) -> _Partition:
        from prefect.client.schemas.objects import FlowRun
        from prefect.deployments import run_deployment
        from prefect.exceptions import ObjectNotFound

        try:
            run = run_deployment(
                self.deployment,
                parameters=self.parameters(index),
                timeout=0,
                flow_run_name=f"{self.stage}-{index + 1}-of-{self.count}"
                + (f"-retry-{attempt}" if attempt else ""),
                idempotency_key=f"{self.parent}:{self.leases[index]}:{attempt}",
                tags=["debatradar", "partition", self.stage],
            )
        except ObjectNotFound as err:
            raise PartitionError(
                f"the deployment '{self.deployment}' does not exist on the Prefect API; run "
                "`prefect deploy --all` (prefect.yaml), or set flows.workers.dispatch: in_process."
            ) from err
        if not isinstance(run, FlowRun):  # run_deployment returns a coroutine only in async code
            raise TypeError("run_partitions must be called from synchronous code")
        return _Partition(index, run.id, time.monotonic(), attempt, list(errors or []))

    def _name(self, index: int) -> str:
        return f"{self.stage} partition {index + 1} of {self.count}"


@dataclass(frozen=True)
class _Done:
    outcome: Outcome
