"""The embedded Unicode font every PDF uses, so any name prints the same on any machine, and
the word wrap measured in it."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from ucj_desktop.paths import resources

REGULAR = "UCJSans"
BOLD = "UCJSans-Bold"
MIN_TEXT_SIZE = 6.0  # points: the smallest text any document prints (a card's small print too)


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with ReportLab once; returns their names."""
    for name, filename in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with as_file(resources() / "fonts" / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a single word wider than ``width`` stays on its own line."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines
