"""The Elasticsearch client from settings, and the translation of its errors into ours."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TlsError, TransportError
from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    Elasticsearch,
    UnsupportedProductError,
)

from schema import QueryError, StoreError, StoreUnavailableError
from schema.settings import Settings

#: statuses retried by the transport (whole request) and by the bulk helper (per item)
RETRY_STATUSES = (429, 502, 503, 504)


def make_client(settings: Settings) -> Elasticsearch:
    """A client for ``settings.index.elasticsearch`` with auth from ``settings.secrets``."""
    es = settings.index.elasticsearch
    secrets = settings.secrets
    kwargs: dict[str, Any] = {
        "request_timeout": es.request_timeout_s,
        "max_retries": es.max_retries,
        "retry_on_status": RETRY_STATUSES,
        "retry_on_timeout": True,
        "verify_certs": es.verify_certs,
    }
    if es.ca_certs:
        kwargs["ca_certs"] = es.ca_certs
    if secrets.elasticsearch_api_key is not None:
        kwargs["api_key"] = secrets.elasticsearch_api_key.get_secret_value()
    elif es.username:
        if secrets.elasticsearch_password is None:
            raise StoreError(
                f"index.elasticsearch.username is '{es.username}' but no password is set: "
                "set DEBATRADAR_SECRETS__ELASTICSEARCH_PASSWORD in the environment or .env."
            )
        kwargs["basic_auth"] = (es.username, secrets.elasticsearch_password.get_secret_value())
    return Elasticsearch(list(es.hosts), **kwargs)


def _reason(err: ApiError) -> str:
    """The root cause ES gave, e.g. 'parse_exception: ...'."""
    info = err.info if isinstance(err.info, dict) else {}
    error = info.get("error")
    if isinstance(error, dict):
        causes = error.get("root_cause") or [error]
        first = causes[0] if isinstance(causes, list) and causes else error
        caused = error.get("caused_by")
        text = f"{first.get('type', 'error')}: {first.get('reason', '')}"
        if isinstance(caused, dict) and caused.get("reason") and str(caused.get("reason")) not in text:
            text += f" (caused by {caused.get('type')}: {caused.get('reason')})"
        return text
    return str(error or err.message)


@contextmanager
def translate_errors(hosts: list[str], action: str, query: bool = False) -> Iterator[None]:
    """Turn client errors into StoreUnavailableError, QueryError or StoreError with what to do.

    Args:
        hosts: the configured hosts, named in the messages.
        action: what was being done, e.g. "indexing documents".
        query: a 400 is the user's query (QueryError) rather than a store problem.
    """
    where = ", ".join(hosts)
    try:
        yield
    except (TransportConnectionError, ConnectionTimeout) as err:
        if isinstance(err, TlsError):
            raise StoreError(
                f"Elasticsearch at {where}: TLS failed while {action} ({err}). "
                "Check index.elasticsearch.ca_certs and verify_certs."
            ) from err
        raise StoreUnavailableError(
            f"Elasticsearch at {where} cannot be reached while {action} ({type(err).__name__}). "
            "Start it (e.g. `docker compose up -d elasticsearch`) or fix index.elasticsearch.hosts; "
            "nothing is lost: the items wait in the spool and are indexed on the next run."
        ) from err
    except (AuthenticationException, AuthorizationException) as err:
        raise StoreError(
            f"Elasticsearch at {where} refused the credentials while {action} ({_reason(err)}). "
            "Check index.elasticsearch.username and DEBATRADAR_SECRETS__ELASTICSEARCH_PASSWORD "
            "or DEBATRADAR_SECRETS__ELASTICSEARCH_API_KEY."
        ) from err
    except UnsupportedProductError as err:
        raise StoreError(
            f"{where} is not an Elasticsearch server ({err}); check index.elasticsearch.hosts."
        ) from err
    except BadRequestError as err:
        if query:
            raise QueryError(
                f"Elasticsearch rejected the search: {_reason(err)}. Simplify the query."
            ) from err
        raise StoreError(
            f"Elasticsearch at {where} rejected a request while {action}: {_reason(err)}"
        ) from err
    except ApiError as err:
        if err.status_code in RETRY_STATUSES or err.status_code >= 500:
            raise StoreUnavailableError(
                f"Elasticsearch at {where} is overloaded or failing while {action} "
                f"(HTTP {err.status_code}: {_reason(err)}); retry later, the items wait in the spool."
            ) from err
        raise StoreError(
            f"Elasticsearch at {where} failed while {action}: HTTP {err.status_code}: {_reason(err)}"
        ) from err
    except TransportError as err:
        raise StoreUnavailableError(f"Elasticsearch at {where} failed while {action}: {err}") from err
