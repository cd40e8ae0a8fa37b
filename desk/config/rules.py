"""Rules across keys and values the schema alone cannot state: a known language and
region, dialable emergency numbers, host names, the call-length norms, holiday dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desk.config.checker import Checker
from desk.config.errors import show
from desk.config_schema import SECTIONS
from desk.options import LANGUAGES  # declared once, with the --lang option


def host_name_ok(host: str) -> bool:
    """A name the resolver can be asked about (IDNA-encodable, labels of 1-63 characters)
    or an IP address: anything else fails only when the alarm is sent."""
    import ipaddress

    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        encoded = host.encode("idna")
    except UnicodeError:
        return False
    return len(encoded) <= 253 and all(
        re.fullmatch(rb"[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?", label)
        for label in encoded.rstrip(b".").split(b"."))


def validate(check: Checker, values: dict[str, dict]) -> None:
    norms = values["norms"]
    if values["branch"]["language"] not in LANGUAGES:
        check.fail("branch", "language", f"language must be one of {', '.join(LANGUAGES)}")
    values["branch"]["region"] = _region(check, values["branch"]["region"])
    if values["smtp"]["host"] and not host_name_ok(values["smtp"]["host"]):
        check.fail("smtp", "host", f"{values['smtp']['host']!r} is not a host name or address")
    security = values["security"]
    security["emergency_numbers"] = tuple(_dialable(check, number)
                                          for number in security["emergency_numbers"])
    if norms["callback_day_kind"] not in ("calendar", "business"):  # desk.core.calendar
        check.fail("norms", "callback_day_kind", "callback_day_kind must be \"calendar\" or "
                   "\"business\"")
    if not norms["call_minutes_target"] < norms["call_minutes_max"]:
        check.fail("norms", "call_minutes_target",
                   "call_minutes_target must be above 0 and below call_minutes_max")
    for day in norms["holidays"]:
        try:
            date.fromisoformat(day)
        except ValueError:
            check.fail("norms", "holidays", f"holiday {day!r} is not a date like 2026-12-24")


def _region(check: Checker, region: str) -> str:
    """``region`` in capitals, if phonenumbers knows it (it parses and shows every number)."""
    code = region.strip().upper()
    if code == SECTIONS["branch"]["region"].default:
        return code  # the default: no need to load phonenumbers at start-up
    import phonenumbers

    if code not in phonenumbers.SUPPORTED_REGIONS:
        check.fail("branch", "region", f"{region!r} is not a region code phone numbers know "
                   "(two letters, ISO 3166, e.g. \"FI\", \"SE\", \"PH\")")
    return code


DIALABLE = re.compile(r"[0-9+*# ]*[0-9][0-9+*# ]*")


def _dialable(check: Checker, number: str) -> str:
    """An emergency number as people dial it: NFKC-normalised (fullwidth digits become
    0-9), then only digits, +, *, # and spaces; never an invisible character."""
    def fail(message):
        check.fail("security", "emergency_numbers", f"emergency number {show(number)}: "
                   f"{message}")

    hidden = next((c for c in number if unicodedata.category(c) == "Cf"), None)
    if hidden is not None:
        fail(f"holds an invisible character (U+{ord(hidden):04X}); type it again by hand")
    normal = " ".join(unicodedata.normalize("NFKC", number).split())
    if not DIALABLE.fullmatch(normal):
        fail("use only the digits 0-9, +, *, # and spaces")
    return normal
