"""An audit event's detail as people read it: the one place the audit screen (its table and
tooltips) turns the JSON kept with each event into words. The CSV export writes the detail as
stored, since the chain's hash is over those bytes."""

from __future__ import annotations

import json

from ucj_desktop.domain.eligibility import Outcome, eligibility_from_record
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.eligibility_text import outcome_word, rule_text, rule_title

ELIGIBILITY_KEY = "eligibility"  # the rule-by-rule result a submission keeps


def detail_lines(detail: str) -> list[str]:
    """One line per rule of a kept eligibility result, "rule: result" (with the reason when
    it did not pass), then the other keys on one line, "key=value, ..."; a detail that is no
    JSON object stays as it is."""
    try:
        parsed = json.loads(detail) if detail else {}
    except ValueError:
        return [detail]
    if not isinstance(parsed, dict):
        return [detail]
    lines: list[str] = []
    eligibility = eligibility_from_record(parsed.get(ELIGIBILITY_KEY))
    if eligibility is not None:
        parsed.pop(ELIGIBILITY_KEY)
        for result in eligibility.results:
            said = outcome_word(result.outcome)
            if result.outcome is not Outcome.PASS:
                said = f"{said} ({rule_text(result)})"
            lines.append(f"{rule_title(result.rule)}: {said}")
    rest = ", ".join(f"{key}={_value(value)}" for key, value in sorted(parsed.items()))
    return [*lines, rest] if rest else lines


def detail_text(detail: str) -> str:
    """:func:`detail_lines` on one line, for the table's cell."""
    return "; ".join(detail_lines(detail))


def _value(value: object) -> str:
    if isinstance(value, bool):
        return translate("audit_text", "ya") if value else translate("audit_text", "tidak")
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "(" + ", ".join(f"{k}={_value(v)}" for k, v in sorted(value.items())) + ")"
    if isinstance(value, list):
        return "(" + ", ".join(_value(v) for v in value) + ")"
    return str(value)


def _subjects() -> dict[str, str]:
    return {
        "ack": translate("audit_text", "tanda terima"),
        "acks": translate("audit_text", "tanda terima"),
        "ack_round": translate("audit_text", "putaran tanda terima"),
        "audit": translate("audit_text", "jejak audit"),
        "backup": translate("audit_text", "cadangan"),
        "batch": translate("audit_text", "batch"),
        "bpjs": translate("audit_text", "BPJS"),
        "bpjs_file": translate("audit_text", "berkas BPJS"),
        "bpjs_result": translate("audit_text", "hasil BPJS"),
        "card": translate("audit_text", "kartu"),
        "certificate": translate("audit_text", "sertifikat"),
        "coverage": translate("audit_text", "daftar kepesertaan"),
        "cycle": translate("audit_text", "siklus"),
        "demo": translate("audit_text", "demo"),
        "device": translate("audit_text", "laptop"),
        "hub": translate("audit_text", "hub"),
        "keys": translate("audit_text", "kunci"),
        "login": translate("audit_text", "masuk"),
        "office": translate("audit_text", "kantor"),
        "officer": translate("audit_text", "petugas"),
        "package": translate("audit_text", "paket"),
        "premium": translate("audit_text", "iuran"),
        "print": translate("audit_text", "cetak"),
        "quota": translate("audit_text", "kuota"),
        "reference": translate("audit_text", "data rujukan"),
        "registration": translate("audit_text", "pendaftaran"),
        "report": translate("audit_text", "laporan"),
        "settings": translate("audit_text", "pengaturan"),
        "store": translate("audit_text", "data kantor"),
    }


def subject_word(code: str | None) -> str:
    """What an audit event is about (its entity, or its action's group: ``card``) in the
    officer's words; a code the table does not know shows as it is."""
    return _subjects().get(code or "", code or "")
