"""The demo store is a consistent little office made by the real services: the sample DTSEN
extract imported, workers all along the life cycle with their audit histories, a demo hub
whose key the office trusts, real batches and acks, the city quota snapshot the ack carried,
and more people in the extract who can still be registered."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from tests.support.demo_office import EXPECTED, assert_whole_demo_office
from ucj_desktop.domain.status import Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.services import demo
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.audit_view import AuditFilter, action_names, list_events
from ucj_desktop.services.demo import (
    DEMO_PASSWORD,
    demo_people,
    demo_secret_store,
    open_or_create_demo_store,
)
from ucj_desktop.services.demo_hub import BPJS_REFUSAL, answer_from_demo_hub
from ucj_desktop.services.registration_queries import (
    RegistrationFilter,
    get_registration,
    list_registrations,
    registration_history,
)
from ucj_desktop.services.registrations import FormEntry, save_registration, verify_registration
from ucj_desktop.services.sync_batches import export_batch


@pytest.fixture
def opened(demo_paths: StorePaths):
    store = open_or_create_demo_store(demo_paths)  # there: opened, not made again
    yield store
    store.close()


def _rows(opened, who, status: Status):
    return list_registrations(opened, who, RegistrationFilter(status=status))


def _actions(opened, who, registration_id: str) -> list[str]:
    return [h.action for h in registration_history(opened, who, registration_id)]


def test_beranda_counts_batches_hub_key_and_quota_agree(opened):
    assert_whole_demo_office(opened)


def test_every_worker_has_the_history_of_where_it_stands(opened):
    admin = sign_in(opened, "admin", DEMO_PASSWORD)
    start = ["registration.created", "registration.submitted"]
    sent = [*start, "registration.verified", "registration.exported"]
    histories = {
        Status.DRAFT: ["registration.created"],
        Status.SUBMITTED: start,
        Status.REJECTED: [*start, "registration.rejected"],
        Status.VERIFIED: [*start, "registration.verified"],
        Status.EXPORTED: sent,
        Status.ENROLLED: [*sent, "registration.enrolled"],
        Status.RETURNED: [*sent, "registration.returned"],
    }
    after: dict[tuple[str, ...], int] = {}
    for status, actions in histories.items():
        for row in _rows(opened, admin, status):
            found = _actions(opened, admin, row.id)
            assert found[: len(actions)] == actions, status
            if status is Status.ENROLLED:  # then the card: printed, maybe handed over
                rest = tuple(found[len(actions) :])
                after[rest] = after.get(rest, 0) + 1
            else:
                assert found == actions, status
    enrolled = EXPECTED[Status.ENROLLED]
    assert after == {
        (): enrolled - demo.PRINTED,
        ("card.printed",): demo.PRINTED - demo.HANDED,
        ("card.printed", "card.handed_over"): demo.HANDED,
    }
    # Reasons: the verifier's code and words, BPJS's words for the returned.
    rejected = _rows(opened, admin, Status.REJECTED)
    assert {r.decision_code for r in rejected} == {c for c, _ in demo._REJECTIONS}
    assert all(r.decision_note for r in rejected)
    for row in _rows(opened, admin, Status.RETURNED):
        assert row.decision_note is not None and row.decision_note.endswith(BPJS_REFUSAL)
    for row in _rows(opened, admin, Status.ENROLLED):
        detail = get_registration(opened, admin, row.id)
        assert detail.kpj is not None and len(detail.kpj) == 11
        assert detail.coverage_start is not None and detail.coverage_end is not None


def test_the_next_person_in_the_extract_can_be_submitted_and_the_demo_hub_enrolls_them(
    opened, tmp_path
):
    petugas = sign_in(opened, "petugas", DEMO_PASSWORD)
    verifikator = sign_in(opened, "verifikator", DEMO_PASSWORD)
    person = next(demo_people(opened, petugas, date.today()))
    saved = save_registration(opened, petugas, FormEntry(person), submit=True)
    assert saved.status is Status.SUBMITTED and saved.eligible  # every rule passes
    verify_registration(opened, verifikator, saved.id)
    secrets = demo_secret_store(opened.paths)
    export_batch(opened, verifikator, secrets, tmp_path / "stick")
    answered = answer_from_demo_hub(opened, verifikator, secrets)
    # The batch waiting at the hub and the new one: all enrolled, nobody refused this time.
    assert (answered.batches, answered.enrolled, answered.returned) == (
        2,
        demo.SECOND_BATCH + demo.VERIFIED + 1,
        0,
    )
    assert get_registration(opened, verifikator, saved.id).row.status is Status.ENROLLED
    again = answer_from_demo_hub(opened, verifikator, secrets)
    assert (again.batches, again.acks, again.enrolled) == (0, 0, 0)


def test_the_demo_hubs_answer_leaves_in_the_trail_what_an_ack_carried_by_hand_would(opened):
    admin = sign_in(opened, "admin", DEMO_PASSWORD)
    verifikator = sign_in(opened, "verifikator", DEMO_PASSWORD)
    # The demo was filled through the demo hub too: no batch was ever written again.
    assert "batch.rewritten" not in action_names(opened, admin)
    [newest] = list_events(opened, admin, AuditFilter(), 0, 1)
    answered = answer_from_demo_hub(opened, verifikator, demo_secret_store(opened.paths))
    assert (answered.batches, answered.acks, answered.enrolled) == (1, 1, demo.SECOND_BATCH)
    new = [e for e in list_events(opened, admin, AuditFilter(), 0, 100) if e.seq > newest.seq]
    assert Counter(e.action for e in new) == {
        "ack.imported": 1,
        "registration.enrolled": demo.SECOND_BATCH,
    }
    assert {e.officer for e in new} == {"verifikator"}
    [ack] = [e for e in new if e.action == "ack.imported"]
    assert json.loads(ack.detail)["enrolled"] == demo.SECOND_BATCH
