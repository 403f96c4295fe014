"""Words for the codes the domain returns (Indonesian source strings, English via Linguist)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.text import translator

_tr = translator("labels")
_tr_roles = translator("table_models")  # the context these words had in the table models


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


def role_label(role: Role) -> str:
    return {
        Role.PETUGAS: _tr_roles("Petugas"),
        Role.VERIFIKATOR: _tr_roles("Verifikator"),
        Role.ADMIN: _tr_roles("Admin"),
    }[role]


def roles_text(roles: Iterable[Role]) -> str:
    """Roles in a fixed order (petugas, verifikator, admin), whatever order they came in."""
    present = set(roles)
    return ", ".join(role_label(r) for r in Role if r in present)


def local_time(at: datetime, with_seconds: bool = True) -> str:
    """dd-mm-yyyy HH:MM[:SS] in this computer's time zone (the store keeps UTC)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d-%m-%Y %H:%M:%S" if with_seconds else "%d-%m-%Y %H:%M")


def role_text(value: str | None) -> str:
    """A stored role code in words; ``—`` for none, an unknown code as it is."""
    if not value:
        return "—"
    try:
        return role_label(Role(value))
    except ValueError:
        return value
