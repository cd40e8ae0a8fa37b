"""Every branch-config key, declared once: type, default, allowed range and help text.

``desk config init`` writes its template from this table, the loader checks files
against it (type, finiteness, range, list items), ``desk.config`` builds one frozen
dataclass per section from it, and a test validates every default.
"""

from __future__ import annotations

from dataclasses import dataclass
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


NUMBER = (int, float)
PORT = {"minimum": 1, "maximum": 65535}
SECONDS = {"above": 0, "maximum": 86_400}

# Sections with plain keys. Lists of tables (departments, security.channels)
# are described in CHANNEL_KEYS / DEPARTMENT_KEYS below.
SECTIONS: dict[str, dict[str, Key]] = {
    "branch": {
        "name": Key(str, "Branch", "Branch name shown on screen and in alarms.", nonempty=True),
        "unit": Key(str, "Customer service", "Your unit, said in the greeting."),
        "location": Key(str, "Front desk", "Where this desk is: room, floor; carried by alarms."),
        "region": Key(str, "FI", "Default region for phone numbers (ISO 3166 code)."),
        "language": Key(str, "en", "Console language: en, fi, tl, hi or eo."),
    },
    "workstation": {
        "name": Key(str, "", "This workstation's name; empty means the computer's host name."),
        "operator": Key(str, "", "Who is at the desk; empty means the login name."),
    },
    "norms": {
        "call_minutes_target": Key(NUMBER, 10, "Timer turns amber from here: steer to closing.",
                                   above=0, maximum=600),
        "call_minutes_max": Key(NUMBER, 15, "Timer turns red from here.", above=0, maximum=600),
        "callback_days": Key(int, 3, "Business days to answer a callback.",
                             minimum=1, maximum=60),
        "answer_by_ring": Key(int, 3, "Answer the phone by this ring.", minimum=1, maximum=20),
        "ring_seconds": Key(NUMBER, 5, "Seconds from one ring to the next on the phone system; "
                            "counts the rings before an answer.", above=0, maximum=60),
        "holidays": Key(list, [], 'Dates skipped when counting business days, e.g. '
                        '["2026-12-24"].', items=str),
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
                         **SECONDS),
    },
    "security": {
        "emergency_numbers": Key(list, ["112"], "Numbers shown on screen during an incident "
                                 '(text, e.g. ["112"]).', items=str, nonempty=True),
        "ack_timeout_s": Key(NUMBER, 60, "Say plainly when nobody acknowledged after this.",
                             **SECONDS),
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
                          **SECONDS),
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
    "name": Key(str, "", "Department name, as shown in the callback form.", nonempty=True),
    "email": Key(str, "", "Where its callbacks are forwarded; empty means copy as text."),
}

CHANNEL_TYPES = ("webhook", "email", "lan", "desktop")

CHANNEL_KEYS: dict[str, dict[str, Key]] = {
    "webhook": {
        "url": Key(str, "", "Address that receives a JSON POST per alarm (https:// unless "
                   "the receiver is on this machine).", nonempty=True),
        "timeout_s": Key(NUMBER, 3, "Seconds one attempt may take in all (connect, send, "
                         "answer).", above=0, maximum=600),
        "token": Key(str, "", "Sent as a Bearer token, if set. Never shown on screen."),
    },
    "email": {
        "to": Key(list, [], "Security's addresses.", items=str, nonempty=True),
        "smtp_host": Key(str, "", "Mail server; empty means the [smtp] one."),
        "smtp_port": Key(int, 0, "Mail server port; 0 means the [smtp] one.",
                         minimum=0, maximum=65535),
        "timeout_s": Key(NUMBER, 5, "Seconds before one attempt gives up.", above=0,
                         maximum=600),
    },
    "lan": {
        "group": Key(str, "239.255.77.1", "Multicast group of the branch consoles."),
        "port": Key(int, 47777, "UDP port of the branch consoles.", **PORT),
        "key": Key(str, "", "Branch key: 32 random bytes in base64, from `desk lan keygen`; "
                   "the same on every console of the branch (required).", nonempty=True),
        "interface": Key(str, "", "Network card address to send and join on; empty: "
                         "system's choice."),
        "ttl": Key(int, 1, "Multicast hops; 0 keeps packets on this machine.",
                   minimum=0, maximum=255),
        "peers": Key(list, [], 'Unicast "host:port" addresses instead of multicast.',
                     items=str),
    },
    "desktop": {},
}

DEFAULT_DEPARTMENTS = [{"name": "General enquiries", "email": ""}]
