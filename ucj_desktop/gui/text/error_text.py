"""One clear Indonesian sentence for an error a service raised (never a traceback or a repr).

Services and the domain raise codes (``DomainError.code``, ``PasswordPolicyError.code``); this
module is where those codes become words, through Qt Linguist like every other GUI string.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.text import fill, translator
from ucj_desktop.gui.text.bpjs_text import BPJS_BUILDERS, bpjs_templates
from ucj_desktop.gui.text.hub_text import hub_templates
from ucj_desktop.gui.text.messages import store_problem_text
from ucj_desktop.security.password_policy import PasswordPolicyError
from ucj_desktop.store.errors import StoreError, as_store_error

# What a screen catches around a service call and shows with error_text(); anything else is a
# bug and goes to the application's exception hook (logged, one generic sentence).
EXPECTED_ERRORS: tuple[type[Exception], ...] = (
    DomainError,
    PasswordPolicyError,
    StoreError,
    OSError,
)


_tr = translator("error_text")


def _permission_text(values: Mapping[str, object]) -> str:
    what = {
        "officer.manage": _tr("Hanya admin yang dapat mengelola akun petugas."),
        "audit.view": _tr("Hanya admin yang dapat melihat jejak audit."),
        "audit.export": _tr("Hanya admin yang dapat mengekspor jejak audit."),
        "settings.change": _tr("Hanya admin yang dapat mengubah pengaturan."),
        "settings.import": _tr(
            "Hanya verifikator atau admin yang dapat mengimpor pengaturan program."
        ),
    }.get(str(values.get("permission", "")), "")
    base = _tr("Peran Anda tidak mengizinkan tindakan ini.")
    return f"{base} {what}".strip()


def _auth_invalid_text(values: Mapping[str, object]) -> str:
    # The same sentence for an unknown name and a wrong password: names cannot be probed.
    return _tr(
        "Nama pengguna atau kata sandi salah. Setelah 5 kali salah berturut-turut, akun "
        "dikunci 15 menit."
    )


def _templates() -> dict[str, str]:
    return {
        "auth.locked": _tr(
            "Akun dikunci karena terlalu banyak percobaan yang gagal. "
            "Coba lagi dalam {minutes} menit atau minta admin mengatur ulang kata sandi."
        ),
        "auth.disabled": _tr("Akun ini dinonaktifkan. Hubungi admin kantor."),
        "auth.must_change_password": _tr(
            "Ganti dulu kata sandi sementara Anda sebelum melanjutkan."
        ),
        "officer.exists": _tr(
            "Nama pengguna sudah dipakai petugas lain. Pilih nama pengguna yang lain."
        ),
        "officer.unknown": _tr(
            "Petugas dengan nama pengguna itu tidak ditemukan. Muat ulang daftar lalu coba lagi."
        ),
        "officer.cannot_disable_self": _tr(
            "Anda tidak dapat menonaktifkan akun Anda sendiri. "
            "Minta admin lain melakukannya bila perlu."
        ),
        "officer.last_admin": _tr(
            "Harus tetap ada minimal satu admin aktif. "
            "Tambahkan atau aktifkan admin lain terlebih dahulu."
        ),
        "officer.full_name_empty": _tr("Nama lengkap wajib diisi."),
        "username.invalid": _tr(
            "Nama pengguna tidak sah: 3–32 karakter berupa huruf kecil, angka, titik, "
            "garis bawah atau tanda hubung, diawali huruf atau angka."
        ),
        "role.none": _tr("Peran: pilih minimal satu peran."),
        "role.unknown": _tr("Peran “{role}” tidak dikenal."),
        "password.too_short": _tr("Kata sandi terlalu pendek: minimal {minimum} karakter."),
        "password.too_long": _tr("Kata sandi terlalu panjang: maksimal {maximum} karakter."),
        "password.surrounding_space": _tr(
            "Kata sandi tidak boleh diawali atau diakhiri dengan spasi."
        ),
        "password.unchanged": _tr("Kata sandi baru harus berbeda dari kata sandi lama."),
        "settings.idle_lock_range": _tr(
            "Kunci otomatis saat tidak dipakai: isi antara {min} dan {max} menit."
        ),
        "auth.session_ended": _tr(
            "Akun Anda telah dinonaktifkan atau diubah oleh admin. Keluar lalu masuk lagi."
        ),
        "search.too_short": _tr("Ketik minimal {minimum} huruf untuk mencari nama."),
        "import.cancelled": _tr("Impor dibatalkan. Data sebelumnya tidak berubah."),
        "file.not_found": _tr("Berkas tidak ditemukan."),
        "file.empty": _tr("Berkas kosong (0 byte). Tidak ada yang diubah."),
        "file.binary": _tr("Ini bukan berkas CSV atau XLSX. Tidak ada yang diubah."),
        "file.no_header": _tr("Berkas tidak punya baris judul kolom. Tidak ada yang diubah."),
        "file.no_rows": _tr("Berkas hanya berisi judul kolom, tanpa data. Tidak ada yang diubah."),
        "file.encoding": _tr(
            "Baris {line} bukan teks UTF-8 atau Windows-1252. Simpan ulang berkas sebagai CSV "
            "UTF-8."
        ),
        "csv.malformed": _tr("Baris {line} bukan CSV yang sah. Tidak ada yang diubah."),
        "xlsx.unreadable": _tr(
            "Berkas XLSX rusak atau terpotong. Simpan ulang dari Excel lalu coba lagi."
        ),
        "xlsx.too_many_rows": _tr(
            "Lembar kerja melewati baris {maximum}, baris terakhir Excel (baris kosong ikut "
            "dihitung): berkas ini bukan simpanan Excel. Tidak ada yang diubah."
        ),
        "xlsx.shared_strings_too_large": _tr(
            "Tabel teks di dalam berkas XLSX membesar menjadi {megabytes} MB, jauh melebihi "
            "ekstrak mana pun: berkas rusak atau berbahaya. Tidak ada yang diubah."
        ),
        "file.header_too_long": _tr(
            "Baris 1 lebih panjang dari {maximum} karakter: bukan baris judul kolom. "
            "Apakah ini berkas CSV?"
        ),
        "file.too_many_columns": _tr(
            "Judul kolom berisi {found} kolom, lebih dari {maximum}: bukan judul kolom ekstrak."
        ),
        "columns.missing": _tr(
            "Kolom wajib tidak ditemukan: {missing}. Pilih kolomnya di pemetaan kolom."
        ),
        "columns.duplicate": _tr(
            "Dua kolom cocok untuk {field}: {columns}. Pilih satu di pemetaan kolom."
        ),
        "import.reader_failed": _tr("Pembaca berkas berhenti mendadak. Tidak ada yang diubah."),
        "import.report_unwritable": _tr(
            "Laporan baris yang ditolak tidak dapat ditulis, baik di folder berkas maupun di "
            "folder data. Periksa izin folder dan ruang disk. Tidak ada yang diubah."
        ),
        "keys.bad_file": _tr(
            "Berkas ini bukan berkas kunci UCJ yang sah. Minta berkas kunci hub yang benar dari "
            "Disnaker. Tidak ada yang diubah."
        ),
        "keys.wrong_role": _tr(
            "Ini bukan berkas kunci hub (mungkin berkas pendaftaran perangkat). Pilih berkas "
            "kunci hub dari Disnaker. Tidak ada yang diubah."
        ),
        "print.nothing": _tr(
            "Tidak ada kartu yang menunggu dicetak. Pilih pekerjanya untuk mencetak ulang."
        ),
        "print.nothing_selected": _tr("Pilih dulu baris pekerjanya."),
        "print.not_enrolled": _tr(
            "Pekerja ini belum terdaftar di BPJS Ketenagakerjaan (belum ada KPJ atau kode kartu "
            "dari hub), jadi kartunya belum dapat dicetak."
        ),
        "print.bad_token": _tr(
            "Kode kartu dari hub untuk pekerja ini tidak dapat diperiksa dengan kunci hub yang "
            "dipercaya, jadi kartunya tidak dicetak. Hubungi hub kota."
        ),
        "print.reprint_reason": _tr(
            "{count} kartu sudah pernah dicetak: tuliskan alasan cetak ulangnya."
        ),
        "print.write_failed": _tr(
            "PDF tidak dapat disimpan ({reason}). Periksa folder dan sisa ruang disk; tidak ada "
            "yang dicatat sebagai tercetak."
        ),
        "print.already_handed": _tr(
            "{count} dari kartu yang dipilih sudah tercatat diserahkan. Tidak ada yang dicatat."
        ),
        "print.not_printed": _tr(
            "{count} dari kartu yang dipilih belum pernah dicetak, jadi belum dapat diserahkan."
        ),
        "card.not_a_token": _tr(
            "Ini bukan kode kartu UCJ yang utuh (kode kartu berupa satu deret angka panjang; "
            "kartu lama diawali UCJ1.). Pindai ulang QR di balik kartu."
        ),
        "card.bad_payload": _tr("Kode kartu rusak. Pindai ulang QR di balik kartu."),
        "card.bad_signature": _tr(
            "Tanda tangan kartu tidak cocok dengan kunci hub kota: kartu ini bukan kartu asli."
        ),
        "report.unknown_format": _tr(
            "Jenis berkas {suffix} tidak dikenal. Simpan laporan sebagai .xlsx, .csv atau .pdf."
        ),
        "report.write_failed": _tr(
            "Laporan tidak dapat ditulis di folder itu ({reason}). Tidak ada yang ditulis."
        ),
        "backup.exists": _tr("Berkas {path} sudah ada. Pilih nama lain; tidak ada yang ditulis."),
        "backup.write_failed": _tr(
            "Cadangan tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan sisa "
            "ruangnya. Tidak ada yang ditulis."
        ),
        "backup.not_a_backup": _tr(
            "Berkas ini bukan cadangan UCJ Desktop ({reason}). Tidak ada yang diubah."
        ),
        "backup.too_new": _tr(
            "Cadangan ini dibuat oleh UCJ Desktop yang lebih baru ({version}). Pasang versi "
            "terbaru dahulu."
        ),
        "backup.damaged": _tr(
            "Cadangan ini rusak (isinya tidak cocok dengan cek-sumnya atau gagal pemeriksaan). "
            "Gunakan cadangan lain. Tidak ada yang diubah."
        ),
        "backup.recovery_code_needed": _tr(
            "Kunci data kantor ini tidak ada di komputer ini. Masukkan kode pemulihan yang "
            "dicetak saat penyiapan."
        ),
        "backup.store_exists": _tr(
            "Sudah ada data kantor di {path}. Data itu harus dipindahkan dahulu (pilih "
            "“Ganti data yang ada”); tidak ada yang diubah."
        ),
        "backup.store_in_use": _tr(
            "Data kantor di {path} sedang dibuka oleh UCJ Desktop atau perintah ucj lain. Tutup "
            "semuanya di komputer ini, lalu pulihkan lagi. Tidak ada yang diubah."
        ),
        "backup.admin_needed": _tr(
            "Data kantor di folder ini masih dapat dibuka, jadi hanya admin kantor itu yang "
            "boleh menggantinya (perintah ucj restore dengan --user). Tidak ada yang diubah."
        ),
        "backup.restore_incomplete": _tr(
            "Pemulihan gagal di tengah jalan dan data lama tidak dapat dikembalikan. Data lama "
            "utuh di {path}: salin berkasnya kembali ke folder data, atau pulihkan lagi."
        ),
        "backup.restore_failed": _tr(
            "Data yang dipulihkan tidak dapat ditulis ke folder data ({reason}). Folder data "
            "tidak diubah."
        ),
        "batch.write_failed": _tr(
            "Berkas batch tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan "
            "sisa ruangnya. Tidak ada yang diubah."
        ),
        "batch.rename_failed": _tr(
            "Batch {sequence} sudah tercatat, tetapi berkasnya tidak dapat diletakkan di "
            "folder tujuan. Pilih batch itu lalu tekan “Tulis ulang batch…”."
        ),
        "ack.duplicate_records": _tr(
            "Tanda terima menyebut satu pendaftaran dua kali. Hubungi hub. Tidak ada yang diubah."
        ),
        "file.unreadable": _tr("Berkas tidak dapat dibaca ({reason}). Tidak ada yang diubah."),
        "keys.no_hub_key": _tr(
            "Belum ada kunci hub. Admin perlu mengimpor kunci hub lebih dulu di layar Sinkronisasi."
        ),
        "batch.nothing_to_export": _tr(
            "Tidak ada pendaftaran terverifikasi yang menunggu dikirim. Tidak ada berkas yang "
            "dibuat."
        ),
        "batch.unknown": _tr("Batch {sequence} tidak ditemukan. Muat ulang daftar batch."),
        "registration.bad_key": _tr(
            "“{key}” bukan nomor pendaftaran, NIK (16 angka) atau KPJ (11 angka)."
        ),
        "registration.no_match": _tr("Tidak ada pendaftaran dengan {kind} {key}."),
        "registration.ambiguous": _tr(
            "{kind} {key} cocok dengan {count} pendaftaran; pilih dengan nomor pendaftarannya."
        ),
        "demo.no_hub": _tr(
            "Data demo ini dibuat oleh versi lama dan belum punya hub DEMO. Tutup aplikasi, "
            "hapus folder demo, lalu buka lagi dengan --demo."
        ),
        "demo.not_demo": _tr("Hub DEMO hanya ada pada data demo. Tidak ada yang diubah."),
        "package.corrupt": _tr(
            "Berkas rusak atau diubah setelah dibuat. Minta hub mengirim ulang berkasnya. "
            "Tidak ada yang diubah."
        ),
        "package.wrong_members": _tr(
            "Ini bukan berkas sinkronisasi UCJ (.ucjsync). Tidak ada yang diubah."
        ),
        "package.bad_manifest": _tr(
            "Keterangan isi berkas (manifest) tidak sah; berkas rusak atau diubah. "
            "Tidak ada yang diubah."
        ),
        "package.unsupported_version": _tr(
            "Berkas ini dibuat dengan format versi {version} yang belum dikenal aplikasi ini. "
            "Perbarui UCJ Desktop lalu coba lagi."
        ),
        "package.wrong_kind": _tr(
            "Ini bukan tanda terima dari hub (jenis paketnya lain, misalnya batch). "
            "Tidak ada yang diubah."
        ),
        "package.unknown_signer": _tr(
            "Berkas ditandatangani kunci yang tidak dikenal kantor ini. Impor kunci hub yang "
            "benar lebih dulu. Tidak ada yang diubah."
        ),
        "package.bad_signature": _tr(
            "Tanda tangan berkas tidak cocok: berkas diubah setelah ditandatangani. "
            "Tidak ada yang diubah."
        ),
        "package.hash_mismatch": _tr(
            "Isi berkas tidak cocok dengan sidik SHA-256-nya: berkas rusak atau diubah. "
            "Tidak ada yang diubah."
        ),
        "package.wrong_recipient": _tr(
            "Tanda terima untuk perangkat lain: berkas ini disegel untuk perangkat lain, bukan "
            "komputer ini. Tidak ada yang diubah."
        ),
        "package.decrypt_failed": _tr(
            "Isi berkas tidak dapat dibuka dengan kunci perangkat ini. Tidak ada yang diubah."
        ),
        "package.bad_payload": _tr(
            "Isi berkas bukan data pendaftaran yang sah. Tidak ada yang diubah."
        ),
        "package.count_mismatch": _tr(
            "Berkas berisi {found} data, padahal keterangannya menyebut {expected}. "
            "Tidak ada yang diubah."
        ),
        "package.too_large": _tr(
            "Berkas terlalu besar untuk berkas sinkronisasi. Tidak ada yang diubah."
        ),
        "package.file_too_large": _tr(
            "Berkas lebih besar dari berkas sinkronisasi mana pun ({megabytes} MB): ini bukan "
            "berkas sinkronisasi. Tidak ada yang diubah."
        ),
        "package.not_a_file": _tr(
            "Yang dipilih bukan berkas sinkronisasi (perangkat atau pipa). Tidak ada yang diubah."
        ),
        "package.bad_recipient_key": _tr(
            "Kunci penerima tidak sah. Impor ulang kunci hub dari Disnaker."
        ),
        "package.conflict": _tr(
            "Tanda terima dengan nomor yang sama sudah pernah diimpor dengan isi berbeda. "
            "Berkas ditolak; hubungi hub. Tidak ada yang diubah."
        ),
        "ack.other_office": _tr(
            "Tanda terima untuk kantor lain ({office}), bukan kantor ini. Tidak ada yang diubah."
        ),
        "ack.unknown_records": _tr(
            "Tanda terima menyebut {count} pendaftaran yang tidak pernah dikirim dari kantor "
            "ini. Tidak ada yang diubah."
        ),
        "settings.unsigned": _tr(
            "Paket pengaturan tidak bertanda tangan hub. Ditolak, tidak ada yang diubah."
        ),
        "settings.bad_signature": _tr(
            "Tanda tangan paket pengaturan tidak cocok: paket diubah setelah ditandatangani hub. "
            "Tidak ada yang diubah."
        ),
        "settings.other_key": _tr(
            "Paket pengaturan ditandatangani kunci lain, bukan kunci hub yang berlaku di kantor "
            "ini. Tidak ada yang diubah."
        ),
        "settings.other_city": _tr(
            "Paket pengaturan ini untuk kota lain ({city}), bukan kota kantor ini. "
            "Tidak ada yang diubah."
        ),
        "settings.malformed": _tr(
            "Paket pengaturan rusak atau isinya tidak sah ({problem}). Minta hub mengekspor "
            "ulang. Tidak ada yang diubah."
        ),
        "settings.already_in_force": _tr(
            "Pengaturan program versi {version} sudah berlaku di kantor ini. Tidak ada yang diubah."
        ),
        "settings.older": _tr(
            "Paket berisi pengaturan program versi {version}, lebih lama dari versi {held} yang "
            "berlaku di kantor ini. Tidak ada yang diubah."
        ),
        "settings.wrong_kind": _tr(
            "Ini bukan paket pengaturan program dari hub (jenis paketnya lain, misalnya tanda "
            "terima). Tidak ada yang diubah."
        ),
        "settings.other_device": _tr(
            "Paket pengaturan tidak disegel untuk laptop ini (mungkin laptop didaftarkan setelah "
            "paket dibuat). Minta hub mengekspor pengaturan lagi. Tidak ada yang diubah."
        ),
    }


def _ack_bad_record_text(values: Mapping[str, object]) -> str:
    # The service names the record (its line in the ack, its registration id's first 8
    # characters) and why, in the English words the CLI prints; never the NIK or the name.
    # The words come with the sync record format (its checks load the form's rules): imported
    # here, so the login's error words do not load them.
    from ucj_desktop.wording import sync_reasons as ack

    problem = {
        ack.NOT_A_KPJ: _tr("nomor KPJ (kolom kpj) bukan 11 angka"),
        ack.NOT_A_DATE: _tr(
            "tanggal kepesertaan (kolom coverage_start/coverage_end) bukan tanggal yang sah"
        ),
        ack.END_BEFORE_START: _tr(
            "akhir kepesertaan (kolom coverage_end) lebih awal dari tanggal mulainya"
        ),
        ack.UNKNOWN_RESULT: _tr(
            "hasilnya (kolom result) bukan terdaftar, dikembalikan atau menunggu kuota"
        ),
        ack.EMPTY_REASON: _tr("alasan pengembalian (kolom reason) kosong"),
        ack.RANK_NOT_A_RANK: _tr(
            "peringkat antrean kuota (kolom rank) bukan bilangan bulat mulai dari 1"
        ),
        ack.CARD_MISSING: _tr(
            "kode kartu (kolom card_token) tidak ada, padahal wajib untuk peserta terdaftar"
        ),
        ack.CARD_NOT_A_CODE: _tr("kode kartu (kolom card_token) bukan kode kartu UCJ"),
        ack.CARD_DAMAGED: _tr("kode kartu (kolom card_token) rusak"),
        ack.CARD_NOT_FROM_HUB: _tr(
            "kode kartu (kolom card_token) tidak ditandatangani kunci hub yang dipercaya"
        ),
        ack.CARD_OTHER_KPJ: _tr("kode kartu (kolom card_token) dibuat untuk KPJ lain"),
        ack.CARD_OTHER_NIK: _tr("kode kartu (kolom card_token) dibuat untuk NIK lain"),
        ack.CARD_OTHER_END: _tr(
            "kode kartu (kolom card_token) dibuat untuk tanggal akhir kepesertaan lain"
        ),
        ack.CARD_OTHER_OFFICE: _tr("kode kartu (kolom card_token) dibuat untuk kantor lain"),
        ack.SETTINGS_NOT_A_VERSION: _tr(
            "versi pengaturan hub (kolom settings_version) bukan bilangan bulat mulai dari 1"
        ),
    }.get(str(values.get("reason", "")))
    if problem is None:
        return _tr("Tanda terima berisi data yang tidak sah. Hubungi hub. Tidak ada yang diubah.")
    return fill(
        _tr(
            "Tanda terima ditolak: pada data ke-{record} (pendaftaran {registration}…), "
            "{problem}. Hubungi hub. Tidak ada yang diubah."
        ),
        {**values, "problem": problem},
    )


_BUILDERS: dict[str, Callable[[Mapping[str, object]], str]] = {
    "permission.denied": _permission_text,
    "auth.invalid": _auth_invalid_text,
    "ack.bad_record": _ack_bad_record_text,
    **BPJS_BUILDERS,
}


def code_text(code: str, values: Mapping[str, object] | None = None) -> str:
    """The sentence for one error code; an unknown code gets a generic sentence naming it."""
    values = values or {}
    if code in _BUILDERS:
        return _BUILDERS[code](values)
    template = _templates().get(code) or bpjs_templates().get(code) or hub_templates().get(code)
    if template is None:
        return fill(
            _tr("Tindakan tidak dapat diselesaikan (kode kesalahan: {code})."), {"code": code}
        )
    return fill(template, values)


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``: one or two sentences, never Python internals."""
    if isinstance(exc, DomainError):
        values = {"field": exc.field, **exc.values} if exc.field else exc.values
        return code_text(exc.code, values)
    if isinstance(exc, PasswordPolicyError):
        return code_text(exc.code, exc.values)
    known = as_store_error(exc)
    if known is not None:
        return store_problem_text(known)
    if isinstance(exc, OSError):
        return _tr(
            "Berkas tidak dapat dibaca atau ditulis. Periksa bahwa foldernya ada, dapat "
            "ditulisi, dan disknya tidak penuh."
        )
    return _tr(
        "Terjadi kesalahan internal. Pekerjaan yang belum disimpan tidak diubah. "
        "Rincian dicatat di berkas log untuk admin."
    )
