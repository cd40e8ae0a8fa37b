"""Every branch-config key, declared once: type, default, allowed range and help text.

``desk config init`` writes its template from this table, the loader checks files
against it (type, finiteness, range, list items), ``desk.config`` builds one frozen
dataclass per section from it, and a test validates every default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]
    default: Any
    help: str
    above: float | None = None  # value must be greater than this
    minimum: float | None = None  # ... at least this
    maximum: float | None = None  # ... at most this
    items: type | None = None  # lists: the type of every item
    nonempty: bool = False  # text: not blank; lists: at least one item (and none blank)
    max_items: int = 100  # lists: at most this many entries
    max_length: int = 1024  # text (and every text entry of a list): at most this many characters
    secret: bool = False  # masked by `config check --explain`; only from an owner-only file


NUMBER = (int, float)
# Names travel in every alarm (a LAN packet is at most 8 kB, with the call's context too).
NAME = {"max_length": 100}
PORT = {"minimum": 1, "maximum": 65535}
# Timeouts and intervals: a floor that still lets the work happen (1e-300 s would never
# deliver, or spin), a ceiling past which nobody would notice a hung attempt in time.
ATTEMPT_S = {"minimum": 1, "maximum": 60}  # one alarm delivery attempt
MAIL_S = {"minimum": 1, "maximum": 300}  # one SMTP conversation (forwarded callbacks)
INTERVAL_S = {"minimum": 1, "maximum": 86_400}  # between sync pushes
# Whole-file limits, checked before and while parsing (desk.config).
MAX_FILE_BYTES = 1_048_576  # a branch config is a few kB
MAX_DEPTH = 16  # nested tables and lists; a real config needs 4
MAX_CHANNELS = 32
MAX_DEPARTMENTS = 500
MAX_INCLUDES = 4  # a branch file, its company base, and a few levels above that

# Keys at the top of a file, outside any section.
TOP_KEYS: dict[str, Key] = {
    "include": Key(str, "", "A base file (e.g. the company's) merged under this file's own "
                   "keys; a relative path is relative to this file.", nonempty=True),
}

# Sections with plain keys. Lists of tables (departments, security.channels)
# are described in CHANNEL_KEYS / DEPARTMENT_KEYS below.
SECTIONS: dict[str, dict[str, Key]] = {
    "branch": {
        "name": Key(str, "Branch", "Branch name shown on screen and in alarms.", nonempty=True,
                    **NAME),
        "unit": Key(str, "Customer service", "Your unit, said in the greeting.", **NAME),
        "location": Key(str, "Front desk", "Where this desk is: room, floor; carried by alarms.",
                        **NAME),
        "region": Key(str, "FI", "Default region for phone numbers (ISO 3166 code that "
                      "the phonenumbers library knows).", nonempty=True),
        "language": Key(str, "en", "Console language: en, fi, tl, hi or eo."),
        "formal": Key(bool, False, "Address callers in the polite register where the "
                      "language has one (Finnish: te instead of sinä)."),
    },
    "workstation": {
        "name": Key(str, "", "This workstation's name; empty means the computer's host name.",
                    **NAME),
        "operator": Key(str, "", "Who is at the desk; empty means the login name.", **NAME),
    },
    "norms": {
        "call_minutes_target": Key(NUMBER, 10, "Timer turns amber from here: steer to closing.",
                                   above=0, maximum=600),
        "call_minutes_max": Key(NUMBER, 15, "Timer turns red from here.", above=0, maximum=600),
        "callback_days": Key(int, 3, "Days to answer a callback (counted as "
                             "callback_day_kind says).", minimum=1, maximum=60),
        "callback_day_kind": Key(str, "calendar", 'How callback_days count: "calendar" '
                                 '(seed 001: an answer within 3 days) or "business" (weekends '
                                 "and holidays skipped); a due day on a weekend or holiday "
                                 "moves to the working day before.", nonempty=True),
        "repeat_caller_calls": Key(int, 4, "A caller on this many calls within 30 days gets "
                                   "a quiet cue to thank them for their patience.",
                                   minimum=2, maximum=100),
        "answer_by_ring": Key(int, 3, "Answer the phone by this ring.", minimum=1, maximum=20),
        "ring_seconds": Key(NUMBER, 5, "Seconds from one ring to the next on the phone system; "
                            "counts the rings before an answer.", minimum=1, maximum=60),
        "holidays": Key(list, [], 'Dates skipped when counting business days, e.g. '
                        '["2026-12-24"].', items=str, max_items=1000),
    },
    "smtp": {
        "host": Key(str, "", "Mail server for forwarding callbacks; empty means no e-mail."),
        "port": Key(int, 25, "Mail server port.", **PORT),
        "from": Key(str, "desk@localhost", "Sender address of forwarded callbacks."),
        "starttls": Key(bool, False, "Upgrade the connection with STARTTLS."),
        "user": Key(str, "", "Login name, if the server wants one. The password comes from "
                    "the DESK_SMTP_PASSWORD environment variable or from password_file, "
                    "never from this file."),
        "password_file": Key(str, "", "File holding the login password (readable by its "
                             "owner only); DESK_SMTP_PASSWORD wins over it."),
        "allow_plaintext_login": Key(bool, False, "Log in without TLS; allowed only for a "
                                     "relay on this machine (127.0.0.1 / localhost)."),
        "timeout_s": Key(NUMBER, 10, "Give up on one attempt after this many seconds.",
                         **MAIL_S),
    },
    "security": {
        "emergency_numbers": Key(list, ["112"], "Numbers shown on screen during an incident "
                                 '(text, e.g. ["112"]): digits, +, *, # and spaces only.',
                                 items=str, nonempty=True, max_items=10, max_length=32),
        "ack_timeout_s": Key(NUMBER, 60, "Say plainly when nobody acknowledged after this.",
                             minimum=10, maximum=3600),
        "silent": Key(bool, False, "Silent alarm: only a small indicator on screen."),
        "shortcut": Key(str, "Ctrl+Alt+S", "Keyboard shortcut that raises the alarm.",
                        nonempty=True),
        "test_max_age_days": Key(int, 60, "Warn when the last successful alarm test is older.",
                                 minimum=1, maximum=3650),
    },
    "sync": {
        "url": Key(str, "", "Head office's PostgreSQL, e.g. postgresql://desk@hq.example.org/desk; "
                   "empty: no sync. Password from DESK_SYNC_PASSWORD or pgpass, never here."),
        "interval_s": Key(NUMBER, 60, "Seconds between pushes while nothing is waiting.",
                          **INTERVAL_S),
        "enabled": Key(bool, True, "Push to head office; false pauses (changes keep queuing)."),
    },
}

# [store]: one call log for every account of the machine. Only the machine-wide config may
# set it (desk.store.shared_log refuses it anywhere else); not in SECTIONS, so `desk config
# init` never writes it into a user's file.
STORE_KEYS: dict[str, Key] = {
    "path": Key(str, "", "One call log for every account of this machine (a shared "
                "front-desk PC), e.g. /var/lib/desk/desk.db; empty: each account its own."),
    "group": Key(str, "desk", "The group whose members share that log (Linux: the log 0660, "
                 "its folder 2770)."),
}

# Keys that once existed and must not come back, with what to do instead.
REMOVED_KEYS: dict[str, str] = {
    "smtp.password": "passwords do not belong in the config file: set the "
                     "DESK_SMTP_PASSWORD environment variable or [smtp] password_file",
    "sync.password": "passwords do not belong in the config file: set the "
                     "DESK_SYNC_PASSWORD environment variable or use a pgpass file",
}

DEPARTMENT_KEYS: dict[str, Key] = {
    "name": Key(str, "", "Department name, as shown in the callback form.", nonempty=True,
                **NAME),
    "email": Key(str, "", "Where its callbacks are forwarded; empty means copy as text."),
}

CHANNEL_TYPES = ("webhook", "email", "lan", "desktop")

# Any channel may carry a human label: the console says "Security desk", not "webhook".
CHANNEL_LABEL = Key(str, "", 'What the console calls this channel, e.g. "Security desk"; '
                    "empty means its type.", **NAME)

CHANNEL_KEYS: dict[str, dict[str, Key]] = {
    "webhook": {
        "label": CHANNEL_LABEL,
        "url": Key(str, "", "Address that receives a JSON POST per alarm (https:// unless "
                   "the receiver is on this machine).", nonempty=True, max_length=2048),
        "timeout_s": Key(NUMBER, 3, "Seconds one attempt may take in all (connect, send, "
                         "answer, DNS included).", **ATTEMPT_S),
        "token": Key(str, "", "Sent as a Bearer token, if set. Never shown on screen.",
                     secret=True),
    },
    "email": {
        "label": CHANNEL_LABEL,
        "to": Key(list, [], "Security's addresses.", items=str, nonempty=True),
        "smtp_host": Key(str, "", "Mail server; empty means the [smtp] one."),
        "smtp_port": Key(int, 0, "Mail server port; 0 means the [smtp] one.",
                         minimum=0, maximum=65535),
        "timeout_s": Key(NUMBER, 5, "Seconds before one attempt gives up.", **ATTEMPT_S),
    },
    "lan": {
        "label": CHANNEL_LABEL,
        "group": Key(str, "239.255.77.1", "Multicast group of the branch consoles."),
        "port": Key(int, 47777, "UDP port of the branch consoles.", **PORT),
        "key": Key(str, "", "Branch key: 32 random bytes in base64, from `desk lan keygen`; "
                   "the same on every console of the branch (this or key_file).",
                   secret=True),
        "key_file": Key(str, "", "File holding the branch key instead of 'key' (relative: "
                        "to this config's folder): owned by the user or root, readable "
                        "at most by its group, not a link."),
        "interface": Key(str, "", "Network card address to send and join on; empty: "
                         "system's choice."),
        "ttl": Key(int, 1, "Multicast hops; 0 keeps packets on this machine.",
                   minimum=0, maximum=255),
        "peers": Key(list, [], 'Unicast "host:port" addresses instead of multicast.',
                     items=str),
    },
    "desktop": {"label": CHANNEL_LABEL},
}

DEFAULT_DEPARTMENTS = [{"name": "General enquiries", "email": ""}]


class ConfigError(Exception):
    """A config file that cannot be used; ``str()`` is the one-line message."""

    def __init__(self, path: Path | None, message: str, line: int | None = None,
                 key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = str(path) if path else "config"
        if line:
            where += f", line {line}"
        if key:
            where += f", key '{key}'"
        super().__init__(f"{where}: {message}")
