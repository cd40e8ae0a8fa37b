"""Phone numbers and e-mail addresses: parsed, validated, stored one way.

Numbers are stored in E.164 (``+358401234567``) and shown in the branch's
national format. E-mail is checked for syntax only (no network lookups).
The heavy libraries are imported on first use, off the start-up path.
"""

from __future__ import annotations


class ContactError(ValueError):
    """The text is not a usable number or address; ``str()`` says why."""


def normalise_phone(text: str, region: str = "FI") -> str:
    """Return E.164 for ``text`` or raise ``ContactError`` with a clear message."""
    import phonenumbers

    raw = (text or "").strip()
    if not raw:
        raise ContactError("Enter a phone number.")
    if len(raw) > 40:
        raise ContactError("That is too long to be a phone number.")
    try:
        number = phonenumbers.parse(raw, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        raise ContactError(f"“{raw}” is not a phone number.") from None
    if not phonenumbers.is_valid_number(number):
        raise ContactError(f"“{raw}” is not a valid phone number for {region.upper()} "
                           "(add the country code, e.g. +44, for a number abroad).")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str | None, region: str = "FI") -> str:
    """National format for numbers of the branch's country, international otherwise."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    same_country = phonenumbers.region_code_for_number(number) == (region or "").upper()
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if same_country
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)


def normalise_email(text: str) -> str:
    """Return the normalised address or raise ``ContactError`` (syntax only)."""
    from email_validator import EmailNotValidError, validate_email

    raw = (text or "").strip()
    if not raw:
        raise ContactError("Enter an e-mail address.")
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ContactError(f"“{raw[:80]}” is not a valid e-mail address: {exc}") from None
