"""The sentences for a refused sign-in and an action the officer's role does not allow."""

from __future__ import annotations

from collections.abc import Mapping

from ucj_desktop.gui.text import translate


def permission_text(values: Mapping[str, object]) -> str:
    what = {
        "officer.manage": translate("error_text", "Hanya admin yang dapat mengelola akun petugas."),
        "audit.view": translate("error_text", "Hanya admin yang dapat melihat jejak audit."),
        "audit.export": translate("error_text", "Hanya admin yang dapat mengekspor jejak audit."),
        "settings.change": translate("error_text", "Hanya admin yang dapat mengubah pengaturan."),
        "settings.import": translate(
            "error_text", "Hanya verifikator atau admin yang dapat mengimpor pengaturan program."
        ),
    }.get(str(values.get("permission", "")), "")
    base = translate("error_text", "Peran Anda tidak mengizinkan tindakan ini.")
    return f"{base} {what}".strip()


def auth_invalid_text(values: Mapping[str, object]) -> str:
    # The same sentence for an unknown name and a wrong password: names cannot be probed.
    return translate(
        "error_text",
        "Nama pengguna atau kata sandi salah. Setelah 5 kali salah berturut-turut, akun "
        "dikunci 15 menit.",
    )
