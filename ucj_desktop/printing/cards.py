"""The membership card (Kartu Peserta), ID-1 size (85.6 x 54 mm), front and back.

Front: name, KPJ, masked NIK, the worker's address (kelurahan, kecamatan), the issuing office and
the coverage period. Back: the QR code with the hub-signed card token (see
ucj_desktop.sync.card_token), who pays, coverage, issue date and issuing office. No text is
smaller than MIN_TEXT_SIZE. A card from a demo store carries the demo mark on both faces.

Two outputs: a single card (front page, back page, each the size of the card), and 10-up A4
sheets (2 columns x 5 rows) with crop marks, a front sheet followed by its back sheet. The back
sheet mirrors the columns so that, printed duplex flipping on the long edge, every back lands
behind its own front. The NIK is printed masked, never in full. A card is an official document:
always in the programme's language, whatever the officer reads (``in_language``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.printing.brand import (
    BRAND,
    MUTED,
    RULE,
    WHITE,
    BandLine,
    brand_band,
    draw_label,
    draw_lines,
    official_document,
)
from ucj_desktop.printing.demo_mark import DEMO_RED, draw_watermark
from ucj_desktop.printing.fonts import MIN_TEXT_SIZE, register_fonts, wrap_words
from ucj_desktop.printing.qr import draw_qr
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate
from ucj_desktop.wording.formats import date as day_text

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
CARD_SIZE = (CARD_WIDTH, CARD_HEIGHT)
PROGRAMS = "JKK + JKM"
# Source words (context "cards"), said in_language(PROGRAMME_LANGUAGE) where printed.
FUNDING = QT_TRANSLATE_NOOP("cards", "Iuran dibayar oleh Pemerintah Kota Bekasi (APBD)")
PAID_BY = QT_TRANSLATE_NOOP("cards", "Dibayar oleh Pemerintah Kota Bekasi (APBD)")  # "Iuran"

# 10-up sheet: 2 columns x 5 rows, centred on A4 portrait.
SHEET_COLUMNS = 2
SHEET_ROWS = 5
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
COLUMN_GAP = 8 * mm
ROW_GAP = 2 * mm
CROP_OFFSET = 1.5 * mm  # crop marks start this far from the card edge...
CROP_LENGTH = 5 * mm  # ...and are this long

_PAD = 3.2 * mm
_STRIP = 5.2 * mm  # the coloured strip along the bottom: funding, or the demo line
DEMO_CARD_LINE = QT_TRANSLATE_NOOP("cards", "CONTOH / DEMO — bukan kartu peserta yang sah")
_BACK_NOTE = QT_TRANSLATE_NOOP(
    "cards",
    "Pindai kode QR untuk memeriksa keaslian kartu. Kartu ini gratis; jika ditemukan, "
    "kembalikan ke kantor kelurahan terdekat.",
)
_NAME_MAX = 10.0  # point sizes for the name: shrink from max to min, then wrap to two lines
_NAME_MIN = 6.5

QrPainter = Callable[[Canvas, str, float, float, float], object]
"""Draws a QR code of a text: (canvas, text, x, y, side) with (x, y) the lower-left corner."""

PdfTarget = Path | BinaryIO
"""Where a PDF goes: a file path, or an open binary stream (an in-memory preview)."""

Progress = Callable[[int, int], object]
"""Called as (documents done, documents in all) while a print run is drawn."""


def pdf_canvas(out: PdfTarget, pagesize: tuple[float, float], title: str) -> Canvas:
    """A compressed canvas writing to a path or a stream, with the app's document info."""
    c = Canvas(str(out) if isinstance(out, Path) else out, pagesize=pagesize, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("UCJ Desktop")
    return c


def pages_per_card(
    out: PdfTarget,
    pagesize: tuple[float, float],
    title: str,
    cards: Sequence[CardData],
    draw: Callable[[Canvas, CardData], None],
    progress: Progress | None,
) -> None:
    """One PDF with the pages ``draw`` makes for every card (each page ended by
    ``showPage``), in order; ``progress(done, total)`` after each card."""
    c = pdf_canvas(out, pagesize, title)
    for done, card in enumerate(cards, start=1):
        draw(c, card)
        if progress is not None:
            progress(done, len(cards))
    c.save()


@dataclass(frozen=True)
class CardData:
    """What one card says. ``nik`` is the full NIK (printed masked); ``kelurahan`` and
    ``kecamatan`` where the worker lives (the address); ``token`` the hub-signed card token the
    QR code carries; ``issuer`` the kelurahan whose office prints the card."""

    full_name: str
    kpj: str
    nik: str
    kelurahan: str
    kecamatan: str
    coverage_start: date
    coverage_end: date
    issued_on: date
    token: str
    issuer: str

    @property
    def address(self) -> str:
        words = translate("cards", "Kel."), translate("cards", "Kec.")
        return ", ".join(self.address_parts(*words))

    def address_parts(self, kelurahan_word: str, kecamatan_word: str) -> list[str]:
        """Kelurahan, kecamatan and city; the kecamatan left out when it is not known (an
        area code the area list lacks), never printed as an empty "Kecamatan ,"."""
        parts = [f"{kelurahan_word} {self.kelurahan}"]
        if self.kecamatan.strip():
            parts.append(f"{kecamatan_word} {self.kecamatan}")
        return [*parts, "Kota Bekasi"]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class SheetLayout:
    """Where the cards of a 10-up sheet go, in points, slot i in reading order (left to right,
    top to bottom) on the front sheet. ``backs[i]`` is where card i's back goes on the back
    sheet: same row, mirrored column, so long-edge duplex puts it behind its front."""

    page_width: float
    page_height: float
    fronts: tuple[Rect, ...]
    backs: tuple[Rect, ...]

    @staticmethod
    def slot(index: int) -> tuple[int, int]:
        """(column, row) of slot ``index`` on the front sheet."""
        return index % SHEET_COLUMNS, index // SHEET_COLUMNS

    @staticmethod
    def back_column(column: int) -> int:
        return SHEET_COLUMNS - 1 - column


def sheet_layout() -> SheetLayout:
    page_width, page_height = A4
    grid_width = SHEET_COLUMNS * CARD_WIDTH + (SHEET_COLUMNS - 1) * COLUMN_GAP
    grid_height = SHEET_ROWS * CARD_HEIGHT + (SHEET_ROWS - 1) * ROW_GAP
    left = (page_width - grid_width) / 2
    top = (page_height + grid_height) / 2

    def rect(column: int, row: int) -> Rect:
        return Rect(
            left + column * (CARD_WIDTH + COLUMN_GAP),
            top - (row + 1) * CARD_HEIGHT - row * ROW_GAP,
            CARD_WIDTH,
            CARD_HEIGHT,
        )

    slots = [SheetLayout.slot(i) for i in range(CARDS_PER_SHEET)]
    return SheetLayout(
        page_width,
        page_height,
        tuple(rect(col, row) for col, row in slots),
        tuple(rect(SheetLayout.back_column(col), row) for col, row in slots),
    )


def _break_chars(text: str, font: str, size: float, width: float) -> list[str]:
    """Fill lines character by character (for names with words too long to wrap)."""
    lines: list[str] = []
    current = ""
    for char in text:
        if current and stringWidth(current + char, font, size) > width:
            lines.append(current.rstrip())
            current = char.lstrip()
        else:
            current += char
    if current:
        lines.append(current)
    return lines


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_name(
    name: str,
    font: str,
    width: float,
    max_size: float = _NAME_MAX,
    min_size: float = _NAME_MIN,
) -> tuple[float, list[str]]:
    """Point size and lines (one or two) that keep ``name`` within ``width``: shrink the font
    from ``max_size`` down to ``min_size`` on one line, then wrap to two lines (again shrinking),
    and as a last resort break inside words and end the second line with an ellipsis."""
    name = " ".join(name.split())
    step = 0.25
    size = max_size
    while size >= min_size:
        if stringWidth(name, font, size) <= width:
            return size, [name]
        size -= step
    size = max_size
    while size >= min_size:
        lines = wrap_words(name, font, size, width)
        if len(lines) <= 2 and all(stringWidth(line, font, size) <= width for line in lines):
            return size, lines
        size -= step
    lines = _break_chars(name, font, min_size, width)
    if len(lines) > 2:
        lines = [lines[0], _ellipsize(" ".join(lines[1:]), font, min_size, width)]
    return min_size, lines


def _period(card: CardData) -> str:
    return translate("cards", "{start} s.d. {end}").format(
        start=day_text(card.coverage_start), end=day_text(card.coverage_end)
    )


def _fit_line(
    c: Canvas, text: str, font: str, size: float, x: float, y: float, width: float
) -> None:
    """Draw one line, shrunk (down to MIN_TEXT_SIZE) and then ellipsized so it never passes
    ``width``."""
    while size > MIN_TEXT_SIZE and stringWidth(text, font, size) > width:
        size = max(MIN_TEXT_SIZE, size - 0.25)
    c.setFont(font, size)
    c.drawString(x, y, _ellipsize(text, font, size, width))


def _start_card(c: Canvas, x: float, y: float) -> None:
    """Save the canvas state, move to the card's lower-left corner and draw its white, outlined
    blank; the caller draws the face and restores the state."""
    w, h = CARD_SIZE
    c.saveState()
    c.translate(x, y)
    c.setFillColor(WHITE)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.3)
    c.rect(0, 0, w, h, stroke=1, fill=1)


