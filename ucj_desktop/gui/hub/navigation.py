"""The hub desk's screens, their titles, hints and permissions (the office's navigation.py
says the same of the office window's)."""

from __future__ import annotations

from ucj_desktop.domain.hub_watch import SILENT_AFTER_DAYS
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


def page_heading(key: str) -> tuple[str, str]:
    """The title of the hub screen ``key`` and the sentence or two under it, as its page
    shows them (``HubScreen.build``)."""
    return {
        "kantor": (
            translate("hub_screens", "Kantor"),
            translate(
                "hub_screens",
                "Laptop kantor yang dipercaya hub, paket terakhirnya, nomor paket yang belum "
                "sampai, dan berapa hari kantor tidak mengirim (merah mulai {n} hari).",
            ).format(n=SILENT_AFTER_DAYS),
        ),
        "paket": (
            translate("hub_screens", "Paket masuk"),
            translate(
                "hub_screens",
                "Terima batch kantor dari berkas .ucjsync atau dari folder flashdisk. Setiap "
                "paket diperiksa tanda tangannya dan diterima utuh atau ditolak dengan alasannya; "
                "paket yang sama dua kali tidak mengubah apa pun.",
            ),
        ),
        "kuota": (
            translate("hub_screens", "Kuota & prioritas"),
            translate(
                "hub_screens",
                "Alokasi menutup siklus: setiap data yang belum diputus diputus dari semua yang "
                "sudah diterima, kursi diberikan menurut urutan prioritas, sisanya menunggu "
                "dengan peringkat.",
            ),
        ),
        "bpjs": (
            translate("hub_screens", "BPJS"),
            translate(
                "hub_screens",
                "Kirim pekerja yang mendapat kursi ke BPJS Ketenagakerjaan dalam berkas kolektif, "
                "lalu baca berkas hasilnya: KPJ mendaftarkan pekerja, penolakan mengembalikan "
                "datanya ke kantor dan membebaskan kursinya.",
            ),
        ),
        "ack": (
            translate("hub_screens", "Tanda terima (ack)"),
            translate(
                "hub_screens",
                "Satu tanda terima per kantor, ditandatangani hub dan disegel untuk laptop "
                "kantornya: KPJ yang terbit, data yang dikembalikan beserta alasannya, peringkat "
                "antrean yang berubah, dan kuota kota.",
            ),
        ),
        "laporan": (
            translate("hub_screens", "Laporan kota"),
            translate(
                "hub_screens",
                "Laporan kuota, rekap iuran bulanan dan daftar peserta, untuk seluruh kota atau "
                "satu kantor. Yang tampil di tabel adalah isi berkas yang disimpan; NIK selalu "
                "disamarkan.",
            ),
        ),
        "audit": (
            translate("hub_screens", "Jejak audit hub"),
            translate(
                "hub_screens",
                "Setiap penerimaan, alokasi, berkas BPJS, tanda terima dan laporan hub, siapa "
                "yang menjalankannya, dan kapan. Jejak ini berantai: mengubah satu kejadian "
                "memutus rantainya.",
            ),
        ),
    }[key]
