"""Codes into words in the operator's language: problems, marks, states, channels.

The English sources are the tables of ``desk.core.vocab`` (one per vocabulary); this module
only translates them through Qt's translator at the moment they are shown, so a language
switch shows the next text in the new language. Stage and item ids get their words from the
content (``resources/content/<lang>.toml``), outcomes too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core import vocab
from desk.core.problems import Problem


def _word(context: str, table: dict, code) -> str:
    source = table.get(code)
    return str(code) if source is None else QCoreApplication.translate(context, source)


def problem(found: Problem) -> str:
    """A validation problem as one sentence, its parameters filled in."""
    return vocab.fill(_word("Problem", vocab.PROBLEMS, found.code), found.params)


def mark_status(status: str) -> str:
    return _word("MarkStatus", vocab.MARK_STATUS, status)


def incident_kind(kind: str) -> str:
    return _word("IncidentKind", vocab.INCIDENT_KIND, kind)


def callback_state(state: str) -> str:
    return _word("CallbackState", vocab.CALLBACK_STATE, state)


def delivery_state(state: str) -> str:
    return _word("DeliveryState", vocab.DELIVERY_STATE, state)


def channel(name: str) -> str:
    """``"webhook:2"`` -> the translated channel type and its number."""
    kind, number = vocab.channel_parts(name)
    return _word("ChannelType", vocab.CHANNEL_TYPE, kind) + number


def message_kind(kind: str) -> str:
    return _word("MessageKind", vocab.MESSAGE_KIND, kind)


def contact_way(way: str | None) -> str:
    return _word("ContactWay", vocab.CONTACT_WAY, way or "")


def callback_event(kind: str) -> str:
    return _word("CallbackEvent", vocab.CALLBACK_EVENT, kind)


def forward_state(stored: str | None) -> str:
    """``"failed: timeout"`` -> the state's words and the error as it came."""
    state, _, error = (stored or "").partition(": ")
    words = _word("ForwardState", vocab.FORWARD_STATE, state)
    return f"{words}: {error}" if error else words


def call_channel(channel: str | None) -> str:
    return _word("CallChannel", vocab.CALL_CHANNEL, channel or "")


def config_reason(reason: str) -> str:
    return _word("ConfigReason", vocab.CONFIG_REASON, reason)


def stage_title(content, stage_id: str) -> str:
    """A stage id from the log in the content's words (the id itself if content lacks it)."""
    try:
        return content.stage(stage_id).title
    except (KeyError, ValueError, StopIteration):
        return stage_id


def item_text(content, item_id: str, **values: object) -> str:
    """A checklist item id from the log in the content's words, its placeholders filled
    (``answer_by_ring=3``); the id itself for an item the content no longer has."""
    from desk.content import fill

    for stage in content.stages:
        for item in stage.items:
            if item.id == item_id:
                return fill(item.text, **values) or item.text
    return item_id


def outcome(content, code: str | None) -> str:
    return content.outcomes.get(code or "", code or "")
