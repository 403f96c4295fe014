"""The hub's words: why a record came back to its office or waits (codes:
domain.allocation.Reason) and a record's state at the hub, for the hub desk, its reports and
the acks.

A returned record's words travel in the ack as the hub wrote them, in the programme's language
(``ack_words``: the ack record carries no code to say them again from, and the office shows
them as they are); the desk says them in the operator's. They name another office only by its
code, never a person.
"""

from __future__ import annotations

import re
from functools import cache

from ucj_desktop.domain.allocation import Reason
from ucj_desktop.wording.catalog import (
    PROGRAMME_LANGUAGE,
    QT_TRANSLATE_NOOP,
    in_language,
    translate,
)

REASON_WORDS: dict[Reason, str] = {
    Reason.NIK_INVALID: QT_TRANSLATE_NOOP(
        "hub_reasons", "NIK tidak valid (periksa 16 digit NIK pada KTP)"
    ),
    Reason.NIK_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "hub_reasons", "Tanggal lahir tidak sesuai dengan NIK"
    ),
    Reason.NIK_SEX: QT_TRANSLATE_NOOP("hub_reasons", "Jenis kelamin tidak sesuai dengan NIK"),
    Reason.DESIL: QT_TRANSLATE_NOOP("hub_reasons", "Desil DTSEN di luar rentang program"),
    Reason.NOT_VERIFIED: QT_TRANSLATE_NOOP("hub_reasons", "Belum diverifikasi oleh verifikator"),
    Reason.OTHER_CITY: QT_TRANSLATE_NOOP("hub_reasons", "Kelurahan domisili di luar Kota Bekasi"),
    Reason.COVERED: QT_TRANSLATE_NOOP(
        "hub_reasons", "Sudah menjadi peserta BPJS Ketenagakerjaan (daftar kepesertaan kota)"
    ),
    Reason.REGISTERED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "hub_reasons", "NIK sudah didaftarkan di kantor {office}"
    ),
    Reason.BPJS_REJECTED: QT_TRANSLATE_NOOP("hub_reasons", "Ditolak BPJS Ketenagakerjaan: {note}"),
}

# A record's state at the hub (hub_outcome.state; ``undecided`` before allocate), in the order
# the desk and the reports list them.
STATE_WORDS: dict[str, str] = {
    "undecided": QT_TRANSLATE_NOOP("hub_reasons", "Belum diputus"),
    "waiting": QT_TRANSLATE_NOOP("hub_reasons", "Menunggu kuota"),
    "allocated": QT_TRANSLATE_NOOP("hub_reasons", "Mendapat kursi"),
    "sent": QT_TRANSLATE_NOOP("hub_reasons", "Dikirim ke BPJS"),
    "enrolled": QT_TRANSLATE_NOOP("hub_reasons", "Terdaftar BPJS"),
    "returned": QT_TRANSLATE_NOOP("hub_reasons", "Dikembalikan"),
    "superseded": QT_TRANSLATE_NOOP("hub_reasons", "Digantikan kiriman baru"),
}


def state_words() -> dict[str, str]:
    """Every state's words in the thread's language, in STATE_WORDS's order."""
    return {state: translate("hub_reasons", words) for state, words in STATE_WORDS.items()}


# The same reasons without the office or the note they name (none known, or a summary).
UNNAMED_WORDS: dict[Reason, str] = {
    Reason.REGISTERED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "hub_reasons", "NIK sudah didaftarkan di kantor lain"
    ),
    Reason.BPJS_REJECTED: QT_TRANSLATE_NOOP("hub_reasons", "Ditolak BPJS Ketenagakerjaan"),
}


def returned_words(reason: str, *, office: str | None = None, note: str | None = None) -> str:
    """Why a record was returned, in the thread's language (the code when it is not one);
    without the office or BPJS's note it names, the sentence that does not name them."""
    try:
        code = Reason(reason)
    except ValueError:
        return reason
    named = (office if code is Reason.REGISTERED_ELSEWHERE else (note or "").strip()) or None
    if code in UNNAMED_WORDS and named is None:
        return translate("hub_reasons", UNNAMED_WORDS[code])
    return translate("hub_reasons", REASON_WORDS[code]).format(office=office, note=named)


def ack_words(reason: str, *, office: str | None = None, note: str | None = None) -> str:
    """The sentence an ack carries for a returned record: always in the programme's language,
    whatever the operator reads."""
    with in_language(PROGRAMME_LANGUAGE):
        return returned_words(reason, office=office, note=note)


def spoken_ack_words(words: str) -> str:
    """What an ack said (in the programme's language, as the hub wrote it) in the thread's
    language: a sentence of REASON_WORDS is said again in it, its office or BPJS's note kept
    as written; anything else (an older hub's words) as it came."""
    for template in (*UNNAMED_WORDS.values(), *REASON_WORDS.values()):
        found = _pattern(template).fullmatch(words.strip())
        if found:
            return translate("hub_reasons", template).format(**found.groupdict())
    return words


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+)" for i, part in enumerate(parts)
        )
    )
