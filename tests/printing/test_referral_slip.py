"""The DTSEN referral slip: one small page, readable text, the NIK masked."""

from __future__ import annotations

import pypdfium2
import pytest

from tests.support.documents import SLIP_NIK, referral_slip
from ucj_desktop.printing.referral_slip import ReferralSlip, render_referral_slip

NIK = SLIP_NIK


def _slip(reason: str, desil: int | None) -> ReferralSlip:
    return referral_slip(reason, desil)


def _text(path) -> tuple[str, tuple[float, float], int]:
    pdf = pypdfium2.PdfDocument(path)
    try:
        text = " ".join(pdf[0].get_textpage().get_text_range().split())
        return text, pdf[0].get_size(), len(pdf)
    finally:
        pdf.close()


@pytest.mark.parametrize(
    ("reason", "desil", "why"),
    [
        ("desil.out_of_range", 7, "desil 7"),
        ("dtsen.not_found", None, "tidak ditemukan dalam data DTSEN"),
    ],
)
def test_slip_explains_the_reason_and_masks_the_nik(tmp_path, reason, desil, why):
    out = render_referral_slip(tmp_path / "slip.pdf", _slip(reason, desil))
    text, size, pages = _text(out)
    assert pages == 1
    assert size == pytest.approx((297.6, 419.5), abs=1)  # A6 in points
    assert "327501******0001" in text
    assert NIK not in text
    assert why in text
    assert "Kelurahan Bekasijaya atau Kecamatan Bekasi Timur" in text
    assert "KTP-el" in text


def test_slip_refuses_a_reason_that_needs_no_referral(tmp_path):
    with pytest.raises(ValueError, match=r"age\.too_old"):
        render_referral_slip(tmp_path / "slip.pdf", _slip("age.too_old", None))
