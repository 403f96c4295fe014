"""The programme's print look, shared by the card, the certificate and the referral slip: its
colours and the brand band across the top of a page or card."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

INK = HexColor("#15303d")  # body text
MUTED = HexColor("#4a5b66")  # labels and small print
BRAND = HexColor("#0b4f6c")  # the band and headings
WHITE = HexColor("#ffffff")
RULE = HexColor("#c9d4da")  # thin lines and frames


@dataclass(frozen=True)
class BandLine:
    """One line of text on the band: ``drop`` is its baseline's distance below the band's top."""

    text: str
    font: str
    size: float
    drop: float


def brand_band(
    c: Canvas, width: float, top: float, depth: float, x: float, *lines: BandLine
) -> None:
    """Fill the band ``depth`` deep under ``top`` across ``width`` and write ``lines`` on it from
    ``x``; the fill colour is left white for anything else drawn on the band."""
    c.setFillColor(BRAND)
    c.rect(0, top - depth, width, depth, stroke=0, fill=1)
    c.setFillColor(WHITE)
    for line in lines:
        c.setFont(line.font, line.size)
        c.drawString(x, top - line.drop, line.text)
