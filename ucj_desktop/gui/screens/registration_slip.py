"""The DTSEN referral slip of the worker on the registration screen: what it says and the
name its PDF is offered under. No Qt: the screen asks for the path and renders it off the GUI
thread."""

from __future__ import annotations

from datetime import date

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.printing.referral_slip import ReferralSlip
from ucj_desktop.services.dashboard import DashboardSummary


def referral_slip(
    data: RegistrationInput,
    reason: str,
    desil: int | None,
    config: ProgramConfig,
    office: DashboardSummary,
) -> ReferralSlip:
    """The slip for the form as typed: ``reason`` is the panel's referral code, ``desil`` the
    assessment's (None when DTSEN has none), printed today."""
    kelurahan = kelurahan_by_code(data.kelurahan_code) if data.kelurahan_code else None
    return ReferralSlip(
        nik=data.nik,
        full_name=" ".join(data.full_name.split()),
        reason=reason,
        desil=desil,
        desil_min=config.desil_min,
        desil_max=config.desil_max,
        kelurahan_name=kelurahan.name if kelurahan else None,
        kecamatan_name=kelurahan.kecamatan_name if kelurahan else None,
        office_name=office.office_name,
        office_code=office.office_code,
        printed_on=date.today(),
        demo=office.demo,
    )


def slip_file_name(nik: str) -> str:
    """The PDF's suggested name: the NIK masked, so a shared folder does not list it whole."""
    return f"rujukan-dtsen-{mask_nik(nik).replace('*', 'x')}.pdf"
