"""Every code the eligibility rules and the form checks can return has an Indonesian sentence."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import ucj_desktop.domain as domain
from ucj_desktop.domain.eligibility import Outcome, RuleResult
from ucj_desktop.domain.registration_form import FieldProblem
from ucj_desktop.gui.text.eligibility_text import (
    field_text,
    known_field_codes,
    known_rule_codes,
    rule_text,
)

DOMAIN = Path(domain.__file__).parent
CODE = re.compile(r"[a-z_]+\.[a-z_]+")
# Rule codes come from these modules (NIK and occupation errors pass through as rule codes).
RULE_SOURCES = ("eligibility.py", "nik.py", "categories.py")
FIELD_SOURCES = ("registration_form.py", "nik.py", "kk.py", "phone.py", "categories.py")


def _codes(*files: str) -> set[str]:
    found: set[str] = set()
    for name in files:
        tree = ast.parse((DOMAIN / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "DomainError",
                "RuleResult",
                "FieldProblem",
            ):
                for arg in node.args:
                    value = arg.value if isinstance(arg, ast.Constant) else None
                    if isinstance(value, str) and CODE.fullmatch(value):
                        found.add(value)
    return found


def test_every_rule_code_of_the_domain_has_a_sentence():
    codes = _codes(*RULE_SOURCES) - {"phone.invalid"}
    assert len(codes) > 25
    assert codes <= known_rule_codes(), codes - known_rule_codes()


def test_every_field_code_of_the_domain_has_a_sentence():
    codes = _codes(*FIELD_SOURCES) | {"rt.invalid", "rw.invalid"}  # f"{field}.invalid"
    assert codes <= known_field_codes(), codes - known_field_codes()


VALUES = {
    "age": 66,
    "limit": 65,
    "desil": 7,
    "min": 1,
    "max": 5,
    "kelurahan_code": "32.75.01.1001",
    "kecamatan_code": "32.75.01",
    "count": 3,
    "occupation": "SOPIR",
    "registered": 11_666,
    "quota": 11_666,
    "remaining": 11_496,
    "length": 12,
    "expected": 16,
    "maximum": 100,
    "nik_date": "1990-01-01",
    "nik_sex": "P",
    "reason": "nik.length",
}


@pytest.mark.parametrize("code", sorted(known_rule_codes()))
def test_rule_sentences_are_filled(code):
    text = rule_text(RuleResult("dtsen", Outcome.FAIL, code, VALUES))
    assert text and "{" not in text and "}" not in text and "?" not in text


@pytest.mark.parametrize("code", sorted(known_field_codes()))
def test_field_sentences_are_filled(code):
    text = field_text(FieldProblem("x", code, VALUES))
    assert text and "{" not in text and "}" not in text


def test_examples_read_aloud():
    def say(code, **values):
        return rule_text(RuleResult("r", Outcome.FAIL, code, values))

    assert say("desil.out_of_range", desil=7, min=1, max=5) == "Desil 7: di luar desil 1–5"
    assert say("age.too_old", age=66, limit=65) == "Usia 66 tahun: batas 65"
    assert say("coverage.already_covered") == "Sudah terdaftar sebagai peserta (daftar cakupan)"
    assert say("quota.available", registered=170, quota=11_666, remaining=11_496) == (
        "Kuota masih ada: sisa 11.496 dari 11.666"
    )
    assert say("residence.in_city", kelurahan_code="32.75.01.1001") == (
        "Tinggal di Kel. Bekasijaya, Kec. Bekasi Timur"
    )
