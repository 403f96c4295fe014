"""The CLI's lines for the codes of the office's work (accounts, registrations, files, sync,
cards, backups, reports): Indonesian source words, translated by cli/messages.describe."""

from __future__ import annotations

from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP

OFFICE_MESSAGES: dict[str, str] = {
    "office.unknown": QT_TRANSLATE_NOOP(
        "cli", "--office: bukan kode kelurahan Kota Bekasi (seharusnya 32.75.KK.1NNN)"
    ),
    "username.invalid": QT_TRANSLATE_NOOP(
        "cli", "nama pengguna: 3-32 karakter, huruf kecil, angka, '.', '_' atau '-'"
    ),
    "role.unknown": QT_TRANSLATE_NOOP(
        "cli", "--role: peran {role!r} tidak dikenal (petugas, verifikator, admin)"
    ),
    "role.none": QT_TRANSLATE_NOOP("cli", "--role: pilih minimal satu peran"),
    "cli.user_missing": QT_TRANSLATE_NOOP(
        "cli", "--user: sebutkan petugas yang bertindak (atau isi UCJ_USER)"
    ),
    "auth.invalid": QT_TRANSLATE_NOOP(
        "cli", "--user/kata sandi: nama pengguna atau kata sandi salah"
    ),
    "auth.locked": QT_TRANSLATE_NOOP(
        "cli", "--user: akun dikunci {minutes} menit lagi setelah 5 kali gagal"
    ),
    "auth.disabled": QT_TRANSLATE_NOOP("cli", "--user: akun ini dinonaktifkan"),
    "auth.must_change_password": QT_TRANSLATE_NOOP(
        "cli", "--user: kata sandi sementara harus diganti dahulu (masuk sekali di aplikasi)"
    ),
    "permission.denied": QT_TRANSLATE_NOOP(
        "cli", "peran Anda tidak mengizinkan tindakan ini ({permission})"
    ),
    "officer.exists": QT_TRANSLATE_NOOP("cli", "nama pengguna: sudah ada akun dengan nama itu"),
    "officer.unknown": QT_TRANSLATE_NOOP("cli", "nama pengguna: akun itu tidak ada"),
    "officer.cannot_disable_self": QT_TRANSLATE_NOOP(
        "cli", "Anda tidak dapat menonaktifkan akun Anda sendiri"
    ),
    "officer.last_admin": QT_TRANSLATE_NOOP(
        "cli", "ini akun admin aktif yang terakhir: tambahkan admin lain dahulu"
    ),
    "officer.full_name_empty": QT_TRANSLATE_NOOP("cli", "--full-name: wajib diisi"),
    "settings.idle_lock_range": QT_TRANSLATE_NOOP(
        "cli", "kunci otomatis: antara {min} dan {max} menit"
    ),
    "auth.session_ended": QT_TRANSLATE_NOOP(
        "cli", "akun ini dinonaktifkan atau diubah: masuk lagi"
    ),
    "password.unchanged": QT_TRANSLATE_NOOP(
        "cli", "kata sandi baru: harus berbeda dari kata sandi sekarang"
    ),
    "json.invalid": QT_TRANSLATE_NOOP("cli", "berkas: bukan JSON yang sah ({reason})"),
    "json.not_object": QT_TRANSLATE_NOOP(
        "cli", "berkas: JSON harus berupa satu objek dengan kunci-kunci pendaftaran"
    ),
    "json.unknown_keys": QT_TRANSLATE_NOOP("cli", "berkas: kunci tidak dikenal {keys}"),
    "json.missing_keys": QT_TRANSLATE_NOOP("cli", "berkas: kunci yang kurang {keys}"),
    "json.bad_value": QT_TRANSLATE_NOOP("cli", "{field}: seharusnya {expected}"),
    "registration.invalid": QT_TRANSLATE_NOOP(
        "cli", "pendaftaran ini punya {count} masalah isian, tercantum di atas"
    ),
    "registration.duplicate": QT_TRANSLATE_NOOP(
        "cli", "nik: sudah terdaftar di kantor ini (pendaftaran {existing_id})"
    ),
    "registration.ineligible": QT_TRANSLATE_NOOP(
        "cli", "tidak memenuhi syarat, jadi tidak dapat diajukan ({rules}); simpan dengan --draft"
    ),
    "registration.unknown": QT_TRANSLATE_NOOP("cli", "id: pendaftaran itu tidak ada"),
    "registration.own_record": QT_TRANSLATE_NOOP(
        "cli",
        "Anda membuat atau mengajukan pendaftaran ini: verifikator lain yang harus memeriksanya",
    ),
    "registration.read_only": QT_TRANSLATE_NOOP(
        "cli", "pendaftaran ini berstatus {status} dan tidak dapat diubah"
    ),
    "registration.reason_note_required": QT_TRANSLATE_NOOP(
        "cli", "--note: tuliskan alasannya bila alasannya LAINNYA"
    ),
    "status.illegal": QT_TRANSLATE_NOOP(
        "cli", "tidak boleh untuk pendaftaran berstatus {current} ({action})"
    ),
    "keys.bad_file": QT_TRANSLATE_NOOP("cli", "berkas: bukan berkas kunci UCJ ({reason})"),
    "keys.wrong_role": QT_TRANSLATE_NOOP(
        "cli", "berkas: ini berkas kunci {role}, padahal yang diperlukan berkas kunci {expected}"
    ),
    "keys.no_hub_key": QT_TRANSLATE_NOOP(
        "cli", "belum ada kunci hub: jalankan 'ucj keys import BERKAS-KUNCI-HUB' dahulu"
    ),
    "batch.nothing_to_export": QT_TRANSLATE_NOOP(
        "cli",
        "tidak ada pendaftaran terverifikasi yang menunggu dikirim; tidak ada yang ditulis",
    ),
    "batch.unknown": QT_TRANSLATE_NOOP("cli", "--again: batch {sequence} tidak ada"),
    "registration.bad_key": QT_TRANSLATE_NOOP(
        "cli",
        "{key!r} bukan nomor pendaftaran (36 karakter), NIK (16 angka) atau KPJ (11 angka)",
    ),
    "registration.no_match": QT_TRANSLATE_NOOP(
        "cli", "tidak ada pendaftaran dengan {kind} {key}; tidak ada yang diubah"
    ),
    "registration.ambiguous": QT_TRANSLATE_NOOP(
        "cli",
        "{kind} {key} cocok dengan {count} pendaftaran ({ids}): beri nomor pendaftarannya; "
        "tidak ada yang diubah",
    ),
    "demo.no_hub": QT_TRANSLATE_NOOP(
        "cli",
        "data demo ini dibuat oleh versi lama dan belum punya hub demo: hapus folder demo lalu "
        "mulai lagi dengan --demo",
    ),
    "demo.not_demo": QT_TRANSLATE_NOOP(
        "cli", "hub demo hanya ada pada data demo; tidak ada yang diubah"
    ),
    "report.unknown_kind": QT_TRANSLATE_NOOP(
        "cli", "jenis: laporan {kind!r} tidak dikenal (quota, premium, roster)"
    ),
    "report.unknown_format": QT_TRANSLATE_NOOP(
        "cli", "--out: {suffix} bukan format laporan; pakai .xlsx, .csv atau .pdf"
    ),
    "report.unknown_status": QT_TRANSLATE_NOOP("cli", "--status: status {status!r} tidak dikenal"),
    "report.bad_month": QT_TRANSLATE_NOOP(
        "cli", "--month: {value!r} bukan bulan; tulis sebagai YYYY-MM, mis. 2026-11"
    ),
    "report.write_failed": QT_TRANSLATE_NOOP(
        "cli", "--out: laporan tidak dapat ditulis di situ ({reason}); tidak ada yang ditulis"
    ),
    "backup.exists": QT_TRANSLATE_NOOP(
        "cli", "--out: {path} sudah ada; pilih nama lain (tidak ada yang ditulis)"
    ),
    "backup.write_failed": QT_TRANSLATE_NOOP(
        "cli", "--out: cadangan tidak dapat ditulis di situ ({reason}); tidak ada yang ditulis"
    ),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "cli", "FILE: bukan cadangan UCJ Desktop ({reason}); tidak ada yang diubah"
    ),
    "backup.too_new": QT_TRANSLATE_NOOP(
        "cli",
        "FILE: dibuat oleh UCJ Desktop yang lebih baru ({version}); pasang versi itu atau "
        "yang lebih baru",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "cli",
        "FILE: cadangan ini rusak (basis datanya tidak cocok dengan cek-sumnya atau gagal "
        "pemeriksaan); gunakan cadangan lain. Tidak ada yang diubah",
    ),
    "backup.recovery_code_needed": QT_TRANSLATE_NOOP(
        "cli",
        "--recovery-code: brankas kunci komputer ini tidak menyimpan kunci data ini; beri kode "
        "pemulihan yang dicetak saat penyiapan (tidak ada yang diubah)",
    ),
    "backup.store_exists": QT_TRANSLATE_NOOP(
        "cli",
        "data kantor sudah ada di {path}; tambahkan --replace untuk memindahkannya lalu "
        "memulihkan cadangan (tidak ada yang diubah)",
    ),
    "backup.restore_incomplete": QT_TRANSLATE_NOOP(
        "cli",
        "pemulihan gagal di tengah jalan dan data lama tidak dapat dikembalikan: data lama utuh "
        "di {path}; salin berkasnya kembali ke folder data atau pulihkan lagi",
    ),
    "backup.store_in_use": QT_TRANSLATE_NOOP(
        "cli",
        "data kantor di {path} sedang dibuka oleh UCJ Desktop atau perintah ucj lain: tutup "
        "semuanya di komputer ini, lalu pulihkan lagi (tidak ada yang diubah)",
    ),
    "backup.admin_needed": QT_TRANSLATE_NOOP(
        "cli",
        "--user: data kantor di folder ini masih dapat dibuka, jadi hanya salah satu adminnya "
        "yang boleh menggantinya; tambahkan --user NAMA (tidak ada yang diubah)",
    ),
    "backup.restore_failed": QT_TRANSLATE_NOOP(
        "cli",
        "data yang dipulihkan tidak dapat ditulis ke folder data ({reason}); folder itu tidak "
        "diubah",
    ),
    "batch.write_failed": QT_TRANSLATE_NOOP(
        "cli",
        "--out: berkas batch tidak dapat ditulis di situ ({reason}); tidak ada yang diubah",
    ),
    "batch.rename_failed": QT_TRANSLATE_NOOP(
        "cli",
        "batch {sequence} sudah tercatat, tetapi berkasnya tidak dapat diletakkan di tempatnya: "
        "tulis lagi dengan --again {sequence}",
    ),
    "print.nothing": QT_TRANSLATE_NOOP(
        "cli",
        "tidak ada pekerja terdaftar yang menunggu kartu; sebutkan --ids untuk mencetak yang lain",
    ),
    "print.not_enrolled": QT_TRANSLATE_NOOP(
        "cli", "pendaftaran {id} belum punya KPJ atau kode kartu (belum terdaftar)"
    ),
    "print.reprint_reason": QT_TRANSLATE_NOOP(
        "cli", "{count} kartu sudah pernah dicetak: tuliskan alasannya dengan --reason"
    ),
    "print.write_failed": QT_TRANSLATE_NOOP(
        "cli", "--out: PDF tidak dapat ditulis ({reason}); tidak ada yang dicatat"
    ),
    "print.already_handed": QT_TRANSLATE_NOOP(
        "cli",
        "{count} dari kartu ini sudah tercatat diserahkan (kartu cetak ulang boleh diserahkan "
        "lagi); tidak ada yang dicatat",
    ),
    "print.not_printed": QT_TRANSLATE_NOOP("cli", "{count} dari kartu ini belum pernah dicetak"),
    "print.nothing_selected": QT_TRANSLATE_NOOP("cli", "sebutkan nomor pendaftarannya"),
    "print.bad_token": QT_TRANSLATE_NOOP(
        "cli",
        "pendaftaran {id}...: kode kartunya tidak cocok dengan kunci hub yang dipercaya; tidak "
        "ada yang dicetak (hubungi hub)",
    ),
    "print.unknown_scope": QT_TRANSLATE_NOOP("cli", "--scope: antrean {scope!r} tidak dikenal"),
    "print.unknown_layout": QT_TRANSLATE_NOOP(
        "cli", "--layout: tata letak {layout!r} tidak dikenal"
    ),
    "print.unknown_destination": QT_TRANSLATE_NOOP("cli", "tujuan cetak tidak dikenal"),
    "card.not_a_token": QT_TRANSLATE_NOOP(
        "cli",
        "bukan kode kartu UCJ, atau tidak utuh (kode kartu berupa satu deret angka panjang; "
        "kode kartu lama diawali UCJ1.)",
    ),
    "card.bad_signature": QT_TRANSLATE_NOOP(
        "cli", "TIDAK ASLI: tanda tangan kartu tidak cocok dengan kunci hub kota"
    ),
    "card.bad_payload": QT_TRANSLATE_NOOP("cli", "kode kartu rusak"),
    "ack.duplicate_records": QT_TRANSLATE_NOOP(
        "cli", "tanda terima menyebut satu pendaftaran dua kali; tidak ada yang diubah"
    ),
    "package.corrupt": QT_TRANSLATE_NOOP(
        "cli", "berkas paket rusak atau telah diubah ({reason}); tidak ada yang diubah"
    ),
    "package.wrong_members": QT_TRANSLATE_NOOP(
        "cli", "bukan paket sinkronisasi UCJ (isinya {found}); tidak ada yang diubah"
    ),
    "package.too_large": QT_TRANSLATE_NOOP(
        "cli",
        "berkas paket rusak atau telah diubah ({member} mengaku berukuran mustahil); tidak ada "
        "yang diubah",
    ),
    "package.file_too_large": QT_TRANSLATE_NOOP(
        "cli",
        "berkas lebih besar dari paket sinkronisasi mana pun ({megabytes} MB): ini bukan paket; "
        "tidak ada yang diubah",
    ),
    "package.not_a_file": QT_TRANSLATE_NOOP(
        "cli", "itu bukan berkas paket (perangkat atau pipa); tidak ada yang diubah"
    ),
    "package.bad_recipient_key": QT_TRANSLATE_NOOP(
        "cli",
        "kunci hub yang dipercaya bukan kunci penerima age yang sah: impor ulang berkas kunci hub",
    ),
    "package.bad_manifest": QT_TRANSLATE_NOOP(
        "cli", "keterangan isi paket (manifest) tidak sah ({reason}); tidak ada yang diubah"
    ),
    "package.unsupported_version": QT_TRANSLATE_NOOP(
        "cli", "format paket versi {version} belum dikenal"
    ),
    "package.wrong_kind": QT_TRANSLATE_NOOP(
        "cli", "ini paket {kind}, bukan {expected}; tidak ada yang diubah"
    ),
    "package.unknown_signer": QT_TRANSLATE_NOOP(
        "cli",
        "ditandatangani kunci yang tidak dipercaya kantor ini ({signer}...); impor kunci hub "
        "dahulu",
    ),
    "package.bad_signature": QT_TRANSLATE_NOOP(
        "cli",
        "tanda tangan paket tidak cocok: paket diubah setelah ditandatangani; tidak ada yang "
        "diubah",
    ),
    "package.hash_mismatch": QT_TRANSLATE_NOOP(
        "cli", "isi paket tidak cocok dengan sidik di manifest; tidak ada yang diubah"
    ),
    "package.wrong_recipient": QT_TRANSLATE_NOOP(
        "cli", "paket ini untuk perangkat lain; tidak ada yang diubah"
    ),
    "package.decrypt_failed": QT_TRANSLATE_NOOP(
        "cli", "isi paket tidak dapat dibuka dengan kunci perangkat ini"
    ),
    "package.bad_payload": QT_TRANSLATE_NOOP(
        "cli", "isi paket bukan data yang sah ({reason}); tidak ada yang diubah"
    ),
    "package.count_mismatch": QT_TRANSLATE_NOOP(
        "cli", "isi paket berisi {found} data, manifest menyebut {expected}"
    ),
    "package.conflict": QT_TRANSLATE_NOOP(
        "cli",
        "tanda terima {package} sudah pernah diimpor dengan isi lain: ditolak, tidak ada yang "
        "digabungkan",
    ),
    "ack.other_office": QT_TRANSLATE_NOOP(
        "cli", "tanda terima ini untuk kantor {office}; tidak ada yang diubah"
    ),
    "ack.unknown_records": QT_TRANSLATE_NOOP(
        "cli",
        "tanda terima menyebut {count} pendaftaran yang tidak pernah dikirim kantor ini; tidak "
        "ada yang diubah",
    ),
    "ack.bad_record": QT_TRANSLATE_NOOP(
        "cli",
        "data ke-{record} tanda terima (pendaftaran {registration}...) tidak sah pada isian "
        "{field} ({reason}); tidak ada yang diubah",
    ),
    "cli.category_only_candidates": QT_TRANSLATE_NOOP(
        "cli", "--category: hanya untuk 'ucj import candidates'"
    ),
    "cli.map_syntax": QT_TRANSLATE_NOOP("cli", "--map: tulis KOLOM=ISIAN (tertulis {value!r})"),
    "cli.not_for_settings": QT_TRANSLATE_NOOP(
        "cli", "--map, --accept-valid dan --category bukan untuk 'ucj import settings'"
    ),
    "columns.missing": QT_TRANSLATE_NOOP(
        "cli",
        "berkas tidak punya kolom {missing}; judul kolomnya {found}. Pakai --map KOLOM=ISIAN "
        "untuk kolom yang bernama lain",
    ),
    "columns.duplicate": QT_TRANSLATE_NOOP(
        "cli", "dua kolom cocok untuk {field}: {columns}; pakai --map untuk memilih satu"
    ),
    "columns.unknown_field": QT_TRANSLATE_NOOP(
        "cli", "--map: tidak ada isian {field!r}; isian yang ada {allowed}"
    ),
    "columns.not_in_file": QT_TRANSLATE_NOOP("cli", "--map: berkas tidak punya kolom {column!r}"),
    "file.not_found": QT_TRANSLATE_NOOP("cli", "berkas: tidak ditemukan"),
    "file.unreadable": QT_TRANSLATE_NOOP("cli", "berkas: tidak dapat dibaca ({reason})"),
    "file.empty": QT_TRANSLATE_NOOP("cli", "berkas: kosong (0 byte)"),
    "file.binary": QT_TRANSLATE_NOOP("cli", "berkas: bukan berkas CSV atau XLSX (isinya biner)"),
    "file.no_header": QT_TRANSLATE_NOOP("cli", "berkas: tidak ada baris judul kolom"),
    "file.no_rows": QT_TRANSLATE_NOOP(
        "cli", "berkas: hanya judul kolom, tanpa baris data; tidak ada yang diubah"
    ),
    "file.encoding": QT_TRANSLATE_NOOP(
        "cli", "berkas: baris {line} bukan teks UTF-8 atau Windows-1252"
    ),
    "csv.malformed": QT_TRANSLATE_NOOP("cli", "berkas: baris {line} bukan CSV yang sah ({reason})"),
    "xlsx.unreadable": QT_TRANSLATE_NOOP(
        "cli", "berkas: berkas XLSX rusak atau terpotong ({reason})"
    ),
    "xlsx.too_many_rows": QT_TRANSLATE_NOOP(
        "cli",
        "berkas: lembar kerja melewati baris {maximum:,}, baris terakhir Excel (baris kosong "
        "ikut dihitung): bukan simpanan Excel; tidak ada yang diubah",
    ),
    "xlsx.shared_strings_too_large": QT_TRANSLATE_NOOP(
        "cli",
        "berkas: tabel teks buku kerja membesar menjadi {megabytes:,} MB, jauh melebihi "
        "ekstrak mana pun: rusak atau berbahaya; tidak ada yang diubah",
    ),
    "file.header_too_long": QT_TRANSLATE_NOOP(
        "cli",
        "berkas: baris 1 lebih panjang dari {maximum:,} karakter: bukan baris judul kolom "
        "(apakah ini berkas CSV?)",
    ),
    "file.too_many_columns": QT_TRANSLATE_NOOP(
        "cli",
        "berkas: judul kolom berisi {found:,} kolom, lebih dari {maximum:,}: bukan judul kolom "
        "ekstrak",
    ),
    "import.cancelled": QT_TRANSLATE_NOOP("cli", "impor dibatalkan; data sebelumnya tidak berubah"),
    "import.report_unwritable": QT_TRANSLATE_NOOP(
        "cli",
        "laporan baris yang ditolak tidak dapat ditulis di samping berkas maupun di folder data",
    ),
    "import.reader_failed": QT_TRANSLATE_NOOP(
        "cli", "pembaca berkas berhenti mendadak; tidak ada yang diubah"
    ),
    "import.unknown_kind": QT_TRANSLATE_NOOP("cli", "jenis data rujukan {kind!r} tidak dikenal"),
    "search.too_short": QT_TRANSLATE_NOOP("cli", "teks pencarian: minimal {minimum} karakter"),
    "kelurahan.unknown": QT_TRANSLATE_NOOP(
        "cli",
        "--kelurahan: bukan kelurahan Kota Bekasi (beri kodenya 32.75.KK.1NNN atau namanya)",
    ),
    "nik.empty": QT_TRANSLATE_NOOP("cli", "NIK: tidak diberikan"),
    "nik.scientific": QT_TRANSLATE_NOOP(
        "cli",
        "NIK: tertulis sebagai angka ilmiah (mis. 3.27501E+15), digitnya hilang; ketik sebagai "
        "teks",
    ),
    "nik.length": QT_TRANSLATE_NOOP("cli", "NIK: seharusnya 16 digit, tertulis {length}"),
    "nik.not_digits": QT_TRANSLATE_NOOP("cli", "NIK: hanya angka"),
}
