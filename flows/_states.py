"""Small helpers on Prefect task states: what went wrong, and whether a retry may help."""

from __future__ import annotations

from typing import Any

from prefect.client.schemas.objects import State


def error_of(state: State[Any]) -> BaseException | None:
    """The exception a failed state holds (None for a completed state)."""
    if state.is_completed():
        return None
    try:
        state.result()
    except Exception as err:  # returned to the caller, who decides
        return err
    return None


def error_text(state: State[Any]) -> str:
    """A one-line description of why a task failed."""
    err = error_of(state)
    if err is None:
        return state.message or "unknown error"
    return str(err) or type(err).__name__


def retry_when(*kinds: type[BaseException]) -> Any:
    """A ``retry_condition_fn`` that retries only when the task raised one of ``kinds``."""

    def condition(task: Any, task_run: Any, state: State[Any]) -> bool:
        err = error_of(state)
        return err is not None and isinstance(err, kinds) and getattr(err, "transient", True)

    return condition


def backoff(first_s: float, retries: int) -> list[float]:
    """Retry delays that double: first, 2 x first, 4 x first ..."""
    return [first_s * 2**i for i in range(retries)]
