"""Quota, premium and roster reports, written as XLSX, CSV and PDF and read back.

Real encrypted store; registrations are synthetic rows written through the shared factory.
Files are read back with openpyxl, the csv module and PDFium, never compared to fixtures.
"""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from sqlmodel import col, select

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.roles import Role
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.reports import ReportRequest, build_report, export_report
from ucj_desktop.store.models import AuditEvent

NOVEMBER = date(2026, 11, 1)


@pytest.fixture
def enrolled(opened_store, admin_session, add_registrations):
    """Three workers covered in November 2026 (incomes 0, 1,000,000 and 2,500,000), one whose
    cover starts in December, and two verified ones not enrolled yet."""
    incomes = [0, 1_000_000, 2_500_000]
    covered = add_registrations(
        opened_store,
        admin_session.officer_id,
        3,
        seed=11,
        status="enrolled",
        kpj=lambda i: f"{26000000200 + i:011d}",
        declared_income=lambda i: incomes[i],
        coverage_start=date(2026, 11, 1),
        coverage_end=date(2027, 10, 31),
    )
    later = add_registrations(
        opened_store,
        admin_session.officer_id,
        1,
        seed=12,
        status="enrolled",
        kpj="26000000999",
        coverage_start=date(2026, 12, 1),
        coverage_end=date(2027, 11, 30),
    )
    add_registrations(opened_store, admin_session.officer_id, 2, seed=13, status="verified")
    return covered, later


def _events(opened):
    with opened.store.session() as session:
        return list(
            session.exec(select(AuditEvent).where(col(AuditEvent.action) == "report.exported"))
        )


def _xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def test_the_premium_of_a_month_counts_only_workers_covered_then(
    opened_store, admin_session, enrolled, tmp_path
):
    covered, later = enrolled
    out = tmp_path / "iuran-2026-11.xlsx"
    table = export_report(
        opened_store, admin_session, ReportRequest("premium", month=NOVEMBER), out
    )

    assert len(table.rows) == 3
    # JKK 1% of max(income, 1,000,000), JKM 6,800: 16,800 + 16,800 + 31,800.
    assert table.totals[-3:] == (10_000 + 10_000 + 25_000, 3 * 6_800, 65_400)
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Rekapitulasi Iuran BPU JKK + JKM"
    assert "bulan iuran November 2026" in values[1][0]
    header = values.index(["No", "KPJ", "Nama", "NIK", "Upah dasar", "JKK", "JKM", "Iuran"])
    body = values[header + 1 : header + 4]
    assert sorted(r[1] for r in body) == sorted(r.kpj for r in covered)
    assert sorted(r[7] for r in body) == [16_800, 16_800, 31_800]
    assert values[header + 4][-1] == 65_400
    assert sheet.cell(row=header + 2, column=8).number_format == "#,##0"
    text = _xlsx_text(out)
    for r in covered:
        assert mask_nik(r.nik) in text and r.nik not in text
    assert later[0].kpj not in text
    [event] = _events(opened_store)
    assert json.loads(event.detail) == {
        "kind": "premium",
        "rows": 3,
        "file": out.name,
        "month": "2026-11",
    }


def test_the_roster_csv_opens_in_excel_and_never_runs_a_name_as_a_formula(
    opened_store, admin_session, add_registrations, tmp_path
):
    names = ['=HYPERLINK("http://x.invalid","klik")', "Siti Nur'aini", "-2+3"]
    rows = add_registrations(
        opened_store, admin_session.officer_id, 3, seed=21, full_name=lambda i: names[i]
    )
    out = tmp_path / "daftar.csv"
    export_report(opened_store, admin_session, ReportRequest("roster"), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh, delimiter=";"))
    assert read[0][:4] == ["No", "Nama", "NIK", "KPJ"]
    shown = {row[1] for row in read[1:]}
    assert shown == {'\'=HYPERLINK("http://x.invalid","klik")', "Siti Nur'aini", "'-2+3"}
    assert all(r.nik.encode() not in raw for r in rows)
    assert {row[4] for row in read[1:]} == {"Diajukan"}


def test_the_roster_pdf_repeats_its_heading_and_counts_its_pages(
    opened_store, admin_session, add_registrations, tmp_path
):
    rows = add_registrations(opened_store, admin_session.officer_id, 70, seed=22)
    out = tmp_path / "daftar.pdf"
    export_report(opened_store, admin_session, ReportRequest("roster"), out)
    pdf = pdfium.PdfDocument(str(out))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        width, height = pdf[0].get_size()
    finally:
        pdf.close()
    assert len(pages) >= 2 and width > height  # landscape, several pages
    for n, page in enumerate(pages, start=1):
        assert "Kepesertaan" in page and "Pekerjaan" in page and "Kelurahan" in page
        assert f"halaman {n} dari {len(pages)}" in page
    lines = "".join(pages).splitlines()
    for r in rows:
        # Each worker's line: the NIK masked, RT/RW and the kelurahan where they live, whole.
        [line] = [line for line in lines if mask_nik(r.nik) in line]
        area = kelurahan_by_code(r.kelurahan_code)
        assert area is not None
        assert f"{r.rt}/{r.rw}" in line and area.name.split()[0] in line
        assert r.nik not in "".join(pages)