def _field(c: Canvas, label: str, value: str, x: float, y: float, width: float) -> None:
    """A small grey label with its value 3 mm below it, shrunk to ``width``."""
    _regular, bold = register_fonts()
    draw_label(c, label, x, y)
    _fit_line(c, value, bold, 7.2, x, y - 3 * mm, width)


def _strip(c: Canvas, text: str, fill: object, ink: object) -> None:
    """The coloured strip along the card's bottom edge, one line of bold text on it."""
    _regular, bold = register_fonts()
    w, _h = CARD_SIZE
    c.setFillColor(fill)
    c.rect(0, 0, w, _STRIP, stroke=0, fill=1)
    c.setFillColor(ink)
    _fit_line(c, text, bold, 6.2, _PAD, 1.8 * mm, w - 2 * _PAD)


def draw_card_front(c: Canvas, card: CardData, x: float, y: float, demo: bool = False) -> None:
    """Draw the front of ``card`` with its lower-left corner at (x, y); ``demo``: the card of a
    demo store (watermark, and the demo line where the funding line goes)."""
    regular, bold = register_fonts()
    w, h = CARD_SIZE
    inner = w - 2 * _PAD
    _start_card(c, x, y)
    # Header band.
    band = 10.5 * mm
    brand_band(
        c,
        w,
        h,
        band,
        _PAD,
        BandLine(translate("cards", "KARTU PESERTA"), bold, 9, 4.6 * mm),
        BandLine("BPJS Ketenagakerjaan · SIGAP Kota Bekasi", regular, MIN_TEXT_SIZE, 8.2 * mm),
    )
    c.setFont(bold, 6.5)
    c.drawRightString(w - _PAD, h - 4.6 * mm, PROGRAMS)
    c.setFont(regular, MIN_TEXT_SIZE)
    c.drawRightString(w - _PAD, h - 8.2 * mm, translate("cards", "Bukan Penerima Upah"))
    # Name: up to two lines, shrunk to fit.
    top = h - band - 3.6 * mm
    draw_label(c, translate("cards", "Nama"), _PAD, top)
    size, lines = fit_name(card.full_name, bold, inner)
    c.setFont(bold, size)
    draw_lines(c, lines, _PAD, top - size * 1.05, size * 1.12)
    # Fields at fixed positions below the two-line name area: two columns, the address across.
    column = inner / 2
    row_y = h - band - 17.5 * mm
    _field(c, translate("cards", "No. KPJ"), card.kpj, _PAD, row_y, column - 2 * mm)
    _field(c, "NIK", mask_nik(card.nik), _PAD + column, row_y, column - 2 * mm)
    row_y -= 7.2 * mm
    _field(c, translate("cards", "Alamat"), card.address, _PAD, row_y, inner)
    row_y -= 7.2 * mm
    valid, issuer = translate("cards", "Masa berlaku"), translate("cards", "Diterbitkan oleh")
    _field(c, valid, _period(card), _PAD, row_y, column - 2 * mm)
    office = f"{translate('cards', 'Kel.')} {card.issuer}"
    _field(c, issuer, office, _PAD + column, row_y, column - 2 * mm)
    if demo:
        _strip(c, translate("cards", DEMO_CARD_LINE), DEMO_RED, WHITE)
        draw_watermark(c, 0, _STRIP, w, h - band - _STRIP)
    else:
        _strip(c, translate("cards", FUNDING), HexColor("#e6f0f4"), BRAND)
    c.restoreState()


