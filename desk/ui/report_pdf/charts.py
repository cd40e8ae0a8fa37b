"""The two charts of the weekly report, drawn straight onto the PDF page (vectors)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF

from desk.ui.report_pdf.canvas import BAD, MUTED, RULE, Canvas

BAR, LINE2, AMBER = QColor("#4a78b5"), QColor("#1b7a3a"), QColor("#c77700")
BAR_LIGHT = QColor("#c9d8ec")


def _axis(canvas: Canvas, area: QRectF) -> None:
    canvas.painter.setPen(QPen(RULE, 0.7))
    canvas.painter.drawLine(QLineF(area.bottomLeft(), area.bottomRight()))


def histogram(canvas: Canvas, area: QRectF, bins: list[int], target_min: float,
              max_min: float, labels: tuple[str, str, str]) -> None:
    """Calls per minute of duration (the last bin: that long or longer), with the target
    and the maximum as vertical lines. ``labels``: target, maximum, the x axis."""
    painter, top = canvas.painter, max(bins) or 1
    step = area.width() / len(bins)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, calls in enumerate(bins):
        minute = i + 1
        painter.setBrush(BAR if minute <= target_min else AMBER if minute <= max_min else BAD)
        h = area.height() * calls / top
        painter.drawRect(QRectF(area.left() + i * step + 0.5, area.bottom() - h, step - 1, h))
    _axis(canvas, area)
    for minutes, label, colour in ((target_min, labels[0], AMBER), (max_min, labels[1], BAD)):
        x = area.left() + step * min(minutes, len(bins))
        painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(x, area.top(), x, area.bottom()))
        canvas.text(x + 3, area.top() - 2, 150, 11, label, 7.5, color=colour)
    for minute in range(0, len(bins), 5):
        canvas.text(area.left() + minute * step - 10, area.bottom() + 1, 20, 10, str(minute),
                    7, color=MUTED, align=Qt.AlignmentFlag.AlignHCenter)
    canvas.text(area.left(), area.bottom() + 10, area.width(), 10, labels[2], 7, color=MUTED,
                align=Qt.AlignmentFlag.AlignHCenter)


def trend(canvas: Canvas, area: QRectF, days: list[str], series: list[tuple[str, list, bool]],
          title: str) -> None:
    """Lines over the days; each series (label, values, is_share) on its own scale (shares
    0–100 %), so calls and shares share one chart. ``days``: the x labels."""
    painter = canvas.painter
    canvas.text(area.left(), area.top() - 14, area.width(), 12, title, 8.5, bold=True)
    _axis(canvas, area)
    n = len(days)
    if not n:
        return
    def x_of(i: int) -> float:  # the middle of day i's slot
        return area.left() + area.width() * (i + 0.5) / n
    for i, label in enumerate(days):
        if n <= 8 or i % max(1, n // 7) == 0:
            canvas.text(x_of(i) - 25, area.bottom() + 1, 50, 10, label, 6.5, color=MUTED,
                        align=Qt.AlignmentFlag.AlignHCenter)
    legend_x = area.left()
    step = area.width() / max(n, 1)
    for (label, values, is_share), colour in zip(series, (BAR_LIGHT, LINE2, AMBER), strict=False):
        known = [v for v in values if v is not None]
        top = 1.0 if is_share else (max(known) if known else 1) or 1
        if not is_share:  # counts as pale bars behind the share lines
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for i, v in enumerate(values):
                h = area.height() * (v or 0) / top
                painter.drawRect(QRectF(x_of(i) - step * 0.3, area.bottom() - h, step * 0.6, h))
        else:
            points = [QPointF(x_of(i), area.bottom() - area.height() * v / top)
                      for i, v in enumerate(values) if v is not None]
            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(points))
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 1.8, 1.8)
        canvas.text(legend_x, area.bottom() + 11, 170, 10, ("■ " if not is_share else "— ")
                    + label, 7, color=colour if is_share else BAR)
        legend_x += 170
