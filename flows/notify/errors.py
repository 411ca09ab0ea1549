"""The error a failed delivery raises: transient ones are retried, permanent ones reported."""

from __future__ import annotations

from schema import DebatradarError


class DeliveryError(DebatradarError):
    """A notification or briefing could not be delivered; ``transient`` says whether a retry may help."""

    exit_code = 8

    def __init__(self, message: str, *, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


def is_transient(exc: BaseException) -> bool:
    """True for a delivery error that a retry may fix (connection lost, 429, 5xx)."""
    return isinstance(exc, DeliveryError) and exc.transient
