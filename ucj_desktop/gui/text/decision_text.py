"""Words for the errors a verification decision meets (registration.* codes)."""

from __future__ import annotations

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.error_text import error_text


def _decision_templates() -> dict[str, str]:
    # registration.* codes are worded here: only the verification screen meets them.
    return {
        "registration.own_record": translate(
            "verification_screen",
            "Anda sendiri yang mendaftarkan atau mengajukan pendaftaran ini, jadi Anda tidak "
            "dapat memverifikasinya. Minta verifikator lain memeriksanya.",
        ),
        "registration.reason_note_required": translate(
            "verification_screen",
            "Alasan “Lainnya” wajib disertai keterangan untuk petugas pendaftar.",
        ),
        "registration.reason_unknown": translate(
            "verification_screen", "Pilih alasan penolakan dari daftar."
        ),
        "registration.unknown": translate(
            "verification_screen",
            "Pendaftaran ini tidak ditemukan lagi. Antrean sudah dimuat ulang.",
        ),
        "status.illegal": translate(
            "verification_screen",
            "Pendaftaran ini sudah tidak menunggu verifikasi (mungkin sudah diputuskan "
            "verifikator lain). Antrean sudah dimuat ulang.",
        ),
    }


def decision_error_text(exc: BaseException) -> str:
    """The sentence for an error a verification decision raised."""
    if isinstance(exc, DomainError):
        template = _decision_templates().get(exc.code)
        if template is not None:
            return template
    return error_text(exc)
