"""Indonesian sentences for storage problems shown at start-up (never a traceback)."""

from __future__ import annotations

from ucj_desktop.gui.text import translator
from ucj_desktop.store.errors import Problem, StoreError

_tr = translator("messages")


def store_problem_text(error: StoreError) -> str:
    texts = {
        Problem.NOT_INITIALISED: _tr(
            "Belum ada data kantor di folder ini. Minta admin menjalankan penyiapan awal "
            "(ucj init)."
        ),
        Problem.ALREADY_INITIALISED: _tr("Data kantor sudah ada di folder ini."),
        Problem.KEYRING_UNAVAILABLE: _tr(
            "Brankas kunci sistem (keyring) tidak tersedia, jadi kunci data tidak dapat "
            "disimpan dengan aman. Aktifkan Windows Credential Manager / Keychain / GNOME "
            "Keyring, lalu buka aplikasi lagi."
        ),
        Problem.KEY_MISSING: _tr(
            "Kunci data tidak ada di komputer ini. Admin dapat memulihkannya dengan kode "
            "pemulihan yang dicetak saat penyiapan (ucj recover)."
        ),
        Problem.WRONG_KEY: _tr(
            "Kunci di komputer ini bukan kunci data kantor ini. Pulihkan dengan kode "
            "pemulihan milik data ini (ucj recover)."
        ),
        Problem.CORRUPT: _tr(
            "Berkas data rusak. Hubungi admin untuk memulihkan dari cadangan terakhir."
        ),
        Problem.IO_ERROR: _tr(
            "Disk tidak dapat dibaca atau ditulisi. Periksa disk dan ruang kosongnya, lalu "
            "minta admin menjalankan pemeriksaan data (ucj check). Jangan memulihkan cadangan "
            "kecuali pemeriksaan menemukan kerusakan."
        ),
        Problem.READ_ONLY: _tr(
            "Folder data tidak dapat ditulisi (hanya-baca). Pindahkan data ke folder yang "
            "dapat ditulisi atau minta admin memperbaiki izin folder."
        ),
        Problem.DISK_FULL: _tr("Disk penuh. Kosongkan ruang disk lalu coba lagi."),
        Problem.LOCKED: _tr("Data sedang dipakai program lain. Tutup program itu lalu coba lagi."),
        Problem.CANNOT_OPEN: _tr("Berkas data tidak dapat dibuka."),
        Problem.MANIFEST_INVALID: _tr("Berkas keterangan data (store.json) rusak. Hubungi admin."),
        Problem.SCHEMA_TOO_NEW: _tr(
            "Data ini dibuat oleh versi UCJ Desktop yang lebih baru. Pasang versi terbaru."
        ),
        Problem.RECOVERY_CODE_INVALID: _tr("Kode pemulihan tidak sah. Periksa kembali."),
        Problem.RECOVERY_CODE_WRONG_STORE: _tr("Kode pemulihan ini milik data kantor lain."),
    }
    return texts.get(error.problem, error.problem.value)
