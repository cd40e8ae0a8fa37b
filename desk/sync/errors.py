"""The one exception of sync: a sentence for branch IT, never a traceback."""


class SyncProblem(Exception):
    """Sync cannot go on; ``str()`` says why and what to do. Local data is untouched."""
