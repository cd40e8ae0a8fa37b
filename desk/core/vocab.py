"""The English source of every word Desk shows for a code: one table per vocabulary.

Codes come from the core (``desk.core.states``, ``desk.core.problems``); the words are
translated where they are shown: in the console by Qt's translator (``desk.ui.vocab``), on
the command line by the same translations read as JSON (``desk.commands.words``). Each
table's Qt context is its name, so ``pyside6-lupdate`` extracts the sources from here
(``scripts/update_translations.sh`` lists this file). Parameters are ``{name}`` and are
filled after translating. Outcomes are not here: their words are content
(``[outcomes]`` in ``resources/content/<lang>.toml``).
"""

from __future__ import annotations

from desk.core.states import CallbackState, DeliveryState, IncidentKind, MarkStatus


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a source for lupdate (the same name as Qt's marker); Qt-free here."""
    return source


PROBLEMS = {
    #: The callback form's name field is empty.
    "name_empty": QT_TRANSLATE_NOOP("Problem", "Enter the caller's full name."),
    #: A field of the callback form is longer than allowed; {max} is a number.
    "too_long": QT_TRANSLATE_NOOP("Problem", "At most {max} characters."),
    "question_empty": QT_TRANSLATE_NOOP("Problem", "Write down the caller's question."),
    "contact_missing": QT_TRANSLATE_NOOP(
        "Problem", "Enter a phone number or an e-mail address (at least one)."),
    "department_missing": QT_TRANSLATE_NOOP("Problem", "Choose the department that will answer."),
    "phone_empty": QT_TRANSLATE_NOOP("Problem", "Enter a phone number."),
    "phone_too_long": QT_TRANSLATE_NOOP("Problem", "That is too long to be a phone number."),
    #: {text} is what the operator typed.
    "phone_invalid": QT_TRANSLATE_NOOP("Problem", "“{text}” is not a phone number."),
    #: {text} is what the operator typed; {region} a two-letter country code such as FI.
    "phone_not_in_region": QT_TRANSLATE_NOOP(
        "Problem", "“{text}” is not a valid phone number for {region} (add the country code, "
                   "e.g. +44, for a number abroad)."),
    "email_empty": QT_TRANSLATE_NOOP("Problem", "Enter an e-mail address."),
    "email_invalid": QT_TRANSLATE_NOOP("Problem", "“{text}” is not a valid e-mail address."),
    "email_no_at": QT_TRANSLATE_NOOP(
        "Problem", "“{text}” is not a valid e-mail address: it has no @ sign."),
    "email_no_name": QT_TRANSLATE_NOOP(
        "Problem", "“{text}” is not a valid e-mail address: the name before the @ sign is "
                   "missing."),
    "email_no_domain": QT_TRANSLATE_NOOP(
        "Problem", "“{text}” is not a valid e-mail address: after the @ sign it needs a "
                   "domain such as example.org."),
    "email_bad_character": QT_TRANSLATE_NOOP(
        "Problem", "“{text}” is not a valid e-mail address: it has a character an address "
                   "cannot have."),
    "email_too_long": QT_TRANSLATE_NOOP("Problem", "“{text}” is too long for an e-mail address."),
    # Actions on a callback (the callbacks window) the core refuses.
    "answer_in_future": QT_TRANSLATE_NOOP("Problem", "The answer cannot be in the future."),
    "answer_before_taken": QT_TRANSLATE_NOOP(
        "Problem", "The answer cannot be before the callback was taken."),
    "told_in_future": QT_TRANSLATE_NOOP(
        "Problem", "The time the caller was told cannot be in the future."),
    "told_before_taken": QT_TRANSLATE_NOOP(
        "Problem", "The time the caller was told cannot be before the callback was taken."),
    "no_callback": QT_TRANSLATE_NOOP("Problem", "There is no callback #{id}."),
    "answered_how_missing": QT_TRANSLATE_NOOP("Problem", "Say how the caller was answered."),
    "told_how_missing": QT_TRANSLATE_NOOP("Problem", "Say how the caller was told."),
    "new_date_past": QT_TRANSLATE_NOOP("Problem", "The new date cannot be in the past."),
    #: {department} is a department's name from the branch config
    "department_unknown": QT_TRANSLATE_NOOP("Problem", "Unknown department “{department}”."),
}

#: A checklist item's mark in the review's per-call detail.
MARK_STATUS = {
    MarkStatus.DONE: QT_TRANSLATE_NOOP("MarkStatus", "✔ done"),
    MarkStatus.UNDONE: QT_TRANSLATE_NOOP("MarkStatus", "↺ unticked"),
    MarkStatus.SKIPPED: QT_TRANSLATE_NOOP("MarkStatus", "✘ skipped"),
    MarkStatus.ENTERED: QT_TRANSLATE_NOOP("MarkStatus", "→ stage entered"),
    MarkStatus.LATE: QT_TRANSLATE_NOOP("MarkStatus", "⚠ answered late"),
}

INCIDENT_KIND = {
    #: A real security alarm (the operator pressed the alarm button).
    IncidentKind.ALARM: QT_TRANSLATE_NOOP("IncidentKind", "security alarm"),
    #: A test of the alarm channels, not a real alarm.
    IncidentKind.TEST: QT_TRANSLATE_NOOP("IncidentKind", "alarm test"),
}

CALLBACK_STATE = {
    CallbackState.OVERDUE: QT_TRANSLATE_NOOP("CallbackState", "⚠ overdue"),
    CallbackState.DUE_TODAY: QT_TRANSLATE_NOOP("CallbackState", "● due today"),
    CallbackState.DUE_NEXT: QT_TRANSLATE_NOOP("CallbackState", "◐ due next working day"),
    CallbackState.OPEN: QT_TRANSLATE_NOOP("CallbackState", "○ open"),
    CallbackState.ANSWERED: QT_TRANSLATE_NOOP("CallbackState", "✔ answered"),
}

#: How far an alarm message got on one channel (the alarm board's Status column).
DELIVERY_STATE = {
    DeliveryState.QUEUED: QT_TRANSLATE_NOOP("DeliveryState", "⏳ queued"),
    DeliveryState.SENDING: QT_TRANSLATE_NOOP("DeliveryState", "↗ sending"),
    DeliveryState.DELIVERED: QT_TRANSLATE_NOOP("DeliveryState", "✔ delivered"),
    #: This attempt failed; Desk tries again by itself.
    DeliveryState.FAILED: QT_TRANSLATE_NOOP("DeliveryState", "✖ failed, retrying"),
    #: Security staff confirmed they got the alarm.
    DeliveryState.ACKNOWLEDGED: QT_TRANSLATE_NOOP("DeliveryState", "✔✔ acknowledged"),
    DeliveryState.CANCELLED: QT_TRANSLATE_NOOP("DeliveryState", "– cancelled"),
}

#: Where an alarm goes (the alarm board's Channel column, the alarm test's banner); the
#: English words are the config's channel types: translate what each one is.
CHANNEL_TYPE = {
    #: An HTTP request to the security company's or building's alarm system.
    "webhook": QT_TRANSLATE_NOOP("ChannelType", "webhook"),
    "email": QT_TRANSLATE_NOOP("ChannelType", "email"),
    #: The other Desk consoles on the branch's network.
    "lan": QT_TRANSLATE_NOOP("ChannelType", "lan"),
    #: A notification on this computer's screen.
    "desktop": QT_TRANSLATE_NOOP("ChannelType", "desktop"),
}

#: What kind of message went out on a channel, beside the channel's name.
MESSAGE_KIND = {
    "alarm": QT_TRANSLATE_NOOP("MessageKind", "alarm"),
    "cancel": QT_TRANSLATE_NOOP("MessageKind", "cancellation"),
    "test": QT_TRANSLATE_NOOP("MessageKind", "test"),
}

#: How a caller was answered or told of a delay (the review's per-call detail).
CONTACT_WAY = {
    "phone": QT_TRANSLATE_NOOP("ContactWay", "by phone"),
    "email": QT_TRANSLATE_NOOP("ContactWay", "by e-mail"),
    "letter": QT_TRANSLATE_NOOP("ContactWay", "by letter"),
    "sms": QT_TRANSLATE_NOOP("ContactWay", "by text message"),
    "in person": QT_TRANSLATE_NOOP("ContactWay", "in person"),
}

#: What happened to a callback (its history in the callbacks window).
CALLBACK_EVENT = {
    "taken": QT_TRANSLATE_NOOP("CallbackEvent", "taken"),
    #: moved to another department
    "moved": QT_TRANSLATE_NOOP("CallbackEvent", "moved"),
    "answered": QT_TRANSLATE_NOOP("CallbackEvent", "answered"),
    #: sent by e-mail to the department
    "forwarded": QT_TRANSLATE_NOOP("CallbackEvent", "forwarded"),
}

#: Where a callback's e-mail to its department stands.
FORWARD_STATE = {
    "queued": QT_TRANSLATE_NOOP("ForwardState", "e-mail queued"),
    "sending": QT_TRANSLATE_NOOP("ForwardState", "e-mail being sent"),
    "sent": QT_TRANSLATE_NOOP("ForwardState", "e-mail sent"),
    "failed": QT_TRANSLATE_NOOP("ForwardState", "e-mail failed, retrying"),
    "": QT_TRANSLATE_NOOP("ForwardState", "not by e-mail (copy as text)"),
}

#: How a call came in (the review's Channel column).
CALL_CHANNEL = {
    "phone": QT_TRANSLATE_NOOP("CallChannel", "phone"),
    #: a visitor at the front desk
    "counter": QT_TRANSLATE_NOOP("CallChannel", "counter"),
}

#: Why that config file was read (About, ``desk config check``): ``desk.paths`` says it in
#: these words, which serve as the codes.
CONFIG_REASON = {
    "named with --config": QT_TRANSLATE_NOOP("ConfigReason", "named with --config"),
    "named on the command line": QT_TRANSLATE_NOOP("ConfigReason", "named on the command line"),
    "from DESK_CONFIG": QT_TRANSLATE_NOOP("ConfigReason", "from DESK_CONFIG"),
    "next to the program": QT_TRANSLATE_NOOP("ConfigReason", "next to the program"),
    "machine-wide config dir": QT_TRANSLATE_NOOP("ConfigReason", "machine-wide config dir"),
    "user config dir": QT_TRANSLATE_NOOP("ConfigReason", "user config dir"),
    "none of the usual places has a branch.toml": QT_TRANSLATE_NOOP(
        "ConfigReason", "none of the usual places has a branch.toml"),
}

#: The callback as text: the department's e-mail and the clipboard ("Copy as text"). %1, %2
#: are filled after translating.
CALLBACK_TEXT = {
    "title": QT_TRANSLATE_NOOP("CallbackText", "Callback request #%1 for %2"),
    "subject": QT_TRANSLATE_NOOP("CallbackText", "Callback for %1: %2 — answer by %3"),
    "caller": QT_TRANSLATE_NOOP("CallbackText", "Caller: %1"),
    "phone": QT_TRANSLATE_NOOP("CallbackText", "Phone: %1"),
    "email": QT_TRANSLATE_NOOP("CallbackText", "E-mail: %1"),
    "prefers": QT_TRANSLATE_NOOP("CallbackText", "Prefers: %1"),
    #: %1 the weekday and date of the promise, %2 when it was taken, %3 who took it
    "promised": QT_TRANSLATE_NOOP("CallbackText", "Promised answer by: %1 (taken %2 by %3)"),
    "question": QT_TRANSLATE_NOOP("CallbackText", "Question:"),
    "tried": QT_TRANSLATE_NOOP("CallbackText", "Already tried (don't ask them to do it again):"),
}

#: Weekdays, Monday first, for dates written out in text (e-mail, clipboard).
WEEKDAY = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"), QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"), QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"), QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)

TABLES = {"Problem": PROBLEMS, "MarkStatus": MARK_STATUS, "IncidentKind": INCIDENT_KIND,
          "CallbackState": CALLBACK_STATE, "DeliveryState": DELIVERY_STATE,
          "ChannelType": CHANNEL_TYPE, "MessageKind": MESSAGE_KIND, "ContactWay": CONTACT_WAY,
          "CallbackEvent": CALLBACK_EVENT, "ForwardState": FORWARD_STATE,
          "CallChannel": CALL_CHANNEL, "ConfigReason": CONFIG_REASON,
          "CallbackText": CALLBACK_TEXT}


def fill(text: str, params: dict) -> str:
    """Put each ``{name}`` parameter into a translated text (a missing one stays visible)."""
    for key, value in params.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def channel_parts(name: str) -> tuple[str, str]:
    """``"webhook:2"`` -> ``("webhook", " 2")``: the type to translate and its number."""
    kind, _, count = name.partition(":")
    return kind, f" {count}" if count else ""
