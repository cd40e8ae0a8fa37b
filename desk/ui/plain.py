"""Text from outside is text: the one place where the console puts words on screen.

A caller's name, a number, a topic, notes, what a LAN peer or the server sends, names in
the config: none of it came from our translations, so none of it may be read as Qt rich
text. A QLabel's default format is AutoText (``Qt::mightBeRichText``): a caller named
``<img src="/dev/zero">`` made Qt read /dev/zero until the console aborted. So:

- a label is made with ``plain_label`` (or fed with ``set_plain``): PlainText, always;
- a label that mixes our own markup with outside text is a ``rich_label`` and every
  outside piece goes through ``escaped``;
- tooltips are always rich-text detected: ``tooltip`` escapes and marks them as rich text;
- message boxes come from ``message_box`` / ``warn`` / ``inform`` / ``ask`` (PlainText).

Everything shown also goes through ``desk.core.textsafety.display_text``: control
characters, NUL and direction overrides are shown escaped, lone surrogates replaced, and
the length capped. ``tests/ui/test_plain_text_rule.py`` keeps the rest of ``desk/ui`` from
making labels, tooltips or message boxes any other way.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desk.core.textsafety import SHOWN_MAX, display_text

PLAIN = Qt.TextFormat.PlainText


def shown(text, limit: int | None = SHOWN_MAX, one_line: bool = False) -> str:
    """``text`` as it may appear on screen (see ``display_text``)."""
    return display_text(text, limit, one_line)


def escaped(text, limit: int | None = SHOWN_MAX) -> str:
    """Outside text for a place that is rich text on purpose (ours around it)."""
    return html.escape(shown(text, limit), quote=True)


def plain_label(text: str = "", parent: QWidget | None = None,
                buddy: QWidget | None = None) -> QLabel:
    """A plain-text label (``buddy``: the field its Alt+letter jumps to, as a form row's)."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    if text:
        label.setText(shown(text))
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def set_plain(label: QLabel, text, limit: int | None = SHOWN_MAX) -> None:
    label.setTextFormat(PLAIN)
    label.setText(shown(text, limit))


def rich_label(parent: QWidget | None = None) -> QLabel:
    """A label with our own markup: every piece of outside text in it goes through
    ``escaped``."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def tooltip(text, limit: int | None = SHOWN_MAX) -> str:
    """A tooltip for ``text``: Qt guesses whether a tooltip is rich text, so it is made rich
    text for certain (``<qt>``) with the outside text escaped inside."""
    if not text:
        return ""
    return "<qt>" + escaped(text, limit).replace("\n", "<br>") + "</qt>"


def set_tooltip(widget, text) -> None:
    widget.setToolTip(tooltip(text))


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok, parent: QWidget | None = None,
                informative: str = "") -> QMessageBox:
    """A QMessageBox whose text (and informative text) is plain text."""
    box = QMessageBox(icon, shown(title, one_line=True), "", buttons, parent)
    box.setTextFormat(PLAIN)  # also the informative text's format
    box.setText(shown(text))
    if informative:
        box.setInformativeText(shown(informative))
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(QMessageBox.Icon.Warning, title, text, parent=parent).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(QMessageBox.Icon.Information, title, text, parent=parent).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    message_box(QMessageBox.Icon.Critical, title, text, parent=parent).exec()


def ask(parent: QWidget | None, title: str, text: str, buttons,
        default=QMessageBox.StandardButton.NoButton) -> QMessageBox.StandardButton:
    box = message_box(QMessageBox.Icon.Question, title, text, buttons, parent)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())
