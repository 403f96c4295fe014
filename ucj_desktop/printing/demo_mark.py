"""The mark every page printed from a demo store carries, so a demo card, certificate or report
can never pass for a real one: a translucent diagonal watermark across the page (or across each
card, which is cut out of its sheet) and a plain line saying what the paper is. In the language
of the document it marks: a card's in the programme's, a report's in the officer's."""

from __future__ import annotations

from math import atan2, degrees, hypot

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.printing.fonts import register_fonts
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

# Source words (context "demo_mark"), said in the thread's language where drawn.
WATERMARK = QT_TRANSLATE_NOOP("demo_mark", "CONTOH · DEMO")
DEMO_LINE = QT_TRANSLATE_NOOP("demo_mark", "CONTOH / DEMO — data latihan, bukan dokumen resmi")
DEMO_RED = HexColor("#b3261e")
_WATERMARK_ALPHA = 0.16  # light enough to read (and scan a QR code) through


def draw_watermark(
    c: Canvas, x: float, y: float, width: float, height: float, fill: float = 0.8
) -> None:
    """Write WATERMARK along the diagonal of the rectangle at (x, y), ``fill`` of its length."""
    _regular, bold = register_fonts()
    mark = translate("demo_mark", WATERMARK)
    size = fill * hypot(width, height) / stringWidth(mark, bold, 1)
    c.saveState()
    c.setFillColor(DEMO_RED)
    c.setFillAlpha(_WATERMARK_ALPHA)
    c.translate(x + width / 2, y + height / 2)
    c.rotate(degrees(atan2(height, width)))
    c.setFont(bold, size)
    c.drawCentredString(0, -size * 0.36, mark)  # about the cap height's middle on the axis
    c.restoreState()


def draw_demo_line(c: Canvas, x: float, y: float, size: float) -> None:
    """The demo line, bold and red, starting at (x, y) (the caller leaves room for it)."""
    _regular, bold = register_fonts()
    c.saveState()
    c.setFillColor(DEMO_RED)
    c.setFont(bold, size)
    c.drawString(x, y, translate("demo_mark", DEMO_LINE))
    c.restoreState()
