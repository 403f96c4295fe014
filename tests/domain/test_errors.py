import pickle

from ucj_desktop.domain.errors import DomainError, IllegalTransition


def test_error_carries_code_field_and_values():
    error = DomainError("nik.length", "nik", length=15, expected=16)
    assert (error.code, error.field, error.values) == (
        "nik.length",
        "nik",
        {"length": 15, "expected": 16},
    )


def test_message_is_a_concise_developer_line_with_code_and_field():
    assert str(DomainError("nik.length", "nik", length=15)) == "nik.length [field nik]: length=15"
    assert str(DomainError("quota.exhausted")) == "quota.exhausted"


def test_illegal_transition_is_a_domain_error():
    assert issubclass(IllegalTransition, DomainError)


def test_error_survives_pickling_with_field_and_values():
    error = pickle.loads(
        pickle.dumps(IllegalTransition("status.illegal", "status", current="draft"))
    )
    assert isinstance(error, IllegalTransition)
    assert (error.code, error.field, error.values) == (
        "status.illegal",
        "status",
        {"current": "draft"},
    )
