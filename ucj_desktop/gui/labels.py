"""Words for the codes the domain returns (Indonesian source strings, English via Linguist)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ucj_desktop.domain.status import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(status: Status) -> str:
    return {
        Status.DRAFT: _tr("Draf"),
        Status.SUBMITTED: _tr("Diajukan"),
        Status.VERIFIED: _tr("Terverifikasi"),
        Status.REJECTED: _tr("Ditolak"),
        Status.EXPORTED: _tr("Dikirim ke hub"),
        Status.ENROLLED: _tr("Terdaftar BPJS"),
        Status.RETURNED: _tr("Dikembalikan"),
        Status.CANCELLED: _tr("Dibatalkan"),
    }[status]
