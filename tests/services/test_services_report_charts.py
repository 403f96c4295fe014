"""The bar charts above the quota and roster reports' tables: real PDFs read back with PDFium
(the titles and axis labels in the text, the bars as filled shapes whose heights follow the
counts) and a page rendered to see the colours printed above the table."""

from __future__ import annotations

import ctypes
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest

from tests.support.pdf_text import Box, opened_pdf, page_texts, phrase_box
from tests.support.registrations import add_rows
from ucj_desktop.domain.status import Status
from ucj_desktop.printing.palette import EXTENDED_COLOR, PRIORITY_COLOR, STATUS_COLORS
from ucj_desktop.services.reports import ReportRequest, export_report

QUOTA_ROWS = [  # (status, desil)
    *[("submitted", 1)] * 2, *[("verified", 2)] * 4, *[("enrolled", 4)] * 6, ("enrolled", 5),
    *[("draft", 3)] * 3, ("rejected", 1),
]  # fmt: skip


def _filled(pdf: Path, color: str) -> list[Box]:
    """The boxes of the shapes on page 1 filled with ``color``, left to right."""
    wanted = tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))
    found = []
    with opened_pdf(pdf) as document:
        page = document[0]
        for obj in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH], max_depth=5):
            r, g, b, a = (ctypes.c_uint() for _ in range(4))
            if (
                pdfium_raw.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a)
                and (
                    r.value,
                    g.value,
                    b.value,
                )
                == wanted
            ):
                found.append(obj.get_bounds())
    return sorted(found)


def _bars(pdf: Path, color: str) -> list[Box]:
    """The bars of ``color``: its filled shapes taller than a legend's 6 pt swatch."""
    return [box for box in _filled(pdf, color) if box[3] - box[1] > 6.5 or box[2] - box[0] > 7]


def _height(box: Box) -> float:
    return box[3] - box[1]


@pytest.fixture
def quota_pdf(opened_store, admin_session, tmp_path) -> Path:
    add_rows(opened_store, admin_session.officer_id, ("status", "desil"), QUOTA_ROWS)
    out = tmp_path / "kuota.pdf"
    export_report(opened_store, admin_session, ReportRequest("quota"), out)
    return out


def test_the_quota_report_draws_its_statuses_and_desils_above_the_table(quota_pdf):
    [text] = page_texts(quota_pdf)
    assert "Pendaftaran menurut status" in text
    assert "Desil pekerja yang memakai kuota" in text
    assert all(f"Desil {d}" in text for d in range(1, 6))
    assert "Prioritas (desil 1–3)" in text and "Desil 4–5" in text
    with opened_pdf(quota_pdf) as document:
        page = document[0].get_textpage()
        chart_title = phrase_box(page, "Pendaftaran menurut status")
        desil_title = phrase_box(page, "Desil pekerja yang memakai kuota")
        table_head = phrase_box(page, "Keterangan")
    assert chart_title[1] > table_head[3]  # the chart stands above the table
    assert desil_title[0] > chart_title[2]  # the desils beside it

    # One bar per status present, each in its colour, as tall as its count.
    counts = {Status.SUBMITTED: 2, Status.VERIFIED: 4, Status.ENROLLED: 7, Status.DRAFT: 3}
    counts[Status.REJECTED] = 1
    heights = {}
    for status, n in counts.items():
        [bar] = [b for b in _bars(quota_pdf, STATUS_COLORS[status]) if b[2] < desil_title[0]]
        assert bar[1] > table_head[3]
        heights[status] = _height(bar) / n
    assert max(heights.values()) - min(heights.values()) < 0.05, heights
    assert _bars(quota_pdf, STATUS_COLORS[Status.RETURNED]) == []  # none returned: no bar


