"""The main window's navigation: which screens exist, their titles, hints and permissions."""

from __future__ import annotations

from dataclasses import dataclass

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.text import translate


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # stable id: tour file names, tests, shortcuts
    title: str
    hint: str
    permission: Permission | None = None  # None: every signed-in officer


def screen_specs() -> tuple[ScreenSpec, ...]:
    p = Permission
    return (
        ScreenSpec(
            "beranda",
            translate("screens", "Beranda"),
            translate("screens", "Ringkasan pendaftaran dan kuota kota."),
        ),
        ScreenSpec(
            "pendaftaran",
            translate("screens", "Pendaftaran"),
            translate("screens", "Daftarkan pekerja: ketik NIK, data DTSEN mengisi formulir."),
            p.REGISTRATION_CREATE,
        ),
        ScreenSpec(
            "pekerja",
            translate("screens", "Daftar Pekerja"),
            translate("screens", "Semua pendaftaran, cari menurut NIK atau nama."),
            p.REGISTRATION_VIEW,
        ),
        ScreenSpec(
            "verifikasi",
            translate("screens", "Verifikasi"),
            translate("screens", "Antrean pendaftaran yang menunggu pemeriksaan verifikator."),
            p.REGISTRATION_VERIFY,
        ),
        ScreenSpec(
            "sinkronisasi",
            translate("screens", "Sinkronisasi"),
            translate("screens", "Kirim batch ke hub kota dan impor tanda terima."),
            p.BATCH_EXPORT,
        ),
        ScreenSpec(
            "cetak",
            translate("screens", "Cetak Kartu"),
            translate("screens", "Kartu peserta dan sertifikat kepesertaan."),
            p.PRINT,
        ),
        ScreenSpec(
            "laporan",
            translate("screens", "Laporan"),
            translate("screens", "Kuota, rekap iuran bulanan dan daftar pekerja."),
            p.REPORT_EXPORT,
        ),
        ScreenSpec(
            "referensi",
            translate("screens", "Data Referensi"),
            translate("screens", "Impor DTSEN, daftar cakupan dan daftar calon peserta."),
            p.REFERENCE_IMPORT,
        ),
        ScreenSpec(
            "pengguna",
            translate("screens", "Pengguna"),
            translate("screens", "Akun petugas, peran dan kata sandi."),
            p.OFFICER_MANAGE,
        ),
        ScreenSpec(
            "audit",
            translate("screens", "Jejak Audit"),
            translate("screens", "Siapa melakukan apa, dan kapan."),
            p.AUDIT_VIEW,
        ),
        ScreenSpec(
            "cadangan",
            translate("screens", "Cadangan Data"),
            translate(
                "screens", "Salin seluruh data kantor ke flashdisk; pulihkan di komputer pengganti."
            ),
            p.BACKUP,
        ),
    )
