"""Head-office sync: each console pushes its changes to one central PostgreSQL.

``queue``    the local change queue (filled by triggers, m010) and ``sync_state``
``settings`` the ``[sync]`` config section and its URL rules (no secret in the TOML)
``schema``   the server schema as versioned migrations (``desk sync init URL``)
``push``     the idempotent upsert of queued rows and the worker's ``step()``
``backend``  the central database as a read-only report backend (``--db postgresql://``)
``summary``  the per-branch summary, one portable SQL for both back ends

Nothing here imports Qt; psycopg loads only where a server is contacted.
"""
