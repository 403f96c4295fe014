"""Words for the codes the domain returns (Indonesian source strings, English via Linguist)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.text import number as thousands
from ucj_desktop.gui.text import translate
from ucj_desktop.wording import formats
from ucj_desktop.wording.labels import status_words


def status_label(status: Status) -> str:
    """A registration's status in the officer's words (the one table: wording/labels)."""
    return status_words(status)


def field_label(name: str) -> str:
    """A field of a registration or of a reference file in the officer's words
    (``kk_number`` -> "No. KK", ``kelurahan_code`` -> "Kelurahan"); an unknown name as it is."""
    return {
        "nik": translate("labels", "NIK"),
        "kk_number": translate("labels", "No. KK"),
        "full_name": translate("labels", "Nama"),
        "birth_date": translate("labels", "Tanggal lahir"),
        "sex": translate("labels", "Jenis kelamin"),
        "phone": translate("labels", "Telepon"),
        "address": translate("labels", "Alamat"),
        "rt": translate("labels", "RT"),
        "rw": translate("labels", "RW"),
        "kelurahan_code": translate("labels", "Kelurahan"),  # the form's
        "kelurahan": translate("labels", "Kelurahan"),  # a reference file's
        "occupations": translate("labels", "Pekerjaan"),
        "declared_income": translate("labels", "Penghasilan"),
        "consent": translate("labels", "Persetujuan"),
        "desil": translate("labels", "Desil"),
        "scheme": translate("labels", "Skema"),
    }.get(name, name)


def occupation_short_label(code: str, long_label: str) -> str:
    """A category in the few words a list column has room for (``Ojek online``); a category
    without short words keeps its ``long_label``."""
    return {
        "OJOL": translate("labels", "Ojek online"),
        "OJEK_PANGKALAN": translate("labels", "Ojek pangkalan"),
        "ORGANDA": translate("labels", "Organda"),
        "PKL": translate("labels", "PKL"),
        "UMKM": translate("labels", "UMKM"),
        "PKH": translate("labels", "PKH"),
    }.get(code, long_label)


def registration_status_text(status: Status, hub_rank: int | None = None) -> str:
    """A record's status as the worker list and the detail show it: an exported record the hub
    ranked over the city quota says so, with its place in the line."""
    if status is Status.EXPORTED and hub_rank is not None:
        return waiting_label(hub_rank)
    return status_label(status)


def waiting_label(rank: int) -> str:
    """``Menunggu kuota, peringkat 1.234``: the hub's waiting answer for one worker."""
    return translate("labels", "Menunggu kuota, peringkat {rank}").format(rank=thousands(rank))


def rank_label(rank: int) -> str:
    """``Peringkat 1.234``: a waiting worker's place in the city's quota line (history)."""
    return translate("labels", "Peringkat {rank}").format(rank=thousands(rank))


def rank_time_text(at: datetime) -> str:
    """When the hub ranked a waiting worker (a tooltip beside the rank)."""
    return translate("labels", "Peringkat antrean kuota kota dari hub, per {when}").format(
        when=local_time(at, with_seconds=False)
    )


def city_quota_text(used: int, total: int, waiting: int, as_of: datetime) -> str:
    """The city's quota as the hub last counted it (the dashboard's quota panel)."""
    return translate(
        "labels", "Kuota kota: {used} dari {total}, {waiting} menunggu, per {when}"
    ).format(
        used=thousands(used),
        total=thousands(total),
        waiting=thousands(waiting),
        when=local_time(as_of, with_seconds=False),
    )


def role_label(role: Role) -> str:
    return {
        Role.PETUGAS: translate("roles", "Petugas"),
        Role.VERIFIKATOR: translate("roles", "Verifikator"),
        Role.ADMIN: translate("roles", "Admin"),
    }[role]


def roles_text(roles: Iterable[Role]) -> str:
    """Roles in a fixed order (petugas, verifikator, admin), whatever order they came in."""
    present = set(roles)
    return ", ".join(role_label(r) for r in Role if r in present)


# Dates and moments on screen are written as the reports write them (wording/formats.py:
# 05-03-2026 in Indonesian, 05/03/2026 in English), in the officer's language when shown.


def _here(at: datetime) -> datetime:
    """``at`` in this computer's time zone (the store keeps UTC; a naive value is UTC)."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone()


def local_time(at: datetime, with_seconds: bool = True) -> str:
    """A moment's date and time in this computer's time zone: ``05-03-2026 14:30[:05]``."""
    return formats.date_time(_here(at), seconds=with_seconds)


def local_date(at: datetime) -> str:
    """A moment's date in this computer's time zone: ``05-03-2026`` / ``05/03/2026``."""
    return formats.date(_here(at))


def local_clock(at: datetime) -> str:
    """A moment's time alone in this computer's time zone: ``14:30``."""
    return formats.time_of_day(_here(at))


def day_text(day: date) -> str:
    """A calendar day (a birth date, a coverage end): ``05-03-2026`` / ``05/03/2026``."""
    return formats.date(day)


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
    months = (
        translate("labels", "Jan"),
        translate("labels", "Feb"),
        translate("labels", "Mar"),
        translate("labels", "Apr"),
        translate("labels", "Mei"),
        translate("labels", "Jun"),
        translate("labels", "Jul"),
        translate("labels", "Agu"),
        translate("labels", "Sep"),
        translate("labels", "Okt"),
        translate("labels", "Nov"),
        translate("labels", "Des"),
    )
    return months[month - 1]


def week_label(monday: date) -> str:
    """A week on a chart's axis by its first day: ``17 Nov``."""
    return translate("labels", "{day} {month}").format(
        day=monday.day, month=short_month(monday.month)
    )


def desil_label(desil: int) -> str:
    """``Desil 3``: one desil on a chart's axis."""
    return translate("labels", "Desil {n}").format(n=desil)


def desil_band_label(low: int, high: int, priority: bool) -> str:
    """A band of desils in a chart's legend: ``Prioritas (desil 1–3)`` or ``Desil 4–5``."""
    band = f"{low}–{high}" if high > low else str(low)
    if priority:
        return translate("labels", "Prioritas (desil {band})").format(band=band)
    return translate("labels", "Desil {band}").format(band=band)
