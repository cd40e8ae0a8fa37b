"""Charts drawn with QPainter: no charting library to load or to ship.

Four small pictures need bars, lines, axis labels and two marker lines; Qt Charts would
add PySide6-Addons to the bundle and pyqtgraph would add numpy (figures in docs/review.md).
Each chart also says what it shows in words (its accessible description), for screen
readers and for tests.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1f2933")
GRID = QColor("#d9dee3")
BAR = QColor("#3d6fb6")
AMBER = QColor("#b26a00")
RED = QColor("#b3261e")
SERIES = [QColor(c) for c in ("#3d6fb6", "#b3261e", "#2e7d32", "#8e44ad", "#b26a00")]


class Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(280, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def _frame(self, painter: QPainter) -> QRectF:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft,
                         self.title)
        painter.setFont(self.font())
        return QRectF(44, 28, self.width() - 56, self.height() - 52)

    def _axis(self, painter: QPainter, area: QRectF, top: float) -> None:
        painter.setPen(QPen(GRID, 1))
        for step in range(5):
            y = area.bottom() - area.height() * step / 4
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(INK)
            painter.drawText(QRectF(0, y - 8, area.left() - 4, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _short(top * step / 4))
            painter.setPen(QPen(GRID, 1))

    def _empty(self, painter: QPainter, area: QRectF) -> None:
        painter.setPen(INK)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("no calls yet"))


def nice_top(peak: float) -> float:
    """A round axis top (four steps of 1, 2, 2.5 or 5 × 10^k) just above ``peak``."""
    raw = max(peak, 1) / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * 4


def _short(value: float) -> str:
    if value >= 10000:
        return f"{value / 1000:g}k"
    if value >= 1000:
        return f"{value / 1000:.2g}k" if value % 100 == 0 else f"{value / 1000:.1f}k"
    return f"{value:g}"


class BarChart(Chart):
    """Bars with labels under some of them and optional vertical marker lines
    (``markers``: bar position -> (label, colour))."""

    bar_clicked = Signal(int)  # a bar's index: the window shows that bar's calls

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.markers: dict[float, tuple[str, QColor]] = {}
        self.label_every = 1
        self.edges = False

    def set_data(self, labels: list[str], values: list[float], markers=None,
                 label_every: int = 1, description: str = "", edges: bool = False) -> None:
        """``edges``: labels mark the boundaries between bars (a histogram's bins)."""
        self.labels, self.values, self.edges = labels, values, edges
        self.markers = markers or {}
        self.label_every = max(1, label_every)
        self.setAccessibleDescription(description)
        self.update()

    def bar_at(self, x: float) -> int | None:
        """The bar under ``x`` (widget coordinates), as ``paintEvent`` lays them out."""
        area = QRectF(44, 28, self.width() - 56, self.height() - 52)
        if not self.values or not area.left() <= x < area.right():
            return None
        return min(len(self.values) - 1, int((x - area.left()) / (area.width() / len(self.values))))

    def mousePressEvent(self, event) -> None:
        index = self.bar_at(event.position().x())
        if index is not None and self.values[index]:
            self.bar_clicked.emit(index)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        area = self._frame(painter)
        if not self.values or not any(self.values):
            self._empty(painter, area)
            return
        top = nice_top(max(self.values))
        self._axis(painter, area, top)
        width = area.width() / len(self.values)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR)
        for i, value in enumerate(self.values):
            height = area.height() * value / top
            painter.drawRect(QRectF(area.left() + i * width + width * 0.1,
                                    area.bottom() - height, max(1.0, width * 0.8), height))
        painter.setPen(INK)
        for i, label in enumerate(self.labels):
            if i % self.label_every == 0 and label:
                centre = area.left() + i * width + (0 if self.edges else width / 2)
                painter.drawText(QRectF(centre - 40, area.bottom() + 2, 80, 18),
                                 Qt.AlignmentFlag.AlignHCenter, label)
        for position, (label, colour) in self.markers.items():
            x = area.left() + position * width
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.drawText(QRectF(x + 4, area.top(), 120, 16), Qt.AlignmentFlag.AlignLeft,
                             label)


class LineChart(Chart):
    """A few series over the same x labels (topics week by week), with a legend."""

    point_clicked = Signal(str, int)  # a series' name and the point's index

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.series: dict[str, list[float]] = {}

    def set_data(self, labels: list[str], series: dict[str, list[float]],
                 description: str = "") -> None:
        self.labels, self.series = labels, series
        self.setAccessibleDescription(description)
        self.update()

    def _layout(self) -> tuple[QRectF, float] | None:
        """The plot area and the axis top, as painted (None: nothing to plot)."""
        peak = max((max(v) for v in self.series.values() if v), default=0)
        if not peak or len(self.labels) < 2:
            return None
        area = QRectF(44, 28, self.width() - 56, self.height() - 52)
        area.setBottom(area.bottom() - 16 * ((len(self.series) + 1) // 2))
        return area, nice_top(peak)

    def point_at(self, x: float, y: float, reach: float = 12) -> tuple[str, int] | None:
        """The series and index of the point nearest to (x, y), if within ``reach`` px."""
        layout = self._layout()
        if layout is None:
            return None
        area, top = layout
        step = area.width() / (len(self.labels) - 1)
        best, found = reach * reach, None
        for name, values in self.series.items():
            for i, value in enumerate(values):
                dx = area.left() + i * step - x
                dy = area.bottom() - area.height() * value / top - y
                if dx * dx + dy * dy <= best:
                    best, found = dx * dx + dy * dy, (name, i)
        return found

    def mousePressEvent(self, event) -> None:
        found = self.point_at(event.position().x(), event.position().y())
        if found is not None:
            self.point_clicked.emit(*found)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        area = self._frame(painter)
        layout = self._layout()
        if layout is None:
            self._empty(painter, area)
            return
        area, top = layout
        self._axis(painter, area, top)
        step = area.width() / (len(self.labels) - 1)
        for n, (name, values) in enumerate(self.series.items()):
            colour = SERIES[n % len(SERIES)]
            path = QPainterPath()
            for i, value in enumerate(values):
                point = QPointF(area.left() + i * step, area.bottom() - area.height() * value / top)
                path.lineTo(point) if i else path.moveTo(point)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            x = area.left() + (n % 2) * area.width() / 2
            y = area.bottom() + 20 + 16 * (n // 2)
            painter.fillRect(QRectF(x, y + 4, 14, 4), colour)
            painter.setPen(INK)
            painter.drawText(QRectF(x + 18, y - 2, area.width() / 2 - 20, 16),
                             Qt.AlignmentFlag.AlignLeft, name)
        painter.setPen(INK)
        every = max(1, len(self.labels) // 6)
        for i, label in enumerate(self.labels):
            if i % every == 0:
                painter.drawText(QRectF(area.left() + i * step - 40, area.bottom() + 2, 80, 16),
                                 Qt.AlignmentFlag.AlignHCenter, label)