def test_the_desil_bars_count_only_those_holding_a_quota_place(quota_pdf):
    # Priority band: desil 1 (2 submitted; the rejected one holds none), desil 2 (4 verified);
    # desil 3 holds only drafts. Extended band: desil 4 (6), desil 5 (1).
    priority = _bars(quota_pdf, PRIORITY_COLOR)
    extended = [b for b in _bars(quota_pdf, EXTENDED_COLOR) if b[0] > priority[0][0]]
    assert len(priority) == 2 and len(extended) == 2
    per_worker = _height(priority[0]) / 2
    assert _height(priority[1]) == pytest.approx(4 * per_worker, abs=0.1)
    assert [_height(b) / per_worker for b in extended] == pytest.approx([6, 1], abs=0.05)


def test_the_roster_charts_the_registrations_per_month_they_were_made_in(
    opened_store, admin_session, tmp_path
):
    made = [(datetime(2026, 9, 10, 5, tzinfo=UTC), "enrolled")] * 2
    made += [(datetime(2026, 10, 12, 5, tzinfo=UTC), "enrolled")] * 3
    made += [(datetime(2026, 10, 20, 5, tzinfo=UTC), "submitted")]
    made += [(datetime(2026, 11, 25, 5, tzinfo=UTC), "draft")] * 4
    add_rows(opened_store, admin_session.officer_id, ("created_at", "status"), made)
    out = tmp_path / "daftar.pdf"
    export_report(opened_store, admin_session, ReportRequest("roster"), out)

    first, *_ = page_texts(out)
    assert "Pendaftaran per bulan didaftarkan, menurut status sekarang" in first
    assert "Sep 2026" in first and "Okt 2026" in first and "Nov 2026" in first
    assert "12 bulan terakhir" not in first  # three months: all of them shown
    enrolled = _bars(out, STATUS_COLORS[Status.ENROLLED])
    submitted = _bars(out, STATUS_COLORS[Status.SUBMITTED])
    drafts = _bars(out, STATUS_COLORS[Status.DRAFT])
    assert [len(enrolled), len(submitted), len(drafts)] == [2, 1, 1]
    unit = _height(enrolled[0]) / 2
    assert _height(enrolled[1]) / unit == pytest.approx(3, abs=0.05)
    assert _height(submitted[0]) / unit == pytest.approx(1, abs=0.05)
    assert _height(drafts[0]) / unit == pytest.approx(4, abs=0.05)
    # October's three enrolled stand on its submitted one (stacked in the order of the way
    # through): one column.
    assert enrolled[1][1] == pytest.approx(submitted[0][3], abs=0.1)
    assert submitted[0][0] == pytest.approx(enrolled[1][0], abs=0.1)
    # The legend names only the statuses present.
    assert "Terdaftar BPJS" in first and "Dikembalikan" not in first.split("No Nama")[0]


def test_the_page_shows_the_bars_in_colour_above_the_table(quota_pdf):
    with opened_pdf(quota_pdf) as document:
        page = document[0]
        image = page.render(scale=1).to_pil().convert("RGB")
        table_top = phrase_box(page.get_textpage(), "Keterangan")[3]
    height = image.height
    above = image.crop((0, 0, image.width, int(height - table_top)))
    green = tuple(int(STATUS_COLORS[Status.ENROLLED][i : i + 2], 16) for i in (1, 3, 5))
    assert sum(1 for pixel in above.get_flattened_data() if pixel == green) > 300


def test_a_roster_without_registrations_and_the_premium_report_have_no_chart(
    opened_store, admin_session, tmp_path
):
    roster = tmp_path / "kosong.pdf"
    export_report(opened_store, admin_session, ReportRequest("roster"), roster)
    premium = tmp_path / "iuran.pdf"
    export_report(opened_store, admin_session, ReportRequest("premium"), premium)
    for pdf in (roster, premium):
        assert "Pendaftaran per bulan" not in page_texts(pdf)[0]
        assert all(_bars(pdf, color) == [] for color in STATUS_COLORS.values())
    assert pdfium.PdfDocument(roster)  # still a readable PDF
