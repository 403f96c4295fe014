"""The programme's print look, shared by the card, the certificate and the referral slip: its
colours, the brand band across the top of a page or card, a field's grey label, lines of text
set one under another, and the programme's language, which an official document is printed in
whatever the officer reads (``official_document``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import ParamSpec, TypeVar

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.printing.fonts import MIN_TEXT_SIZE, register_fonts
from ucj_desktop.wording.catalog import PROGRAMME_LANGUAGE, in_language

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


def draw_label(c: Canvas, text: str, x: float, y: float, size: float = MIN_TEXT_SIZE) -> None:
    """A field's label, regular and grey, at (x, y); the fill is left in INK for its value."""
    regular, _bold = register_fonts()
    c.setFillColor(MUTED)
    c.setFont(regular, size)
    c.drawString(x, y, text)
    c.setFillColor(INK)


def draw_lines(c: Canvas, lines: Iterable[str], x: float, y: float, leading: float) -> float:
    """``lines`` one under another in the current font and fill, the first on the baseline
    ``y``, each ``leading`` below the one before; returns the baseline after the last."""
    for line in lines:
        c.drawString(x, y, line)
        y -= leading
    return y


P = ParamSpec("P")
R = TypeVar("R")


def official_document(render: Callable[P, R]) -> Callable[P, R]:
    """``render`` prints in the programme's language (words, numbers and dates) on its
    thread, whatever the officer reads: a card, a certificate, a slip handed to a worker."""

    @wraps(render)
    def in_programme_language(*args: P.args, **kwargs: P.kwargs) -> R:
        with in_language(PROGRAMME_LANGUAGE):
            return render(*args, **kwargs)

    return in_programme_language
