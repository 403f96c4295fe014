"""Reading a real PDF back with PDFium: each page's text, the size and box of every character
drawn, where a phrase sits, and which lines of text touch."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

Box = tuple[float, float, float, float]  # left, bottom, right, top in points


@contextmanager
def opened_pdf(source: Path | bytes) -> Iterator[pdfium.PdfDocument]:
    pdf = pdfium.PdfDocument(str(source) if isinstance(source, Path) else source)
    try:
        yield pdf
    finally:
        pdf.close()


def page_texts(source: Path | bytes) -> list[str]:
    """The text of every page, whitespace collapsed to single spaces."""
    with opened_pdf(source) as pdf:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]


@dataclass(frozen=True)
class DrawnChar:
    char: str
    size: float  # the font size in points, as PDFium reads it
    box: Box


def drawn_chars(textpage: pdfium.PdfTextPage) -> list[DrawnChar]:
    """Every character the PDF draws (not the spaces and line breaks PDFium adds)."""
    chars = []
    for index in range(textpage.count_chars()):
        if pdfium_raw.FPDFText_IsGenerated(textpage.raw, index):
            continue
        chars.append(
            DrawnChar(
                textpage.get_text_range(index, 1),
                pdfium_raw.FPDFText_GetFontSize(textpage.raw, index),
                textpage.get_charbox(index),
            )
        )
    return chars


def phrase_box(textpage: pdfium.PdfTextPage, phrase: str) -> Box:
    """The box around the first place ``phrase`` is drawn (its characters' boxes joined)."""
    text = textpage.get_text_range()
    start = text.find(phrase)
    assert start >= 0, f"{phrase!r} not on the page"
    boxes = [textpage.get_charbox(i) for i in range(start, start + len(phrase))]
    boxes = [b for b in boxes if b[2] > b[0]]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def text_rects(textpage: pdfium.PdfTextPage) -> list[Box]:
    """PDFium's rectangles of the runs of text on the page (one per line segment)."""
    return [textpage.get_rect(i) for i in range(textpage.count_rects())]


def touching(rects: list[Box], margin: float = 0.0) -> list[tuple[Box, Box]]:
    """Pairs of rectangles that overlap (or come closer than ``margin``)."""
    pairs = []
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            if (
                a[0] < b[2] + margin
                and b[0] < a[2] + margin
                and a[1] < b[3] + margin
                and b[1] < a[3] + margin
            ):
                pairs.append((a, b))
    return pairs
