"""Words for what changed between the registrar's submission and the verifier's look at it
(``services.eligibility_review``)."""

from __future__ import annotations

from ucj_desktop.domain.eligibility import RuleResult
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.eligibility_text import outcome_word, rule_text, rule_title
from ucj_desktop.gui.text.labels import field_label, local_time
from ucj_desktop.services.eligibility_review import EligibilityReview


def _outcome(result: RuleResult) -> str:
    return f"{outcome_word(result.outcome)} ({rule_text(result)})"


def review_summary(review: EligibilityReview, verdict: str) -> tuple[str, str]:
    """One line above the decision buttons, the ``verdict`` judged now first, and its tone:
    "good" (as submitted), "warn" (something changed, or the registrar's view was not kept),
    "bad" (a rule fails now)."""
    when = local_time(review.submitted_at, with_seconds=False) if review.submitted_at else "?"
    tone = "bad" if not review.now.submittable else "good"
    if review.then is None:
        text = translate(
            "review_text", "Hasil saat diajukan tidak tercatat; kelayakan dinilai sekarang."
        )
        return f"{verdict}. {text}", "bad" if tone == "bad" else "warn"
    if review.changed:
        text = translate("review_text", "{n} aturan berubah sejak diajukan {when}.").format(
            n=len(review.changed), when=when
        )
    elif review.edited_fields or review.config_changed:
        text = translate("review_text", "Ada perubahan sejak pengajuan.")
    else:
        return f"{verdict}. " + translate(
            "review_text", "Sama seperti saat diajukan {when}."
        ).format(when=when), tone
    return f"{verdict}. {text}", "bad" if tone == "bad" else "warn"


def review_details(review: EligibilityReview) -> list[str]:
    """Each change, one sentence each: rules judged otherwise now, settings, edited fields."""
    lines = [
        translate("review_text", "{rule}: saat diajukan {then}; sekarang {now}.").format(
            rule=rule_title(change.now.rule),
            then=_outcome(change.then),
            now=_outcome(change.now),
        )
        for change in review.changed
    ]
    if review.config_changed:
        lines.append(
            translate(
                "review_text", "Aturan program diperbarui sejak diajukan (versi {then} → {now})."
            ).format(then=review.config_then, now=review.config_now)
        )
    if review.edited_fields:
        lines.append(
            translate("review_text", "Diubah petugas sejak pengajuan sebelumnya: {fields}.").format(
                fields=", ".join(field_label(name) for name in review.edited_fields)
            )
        )
    return lines
