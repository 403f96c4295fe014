"""The hub desk's words for the hub's error codes (hub/*.py), joined into error_text's tables.
The CLI's English lines for the same codes are in cli/messages.py: keep both in step."""

from __future__ import annotations

from ucj_desktop.gui.text import translate


def hub_templates() -> dict[str, str]:
    return {
        "hub.no_packages": translate(
            "hub_text", "Tidak ada paket sinkronisasi (.ucjsync) di berkas atau folder itu."
        ),
        "hub.reader_failed": translate(
            "hub_text",
            "Pembaca paket berhenti mendadak. Paket yang sudah dinyatakan diterima tersimpan, "
            "sisanya belum: jalankan penerimaan lagi.",
        ),
        "hub.device_not_enrolled": translate(
            "hub_text",
            "Paket ditandatangani laptop yang belum didaftarkan di hub ({signer}…). Daftarkan "
            "berkas kunci kantornya dahulu. Tidak ada yang diubah.",
        ),
        "hub.device_conflict": translate(
            "hub_text",
            "Perangkat {device}… sudah terdaftar dengan kunci lain atau untuk "
            "kantor lain. Ditolak.",
        ),
        "hub.office_mismatch": translate(
            "hub_text",
            "Paket menyebut kantor {office}, tetapi laptopnya terdaftar untuk kantor lain. "
            "Ditolak, tidak ada yang diubah.",
        ),
        "hub.package_conflict": translate(
            "hub_text",
            "Paket {package} pernah diterima dengan isi lain. Ditolak, tidak ada yang digabungkan.",
        ),
        "hub.sequence_conflict": translate(
            "hub_text",
            "Paket nomor {sequence} dari laptop ini pernah diterima sebagai paket lain "
            "({package}…). Ditolak, tidak ada yang digabungkan.",
        ),
        "hub.bad_record": translate(
            "hub_text",
            "Data ke-{record} dalam paket tidak sah pada isian {field} ({reason}). Seluruh "
            "paket ditolak, tidak ada yang diambil.",
        ),
        "hub.duplicate_record": translate(
            "hub_text",
            "Paket memuat pendaftaran yang sama dua kali (data ke-{record}). "
            "Seluruh paket ditolak.",
        ),
        "hub.nothing_to_send": translate(
            "hub_text",
            "Tidak ada pekerja yang menunggu dikirim ke BPJS dan semua berkas sudah dijawab. "
            "Tidak ada berkas yang ditulis.",
        ),
        "hub.bpjs_unmatched": translate(
            "hub_text",
            "{count} baris berkas hasil BPJS tidak cocok dengan pekerja yang dikirim dan belum "
            "dijawab (baris {lines}). Tidak ada yang diterapkan.",
        ),
        "hub.bpjs_kpj_twice": translate(
            "hub_text",
            "Berkas hasil BPJS memberi satu KPJ kepada dua pekerja (baris {lines}). Tidak ada "
            "yang diterapkan.",
        ),
        "hub.bpjs_answered_meanwhile": translate(
            "hub_text",
            "Perintah hub lain mengubah pekerja ini selagi berkas BPJS dibaca. Tidak ada yang "
            "diterapkan: impor berkas hasil BPJS sekali lagi.",
        ),
        "hub.coverage_rejected": translate(
            "hub_text",
            "{count} baris daftar kepesertaan tidak sah ({lines}). Tidak ada yang diubah.",
        ),
        "hub.quota_below_held": translate(
            "hub_text",
            "Sudah {held} kursi kuota terisi; kuota tidak dapat diturunkan di bawah itu.",
        ),
        "config.unknown": translate("hub_text", "Pengaturan itu tidak dikenal."),
        "hub.no_offices": translate(
            "hub_text",
            "Belum ada laptop kantor yang terdaftar di hub, jadi paket pengaturan tidak dapat "
            "dibuka kantor mana pun. Daftarkan laptop kantor dahulu. Tidak ada "
            "berkas yang ditulis.",
        ),
        "hub.desk_has_operators": translate(
            "hub_text",
            "Hub ini sudah punya akun operator. Masuk dengan akun itu; admin hub menambah akun "
            "lainnya.",
        ),
    }
