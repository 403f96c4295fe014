"""A report as a titled table, and its PDF: A4 landscape, the embedded font, the heading row
repeated on every page, money right-aligned in rupiah, "halaman N dari M" on every page, and
the demo mark on every page of a demo store's report. A report is in the officer's language
(the catalog's on the thread that prints it), numbers too (wording/formats.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from ucj_desktop.printing.demo_mark import draw_demo_line, draw_watermark
from ucj_desktop.printing.fonts import register_fonts
from ucj_desktop.printing.report_chart import ReportChart, charts_drawing
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.formats import date_time, number, rupiah


@dataclass(frozen=True)
class ReportTable:
    """A titled table. ``money`` names the columns holding integer rupiah; ``demo``: made from
    a demo store (its PDF is marked so on every page); ``charts``: bar charts the PDF draws in
    a row above the table, where the table alone is hard to read (the files keep the table)."""

    kind: str
    title: str
    subtitle: str
    columns: tuple[str, ...]
    rows: list[tuple[object, ...]]
    totals: tuple[object, ...] | None = None
    money: frozenset[str] = field(default_factory=frozenset)
    notes: tuple[str, ...] = ()
    demo: bool = False
    charts: tuple[ReportChart, ...] = ()


PageFinisher = Callable[[Canvas, int, int], object]
"""Draws on a finished page what needs the page count: (canvas, page number, pages in all)."""


class _CountedPages(Canvas):  # type: ignore[misc]  # ReportLab ships no types
    """A canvas that holds every page back until the document is complete, so each page can
    say how many there are (ReportLab writes a page out as soon as the next begins)."""

    def __init__(self, *args: object, finish: PageFinisher, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, object]] = []
        self._finish = finish

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for page_no, page in enumerate(self._held, start=1):
            self.__dict__.update(page)
            self._finish(self, page_no, len(self._held))
            super().showPage()
        super().save()


def render_report_pdf(table: ReportTable, out: Path, generated: datetime) -> Path:
    regular, bold = register_fonts()
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    money_columns = [i for i, name in enumerate(table.columns) if name in table.money]
    widths = _column_widths(table, regular, bold)
    room = [w - 12 for w in widths]  # a cell's 6 pt padding either side

    numeric = [
        i
        for i in range(len(table.columns))
        if table.rows
        and all(isinstance(r[i], int) or r[i] == "" for r in table.rows)
        and any(isinstance(r[i], int) for r in table.rows)
    ]

    def text(value: object, column: int) -> object:
        shown = _shown(value, table.columns[column], table)
        if isinstance(value, int):
            return shown
        # A text too wide for its column wraps inside it (a Paragraph, which is ~20x slower to
        # lay out than a plain string, so only where needed) rather than run into the next.
        if isinstance(value, str) and stringWidth(shown, regular, 8) > room[column]:
            return Paragraph(escape(shown), cell)
        return shown

    head_right = ParagraphStyle("headRight", parent=head, alignment=TA_RIGHT)
    right = {*money_columns, *numeric}
    data: list[list[object]] = [
        [
            Paragraph(escape(c), head_right if i in right else head)
            for i, c in enumerate(table.columns)
        ]
    ]
    data += [[text(v, i) for i, v in enumerate(row)] for row in table.rows]
    if table.totals is not None:
        data.append([text(v, i) for i, v in enumerate(table.totals)])
    style = [
        ("FONT", (0, 0), (-1, -1), regular, 8),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef3f6")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#15303d")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f9fb")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#d9e1e7")),
    ]
    for column in right:
        style.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
    if table.totals is not None:
        style.append(("FONT", (0, -1), (-1, -1), bold, 8))
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#15303d")))
    grid = LongTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style), hAlign="LEFT")
    title = ParagraphStyle("title", fontName=bold, fontSize=14, leading=18)
    sub = ParagraphStyle("sub", fontName=regular, fontSize=9, leading=12)
    story: list[object] = [
        Paragraph(escape(table.title), title),
        Paragraph(escape(table.subtitle), sub),
        Paragraph(escape(made_on(generated)), sub),
        Spacer(0, 4 * mm),
    ]
    if table.charts:
        room = landscape(A4)[0] - 24 * mm
        story += [charts_drawing(table.charts, room, regular, bold), Spacer(0, 5 * mm)]
    story.append(grid)
    story += [Spacer(0, 3 * mm), *(Paragraph(escape(n), sub) for n in table.notes)]

    def finish(canvas: Canvas, page_no: int, pages: int) -> None:
        width, _height = doc.pagesize
        if table.demo:
            draw_watermark(canvas, 12 * mm, 14 * mm, width - 24 * mm, _height - 26 * mm, 0.6)
            draw_demo_line(canvas, 12 * mm, 8 * mm, 7)
        canvas.saveState()
        canvas.setFont(regular, 7)
        page = translate("report", "halaman {number} dari {pages}").format(
            number=number(page_no), pages=number(pages)
        )
        canvas.drawRightString(width - 12 * mm, 8 * mm, f"{table.title} · {page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=table.title,
        author="UCJ Desktop",
    )
    doc.build(story, canvasmaker=partial(_CountedPages, finish=finish))
    return out


def made_on(generated: datetime) -> str:
    """The line under a report's title saying when it was made."""
    return translate("report", "Dibuat {moment}").format(moment=date_time(generated))


def _shown(value: object, column: str, table: ReportTable) -> str:
    """A cell as printed: money as rupiah, other whole numbers grouped in thousands."""
    if isinstance(value, int):
        return rupiah(value) if column in table.money else number(value)
    return str(value)


def _column_widths(table: ReportTable, font: str, bold: str) -> list[float]:
    """Each column as wide as its widest value (capped, so long texts wrap). When together they
    are wider than the landscape page between the margins, the columns that wrap between words
    (names, jobs) give up the difference down to their longest word, so a NIK, an RT/RW or a
    date never breaks inside; only if that is not enough are all narrowed alike."""
    room = landscape(A4)[0] - 24 * mm
    padding = 14.0  # the cell's 6 pt either side, and a little air
    wanted = []
    floors = []
    for index, name in enumerate(table.columns):
        values = [_shown(row[index], name, table) for row in table.rows[:500]]
        total = [] if table.totals is None else [_shown(table.totals[index], name, table)]
        heading = [stringWidth(word, bold, 8) for word in name.split()]
        widest = max(
            heading
            + [min(stringWidth(v, font, 8), 60 * mm) for v in values]
            + [min(stringWidth(v, bold, 8), 60 * mm) for v in total]  # the totals are bold
            + [stringWidth(rupiah(999_999), font, 8) if name in table.money else 0]
        )
        longest_word = max(
            heading
            + [stringWidth(word, font, 8) for v in values for word in v.split()]
            + [stringWidth(word, bold, 8) for v in total for word in v.split()]
        )
        wanted.append(widest + padding)
        floors.append(min(widest, longest_word) + padding)
    excess = sum(wanted) - room
    if excess <= 0:  # a narrow table keeps its own widths
        return wanted
    slack = sum(wanted) - sum(floors)
    if slack >= excess:
        return [w - (w - f) * excess / slack for w, f in zip(wanted, floors, strict=True)]
    scale = room / sum(floors)
    return [f * scale for f in floors]
