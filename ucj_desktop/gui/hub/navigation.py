"""The hub desk's screens, their titles, hints and permissions (the office's navigation.py
says the same of the office window's)."""

from __future__ import annotations

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.navigation import ScreenSpec
from ucj_desktop.gui.text import translator

_tr = translator("hub_screens")


def hub_screen_specs() -> tuple[ScreenSpec, ...]:
    p = Permission
    return (
        ScreenSpec(
            "kantor",
            _tr("Kantor"),
            _tr("Laptop kantor, paket terakhir, paket hilang, kantor yang diam."),
        ),
        ScreenSpec(
            "paket",
            _tr("Paket masuk"),
            _tr("Terima batch kantor dari berkas atau flashdisk."),
            p.HUB_INGEST,
        ),
        ScreenSpec(
            "kuota", _tr("Kuota & prioritas"), _tr("Alokasi kursi, batas kuota dan antrean.")
        ),
        ScreenSpec(
            "bpjs",
            _tr("BPJS"),
            _tr("Berkas kolektif ke BPJS, berkas hasil, karantina."),
            p.HUB_CYCLE,
        ),
        ScreenSpec(
            "ack",
            _tr("Tanda terima"),
            _tr("Satu tanda terima per kantor ke folder."),
            p.HUB_CYCLE,
        ),
        ScreenSpec(
            "laporan",
            _tr("Laporan kota"),
            _tr("Kuota, iuran bulanan dan daftar peserta: kota dan per kantor."),
            p.REPORT_EXPORT,
        ),
        ScreenSpec("audit", _tr("Jejak Audit"), _tr("Jejak berantai hub."), p.AUDIT_VIEW),
    )
