"""One clear Indonesian sentence for an error a service raised (never a traceback or a repr).

Services and the domain raise codes (``DomainError.code``, ``PasswordPolicyError.code``); this
module is where those codes become words, through Qt Linguist like every other GUI string.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.text import fill, translate
from ucj_desktop.gui.text.access_text import auth_invalid_text, permission_text
from ucj_desktop.gui.text.ack_text import ack_bad_record_text
from ucj_desktop.gui.text.bpjs_text import BPJS_BUILDERS, bpjs_templates
from ucj_desktop.gui.text.hub_text import hub_templates
from ucj_desktop.gui.text.messages import store_problem_text
from ucj_desktop.security.password_policy import PasswordPolicyError
from ucj_desktop.store.errors import StoreError, as_store_error
from ucj_desktop.wording.details import worded

# What a screen catches around a service call and shows with error_text(); anything else is a
# bug and goes to the application's exception hook (logged, one generic sentence).
EXPECTED_ERRORS: tuple[type[Exception], ...] = (
    DomainError,
    PasswordPolicyError,
    StoreError,
    OSError,
)


def _templates() -> dict[str, str]:
    return {
        "auth.locked": translate(
            "error_text",
            "Akun dikunci karena terlalu banyak percobaan yang gagal. "
            "Coba lagi dalam {minutes} menit atau minta admin mengatur ulang kata sandi.",
        ),
        "auth.disabled": translate("error_text", "Akun ini dinonaktifkan. Hubungi admin kantor."),
        "auth.must_change_password": translate(
            "error_text", "Ganti dulu kata sandi sementara Anda sebelum melanjutkan."
        ),
        "officer.exists": translate(
            "error_text", "Nama pengguna sudah dipakai petugas lain. Pilih nama pengguna yang lain."
        ),
        "officer.unknown": translate(
            "error_text",
            "Petugas dengan nama pengguna itu tidak ditemukan. Muat ulang daftar lalu coba lagi.",
        ),
        "officer.cannot_disable_self": translate(
            "error_text",
            "Anda tidak dapat menonaktifkan akun Anda sendiri. "
            "Minta admin lain melakukannya bila perlu.",
        ),
        "officer.last_admin": translate(
            "error_text",
            "Harus tetap ada minimal satu admin aktif. "
            "Tambahkan atau aktifkan admin lain terlebih dahulu.",
        ),
        "officer.full_name_empty": translate("error_text", "Nama lengkap wajib diisi."),
        "username.invalid": translate(
            "error_text",
            "Nama pengguna tidak sah: 3–32 karakter berupa huruf kecil, angka, titik, "
            "garis bawah atau tanda hubung, diawali huruf atau angka.",
        ),
        "role.none": translate("error_text", "Peran: pilih minimal satu peran."),
        "role.unknown": translate("error_text", "Peran “{role}” tidak dikenal."),
        "password.too_short": translate(
            "error_text", "Kata sandi terlalu pendek: minimal {minimum} karakter."
        ),
        "password.too_long": translate(
            "error_text", "Kata sandi terlalu panjang: maksimal {maximum} karakter."
        ),
        "password.surrounding_space": translate(
            "error_text", "Kata sandi tidak boleh diawali atau diakhiri dengan spasi."
        ),
        "password.unchanged": translate(
            "error_text", "Kata sandi baru harus berbeda dari kata sandi lama."
        ),
        "settings.idle_lock_range": translate(
            "error_text", "Kunci otomatis saat tidak dipakai: isi antara {min} dan {max} menit."
        ),
        "auth.session_ended": translate(
            "error_text",
            "Akun Anda telah dinonaktifkan atau diubah oleh admin. Keluar lalu masuk lagi.",
        ),
        "search.too_short": translate(
            "error_text", "Ketik minimal {minimum} huruf untuk mencari nama."
        ),
        "import.cancelled": translate(
            "error_text", "Impor dibatalkan. Data sebelumnya tidak berubah."
        ),
        "file.not_found": translate("error_text", "Berkas tidak ditemukan."),
        "file.empty": translate("error_text", "Berkas kosong (0 byte). Tidak ada yang diubah."),
        "file.binary": translate(
            "error_text", "Ini bukan berkas CSV atau XLSX. Tidak ada yang diubah."
        ),
        "file.no_header": translate(
            "error_text", "Berkas tidak punya baris judul kolom. Tidak ada yang diubah."
        ),
        "file.no_rows": translate(
            "error_text", "Berkas hanya berisi judul kolom, tanpa data. Tidak ada yang diubah."
        ),
        "file.encoding": translate(
            "error_text",
            "Baris {line} bukan teks UTF-8 atau Windows-1252. Simpan ulang berkas sebagai CSV "
            "UTF-8.",
        ),
        "csv.malformed": translate(
            "error_text", "Baris {line} bukan CSV yang sah. Tidak ada yang diubah."
        ),
        "xlsx.unreadable": translate(
            "error_text",
            "Berkas XLSX rusak atau terpotong. Simpan ulang dari Excel lalu coba lagi.",
        ),
        "xlsx.too_many_rows": translate(
            "error_text",
            "Lembar kerja melewati baris {maximum}, baris terakhir Excel (baris kosong ikut "
            "dihitung): berkas ini bukan simpanan Excel. Tidak ada yang diubah.",
        ),
        "xlsx.shared_strings_too_large": translate(
            "error_text",
            "Tabel teks di dalam berkas XLSX membesar menjadi {megabytes} MB, jauh melebihi "
            "ekstrak mana pun: berkas rusak atau berbahaya. Tidak ada yang diubah.",
        ),
        "file.header_too_long": translate(
            "error_text",
            "Baris 1 lebih panjang dari {maximum} karakter: bukan baris judul kolom. "
            "Apakah ini berkas CSV?",
        ),
        "file.too_many_columns": translate(
            "error_text",
            "Judul kolom berisi {found} kolom, lebih dari {maximum}: bukan judul kolom ekstrak.",
        ),
        "columns.missing": translate(
            "error_text",
            "Kolom wajib tidak ditemukan: {missing}. Pilih kolomnya di pemetaan kolom.",
        ),
        "columns.duplicate": translate(
            "error_text", "Dua kolom cocok untuk {field}: {columns}. Pilih satu di pemetaan kolom."
        ),
        "import.reader_failed": translate(
            "error_text", "Pembaca berkas berhenti mendadak. Tidak ada yang diubah."
        ),
        "import.report_unwritable": translate(
            "error_text",
            "Laporan baris yang ditolak tidak dapat ditulis, baik di folder berkas maupun di "
            "folder data. Periksa izin folder dan ruang disk. Tidak ada yang diubah.",
        ),
        "keys.bad_file": translate(
            "error_text",
            "Berkas ini bukan berkas kunci UCJ yang sah. Minta berkas kunci hub yang benar dari "
            "Disnaker. Tidak ada yang diubah.",
        ),
        "keys.wrong_role": translate(
            "error_text",
            "Ini bukan berkas kunci hub (mungkin berkas pendaftaran perangkat). Pilih berkas "
            "kunci hub dari Disnaker. Tidak ada yang diubah.",
        ),
        "print.nothing": translate(
            "error_text",
            "Tidak ada kartu yang menunggu dicetak. Pilih pekerjanya untuk mencetak ulang.",
        ),
        "print.nothing_selected": translate("error_text", "Pilih dulu baris pekerjanya."),
        "print.not_enrolled": translate(
            "error_text",
            "Pekerja ini belum terdaftar di BPJS Ketenagakerjaan (belum ada KPJ atau kode kartu "
            "dari hub), jadi kartunya belum dapat dicetak.",
        ),
        "print.bad_token": translate(
            "error_text",
            "Kode kartu dari hub untuk pekerja ini tidak dapat diperiksa dengan kunci hub yang "
            "dipercaya, jadi kartunya tidak dicetak. Hubungi hub kota.",
        ),
        "print.reprint_reason": translate(
            "error_text", "{count} kartu sudah pernah dicetak: tuliskan alasan cetak ulangnya."
        ),
        "print.write_failed": translate(
            "error_text",
            "PDF tidak dapat disimpan ({reason}). Periksa folder dan sisa ruang disk; tidak ada "
            "yang dicatat sebagai tercetak.",
        ),
        "print.already_handed": translate(
            "error_text",
            "{count} dari kartu yang dipilih sudah tercatat diserahkan. Tidak ada yang dicatat.",
        ),
        "print.not_printed": translate(
            "error_text",
            "{count} dari kartu yang dipilih belum pernah dicetak, jadi belum dapat diserahkan.",
        ),
        "card.not_a_token": translate(
            "error_text",
            "Ini bukan kode kartu UCJ yang utuh (kode kartu berupa satu deret angka panjang; "
            "kartu lama diawali UCJ1.). Pindai ulang QR di balik kartu.",
        ),
        "card.bad_payload": translate(
            "error_text", "Kode kartu rusak. Pindai ulang QR di balik kartu."
        ),
        "card.bad_signature": translate(
            "error_text",
            "Tanda tangan kartu tidak cocok dengan kunci hub kota: kartu ini bukan kartu asli.",
        ),
        "report.unknown_format": translate(
            "error_text",
            "Jenis berkas {suffix} tidak dikenal. Simpan laporan sebagai .xlsx, .csv atau .pdf.",
        ),
        "report.write_failed": translate(
            "error_text",
            "Laporan tidak dapat ditulis di folder itu ({reason}). Tidak ada yang ditulis.",
        ),
        "backup.exists": translate(
            "error_text", "Berkas {path} sudah ada. Pilih nama lain; tidak ada yang ditulis."
        ),
        "backup.write_failed": translate(
            "error_text",
            "Cadangan tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan sisa "
            "ruangnya. Tidak ada yang ditulis.",
        ),
        "backup.not_a_backup": translate(
            "error_text", "Berkas ini bukan cadangan UCJ Desktop ({reason}). Tidak ada yang diubah."
        ),
        "backup.too_new": translate(
            "error_text",
            "Cadangan ini dibuat oleh UCJ Desktop yang lebih baru ({version}). Pasang versi "
            "terbaru dahulu.",
        ),
        "backup.damaged": translate(
            "error_text",
            "Cadangan ini rusak (isinya tidak cocok dengan cek-sumnya atau gagal pemeriksaan). "
            "Gunakan cadangan lain. Tidak ada yang diubah.",
        ),
        "backup.recovery_code_needed": translate(
            "error_text",
            "Kunci data kantor ini tidak ada di komputer ini. Masukkan kode pemulihan yang "
            "dicetak saat penyiapan.",
        ),
        "backup.store_exists": translate(
            "error_text",
            "Sudah ada data kantor di {path}. Data itu harus dipindahkan dahulu (pilih "
            "“Ganti data yang ada”); tidak ada yang diubah.",
        ),
        "backup.store_in_use": translate(
            "error_text",
            "Data kantor di {path} sedang dibuka oleh UCJ Desktop atau perintah ucj lain. Tutup "
            "semuanya di komputer ini, lalu pulihkan lagi. Tidak ada yang diubah.",
        ),
        "backup.admin_needed": translate(
            "error_text",
            "Data kantor di folder ini masih dapat dibuka, jadi hanya admin kantor itu yang "
            "boleh menggantinya (perintah ucj restore dengan --user). Tidak ada yang diubah.",
        ),
        "backup.restore_incomplete": translate(
            "error_text",
            "Pemulihan gagal di tengah jalan dan data lama tidak dapat dikembalikan. Data lama "
            "utuh di {path}: salin berkasnya kembali ke folder data, atau pulihkan lagi.",
        ),
        "backup.restore_failed": translate(
            "error_text",
            "Data yang dipulihkan tidak dapat ditulis ke folder data ({reason}). Folder data "
            "tidak diubah.",
        ),
        "batch.write_failed": translate(
            "error_text",
            "Berkas batch tidak dapat ditulis di folder itu ({reason}). Periksa flashdisk dan "
            "sisa ruangnya. Tidak ada yang diubah.",
        ),
        "batch.rename_failed": translate(
            "error_text",
            "Batch {sequence} sudah tercatat, tetapi berkasnya tidak dapat diletakkan di "
            "folder tujuan. Pilih batch itu lalu tekan “Tulis ulang batch…”.",
        ),
        "ack.duplicate_records": translate(
            "error_text",
            "Tanda terima menyebut satu pendaftaran dua kali. Hubungi hub. Tidak ada yang diubah.",
        ),
        "file.unreadable": translate(
            "error_text", "Berkas tidak dapat dibaca ({reason}). Tidak ada yang diubah."
        ),
        "keys.no_hub_key": translate(
            "error_text",
            "Belum ada kunci hub. Admin perlu mengimpor kunci hub lebih dulu di "
            "layar Sinkronisasi.",
        ),
        "batch.nothing_to_export": translate(
            "error_text",
            "Tidak ada pendaftaran terverifikasi yang menunggu dikirim. Tidak ada berkas yang "
            "dibuat.",
        ),
        "batch.unknown": translate(
            "error_text", "Batch {sequence} tidak ditemukan. Muat ulang daftar batch."
        ),
        "registration.bad_key": translate(
            "error_text", "“{key}” bukan nomor pendaftaran, NIK (16 angka) atau KPJ (11 angka)."
        ),
        "registration.no_match": translate(
            "error_text", "Tidak ada pendaftaran dengan {kind} {key}."
        ),
        "registration.ambiguous": translate(
            "error_text",
            "{kind} {key} cocok dengan {count} pendaftaran; pilih dengan nomor pendaftarannya.",
        ),
        "demo.no_hub": translate(
            "error_text",
            "Data demo ini dibuat oleh versi lama dan belum punya hub DEMO. Tutup aplikasi, "
            "hapus folder demo, lalu buka lagi dengan --demo.",
        ),
        "demo.not_demo": translate(
            "error_text", "Hub DEMO hanya ada pada data demo. Tidak ada yang diubah."
        ),
        "package.corrupt": translate(
            "error_text",
            "Berkas rusak atau diubah setelah dibuat. Minta hub mengirim ulang berkasnya. "
            "Tidak ada yang diubah.",
        ),
        "package.wrong_members": translate(
            "error_text", "Ini bukan berkas sinkronisasi UCJ (.ucjsync). Tidak ada yang diubah."
        ),
        "package.bad_manifest": translate(
            "error_text",
            "Keterangan isi berkas (manifest) tidak sah; berkas rusak atau diubah. "
            "Tidak ada yang diubah.",
        ),
        "package.unsupported_version": translate(
            "error_text",
            "Berkas ini dibuat dengan format versi {version} yang belum dikenal aplikasi ini. "
            "Perbarui UCJ Desktop lalu coba lagi.",
        ),
        "package.wrong_kind": translate(
            "error_text",
            "Ini bukan tanda terima dari hub (jenis paketnya lain, misalnya batch). "
            "Tidak ada yang diubah.",
        ),
        "package.unknown_signer": translate(
            "error_text",
            "Berkas ditandatangani kunci yang tidak dikenal kantor ini. Impor kunci hub yang "
            "benar lebih dulu. Tidak ada yang diubah.",
        ),
        "package.bad_signature": translate(
            "error_text",
            "Tanda tangan berkas tidak cocok: berkas diubah setelah ditandatangani. "
            "Tidak ada yang diubah.",
        ),
        "package.hash_mismatch": translate(
            "error_text",
            "Isi berkas tidak cocok dengan sidik SHA-256-nya: berkas rusak atau diubah. "
            "Tidak ada yang diubah.",
        ),
        "package.wrong_recipient": translate(
            "error_text",
            "Tanda terima untuk perangkat lain: berkas ini disegel untuk perangkat lain, bukan "
            "komputer ini. Tidak ada yang diubah.",
        ),
        "package.decrypt_failed": translate(
            "error_text",
            "Isi berkas tidak dapat dibuka dengan kunci perangkat ini. Tidak ada yang diubah.",
        ),
        "package.bad_payload": translate(
            "error_text", "Isi berkas bukan data pendaftaran yang sah. Tidak ada yang diubah."
        ),
        "package.count_mismatch": translate(
            "error_text",
            "Berkas berisi {found} data, padahal keterangannya menyebut {expected}. "
            "Tidak ada yang diubah.",
        ),
        "package.too_large": translate(
            "error_text", "Berkas terlalu besar untuk berkas sinkronisasi. Tidak ada yang diubah."
        ),
        "package.file_too_large": translate(
            "error_text",
            "Berkas lebih besar dari berkas sinkronisasi mana pun ({megabytes} MB): ini bukan "
            "berkas sinkronisasi. Tidak ada yang diubah.",
        ),
        "package.not_a_file": translate(
            "error_text",
            "Yang dipilih bukan berkas sinkronisasi (perangkat atau pipa). Tidak ada yang diubah.",
        ),
        "package.bad_recipient_key": translate(
            "error_text", "Kunci penerima tidak sah. Impor ulang kunci hub dari Disnaker."
        ),
        "package.conflict": translate(
            "error_text",
            "Tanda terima dengan nomor yang sama sudah pernah diimpor dengan isi berbeda. "
            "Berkas ditolak; hubungi hub. Tidak ada yang diubah.",
        ),
        "ack.other_office": translate(
            "error_text",
            "Tanda terima untuk kantor lain ({office}), bukan kantor ini. Tidak ada yang diubah.",
        ),
        "ack.unknown_records": translate(
            "error_text",
            "Tanda terima menyebut {count} pendaftaran yang tidak pernah dikirim dari kantor "
            "ini. Tidak ada yang diubah.",
        ),
        "settings.unsigned": translate(
            "error_text",
            "Paket pengaturan tidak bertanda tangan hub. Ditolak, tidak ada yang diubah.",
        ),
        "settings.bad_signature": translate(
            "error_text",
            "Tanda tangan paket pengaturan tidak cocok: paket diubah setelah ditandatangani hub. "
            "Tidak ada yang diubah.",
        ),
        "settings.other_key": translate(
            "error_text",
            "Paket pengaturan ditandatangani kunci lain, bukan kunci hub yang berlaku di kantor "
            "ini. Tidak ada yang diubah.",
        ),
        "settings.other_city": translate(
            "error_text",
            "Paket pengaturan ini untuk kota lain ({city}), bukan kota kantor ini. "
            "Tidak ada yang diubah.",
        ),
        "settings.malformed": translate(
            "error_text",
            "Paket pengaturan rusak atau isinya tidak sah ({problem}). Minta hub mengekspor "
            "ulang. Tidak ada yang diubah.",
        ),
        "settings.already_in_force": translate(
            "error_text",
            "Pengaturan program versi {version} sudah berlaku di kantor ini. Tidak "
            "ada yang diubah.",
        ),
        "settings.older": translate(
            "error_text",
            "Paket berisi pengaturan program versi {version}, lebih lama dari versi {held} yang "
            "berlaku di kantor ini. Tidak ada yang diubah.",
        ),
        "settings.wrong_kind": translate(
            "error_text",
            "Ini bukan paket pengaturan program dari hub (jenis paketnya lain, misalnya tanda "
            "terima). Tidak ada yang diubah.",
        ),
        "settings.other_device": translate(
            "error_text",
            "Paket pengaturan tidak disegel untuk laptop ini (mungkin laptop didaftarkan setelah "
            "paket dibuat). Minta hub mengekspor pengaturan lagi. Tidak ada yang diubah.",
        ),
    }


_BUILDERS: dict[str, Callable[[Mapping[str, object]], str]] = {
    "permission.denied": permission_text,
    "auth.invalid": auth_invalid_text,
    "ack.bad_record": ack_bad_record_text,
    **BPJS_BUILDERS,
}


def code_text(code: str, values: Mapping[str, object] | None = None) -> str:
    """The sentence for one error code; an unknown code gets a generic sentence naming it.
    A detail code in its values (``reason``, ``expected``) is worded first."""
    values = worded(values or {})
    if code in _BUILDERS:
        return _BUILDERS[code](values)
    template = _templates().get(code) or bpjs_templates().get(code) or hub_templates().get(code)
    if template is None:
        return fill(
            translate("error_text", "Tindakan tidak dapat diselesaikan (kode kesalahan: {code})."),
            {"code": code},
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
        return translate(
            "error_text",
            "Berkas tidak dapat dibaca atau ditulis. Periksa bahwa foldernya ada, dapat "
            "ditulisi, dan disknya tidak penuh.",
        )
    return translate(
        "error_text",
        "Terjadi kesalahan internal. Pekerjaan yang belum disimpan tidak diubah. "
        "Rincian dicatat di berkas log untuk admin.",
    )