def test_the_quota_report_counts_by_state_and_desil(
    opened_store, admin_session, add_registrations, tmp_path
):
    add_registrations(opened_store, admin_session.officer_id, 4, seed=31, desil=2)
    add_registrations(
        opened_store, admin_session.officer_id, 2, seed=32, status="verified", desil=5
    )
    add_registrations(opened_store, admin_session.officer_id, 1, seed=33, status="rejected")
    table = build_report(
        opened_store, admin_session, ReportRequest("quota", today=date(2026, 11, 29))
    )
    counts = dict(table.rows)
    assert counts["Diajukan"] == 4 and counts["Terverifikasi"] == 2 and counts["Ditolak"] == 1
    assert counts["Memakai kuota (diajukan s.d. terdaftar)"] == 6
    assert counts["  di antaranya desil 1–3 (prioritas)"] == 4
    assert counts["  di antaranya desil 4–5"] == 2
    assert counts["Kuota kota (seluruh kelurahan)"] == 11_666
    out = tmp_path / "kuota.pdf"
    export_report(
        opened_store, admin_session, ReportRequest("quota", today=date(2026, 11, 29)), out
    )
    pdf = pdfium.PdfDocument(str(out))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "Laporan Kuota SIGAP" in text and "per 29-11-2026" in text and "11.666" in text


def test_a_registrar_may_not_take_reports_out(opened_store, admin_session, tmp_path):
    _info, temporary = add_officer(
        opened_store, admin_session, "rina", "Rina", frozenset({Role.PETUGAS}), "temp-pass-0001"
    )
    rina = change_password(
        opened_store, sign_in(opened_store, "rina", temporary), temporary, "rina-pass-0001"
    )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as caught:
        export_report(opened_store, rina, ReportRequest("roster"), out / "daftar.xlsx")
    assert caught.value.code == "permission.denied"
    assert list(out.iterdir()) == [] and _events(opened_store) == []


def test_a_bad_format_or_folder_writes_nothing_and_records_nothing(
    opened_store, admin_session, tmp_path
):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as caught:
        export_report(opened_store, admin_session, ReportRequest("roster"), out / "daftar.docx")
    assert (caught.value.code, caught.value.field) == ("report.unknown_format", "out")
    blocked = out / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(DomainError) as caught:
        export_report(opened_store, admin_session, ReportRequest("roster"), blocked / "daftar.xlsx")
    assert caught.value.code == "report.write_failed"
    assert sorted(p.name for p in out.iterdir()) == ["file-not-folder"]
    assert _events(opened_store) == []


def test_the_roster_xlsx_holds_a_formula_like_name_as_text(
    opened_store, admin_session, add_registrations, tmp_path
):
    add_registrations(
        opened_store, admin_session.officer_id, 1, seed=23, full_name="=1+2*HYPERLINK(0)"
    )
    out = tmp_path / "daftar.xlsx"
    export_report(opened_store, admin_session, ReportRequest("roster"), out)
    cells = [c for row in load_workbook(out).active.iter_rows() for c in row]
    [name] = [c for c in cells if c.value == "=1+2*HYPERLINK(0)"]
    assert name.data_type == "s"  # a string cell: Excel shows it, never computes it
    assert "<f>" not in _xlsx_text(out)


@pytest.mark.parametrize(
    ("start", "end", "counted"),
    [
        (date(2026, 10, 1), date(2026, 10, 31), False),  # ended the month before
        (date(2026, 10, 1), date(2026, 11, 1), True),  # ends on the first day
        (date(2026, 11, 30), date(2027, 11, 29), True),  # starts on the last day
        (date(2026, 12, 1), date(2027, 11, 30), False),  # starts the month after
    ],
)
def test_a_worker_counts_in_a_month_their_cover_touches(
    opened_store, admin_session, add_registrations, start, end, counted
):
    add_registrations(
        opened_store,
        admin_session.officer_id,
        1,
        seed=24,
        status="enrolled",
        kpj="26000000777",
        coverage_start=start,
        coverage_end=end,
    )
    table = build_report(opened_store, admin_session, ReportRequest("premium", month=NOVEMBER))
    assert len(table.rows) == (1 if counted else 0)
