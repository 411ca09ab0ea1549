"""End-to-end fixtures: the session's Prefect test harness (shared with tests/flows)."""

from tests.flows.conftest import prefect_harness

__all__ = ["prefect_harness"]
