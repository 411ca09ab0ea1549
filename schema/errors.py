"""The error hierarchy every stage raises.

Every failure is one of three kinds: *transient* (raise it, the flow retries), *permanent*
(dead-letter the record with its id and reason, go on) or a *duplicate* (count it).
"""

from __future__ import annotations


class DebatradarError(Exception):
    """Root of all errors Debatradar raises on purpose. ``str(err)`` is a message for a user."""

    #: exit code the CLI uses for this kind of error
    exit_code: int = 1


class ConfigError(DebatradarError):
    """The configuration file or environment is wrong; names the file, field and expected value."""

    exit_code = 2


class SourceError(DebatradarError):
    """A source could not be fetched or parsed."""

    exit_code = 3


class TransientSourceError(SourceError):
    """A source failed in a way that may pass (timeout, 5xx, 429): retry later."""


class SchemaError(DebatradarError):
    """A record does not match its schema (a permanent error for that record)."""

    exit_code = 4


class StoreError(DebatradarError):
    """The index/store failed."""

    exit_code = 5


class StoreUnavailableError(StoreError):
    """The index cannot be reached (transient: the data waits in the spool)."""


class QueryError(StoreError):
    """A search request is malformed or too large; the message says what to change."""

    exit_code = 6


class DetectorError(DebatradarError):
    """Topic modelling or detection failed."""

    exit_code = 7
