"""The hub's words to a registrar, for why a record came back or waits (codes:
domain.allocation.Reason). They travel in the ack as the hub wrote them (Indonesian: the
office shows them as they are), and name another office only by its code, never a person.
"""

from __future__ import annotations

from ucj_desktop.domain.allocation import Reason

REASON_WORDS: dict[Reason, str] = {
    Reason.NIK_INVALID: "NIK tidak valid (periksa 16 digit NIK pada KTP)",
    Reason.NIK_BIRTH_DATE: "Tanggal lahir tidak sesuai dengan NIK",
    Reason.NIK_SEX: "Jenis kelamin tidak sesuai dengan NIK",
    Reason.DESIL: "Desil DTSEN di luar rentang program",
    Reason.NOT_VERIFIED: "Belum diverifikasi oleh verifikator",
    Reason.OTHER_CITY: "Kelurahan domisili di luar Kota Bekasi",
    Reason.COVERED: "Sudah menjadi peserta BPJS Ketenagakerjaan (daftar kepesertaan kota)",
    Reason.REGISTERED_ELSEWHERE: "NIK sudah didaftarkan di kantor {office}",
    Reason.BPJS_REJECTED: "Ditolak BPJS Ketenagakerjaan: {note}",
}


def returned_words(reason: str, *, office: str | None = None, note: str | None = None) -> str:
    """The sentence an ack carries for a returned record."""
    try:
        template = REASON_WORDS[Reason(reason)]
    except ValueError:
        return reason
    return template.format(office=office or "lain", note=(note or "tanpa keterangan").strip())
