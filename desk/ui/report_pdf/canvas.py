"""A QPainter on a QPdfWriter in points (72 per inch), with a cursor that moves down the
A4 page and starts a new page when a block would not fit."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

WIDTH, HEIGHT, MARGIN = 595.0, 842.0, 40.0  # A4 in points
INK, MUTED, RULE = QColor("#1d1d1f"), QColor("#5f6368"), QColor("#d0d4d9")
GOOD, BAD = QColor("#1b7a3a"), QColor("#b3261e")


class Canvas:
    def __init__(self, title: str, families: list[str]):
        self.buffer = QBuffer()
        self.data = QByteArray()
        self.buffer.setBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setTitle(title)
        self.writer.setCreator("Desk")
        self.writer.setResolution(72)
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                              QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))
        self.families = families
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.y = MARGIN
        self.pages = 1
        self.left, self.right = MARGIN, WIDTH - MARGIN

    @property
    def width(self) -> float:
        return self.right - self.left

    def font(self, size: float = 9, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(size)
        font.setBold(bold)
        # No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied.
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def new_page(self) -> None:
        self.writer.newPage()
        self.pages += 1
        self.y = MARGIN

    def need(self, height: float) -> None:
        if self.y + height > HEIGHT - MARGIN:
            self.new_page()

    def text(self, x: float, y: float, w: float, h: float, text: str, size: float = 9,
             bold: bool = False, color: QColor = INK,
             align=Qt.AlignmentFlag.AlignLeft) -> None:
        self.painter.setFont(self.font(size, bold))
        self.painter.setPen(color)
        self.painter.drawText(QRectF(x, y, w, h), int(align | Qt.AlignmentFlag.AlignVCenter),
                              text)

    def line(self, text: str, size: float = 9, bold: bool = False, color: QColor = INK,
             gap: float = 3) -> None:
        """A paragraph across the page, wrapped at words."""
        self.painter.setFont(self.font(size, bold))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = self.painter.boundingRect(QRectF(self.left, 0, self.width, 2000), flags, text)
        height = max(size * 1.6, box.height() + size * 0.4)
        self.need(height)
        self.painter.setPen(color)
        self.painter.drawText(QRectF(self.left, self.y + size * 0.2, self.width, height),
                              flags, text)
        self.y += height + gap

    def heading(self, text: str) -> None:
        self.need(60)  # a heading never ends a page
        self.y += 6
        self.line(text, 12, bold=True, gap=1)
        self.painter.setPen(RULE)
        self.painter.drawLine(int(self.left), int(self.y), int(self.right), int(self.y))
        self.y += 5

    def table(self, columns: list[tuple[str, float, bool]], rows: list[list],
              size: float = 8.5) -> None:
        """``columns``: (header, share of the width, right-aligned); a cell is text or
        (text, colour)."""
        height = size * 1.7
        widths = [self.width * share for _h, share, _r in columns]

        def row(cells, bold=False, color=INK):
            x, after_right = self.left, False
            for cell, w, (_h, _s, right) in zip(cells, widths, columns, strict=True):
                text, ink = cell if isinstance(cell, tuple) else (cell, color)
                align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
                pad = 8 if after_right and not right else 2  # keep "12 %" and "of 40" apart
                self.text(x + pad, self.y, w - pad - 2, height, str(text), size, bold, ink,
                          align)
                x, after_right = x + w, right
            self.y += height

        self.need(height * 2)
        row([h for h, _s, _r in columns], bold=True, color=MUTED)
        for cells in rows:
            if self.y + height > HEIGHT - MARGIN:
                self.new_page()
                row([h for h, _s, _r in columns], bold=True, color=MUTED)
            row(cells)
        self.y += 4

    def finish(self) -> bytes:
        self.painter.end()
        self.buffer.close()
        return bytes(self.data)
