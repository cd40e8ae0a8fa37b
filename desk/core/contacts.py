"""Phone numbers and e-mail addresses: parsed, validated, stored one way.

Numbers are stored in E.164 (``+358401234567``) and shown in the branch's
national format. E-mail is checked for syntax only (no network lookups).
The heavy libraries are imported on first use, off the start-up path.
"""

from __future__ import annotations

from desk.core.problems import Problem


class ContactError(ValueError):
    """The text is not a usable number or address; ``problem`` says why, as a code."""

    def __init__(self, code: str, **params: object):
        self.problem = Problem(code, params)
        super().__init__(str(self.problem))


def normalise_phone(text: str, region: str = "FI") -> str:
    """Return E.164 for ``text`` or raise ``ContactError`` naming the problem."""
    import phonenumbers

    raw = (text or "").strip()
    if not raw:
        raise ContactError("phone_empty")
    if len(raw) > 40:
        raise ContactError("phone_too_long")
    try:
        number = phonenumbers.parse(raw, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        raise ContactError("phone_invalid", text=raw) from None
    if not phonenumbers.is_valid_number(number):
        raise ContactError("phone_not_in_region", text=raw, region=(region or "").upper())
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
        raise ContactError("email_empty")
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ContactError(email_problem(str(exc)), text=raw[:80]) from None


# The validator explains in English; we keep only which kind of mistake it is.
_EMAIL_REASONS = (("must have an @-sign", "email_no_at"),
                  ("something before the @-sign", "email_no_name"),
                  ("something after the @-sign", "email_no_domain"),
                  ("should have a period", "email_no_domain"),
                  ("invalid characters", "email_bad_character"),
                  ("too long", "email_too_long"))


def email_problem(validator_message: str) -> str:
    """The code for ``email_validator``'s sentence (``email_invalid`` when unrecognised)."""
    for words, code in _EMAIL_REASONS:
        if words in validator_message:
            return code
    return "email_invalid"
