"""Words for the programme settings the hub distributes: which version is in force here since
when (the registration form's eligibility panel, the Sinkronisasi screen), an office behind
the hub, and what an import did."""

from __future__ import annotations

from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import local_date
from ucj_desktop.services.settings import RulesInForce


def rules_line(rules: RulesInForce) -> str:
    """ "Aturan program versi 3 (berlaku sejak 05-12-2026)"."""
    return translate(
        "settings_text", "Aturan program versi {version} (berlaku sejak {date})"
    ).format(version=rules.version, date=local_date(rules.since))


def behind_text(rules: RulesInForce) -> str:
    """The office judges by older settings than the hub's: what to do about it."""
    return translate(
        "settings_text",
        "Pengaturan program di kantor ini versi {version}; hub memakai versi {hub}: impor "
        "paket pengaturan terbaru.",
    ).format(version=rules.version, hub=rules.hub_version)


def in_force_detail(rules: RulesInForce) -> str:
    """Under the version on the Sinkronisasi screen's card."""
    since = translate("settings_text", "Berlaku sejak {date}.").format(date=local_date(rules.since))
    if rules.behind:
        return f"{since} {behind_text(rules)}"
    if rules.hub_version is None:
        return f"{since} " + translate(
            "settings_text", "Paket pengaturan dari hub diimpor di sini."
        )
    return f"{since} " + translate("settings_text", "Sama dengan versi yang dipakai hub.")


def version_text(version: int) -> str:
    return translate("settings_text", "Versi {version}").format(version=version)


def imported_title(version: int, previous: int) -> str:
    return translate(
        "settings_text", "Pengaturan program versi {version} berlaku (sebelumnya versi {previous})"
    ).format(version=version, previous=previous)


def imported_detail(changed: tuple[str, ...]) -> str:
    """Which settings changed, by their keys (the hub's words for them)."""
    if not changed:
        return translate(
            "settings_text",
            "Hanya nomor versinya yang berubah. Pendaftaran baru dinilai dengan versi ini.",
        )
    return translate(
        "settings_text",
        "Yang berubah: {names}. Pendaftaran yang sudah dinilai tetap mencatat versi lamanya; "
        "penilaian berikutnya memakai versi ini.",
    ).format(names=", ".join(changed))
