"""The supervisor's weekly report as an A4 PDF, drawn with Qt's own PDF writer (QPdfWriter +
QPainter; no browser). The bundled Noto Sans Devanagari is registered first, so Hindi
prints, and Qt embeds the glyphs it uses. Works with no display (offscreen platform).

``desk report --format pdf`` computes the figures Qt-free (``desk.report.weekly``) and
calls ``render_pdf`` with them."""

from desk.ui.report_pdf.document import render_pdf

__all__ = ["render_pdf"]
