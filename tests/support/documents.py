"""Sample inputs of the printed documents (synthetic people only)."""

from __future__ import annotations

from datetime import date

from ucj_desktop.printing.referral_slip import ReferralSlip

SLIP_NIK = "3275014101900001"


def referral_slip(reason: str = "dtsen.not_found", desil: int | None = None) -> ReferralSlip:
    """A referral slip for a synthetic worker of Bekasijaya, printed on 15 January 2026."""
    return ReferralSlip(
        nik=SLIP_NIK,
        full_name="Siti Aminah",
        reason=reason,
        desil=desil,
        desil_min=1,
        desil_max=5,
        kelurahan_name="Bekasijaya",
        kecamatan_name="Bekasi Timur",
        office_name="Bekasijaya",
        office_code="32.75.01.1001",
        printed_on=date(2026, 1, 15),
    )
