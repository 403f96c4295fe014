"""The hub desk's words for the hub's error codes (hub/*.py), joined into error_text's tables.
The CLI's English lines for the same codes are in cli/messages.py: keep both in step."""

from __future__ import annotations

from ucj_desktop.gui.text import translator

_tr = translator("hub_text")


def hub_templates() -> dict[str, str]:
    return {
        "hub.no_packages": _tr(
            "Tidak ada paket sinkronisasi (.ucjsync) di berkas atau folder itu."
        ),
        "hub.reader_failed": _tr(
            "Pembaca paket berhenti mendadak. Paket yang sudah dinyatakan diterima tersimpan, "
            "sisanya belum: jalankan penerimaan lagi."
        ),
        "hub.device_not_enrolled": _tr(
            "Paket ditandatangani laptop yang belum didaftarkan di hub ({signer}…). Daftarkan "
            "berkas kunci kantornya dahulu. Tidak ada yang diubah."
        ),
        "hub.device_conflict": _tr(
            "Perangkat {device}… sudah terdaftar dengan kunci lain atau untuk kantor lain. Ditolak."
        ),
        "hub.office_mismatch": _tr(
            "Paket menyebut kantor {office}, tetapi laptopnya terdaftar untuk kantor lain. "
            "Ditolak, tidak ada yang diubah."
        ),
        "hub.package_conflict": _tr(
            "Paket {package} pernah diterima dengan isi lain. Ditolak, tidak ada yang digabungkan."
        ),
        "hub.sequence_conflict": _tr(
            "Paket nomor {sequence} dari laptop ini pernah diterima sebagai paket lain "
            "({package}…). Ditolak, tidak ada yang digabungkan."
        ),
        "hub.bad_record": _tr(
            "Data ke-{record} dalam paket tidak sah pada isian {field} ({reason}). Seluruh "
            "paket ditolak, tidak ada yang diambil."
        ),
        "hub.duplicate_record": _tr(
            "Paket memuat pendaftaran yang sama dua kali (data ke-{record}). Seluruh paket ditolak."
        ),
        "hub.nothing_to_send": _tr(
            "Tidak ada pekerja yang menunggu dikirim ke BPJS dan semua berkas sudah dijawab. "
            "Tidak ada berkas yang ditulis."
        ),
        "hub.bpjs_unmatched": _tr(
            "{count} baris berkas hasil BPJS tidak cocok dengan pekerja yang dikirim dan belum "
            "dijawab (baris {lines}). Tidak ada yang diterapkan."
        ),
        "hub.bpjs_kpj_twice": _tr(
            "Berkas hasil BPJS memberi satu KPJ kepada dua pekerja (baris {lines}). Tidak ada "
            "yang diterapkan."
        ),
        "hub.bpjs_answered_meanwhile": _tr(
            "Perintah hub lain mengubah pekerja ini selagi berkas BPJS dibaca. Tidak ada yang "
            "diterapkan: impor berkas hasil BPJS sekali lagi."
        ),
        "hub.coverage_rejected": _tr(
            "{count} baris daftar kepesertaan tidak sah ({lines}). Tidak ada yang diubah."
        ),
        "hub.quota_below_held": _tr(
            "Sudah {held} kursi kuota terisi; kuota tidak dapat diturunkan di bawah itu."
        ),
        "config.unknown": _tr("Pengaturan itu tidak dikenal."),
        "hub.no_offices": _tr(
            "Belum ada laptop kantor yang terdaftar di hub, jadi paket pengaturan tidak dapat "
            "dibuka kantor mana pun. Daftarkan laptop kantor dahulu. Tidak ada berkas yang ditulis."
        ),
        "hub.desk_has_operators": _tr(
            "Hub ini sudah punya akun operator. Masuk dengan akun itu; admin hub menambah akun "
            "lainnya."
        ),
    }
