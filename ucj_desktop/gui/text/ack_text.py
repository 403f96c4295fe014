"""The sentence for an acknowledgement the office refused: which record, which column, why
(codes: sync.records.AckProblem; their words: wording/sync_reasons.py)."""

from __future__ import annotations

from collections.abc import Mapping

from ucj_desktop.gui.text import fill, translate


def ack_bad_record_text(values: Mapping[str, object]) -> str:
    # The service names the record (its line in the ack, its registration id's first 8
    # characters) and why: the problem's code, and its words for the CLI; never the NIK or
    # the name. The words come with the sync record format (its checks load the form's
    # rules): imported here, so the login's error words do not load them.
    from ucj_desktop.wording.sync_reasons import ack_problem_words

    code = values.get("problem")
    reason = values.get("reason")
    if isinstance(code, str) and code:
        problem = ack_problem_words(code)
    elif isinstance(reason, str) and reason:
        problem = reason  # already in words (an error made before the code travelled with it)
    else:
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
