"""Words for why an acknowledgement record is refused (codes: sync.records.AckProblem).

These are the words the CLI prints as they are; the GUI (gui/text/error_text.py) turns each of them
into Indonesian, so keep both in step. Never personal data: the error names the record by its
line in the ack and its registration id's prefix.
"""

from __future__ import annotations

from ucj_desktop.sync.records import AckProblem

ACK_PROBLEM_WORDS: dict[AckProblem, str] = {
    AckProblem.NOT_A_KPJ: "not an 11-digit KPJ",
    AckProblem.NOT_A_DATE: "not a date (YYYY-MM-DD)",
    AckProblem.END_BEFORE_START: "before coverage_start",
    AckProblem.UNKNOWN_RESULT: "not enrolled, returned or waiting",
    AckProblem.EMPTY_REASON: "empty",
    AckProblem.RANK_NOT_A_RANK: "not a rank (a whole number from 1)",
    AckProblem.CARD_MISSING: "missing",
    AckProblem.CARD_NOT_A_CODE: "not a card token",
    AckProblem.CARD_DAMAGED: "damaged",
    AckProblem.CARD_NOT_FROM_HUB: "not signed by a trusted hub key",
    AckProblem.CARD_OTHER_KPJ: "issued for another KPJ",
    AckProblem.CARD_OTHER_NIK: "issued for another NIK",
    AckProblem.CARD_OTHER_END: "issued for another coverage end",
    AckProblem.CARD_OTHER_OFFICE: "issued for another office",
    AckProblem.SETTINGS_NOT_A_VERSION: "not a settings version (a whole number from 1)",
}


def ack_problem_words(problem: str) -> str:
    """The words for an AckProblem code (the code itself when it is not one)."""
    try:
        return ACK_PROBLEM_WORDS[AckProblem(problem)]
    except ValueError:
        return problem


# One name per reason, as gui/text/error_text.py and the tests spell them.
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
