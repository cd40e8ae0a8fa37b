"""Connecting to head office's PostgreSQL, with failures as one plain sentence."""

from __future__ import annotations

from urllib.parse import urlsplit

from desk.sync.errors import REFUSAL, SyncProblem, is_refusal
from desk.sync.settings import PASSWORD_ENV, SyncUrlError, check_url, password

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_S = 60  # a push statement past this is cancelled: the step never hangs
# A server that vanishes mid-push (cable, VPN) is noticed in about 25 s, not hours.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
              "keepalives_count": 3}


def where(url: str) -> str:
    """``host:port/db`` for messages (the url never holds a password)."""
    parts = urlsplit(url)
    return (parts.netloc.rsplit("@", 1)[-1] or "local socket") + parts.path


def connect(url: str, *, read_only: bool = False):
    """An autocommit psycopg connection (transactions are explicit), or ``SyncProblem``."""
    import psycopg

    try:
        url = check_url(url)
    except SyncUrlError as exc:
        raise SyncProblem(str(exc)) from None
    options = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "desk",
               "autocommit": True, **KEEPALIVES,
               "options": f"-c statement_timeout={STATEMENT_TIMEOUT_S * 1000}"}
    secret = password()
    if secret:
        options["password"] = secret
    if read_only:
        options["options"] = "-c default_transaction_read_only=on"  # reports: no limit
    try:
        return psycopg.connect(url, **options)
    except psycopg.Error as exc:
        raise SyncProblem(explain(url, exc)) from None


def explain(url: str, exc: Exception) -> str:
    if is_refusal(exc):
        return REFUSAL
    text = str(exc).strip()
    low = text.lower()
    place = where(url)
    if "password authentication failed" in low:
        return (f"{place}: the server refused the password (check {PASSWORD_ENV} "
                "or the pgpass file)")
    if "no password supplied" in low or "fe_sendauth" in low:
        return (f"{place}: the server wants a password; set {PASSWORD_ENV} "
                "or add it to a pgpass file")
    if "connection refused" in low:
        return f"{place}: nothing answers there (connection refused); is the server running?"
    if "timeout expired" in low or "timed out" in low:
        return f"{place}: the server did not answer within {CONNECT_TIMEOUT_S} s"
    if "could not translate host name" in low or "name or service not known" in low:
        return f"{place}: unknown host name"
    if "does not exist" in low and "database" in low:
        return f"{place}: no such database on the server"
    if "certificate" in low or "ssl" in low:
        return f"{place}: TLS check failed ({text.splitlines()[-1]})"
    if "invalid" in low and ("dsn" in low or "uri" in low or "connection option" in low):
        return f"{place}: the url is not valid ({text.splitlines()[-1]})"
    first = text.splitlines()[-1] if text else type(exc).__name__
    return f"{place}: {first}"
