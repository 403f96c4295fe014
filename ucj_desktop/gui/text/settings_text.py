"""Words for the programme settings the hub distributes: which version is in force here since
when (the registration form's eligibility panel, the Sinkronisasi screen), an office behind
the hub, and what an import did."""

from __future__ import annotations

from datetime import UTC, datetime

from ucj_desktop.gui.text import translator
from ucj_desktop.services.settings import RulesInForce

_tr = translator("settings_text")


def local_date(at: datetime) -> str:
    """dd-mm-yyyy in this computer's time zone (the store keeps UTC)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d-%m-%Y")


def rules_line(rules: RulesInForce) -> str:
    """ "Aturan program versi 3 (berlaku sejak 05-12-2026)"."""
    return _tr("Aturan program versi {version} (berlaku sejak {date})").format(
        version=rules.version, date=local_date(rules.since)
    )


def behind_text(rules: RulesInForce) -> str:
    """The office judges by older settings than the hub's: what to do about it."""
    return _tr(
        "Pengaturan program di kantor ini versi {version}; hub memakai versi {hub}: impor "
        "paket pengaturan terbaru."
    ).format(version=rules.version, hub=rules.hub_version)


def in_force_detail(rules: RulesInForce) -> str:
    """Under the version on the Sinkronisasi screen's card."""
    since = _tr("Berlaku sejak {date}.").format(date=local_date(rules.since))
    if rules.behind:
        return f"{since} {behind_text(rules)}"
    if rules.hub_version is None:
        return f"{since} " + _tr("Paket pengaturan dari hub diimpor di sini.")
    return f"{since} " + _tr("Sama dengan versi yang dipakai hub.")


def version_text(version: int) -> str:
    return _tr("Versi {version}").format(version=version)


def imported_title(version: int, previous: int) -> str:
    return _tr("Pengaturan program versi {version} berlaku (sebelumnya versi {previous})").format(
        version=version, previous=previous
    )


def imported_detail(changed: tuple[str, ...]) -> str:
    """Which settings changed, by their keys (the hub's words for them)."""
    if not changed:
        return _tr("Hanya nomor versinya yang berubah. Pendaftaran baru dinilai dengan versi ini.")
    return _tr(
        "Yang berubah: {names}. Pendaftaran yang sudah dinilai tetap mencatat versi lamanya; "
        "penilaian berikutnya memakai versi ini."
    ).format(names=", ".join(changed))
