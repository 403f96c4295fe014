"""Words of the Cetak Kartu screen: what the queue shows, what a print run will put on paper,
and what became of it. Kept in the screen's translation context ("PrintScreen")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir

from ucj_desktop.gui.text import number as thousands
from ucj_desktop.gui.text import translate
from ucj_desktop.printing.cards import CARDS_PER_SHEET

if TYPE_CHECKING:
    from ucj_desktop.services.card_printing import PrintRun


def _scope_words(scope: str) -> tuple[str, str]:
    """A scope of the queue (card_printing.SCOPES): its name in the scope box, and why its
    list may be empty."""
    return {
        "waiting": (
            translate("PrintScreen", "Menunggu dicetak"),
            translate(
                "PrintScreen",
                "Tidak ada kartu yang menunggu dicetak. Kartu baru muncul di sini setelah tanda "
                "terima dari hub diimpor (Sinkronisasi).",
            ),
        ),
        "not_handed": (
            translate("PrintScreen", "Dicetak, belum diserahkan"),
            translate("PrintScreen", "Semua kartu yang sudah dicetak telah diserahkan."),
        ),
        "all": (
            translate("PrintScreen", "Semua peserta terdaftar"),
            translate("PrintScreen", "Belum ada pekerja yang terdaftar di BPJS Ketenagakerjaan."),
        ),
    }[scope]


def scope_label(scope: str) -> str:
    return _scope_words(scope)[0]


def layout_label(layout: str) -> str:
    """A card layout (card_printing.LAYOUTS) as the layout box lists it."""
    if layout == "single":
        return translate("PrintScreen", "Satu kartu per halaman (printer kartu)")
    return translate("PrintScreen", "Lembar A4, 10 kartu")


def count_text(shown: int, total: int, selected: int) -> str:
    """The line beside the search box: how many workers are listed, and chosen."""
    if shown == total:
        text = translate("PrintScreen", "{n} pekerja").format(n=thousands(total))
    else:
        text = translate("PrintScreen", "{shown} dari {total} pekerja").format(
            shown=thousands(shown), total=thousands(total)
        )
    if selected:
        text += " · " + translate("PrintScreen", "{n} dipilih").format(n=thousands(selected))
    return text


def empty_text(scope: str, searched: bool) -> str:
    """Why the list of ``scope`` is empty (``searched``: rows are there, none match)."""
    if searched:
        return translate("PrintScreen", "Tidak ada yang cocok dengan pencarian.")
    return _scope_words(scope)[1]


def kind_text(kind: str) -> str:
    """What a run of ``kind`` ("cards" or "certificates") prints, as a counted noun."""
    return (
        translate("PrintScreen", "kartu")
        if kind == "cards"
        else translate("PrintScreen", "sertifikat")
    )


def run_summary(run: PrintRun, reason: str) -> str:
    """What the preview says the run will put on paper, and how to feed the printer."""
    n = thousands(run.count)
    if run.kind == "certificates":
        text = translate("PrintScreen", "{n} sertifikat, satu halaman A4 per pekerja.").format(n=n)
    elif run.layout == "single":
        text = translate(
            "PrintScreen",
            "{n} kartu, satu kartu per halaman (depan, lalu belakang) untuk printer kartu "
            "ID-1 dua sisi.",
        ).format(n=n)
    else:
        sheets = -(-run.count // CARDS_PER_SHEET)
        text = translate(
            "PrintScreen",
            "{n} kartu pada {sheets} lembar A4: tiap lembar depan diikuti lembar belakang. "
            "Cetak dua sisi, balik pada sisi panjang, lalu potong pada tanda potong.",
        ).format(n=n, sheets=thousands(sheets))
    if run.reprints:
        text += " " + translate("PrintScreen", "{r} di antaranya cetak ulang ({reason}).").format(
            r=thousands(len(run.reprints)), reason=reason
        )
    return text


def recorded_text(run: PrintRun, destination: str, path: Path | None) -> tuple[str, str]:
    """Title and detail once a run went to the printer or into a PDF at ``path``, and was
    recorded; for cards, how to record the hand-over that comes next."""
    what = kind_text(run.kind)
    if destination == "pdf" and path is not None:
        title = translate("PrintScreen", "{n} {what} disimpan sebagai PDF").format(
            n=thousands(run.count), what=what
        )
        detail = translate("PrintScreen", "Berkas: {path}.").format(
            path=QDir.toNativeSeparators(str(path))
        )
    else:
        title = translate("PrintScreen", "{n} {what} dikirim ke printer").format(
            n=thousands(run.count), what=what
        )
        detail = ""
    if run.kind == "cards":
        detail = (
            detail
            + " "
            + translate(
                "PrintScreen",
                "Setelah kartu diterima pesertanya, pilih barisnya di “Dicetak, belum "
                "diserahkan” lalu tekan “Tandai diserahkan”.",
            )
        ).strip()
    return title, detail
