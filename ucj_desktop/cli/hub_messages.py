"""The CLI's lines for the city hub's codes (``ucj-hub``: the database, office batches, the
BPJS file and its column map, the programme settings) and for the settings package an office
imports: Indonesian source words, translated by cli/messages.describe. The hub desk says the
same codes in gui/text/hub_text.py and bpjs_text.py."""

from __future__ import annotations

from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP

HUB_MESSAGES: dict[str, str] = {
    "bpjs_map.not_found": QT_TRANSLATE_NOOP(
        "cli", "peta kolom BPJS {map!r}: peta itu tidak ada; tidak ada yang ditulis"
    ),
    "bpjs_map.unreadable": QT_TRANSLATE_NOOP(
        "cli", "peta kolom BPJS {map!r}: bukan berkas JSON yang dapat dibaca ({reason})"
    ),
    "bpjs_map.missing_key": QT_TRANSLATE_NOOP(
        "cli", "peta kolom BPJS {map!r}: kunci {key!r} tidak ada"
    ),
    "bpjs_map.unknown_key": QT_TRANSLATE_NOOP(
        "cli", "peta kolom BPJS {map!r}: kunci {key!r} tidak dikenal (salah ketik?)"
    ),
    "bpjs_map.bad_value": QT_TRANSLATE_NOOP(
        "cli", "peta kolom BPJS {map!r}: {key!r} harus {expected}"
    ),
    "bpjs_map.unsupported_format": QT_TRANSLATE_NOOP(
        "cli",
        "peta kolom BPJS {map!r}: format versi {format_version} belum dikenal (versi ini "
        "membaca {supported}): pasang UCJ Desktop yang lebih baru",
    ),
    "bpjs_file.bad_months": QT_TRANSLATE_NOOP(
        "cli", "bulan iuran: angka bulat dari {minimum} sampai {maximum}"
    ),
    "bpjs_file.no_rows": QT_TRANSLATE_NOOP(
        "cli", "tidak ada pekerja untuk dikirim ke BPJS; tidak ada yang ditulis"
    ),
    "bpjs_file.bad_rows": QT_TRANSLATE_NOOP(
        "cli",
        "{count} baris tidak dapat dimasukkan ke berkas BPJS, tidak ada yang ditulis: {lines}",
    ),
    "bpjs_result.bad_lines": QT_TRANSLATE_NOOP(
        "cli", "berkas hasil BPJS: {count} baris tidak sah, tidak ada yang dibaca: {lines}"
    ),
    "bpjs_result.missing_columns": QT_TRANSLATE_NOOP(
        "cli",
        "berkas hasil BPJS: tidak ada kolom untuk {missing} di antara {found} judul kolomnya; "
        "tidak ada yang dibaca",
    ),
    "bpjs_result.ambiguous_column": QT_TRANSLATE_NOOP(
        "cli",
        "berkas hasil BPJS: kolom {headers} masing-masing dapat berisi {column}; tidak ada "
        "yang dibaca",
    ),
    "bpjs_result.too_many_rows": QT_TRANSLATE_NOOP(
        "cli",
        "berkas hasil BPJS: lebih dari {maximum:,} baris, lebih banyak dari hasil mana pun; "
        "tidak ada yang dibaca",
    ),
    "db.not_a_url": QT_TRANSLATE_NOOP(
        "cli", "--db: bukan URL basis data (postgresql+psycopg://USER@HOST/DATABASE)"
    ),
    "db.not_postgres": QT_TRANSLATE_NOOP(
        "cli",
        "--db: hanya URL PostgreSQL (postgresql+psycopg://...); tanpa --db hub memakai "
        "berkas terenkripsinya sendiri",
    ),
    "db.password_in_url": QT_TRANSLATE_NOOP(
        "cli",
        "--db: URL memuat kata sandi; beri kata sandi lewat --db-password-stdin atau berkas "
        "kata sandi libpq, jangan di baris perintah (tidak ada yang diubah)",
    ),
    "db.no_database": QT_TRANSLATE_NOOP("cli", "--db: URL tidak menyebut basis data"),
    "hub.no_packages": QT_TRANSLATE_NOOP(
        "cli", "tidak ada paket .ucjsync di berkas atau folder yang disebut"
    ),
    "hub.reader_failed": QT_TRANSLATE_NOOP(
        "cli",
        "pembaca paket berhenti mendadak; batch yang tercantum diterima sudah tersimpan, "
        "sisanya belum: jalankan penerimaan lagi",
    ),
    "hub.device_not_enrolled": QT_TRANSLATE_NOOP(
        "cli",
        "ditandatangani laptop yang belum didaftarkan di hub ({signer}...): daftarkan berkas "
        "kuncinya dahulu (ucj-hub enroll-device BERKAS)",
    ),
    "hub.device_conflict": QT_TRANSLATE_NOOP(
        "cli",
        "perangkat {device}... sudah terdaftar dengan kunci lain atau untuk kantor lain: ditolak",
    ),
    "hub.office_mismatch": QT_TRANSLATE_NOOP(
        "cli",
        "batch menyebut kantor {office}, tetapi laptopnya terdaftar untuk kantor lain: ditolak",
    ),
    "hub.package_conflict": QT_TRANSLATE_NOOP(
        "cli",
        "batch {package} pernah diterima dengan isi lain: ditolak, tidak ada yang digabungkan",
    ),
    "hub.sequence_conflict": QT_TRANSLATE_NOOP(
        "cli",
        "batch {sequence} dari laptop ini pernah diterima sebagai paket lain ({package}...): "
        "ditolak, tidak ada yang digabungkan",
    ),
    "hub.bad_record": QT_TRANSLATE_NOOP(
        "cli",
        "data ke-{record} dalam batch tidak sah pada isian {field} ({reason}); tidak ada yang "
        "diambil darinya",
    ),
    "hub.duplicate_record": QT_TRANSLATE_NOOP(
        "cli",
        "batch memuat pendaftaran pada data ke-{record} dua kali; tidak ada yang diambil darinya",
    ),
    "hub.nothing_to_send": QT_TRANSLATE_NOOP(
        "cli",
        "tidak ada pekerja berkursi yang menunggu dikirim ke BPJS dan semua berkas BPJS sudah "
        "dijawab; tidak ada yang ditulis",
    ),
    "hub.bpjs_unmatched": QT_TRANSLATE_NOOP(
        "cli",
        "{count} baris berkas BPJS tidak cocok dengan pekerja yang dikirim dan belum dijawab "
        "(baris {lines}); tidak ada yang diterapkan",
    ),
    "hub.bpjs_kpj_twice": QT_TRANSLATE_NOOP(
        "cli",
        "berkas BPJS memberi satu KPJ kepada dua pekerja (baris {lines}); tidak ada yang "
        "diterapkan",
    ),
    "hub.bpjs_answered_meanwhile": QT_TRANSLATE_NOOP(
        "cli",
        "perintah ucj-hub lain mengubah pekerja ini selagi berkas BPJS dibaca; tidak ada yang "
        "diterapkan: jalankan import-bpjs lagi",
    ),
    "hub.coverage_rejected": QT_TRANSLATE_NOOP(
        "cli",
        "{count} baris daftar kepesertaan tidak sah ({lines}); tidak ada yang diubah",
    ),
    "hub.quota_below_held": QT_TRANSLATE_NOOP(
        "cli", "kuota: sudah {held:,} kursi terisi; kuota tidak dapat diturunkan di bawah itu"
    ),
    "config.invalid": QT_TRANSLATE_NOOP("cli", "{field}: nilai tidak sah ({reason})"),
    "config.unknown": QT_TRANSLATE_NOOP("cli", "{field}: pengaturan itu tidak ada"),
    "hub.no_offices": QT_TRANSLATE_NOOP(
        "cli",
        "belum ada laptop kantor yang terdaftar, jadi tidak ada kantor yang dapat membuka paket "
        "pengaturan: daftarkan dahulu (ucj-hub enroll-device BERKAS); tidak ada yang ditulis",
    ),
    "settings.unsigned": QT_TRANSLATE_NOOP(
        "cli", "paket pengaturan tidak bertanda tangan: ditolak, tidak ada yang diubah"
    ),
    "settings.bad_signature": QT_TRANSLATE_NOOP(
        "cli",
        "tanda tangan paket pengaturan tidak cocok: paket diubah setelah ditandatangani hub; "
        "tidak ada yang diubah",
    ),
    "settings.other_key": QT_TRANSLATE_NOOP(
        "cli",
        "paket pengaturan ditandatangani kunci lain ({signer}...), bukan kunci hub yang berlaku "
        "di sini; tidak ada yang diubah",
    ),
    "settings.other_city": QT_TRANSLATE_NOOP(
        "cli",
        "paket pengaturan ini untuk kota {city}, bukan kota kantor ini; tidak ada yang diubah",
    ),
    "settings.malformed": QT_TRANSLATE_NOOP(
        "cli", "paket pengaturan tidak sah ({problem}: {reason}); tidak ada yang diubah"
    ),
    "settings.already_in_force": QT_TRANSLATE_NOOP(
        "cli",
        "pengaturan program versi {version} sudah berlaku di sini; tidak ada yang diubah",
    ),
    "settings.older": QT_TRANSLATE_NOOP(
        "cli",
        "paket berisi pengaturan program versi {version}, lebih lama dari versi {held} yang "
        "berlaku di sini; tidak ada yang diubah",
    ),
    "settings.wrong_kind": QT_TRANSLATE_NOOP(
        "cli", "ini paket {kind}, bukan paket pengaturan; tidak ada yang diubah"
    ),
    "settings.other_device": QT_TRANSLATE_NOOP(
        "cli",
        "paket pengaturan tidak disegel untuk laptop ini (didaftarkan setelah hub menulisnya?): "
        "minta hub mengekspor pengaturan lagi; tidak ada yang diubah",
    ),
    "hub.desk_has_operators": QT_TRANSLATE_NOOP(
        "cli", "hub sudah punya operator: admin yang menambah operator lainnya"
    ),
}
