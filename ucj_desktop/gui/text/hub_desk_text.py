"""The hub desk's words (``ucj-desktop --hub``): a record's state at the hub, why a worker
waits, where a NIK stands, an office gone silent, one package's result. The hub's error codes
are in hub_text.py (joined into error_text's tables); the reasons the hub returns a record
for are wording/hub_reasons.py's, the words the office reads in its ack."""

from __future__ import annotations

from collections.abc import Mapping

from ucj_desktop.domain.hub_watch import WaitReason
from ucj_desktop.gui.text import number as thousands
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.hub.desk_views import NikStanding
from ucj_desktop.hub.ingest_store import Ingested, Refused, Result
from ucj_desktop.wording.hub_reasons import returned_words, state_words


def state_text(state: str | None) -> str:
    return state_words().get(state or "undecided", state or "")


def wait_reason_text(reason: WaitReason) -> str:
    return {
        WaitReason.QUOTA_FULL: translate("hub_desk_text", "Kursi habis saat diputus"),
        WaitReason.OUTSIDE_PRIORITY: translate("hub_desk_text", "Di luar desil prioritas"),
        WaitReason.VERIFIED_LATER: translate("hub_desk_text", "Verifikasi sesudah batas"),
    }[reason]


def priority_text(priority: bool, desil_max: int) -> str:
    """``Prioritas (desil 1–3)`` or ``Biasa``."""
    return (
        translate("hub_desk_text", "Prioritas (desil 1–{max})").format(max=desil_max)
        if priority
        else translate("hub_desk_text", "Biasa")
    )


def returned_reason_text(code: str) -> str:
    """Why the hub returned records, as the office reads it (without a named office or note)."""
    return returned_words(code)


def standing_text(standing: tuple[NikStanding, ...]) -> str:
    """Where a NIK of a quarantined BPJS line stands at the hub."""
    if not standing:
        return translate("hub_desk_text", "NIK ini tidak pernah diterima hub")
    parts = []
    for s in standing:
        where = state_text(s.state)
        if s.bpjs_file is not None:
            where = translate("hub_desk_text", "{state}, berkas BPJS {file}").format(
                state=where, file=s.bpjs_file
            )
        parts.append(
            translate("hub_desk_text", "{office}: {state}").format(
                office=s.office_code, state=where
            )
        )
    return "; ".join(parts)


def silent_text(days: int) -> str:
    if days == 0:
        return translate("hub_desk_text", "hari ini")
    return translate("hub_desk_text", "{n} hari").format(n=thousands(days))


def gaps_text(gaps: tuple[int, ...], shown: int = 6) -> str:
    """``2, 5, 9`` (and how many more): the batch numbers still missing."""
    if not gaps:
        return "—"
    text = ", ".join(str(g) for g in gaps[:shown])
    if len(gaps) > shown:
        text += " " + translate("hub_desk_text", "dan {n} lagi").format(n=len(gaps) - shown)
    return text


def result_text(result: Result) -> str:
    """What became of one package file: taken, already received, or refused and why."""
    if isinstance(result, Refused):
        return translate("hub_desk_text", "Ditolak: {reason}").format(
            reason=error_text(result.error)
        )
    assert isinstance(result, Ingested)
    if result.already:
        return translate("hub_desk_text", "Sudah pernah diterima; tidak ada yang berubah")
    text = translate("hub_desk_text", "Diterima: {n} data").format(n=thousands(result.records))
    if result.unfit:
        text += " " + translate("hub_desk_text", "({n} akan dikembalikan)").format(
            n=thousands(result.unfit)
        )
    if result.gaps:
        text += ". " + translate(
            "hub_desk_text", "Masih hilang dari laptop ini: paket {gaps}"
        ).format(gaps=gaps_text(result.gaps))
    return text


def counts_text(counts: Mapping[str, int]) -> str:
    """``Terdaftar BPJS 40 · Dikembalikan 2``: counts by state, in the states' order."""
    words = state_words()
    return " · ".join(
        f"{words[s]} {thousands(counts[s])}" for s in words if counts.get(s)
    ) or translate("hub_desk_text", "belum ada")
