"""The recovery sheet, the referral slip and the diagnostic page go through the one atomic
writer: a full disk mid-write leaves the earlier file as it was and no half PDF or temp file
beside it (a USB stick pulled or full at the counter must not leave a broken sheet)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest

from tests.support.documents import referral_slip
from tests.support.small_disk import fill, small_disk
from ucj_desktop.printing.diagnostic import render_diagnostic_page
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet
from ucj_desktop.printing.referral_slip import render_referral_slip

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"


def _sheet(out: Path) -> Path:
    return render_recovery_sheet(
        out, CODE, "32.75.01.1001", "Bekasijaya", "store-1", "AB:CD", datetime(2026, 1, 15, 9)
    )


def _slip(out: Path) -> Path:
    return render_referral_slip(out, referral_slip())


def _diagnostic(out: Path) -> Path:
    return render_diagnostic_page(out, "UCJ Desktop self-test", ["Kartu Peserta"])


RENDERERS: dict[str, Callable[[Path], Path]] = {
    "recovery sheet": _sheet,
    "referral slip": _slip,
    "diagnostic page": _diagnostic,
}


def _pages(path: Path) -> int:
    pdf = pypdfium2.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


@pytest.mark.parametrize("name", RENDERERS)
def test_a_full_disk_keeps_the_earlier_document_and_leaves_no_half_file(
    tmp_path: Path, name: str
) -> None:
    render = RENDERERS[name]
    with small_disk(tmp_path / "stick") as stick:
        out = render(stick / "document.pdf")  # the first one fits
        earlier = out.read_bytes()
        assert _pages(out) == 1
        fill(stick, leave=2048)  # less than any of the three PDFs
        with pytest.raises(OSError):
            render(stick / "document.pdf")
        assert out.read_bytes() == earlier
        assert sorted(p.name for p in stick.iterdir()) == ["document.pdf", "filler"]


def test_the_recovery_sheet_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    out = _sheet(tmp_path / "sheet.pdf")
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_the_recovery_sheet_tells_the_admin_the_app_asks_for_the_code(tmp_path: Path) -> None:
    pdf = pypdfium2.PdfDocument(_sheet(tmp_path / "sheet.pdf"))
    try:
        text = " ".join(pdf[0].get_textpage().get_text_range().split())
    finally:
        pdf.close()
    assert "UCJ Desktop memintanya saat dibuka" in text
    assert CODE.split("-")[0] in text
