"""The one exception of sync: a sentence for branch IT, never a traceback."""


class SyncProblem(Exception):
    """Sync cannot go on; ``str()`` says why and what to do. Local data is untouched."""


REFUSAL = ("head office refused this log: it belongs to another branch's role, or head office "
           "has not given it to this branch yet (a branch may push only its own logs; a copied "
           "log file needs a new identity; ask head office)")


def is_refusal(exc: BaseException) -> bool:
    """The server's row-level security turned a push away: this role does not own the log
    (or row) it tried to write. Retrying changes nothing until head office acts."""
    sqlstate = getattr(exc, "sqlstate", None)
    return sqlstate == "42501" and "row-level security" in str(exc)


def is_refusal_text(text: str | None) -> bool:
    """A recorded last error that is a refusal (the console shows it calmly)."""
    return bool(text) and text.startswith(REFUSAL[:40])