def draw_card_back(
    c: Canvas,
    card: CardData,
    x: float,
    y: float,
    qr_painter: QrPainter = draw_qr,
    demo: bool = False,
) -> None:
    """Draw the back of ``card`` with its lower-left corner at (x, y); ``demo`` as on the
    front (the watermark across the text, clear of the QR code)."""
    regular, bold = register_fonts()
    w, h = CARD_SIZE
    _start_card(c, x, y)
    qr_side = 34 * mm
    qr_x = 2 * mm
    qr_y = h - 2 * mm - qr_side
    qr_painter(c, card.token, qr_x, qr_y, qr_side)
    text_x = qr_x + qr_side + 1.2 * mm
    text_width = w - text_x - _PAD
    ty = h - 5 * mm
    value_size = 6.4

    def block(label: str, text: str) -> None:
        nonlocal ty
        draw_label(c, label, text_x, ty)
        ty -= value_size * 1.15
        c.setFont(bold, value_size)
        lines = wrap_words(text, bold, value_size, text_width)
        shown = (_ellipsize(line, bold, value_size, text_width) for line in lines)
        ty = draw_lines(c, shown, text_x, ty, value_size * 1.15) - 1.2 * mm

    block(
        translate("cards", "Program JKK + JKM"),
        translate("cards", "Jaminan Kecelakaan Kerja dan Jaminan Kematian"),
    )
    block(translate("cards", "Iuran"), translate("cards", PAID_BY))
    block(translate("cards", "Masa berlaku"), _period(card))
    issued = translate("cards", "{day} oleh Kelurahan {issuer}")
    block(
        translate("cards", "Diterbitkan"),
        issued.format(day=day_text(card.issued_on), issuer=card.issuer),
    )
    # The note runs across the card under the QR code.
    c.setFillColor(MUTED)
    c.setFont(regular, MIN_TEXT_SIZE)
    note_y = (_STRIP if demo else 0) + 6.6 * mm
    note = wrap_words(translate("cards", _BACK_NOTE), regular, MIN_TEXT_SIZE, w - 2 * _PAD)
    draw_lines(c, note, _PAD, note_y, MIN_TEXT_SIZE * 1.15)
    if demo:
        _strip(c, translate("cards", DEMO_CARD_LINE), DEMO_RED, WHITE)
        draw_watermark(c, text_x, _STRIP, w - text_x, h - _STRIP)
    c.restoreState()


