"""The sentence for an acknowledgement the office refused: which record, which column, why
(codes: sync.records.AckProblem)."""

from __future__ import annotations

from collections.abc import Mapping

from ucj_desktop.gui.text import fill, translate


def ack_bad_record_text(values: Mapping[str, object]) -> str:
    # The service names the record (its line in the ack, its registration id's first 8
    # characters) and why, in the English words the CLI prints; never the NIK or the name.
    # The words come with the sync record format (its checks load the form's rules): imported
    # here, so the login's error words do not load them.
    from ucj_desktop.wording import sync_reasons as ack

    problem = {
        ack.NOT_A_KPJ: translate("error_text", "nomor KPJ (kolom kpj) bukan 11 angka"),
        ack.NOT_A_DATE: translate(
            "error_text",
            "tanggal kepesertaan (kolom coverage_start/coverage_end) bukan tanggal yang sah",
        ),
        ack.END_BEFORE_START: translate(
            "error_text", "akhir kepesertaan (kolom coverage_end) lebih awal dari tanggal mulainya"
        ),
        ack.UNKNOWN_RESULT: translate(
            "error_text",
            "hasilnya (kolom result) bukan terdaftar, dikembalikan atau menunggu kuota",
        ),
        ack.EMPTY_REASON: translate("error_text", "alasan pengembalian (kolom reason) kosong"),
        ack.RANK_NOT_A_RANK: translate(
            "error_text", "peringkat antrean kuota (kolom rank) bukan bilangan bulat mulai dari 1"
        ),
        ack.CARD_MISSING: translate(
            "error_text",
            "kode kartu (kolom card_token) tidak ada, padahal wajib untuk peserta terdaftar",
        ),
        ack.CARD_NOT_A_CODE: translate(
            "error_text", "kode kartu (kolom card_token) bukan kode kartu UCJ"
        ),
        ack.CARD_DAMAGED: translate("error_text", "kode kartu (kolom card_token) rusak"),
        ack.CARD_NOT_FROM_HUB: translate(
            "error_text",
            "kode kartu (kolom card_token) tidak ditandatangani kunci hub yang dipercaya",
        ),
        ack.CARD_OTHER_KPJ: translate(
            "error_text", "kode kartu (kolom card_token) dibuat untuk KPJ lain"
        ),
        ack.CARD_OTHER_NIK: translate(
            "error_text", "kode kartu (kolom card_token) dibuat untuk NIK lain"
        ),
        ack.CARD_OTHER_END: translate(
            "error_text",
            "kode kartu (kolom card_token) dibuat untuk tanggal akhir kepesertaan lain",
        ),
        ack.CARD_OTHER_OFFICE: translate(
            "error_text", "kode kartu (kolom card_token) dibuat untuk kantor lain"
        ),
        ack.SETTINGS_NOT_A_VERSION: translate(
            "error_text",
            "versi pengaturan hub (kolom settings_version) bukan bilangan bulat mulai dari 1",
        ),
    }.get(str(values.get("reason", "")))
    if problem is None:
        return translate(
            "error_text",
            "Tanda terima berisi data yang tidak sah. Hubungi hub. Tidak ada yang diubah.",
        )
    return fill(
        translate(
            "error_text",
            "Tanda terima ditolak: pada data ke-{record} (pendaftaran {registration}…), "
            "{problem}. Hubungi hub. Tidak ada yang diubah.",
        ),
        {**values, "problem": problem},
    )
