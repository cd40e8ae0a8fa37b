"""Every branch-config key, declared once: type, default and the help text.

``desk config init`` writes its template from this table, the loader checks
files against it, and a test validates every default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]
    default: Any
    help: str


# Sections with plain keys. Lists of tables (departments, security.channels)
# are described in CHANNEL_KEYS / DEPARTMENT_KEYS below.
SECTIONS: dict[str, dict[str, Key]] = {
    "branch": {
        "name": Key(str, "Branch", "Branch name shown on screen and in alarms."),
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
        "call_minutes_target": Key((int, float), 10, "Timer turns amber from here: steer to closing."),
        "call_minutes_max": Key((int, float), 15, "Timer turns red from here."),
        "callback_days": Key(int, 3, "Business days to answer a callback."),
        "answer_by_ring": Key(int, 3, "Answer the phone by this ring."),
        "holidays": Key(list, [], 'Dates skipped when counting business days, e.g. ["2026-12-24"].'),
    },
    "smtp": {
        "host": Key(str, "", "Mail server for forwarding callbacks; empty means no e-mail."),
        "port": Key(int, 25, "Mail server port."),
        "from": Key(str, "desk@localhost", "Sender address of forwarded callbacks."),
        "starttls": Key(bool, False, "Upgrade the connection with STARTTLS."),
        "user": Key(str, "", "Login name, if the server wants one."),
        "password": Key(str, "", "Password for that login."),
        "timeout_s": Key((int, float), 10, "Give up on one attempt after this many seconds."),
    },
    "security": {
        "emergency_numbers": Key(list, ["112"], "Numbers shown on screen during an incident."),
        "ack_timeout_s": Key((int, float), 60, "Say plainly when nobody acknowledged after this."),
        "silent": Key(bool, False, "Silent alarm: only a small indicator on screen."),
        "shortcut": Key(str, "Ctrl+Alt+S", "Keyboard shortcut that raises the alarm."),
        "test_max_age_days": Key(int, 60, "Warn when the last successful alarm test is older."),
    },
    "sync": {
        "url": Key(str, "", "Head office's PostgreSQL, e.g. postgresql://desk@hq.example.org/desk; "
                   "empty: no sync. Password from DESK_SYNC_PASSWORD or pgpass, never here."),
        "interval_s": Key((int, float), 60, "Seconds between pushes while nothing is waiting."),
        "enabled": Key(bool, True, "Push to head office; false pauses (changes keep queuing)."),
    },
}

DEPARTMENT_KEYS: dict[str, Key] = {
    "name": Key(str, "", "Department name, as shown in the callback form."),
    "email": Key(str, "", "Where its callbacks are forwarded; empty means copy as text."),
}

CHANNEL_TYPES = ("webhook", "email", "lan", "desktop")

CHANNEL_KEYS: dict[str, dict[str, Key]] = {
    "webhook": {
        "url": Key(str, "", "Address that receives a JSON POST per alarm."),
        "timeout_s": Key((int, float), 3, "Seconds before one attempt gives up."),
        "token": Key(str, "", "Sent as a Bearer token, if set."),
    },
    "email": {
        "to": Key(list, [], "Security's addresses."),
        "smtp_host": Key(str, "", "Mail server; empty means the [smtp] one."),
        "smtp_port": Key(int, 0, "Mail server port; 0 means the [smtp] one."),
        "timeout_s": Key((int, float), 5, "Seconds before one attempt gives up."),
    },
    "lan": {
        "group": Key(str, "239.255.77.1", "Multicast group of the branch consoles."),
        "port": Key(int, 47777, "UDP port of the branch consoles."),
        "key": Key(str, "", "Shared secret that signs every message (required)."),
        "interface": Key(str, "", "Network card address to send and join on; empty: system's choice."),
        "ttl": Key(int, 1, "Multicast hops; 0 keeps packets on this machine."),
        "peers": Key(list, [], 'Unicast "host:port" addresses instead of multicast.'),
    },
    "desktop": {},
}

DEFAULT_DEPARTMENTS = [{"name": "General enquiries", "email": ""}]
