"""A test-only language, ``xx``: every translation is its English source, visibly marked and
a third longer (``⟦Start call······⟧``), built from the ``.ts`` sources; the etiquette
content is marked the same way. A walk over the visible widgets then finds any text a person
can read that did not come through a translation: an f-string, a raw code, Qt's own words."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: a word someone reads


def mark(text: str) -> str:
    """The pseudo translation: marked at both ends and padded by a third of its length."""
    return f"{OPEN}{text}{'·' * max(1, len(text) // 3)}{CLOSE}" if text else text


def build_qm(folder: Path) -> Path:
    """``desk_xx.qm`` from ``desk_fi.ts`` (the same sources, every one marked)."""
    tree = ET.parse(ROOT / "resources" / "i18n" / "desk_fi.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = mark(source)
        else:
            translation.text = mark(source)
    ts, qm = folder / "desk_xx.ts", folder / "desk_xx.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                   timeout=120)
    return qm


def install(app, qm: Path) -> QTranslator:
    translator = QTranslator(app)
    assert translator.load(str(qm))
    app.installTranslator(translator)
    return translator


def marked_content(content):
    """The etiquette content with every word marked (ids and structure kept)."""
    keep = {"id", "sin", "language", "missing"}

    def walk(node):
        if isinstance(node, str):
            return mark(node)
        if dataclasses.is_dataclass(node):
            return dataclasses.replace(node, **{
                f.name: walk(getattr(node, f.name)) for f in dataclasses.fields(node)
                if f.name not in keep})
        if isinstance(node, dict):
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, tuple):
            return tuple(walk(value) for value in node)
        return node

    return walk(content)


def unmarked(text: str, allowed: set[str]) -> list[str]:
    """The words of ``text`` outside every ⟦…⟧ that are not the test's own data."""
    previous = None
    while previous != text:  # innermost first: a marked text can hold another
        previous, text = text, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    for data in sorted(allowed, key=len, reverse=True):
        text = text.replace(data, " ")
    calendar = _calendar_words()  # a long date's day and month names are the locale's data
    return [w for w in WORD.findall(text) if w.lower() not in calendar]


def _calendar_words() -> set[str]:
    from PySide6.QtCore import QLocale

    locale = QLocale()
    names = set()
    for n in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names.add(locale.monthName(n, kind).lower())
            names.add(locale.standaloneMonthName(n, kind).lower())
    for n in range(1, 8):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            names.add(locale.dayName(n, kind).lower())
            names.add(locale.standaloneDayName(n, kind).lower())
    # The genitive/partitive forms a long Finnish date uses ("26. marraskuuta").
    names |= {name + "ta" for name in names}
    return names


def _plain(text: str) -> str:
    if "<" in text and ">" in text:  # rich text: what is shown, not the markup
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _texts(widget: QWidget):
    """What a person can read on one widget."""
    if isinstance(widget, QMainWindow) or widget.isWindow():
        yield "window title", widget.windowTitle()
    # What a screen reader says (Orca reads the accessible name and description).
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    yield "tooltip", _plain(widget.toolTip())  # the plain-text helper wraps it in <qt>
    if isinstance(widget, QLabel):
        yield "label", _plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        yield "field", widget.text()
    elif isinstance(widget, QPlainTextEdit):
        yield "text", widget.toPlainText() or widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield "text", widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "choice", widget.itemText(index)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
            and widget.model() is not None:
        from PySide6.QtCore import QModelIndex

        model, top = widget.model(), QModelIndex()
        try:
            columns = model.columnCount(top)
        except TypeError:  # a list widget's own model keeps it private: one column
            columns = 1
        header = getattr(widget, "horizontalHeader", None)
        if header is not None and header().isVisible():
            for column in range(columns):
                yield "header", str(model.headerData(column, _horizontal()) or "")
        for row in range(min(model.rowCount(top), 50)):
            for column in range(columns):
                yield "cell", str(model.index(row, column, top).data() or "")
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            yield "menu", action.text()
            menu = action.menu()
            for item in (menu.actions() if menu is not None else []):
                yield "menu item", item.text()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def leaks(top: QWidget, allowed: set[str]) -> list[str]:
    """Every visible text under ``top`` with a word that is not marked nor allowed data."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for kind, text in _texts(widget):
            words = unmarked(text or "", allowed)
            if words and not any(text in line for line in found):
                found.append(f"{type(widget).__name__} {widget.objectName() or '?'} {kind}: "
                             f"{text!r} -> {words}")
    return found


def clipped(top: QWidget) -> list[str]:
    """Labels and buttons whose longer text does not fit (reported, not failed)."""
    out = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton):
            continue
        if widget.isVisible() and not getattr(widget, "wordWrap", lambda: False)() \
                and widget.sizeHint().width() > widget.width() + 2:
            out.append(f"{type(widget).__name__} {widget.objectName() or '?'}: "
                       f"{widget.sizeHint().width()} > {widget.width()}")
    for view in top.findChildren(QWidget):
        if not (isinstance(view, QAbstractItemView) and view.isVisible()
                and hasattr(view, "columnWidth") and view.model() is not None):
            continue
        model, metrics = view.model(), view.fontMetrics()
        for column in range(model.columnCount()):
            texts = [str(model.headerData(column, _horizontal()) or "")] + [
                str(model.index(row, column).data() or "")
                for row in range(min(model.rowCount(), 20))]
            widest = max(metrics.horizontalAdvance(t.split("\n")[0]) for t in texts) + 4
            if widest > view.columnWidth(column) and column < model.columnCount() - 1:
                out.append(f"{type(view).__name__} {view.objectName() or '?'} column "
                           f"{column}: {widest} > {view.columnWidth(column)}")
    return out
