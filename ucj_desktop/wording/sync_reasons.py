"""Words for why an acknowledgement record is refused (codes: sync.records.AckProblem): what
is wrong and in which column of the ack, in the catalog's language. The service puts the code
(``problem``) and these words (``reason``, for the CLI) in its error; the GUI says them in its
sentence (gui/text/ack_text.py). Never personal data: the error names the record by its line in
the ack and its registration id's prefix.
"""

from __future__ import annotations

from ucj_desktop.sync.records import AckProblem
from ucj_desktop.wording.catalog import QT_TRANSLATE_NOOP, translate

# The Indonesian source words; ack_problem_words says them in the thread's language.
ACK_PROBLEM_WORDS: dict[AckProblem, str] = {
    AckProblem.NOT_A_KPJ: QT_TRANSLATE_NOOP("sync_reasons", "nomor KPJ (kolom kpj) bukan 11 angka"),
    AckProblem.NOT_A_DATE: QT_TRANSLATE_NOOP(
        "sync_reasons",
        "tanggal kepesertaan (kolom coverage_start/coverage_end) bukan tanggal yang sah",
    ),
    AckProblem.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "sync_reasons",
        "akhir kepesertaan (kolom coverage_end) lebih awal dari tanggal mulainya",
    ),
    AckProblem.UNKNOWN_RESULT: QT_TRANSLATE_NOOP(
        "sync_reasons",
        "hasilnya (kolom result) bukan terdaftar, dikembalikan atau menunggu kuota",
    ),
    AckProblem.EMPTY_REASON: QT_TRANSLATE_NOOP(
        "sync_reasons", "alasan pengembalian (kolom reason) kosong"
    ),
    AckProblem.RANK_NOT_A_RANK: QT_TRANSLATE_NOOP(
        "sync_reasons", "peringkat antrean kuota (kolom rank) bukan bilangan bulat mulai dari 1"
    ),
    AckProblem.CARD_MISSING: QT_TRANSLATE_NOOP(
        "sync_reasons",
        "kode kartu (kolom card_token) tidak ada, padahal wajib untuk peserta terdaftar",
    ),
    AckProblem.CARD_NOT_A_CODE: QT_TRANSLATE_NOOP(
        "sync_reasons", "kode kartu (kolom card_token) bukan kode kartu UCJ"
    ),
    AckProblem.CARD_DAMAGED: QT_TRANSLATE_NOOP(
        "sync_reasons", "kode kartu (kolom card_token) rusak"
    ),
    AckProblem.CARD_NOT_FROM_HUB: QT_TRANSLATE_NOOP(
        "sync_reasons",
        "kode kartu (kolom card_token) tidak ditandatangani kunci hub yang dipercaya",
    ),
    AckProblem.CARD_OTHER_KPJ: QT_TRANSLATE_NOOP(
        "sync_reasons", "kode kartu (kolom card_token) dibuat untuk KPJ lain"
    ),
    AckProblem.CARD_OTHER_NIK: QT_TRANSLATE_NOOP(
        "sync_reasons", "kode kartu (kolom card_token) dibuat untuk NIK lain"
    ),
    AckProblem.CARD_OTHER_END: QT_TRANSLATE_NOOP(
        "sync_reasons",
        "kode kartu (kolom card_token) dibuat untuk tanggal akhir kepesertaan lain",
    ),
    AckProblem.CARD_OTHER_OFFICE: QT_TRANSLATE_NOOP(
        "sync_reasons", "kode kartu (kolom card_token) dibuat untuk kantor lain"
    ),
    AckProblem.SETTINGS_NOT_A_VERSION: QT_TRANSLATE_NOOP(
        "sync_reasons",
        "versi pengaturan hub (kolom settings_version) bukan bilangan bulat mulai dari 1",
    ),
}


def ack_problem_words(problem: str) -> str:
    """The words for an AckProblem code in the thread's language (the code itself when it is
    not one)."""
    try:
        return translate("sync_reasons", ACK_PROBLEM_WORDS[AckProblem(problem)])
    except ValueError:
        return problem


# One name per reason, as the tests spell them: the Indonesian words (the programme's
# language, what a service running in it puts in an error's ``reason``).
NOT_A_KPJ = ACK_PROBLEM_WORDS[AckProblem.NOT_A_KPJ]
NOT_A_DATE = ACK_PROBLEM_WORDS[AckProblem.NOT_A_DATE]
END_BEFORE_START = ACK_PROBLEM_WORDS[AckProblem.END_BEFORE_START]
UNKNOWN_RESULT = ACK_PROBLEM_WORDS[AckProblem.UNKNOWN_RESULT]
EMPTY_REASON = ACK_PROBLEM_WORDS[AckProblem.EMPTY_REASON]
RANK_NOT_A_RANK = ACK_PROBLEM_WORDS[AckProblem.RANK_NOT_A_RANK]
CARD_MISSING = ACK_PROBLEM_WORDS[AckProblem.CARD_MISSING]
CARD_NOT_A_CODE = ACK_PROBLEM_WORDS[AckProblem.CARD_NOT_A_CODE]
CARD_DAMAGED = ACK_PROBLEM_WORDS[AckProblem.CARD_DAMAGED]
CARD_NOT_FROM_HUB = ACK_PROBLEM_WORDS[AckProblem.CARD_NOT_FROM_HUB]
CARD_OTHER_KPJ = ACK_PROBLEM_WORDS[AckProblem.CARD_OTHER_KPJ]
CARD_OTHER_NIK = ACK_PROBLEM_WORDS[AckProblem.CARD_OTHER_NIK]
CARD_OTHER_END = ACK_PROBLEM_WORDS[AckProblem.CARD_OTHER_END]
CARD_OTHER_OFFICE = ACK_PROBLEM_WORDS[AckProblem.CARD_OTHER_OFFICE]
SETTINGS_NOT_A_VERSION = ACK_PROBLEM_WORDS[AckProblem.SETTINGS_NOT_A_VERSION]
ACK_RECORD_REASONS = tuple(ACK_PROBLEM_WORDS.values())
