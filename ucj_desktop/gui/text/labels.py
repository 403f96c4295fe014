"""Words for the codes the domain returns (Indonesian source strings, English via Linguist)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from ucj_desktop.domain.premium import thousands
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


def field_label(name: str) -> str:
    """A field of a registration or of a reference file in the officer's words
    (``kk_number`` -> "No. KK", ``kelurahan_code`` -> "Kelurahan"); an unknown name as it is."""
    return {
        "nik": _tr("NIK"),
        "kk_number": _tr("No. KK"),
        "full_name": _tr("Nama"),
        "birth_date": _tr("Tanggal lahir"),
        "sex": _tr("Jenis kelamin"),
        "phone": _tr("Telepon"),
        "address": _tr("Alamat"),
        "rt": _tr("RT"),
        "rw": _tr("RW"),
        "kelurahan_code": _tr("Kelurahan"),  # the form's
        "kelurahan": _tr("Kelurahan"),  # a reference file's
        "occupations": _tr("Pekerjaan"),
        "declared_income": _tr("Penghasilan"),
        "consent": _tr("Persetujuan"),
        "desil": _tr("Desil"),
        "scheme": _tr("Skema"),
    }.get(name, name)


def occupation_short_label(code: str, long_label: str) -> str:
    """A category in the few words a list column has room for (``Ojek online``); a category
    without short words keeps its ``long_label``."""
    return {
        "OJOL": _tr("Ojek online"),
        "OJEK_PANGKALAN": _tr("Ojek pangkalan"),
        "ORGANDA": _tr("Organda"),
        "PKL": _tr("PKL"),
        "UMKM": _tr("UMKM"),
        "PKH": _tr("PKH"),
    }.get(code, long_label)


def registration_status_text(status: Status, hub_rank: int | None = None) -> str:
    """A record's status as the worker list and the detail show it: an exported record the hub
    ranked over the city quota says so, with its place in the line."""
    if status is Status.EXPORTED and hub_rank is not None:
        return waiting_label(hub_rank)
    return status_label(status)


def waiting_label(rank: int) -> str:
    """``Menunggu kuota, peringkat 1.234``: the hub's waiting answer for one worker."""
    return _tr("Menunggu kuota, peringkat {rank}").format(rank=thousands(rank))


def rank_label(rank: int) -> str:
    """``Peringkat 1.234``: a waiting worker's place in the city's quota line (history)."""
    return _tr("Peringkat {rank}").format(rank=thousands(rank))


def rank_time_text(at: datetime) -> str:
    """When the hub ranked a waiting worker (a tooltip beside the rank)."""
    return _tr("Peringkat antrean kuota kota dari hub, per {when}").format(
        when=local_time(at, with_seconds=False)
    )


def city_quota_text(used: int, total: int, waiting: int, as_of: datetime) -> str:
    """The city's quota as the hub last counted it (the dashboard's quota panel)."""
    return _tr("Kuota kota: {used} dari {total}, {waiting} menunggu, per {when}").format(
        used=thousands(used),
        total=thousands(total),
        waiting=thousands(waiting),
        when=local_time(as_of, with_seconds=False),
    )


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


def short_month(month: int) -> str:
    """A month in three letters (``Agu``), for a chart's axis."""
    return (
        _tr("Jan"), _tr("Feb"), _tr("Mar"), _tr("Apr"), _tr("Mei"), _tr("Jun"),
        _tr("Jul"), _tr("Agu"), _tr("Sep"), _tr("Okt"), _tr("Nov"), _tr("Des"),
    )[month - 1]  # fmt: skip


def week_label(monday: date) -> str:
    """A week on a chart's axis by its first day: ``17 Nov``."""
    return _tr("{day} {month}").format(day=monday.day, month=short_month(monday.month))


def desil_label(desil: int) -> str:
    """``Desil 3``: one desil on a chart's axis."""
    return _tr("Desil {n}").format(n=desil)


def desil_band_label(low: int, high: int, priority: bool) -> str:
    """A band of desils in a chart's legend: ``Prioritas (desil 1–3)`` or ``Desil 4–5``."""
    band = f"{low}–{high}" if high > low else str(low)
    if priority:
        return _tr("Prioritas (desil {band})").format(band=band)
    return _tr("Desil {band}").format(band=band)
