"""Which language a printed document speaks: a report follows the officer's (the catalog's on
the thread that prints it), a card, a certificate, a referral slip and a recovery sheet are
always in the programme's, Bahasa Indonesia. Real PDFs, XLSX and CSV files read back."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook

from tests.printing.test_cards import make_card
from tests.support.documents import referral_slip
from tests.support.pdf_text import page_texts
from ucj_desktop.printing.cards import CardData, render_card, render_card_sheets
from ucj_desktop.printing.certificate import render_certificate
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet
from ucj_desktop.printing.referral_slip import render_referral_slip
from ucj_desktop.services.reports import ReportRequest, export_report
from ucj_desktop.wording import catalog

NOVEMBER = date(2026, 11, 1)


def _enrolled(opened_store, admin_session, add_registrations) -> None:
    """Two workers covered in November 2026, incomes 0 and 2,500,000."""
    add_registrations(
        opened_store,
        admin_session.officer_id,
        2,
        seed=31,
        status="enrolled",
        kpj=lambda i: f"{26000000300 + i:011d}",
        declared_income=lambda i: (0, 2_500_000)[i],
        coverage_start=NOVEMBER,
        coverage_end=date(2027, 10, 31),
    )


def _report_pdf(opened_store, admin_session, tmp_path: Path, kind: str) -> str:
    out = tmp_path / f"{kind}-{catalog.language()}.pdf"
    export_report(
        opened_store, admin_session, ReportRequest(kind, month=NOVEMBER, today=NOVEMBER), out
    )
    return " ".join(page_texts(out))


def test_a_report_made_in_english_has_english_words_and_numbers(
    opened_store, admin_session, add_registrations, tmp_path, english
):
    _enrolled(opened_store, admin_session, add_registrations)
    quota = _report_pdf(opened_store, admin_session, tmp_path, "quota")
    for words in (
        "SIGAP Quota Report",
        "Item",
        "Count",
        "City quota (all kelurahan)",
        "Registrations by status",
        "as of 01/11/2026",
        "page 1 of 1",
        "Enrolled",
    ):
        assert words in quota
    assert "11,666" in quota and "11.666" not in quota  # the default city quota
    for indonesian in ("Laporan", "Keterangan", "Jumlah", "halaman", "Kuota kota", "Dibuat"):
        assert indonesian not in quota
    premium = _report_pdf(opened_store, admin_session, tmp_path, "premium")
    # 1% of at least Rp1,000,000 plus JKM Rp6,800; 1% of Rp2,500,000 plus the same.
    for words in (
        "BPU JKK + JKM Premium Summary",
        "premium month November 2026",
        "Base wage",
        "Rp16,800",
        "Rp31,800",
        "Rp48,600",
        "2 members",
        "JKK = 1% of the base wage",
        "JKM = Rp6,800 a month.",
    ):
        assert words in premium
    assert "Rp16.800" not in premium and "Iuran" not in premium and "peserta" not in premium


def test_the_same_report_in_indonesian_keeps_the_programmes_words_and_numbers(
    opened_store, admin_session, add_registrations, tmp_path
):
    _enrolled(opened_store, admin_session, add_registrations)
    quota = _report_pdf(opened_store, admin_session, tmp_path, "quota")
    assert "Laporan Kuota SIGAP" in quota and "halaman 1 dari 1" in quota
    assert "11.666" in quota and "per 01-11-2026" in quota
    premium = _report_pdf(opened_store, admin_session, tmp_path, "premium")
    assert "Rp16.800" in premium and "bulan iuran November 2026" in premium


def test_report_files_have_headings_in_the_officers_language(
    opened_store, admin_session, add_registrations, tmp_path, english
):
    _enrolled(opened_store, admin_session, add_registrations)
    out = tmp_path / "roster.csv"
    export_report(opened_store, admin_session, ReportRequest("roster"), out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["No", "Name", "NIK", "KPJ", "Status", "RT/RW", "Kelurahan", "Decile",
                       "Occupation", "Registered", "Covered until"]  # fmt: skip
    assert {row[4] for row in rows[1:]} == {"Enrolled with BPJS"}
    assert {row[10] for row in rows[1:]} == {"31/10/2027"}
    book = tmp_path / "premium.xlsx"
    export_report(opened_store, admin_session, ReportRequest("premium", month=NOVEMBER), book)
    sheet = load_workbook(book).active
    assert sheet["A1"].value == "BPU JKK + JKM Premium Summary"
    assert str(sheet["A3"].value).startswith("Made ")
    assert [c.value for c in sheet[5]][4:] == ["Base wage", "JKK", "JKM", "Premium"]


def _card(i: int = 7) -> CardData:
    return make_card(Ed25519PrivateKey.generate(), i)


def test_a_card_and_a_certificate_printed_by_an_english_officer_stay_indonesian(tmp_path, english):
    front, back = page_texts(render_card(tmp_path / "card.pdf", _card(), demo=True))
    for words in (
        "KARTU PESERTA",
        "Nama",
        "Alamat",
        "Masa berlaku",
        "Diterbitkan oleh",
        "01-01-2026 s.d. 31-03-2026",
        "CONTOH / DEMO — bukan kartu peserta yang sah",
    ):
        assert words in front
    assert "05-01-2026 oleh Kelurahan Bekasijaya" in back and "Pindai kode QR" in back
    sheet = " ".join(page_texts(_sheets(tmp_path)))
    assert "KARTU PESERTA" in sheet and "Masa berlaku" in sheet
    certificate = " ".join(page_texts(render_certificate(tmp_path / "cert.pdf", _card())))
    for words in (
        "Sertifikat Kepesertaan",
        "Dengan ini dinyatakan bahwa:",
        "Rp42 juta",
        "Rp10.000 / bulan",
        "Rp16.800 / bulan",
        "01-01-2026 sampai dengan 31-03-2026",
        "Bekasi, 05-01-2026",
    ):
        assert words in certificate
    for english_words in (
        "MEMBERSHIP",
        "Valid",
        "Issued",
        "Certificate",
        "million",
        "/ month",
        "Rp10,000",
        "01/01/2026",
        "SAMPLE",
    ):
        assert english_words not in front + back + sheet + certificate
    # The programme's language was the printing's only: the officer still reads English.
    assert catalog.language() == catalog.ENGLISH


def _sheets(tmp_path: Path) -> Path:
    out = tmp_path / "sheets.pdf"
    with out.open("wb") as stream:
        render_card_sheets(stream, [_card(i) for i in range(3)])
    return out


def test_the_slip_and_the_recovery_sheet_printed_in_english_stay_indonesian(tmp_path, english):
    slip = referral_slip("desil.out_of_range", desil=8)
    text = " ".join(page_texts(render_referral_slip(tmp_path / "slip.pdf", slip)))
    for words in (
        "Surat Rujukan Pembaruan Data DTSEN",
        "berada pada desil 8",
        "Yang perlu dilakukan",
        "15-01-2026",
        "Kantor Kelurahan Bekasijaya",
    ):
        assert words in text
    assert "decile" not in text and "What to do" not in text
    sheet = render_recovery_sheet(
        tmp_path / "pemulihan.pdf",
        "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
        "32.75.01.1001",
        "Bekasijaya",
        "store-1",
        "ab12cd34",
        datetime(2026, 1, 5, 9, 30),
    )
    text = " ".join(page_texts(sheet))
    assert "Kode Pemulihan Data" in text and "Dibuat: 05-01-2026 09:30" in text
    assert "Simpan lembar ini di lemari terkunci." in text
    assert "Recovery" not in text and "Keep this sheet" not in text
