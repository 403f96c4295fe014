"""The main window's navigation: which screens exist, their titles, hints and permissions."""

from __future__ import annotations

from dataclasses import dataclass

from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.text import translator

_tr = translator("screens")


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # stable id: tour file names, tests, shortcuts
    title: str
    hint: str
    permission: Permission | None = None  # None: every signed-in officer


def screen_specs() -> tuple[ScreenSpec, ...]:
    p = Permission
    return (
        ScreenSpec("beranda", _tr("Beranda"), _tr("Ringkasan pendaftaran dan kuota kota.")),
        ScreenSpec(
            "pendaftaran",
            _tr("Pendaftaran"),
            _tr("Daftarkan pekerja: ketik NIK, data DTSEN mengisi formulir."),
            p.REGISTRATION_CREATE,
        ),
        ScreenSpec(
            "pekerja",
            _tr("Daftar Pekerja"),
            _tr("Semua pendaftaran, cari menurut NIK atau nama."),
            p.REGISTRATION_VIEW,
        ),
        ScreenSpec(
            "verifikasi",
            _tr("Verifikasi"),
            _tr("Antrean pendaftaran yang menunggu pemeriksaan verifikator."),
            p.REGISTRATION_VERIFY,
        ),
        ScreenSpec(
            "sinkronisasi",
            _tr("Sinkronisasi"),
            _tr("Kirim batch ke hub kota dan impor tanda terima."),
            p.BATCH_EXPORT,
        ),
        ScreenSpec(
            "cetak", _tr("Cetak Kartu"), _tr("Kartu peserta dan sertifikat kepesertaan."), p.PRINT
        ),
        ScreenSpec(
            "laporan",
            _tr("Laporan"),
            _tr("Kuota, rekap iuran bulanan dan daftar pekerja."),
            p.REPORT_EXPORT,
        ),
        ScreenSpec(
            "referensi",
            _tr("Data Referensi"),
            _tr("Impor DTSEN, daftar cakupan dan daftar calon peserta."),
            p.REFERENCE_IMPORT,
        ),
        ScreenSpec(
            "pengguna",
            _tr("Pengguna"),
            _tr("Akun petugas, peran dan kata sandi."),
            p.OFFICER_MANAGE,
        ),
        ScreenSpec(
            "audit", _tr("Jejak Audit"), _tr("Siapa melakukan apa, dan kapan."), p.AUDIT_VIEW
        ),
        ScreenSpec(
            "cadangan",
            _tr("Cadangan Data"),
            _tr("Salin seluruh data kantor ke flashdisk; pulihkan di komputer pengganti."),
            p.BACKUP,
        ),
    )
