"""The hub desk's screens, their titles, hints and permissions (the office's navigation.py
says the same of the office window's)."""

from __future__ import annotations

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.navigation import ScreenSpec
from ucj_desktop.gui.text import translate


def hub_screen_specs() -> tuple[ScreenSpec, ...]:
    p = Permission
    return (
        ScreenSpec(
            "kantor",
            translate("hub_screens", "Kantor"),
            translate(
                "hub_screens", "Laptop kantor, paket terakhir, paket hilang, kantor yang diam."
            ),
        ),
        ScreenSpec(
            "paket",
            translate("hub_screens", "Paket masuk"),
            translate("hub_screens", "Terima batch kantor dari berkas atau flashdisk."),
            p.HUB_INGEST,
        ),
        ScreenSpec(
            "kuota",
            translate("hub_screens", "Kuota & prioritas"),
            translate("hub_screens", "Alokasi kursi, batas kuota dan antrean."),
        ),
        ScreenSpec(
            "bpjs",
            translate("hub_screens", "BPJS"),
            translate("hub_screens", "Berkas kolektif ke BPJS, berkas hasil, karantina."),
            p.HUB_CYCLE,
        ),
        ScreenSpec(
            "ack",
            translate("hub_screens", "Tanda terima"),
            translate("hub_screens", "Satu tanda terima per kantor ke folder."),
            p.HUB_CYCLE,
        ),
        ScreenSpec(
            "laporan",
            translate("hub_screens", "Laporan kota"),
            translate(
                "hub_screens", "Kuota, iuran bulanan dan daftar peserta: kota dan per kantor."
            ),
            p.REPORT_EXPORT,
        ),
        ScreenSpec(
            "audit",
            translate("hub_screens", "Jejak Audit"),
            translate("hub_screens", "Jejak berantai hub."),
            p.AUDIT_VIEW,
        ),
    )