def render_card(
    out: Path, card: CardData, qr_painter: QrPainter = draw_qr, demo: bool = False
) -> Path:
    """Write a two-page PDF, each page the size of the card: front, then back."""
    render_single_cards(out, [card], qr_painter, demo=demo)
    return out


@official_document
def render_single_cards(
    out: PdfTarget,
    cards: Sequence[CardData],
    qr_painter: QrPainter = draw_qr,
    progress: Progress | None = None,
    demo: bool = False,
) -> None:
    """Card-printer output: for every card a front page then a back page, each page the size
    of the card (a duplex ID-1 card printer prints them on one blank). ``demo``: the cards of
    a demo store, marked as such."""
    if not cards:
        raise ValueError("no cards to print")

    def front_and_back(c: Canvas, card: CardData) -> None:
        draw_card_front(c, card, 0, 0, demo)
        c.showPage()
        draw_card_back(c, card, 0, 0, qr_painter, demo)
        c.showPage()

    title = translate("cards", "Kartu Peserta SIGAP")
    pages_per_card(out, CARD_SIZE, title, cards, front_and_back, progress)


def _crop_marks(c: Canvas, layout: SheetLayout, rects: Sequence[Rect]) -> None:
    """Marks in the page margins extending every cut line of the grid."""
    c.setStrokeColor(HexColor("#000000"))
    c.setLineWidth(0.25)
    left = min(r.x for r in rects)
    right = max(r.right for r in rects)
    bottom = min(r.y for r in rects)
    top = max(r.top for r in rects)
    for x in sorted({round(v, 3) for r in rects for v in (r.x, r.right)}):
        c.line(x, top + CROP_OFFSET, x, top + CROP_OFFSET + CROP_LENGTH)
        c.line(x, bottom - CROP_OFFSET, x, bottom - CROP_OFFSET - CROP_LENGTH)
    for y in sorted({round(v, 3) for r in rects for v in (r.y, r.top)}):
        c.line(left - CROP_OFFSET, y, left - CROP_OFFSET - CROP_LENGTH, y)
        c.line(right + CROP_OFFSET, y, right + CROP_OFFSET + CROP_LENGTH, y)


@official_document
def render_card_sheets(
    out: PdfTarget,
    cards: Sequence[CardData],
    qr_painter: QrPainter = draw_qr,
    progress: Progress | None = None,
    demo: bool = False,
) -> SheetLayout:
    """Write 10-up A4 sheets: for every 10 cards a front page then a back page (print duplex,
    flip on the long edge). The last sheet may be partly empty. Returns the layout used.
    ``demo``: every card marked as a demo store's (each card is cut out on its own)."""
    if not cards:
        raise ValueError("no cards to print")
    layout = sheet_layout()
    c = pdf_canvas(out, A4, translate("cards", "Kartu Peserta SIGAP — lembar 10 kartu"))
    for start in range(0, len(cards), CARDS_PER_SHEET):
        batch = cards[start : start + CARDS_PER_SHEET]
        _crop_marks(c, layout, layout.fronts)
        for card, rect in zip(batch, layout.fronts, strict=False):
            draw_card_front(c, card, rect.x, rect.y, demo)
        c.showPage()
        _crop_marks(c, layout, layout.backs)
        for card, rect in zip(batch, layout.backs, strict=False):
            draw_card_back(c, card, rect.x, rect.y, qr_painter, demo)
        c.showPage()
        if progress is not None:
            progress(start + len(batch), len(cards))
    c.save()
    return layout
