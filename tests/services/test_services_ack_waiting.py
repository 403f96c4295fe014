"""The hub's "waiting" answer and its city quota snapshot, on the office side: a real encrypted
store, batches exported and acks imported through the real services, the test hub
(tests/support/hub_link.py) signing and sealing every ack. Acks are numbered by the hub per
office; they may arrive in any order, and an older one never undoes a newer answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.ack_builder import returned_record, waiting_record
from tests.support.hub_link import HubLink
from tests.support.offices import new_officer
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.audit import check_chain
from ucj_desktop.services.city_quota import CityQuota, city_quota
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.registration_queries import (
    RegistrationFilter,
    get_registration,
    list_registrations,
)
from ucj_desktop.services.registrations import FormEntry, registration_input, save_registration
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_batches import import_ack
from ucj_desktop.store.models import AuditEvent, Registration, utcnow
from ucj_desktop.sync.records import QuotaSnapshot

MARCH_2 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def link(
    opened_store: OpenStore,
    admin_session: OfficerSession,
    secret_store: SecretStore,
    tmp_path: Path,
    add_registrations: Callable[..., list[Registration]],
) -> HubLink:
    """Four verified registrations, exported in one batch the hub holds."""
    add_registrations(
        opened_store,
        admin_session.officer_id,
        4,
        status=Status.VERIFIED.value,
        verified_at=utcnow(),
        submitted_by=admin_session.officer_id,
        verified_by=admin_session.officer_id,
    )
    linked = HubLink.connect(opened_store, admin_session, secret_store, tmp_path / "hub")
    assert len(linked.export()) == 4
    return linked


def ids(link: HubLink) -> list[str]:
    return list(link.received)


def row(opened: OpenStore, rid: str) -> Registration:
    with opened.store.session() as session:
        found = session.get(Registration, rid)
        assert found is not None
        return found


def set_status(opened: OpenStore, rid: str, status: Status) -> None:
    with opened.store.session() as session:
        stored = session.get(Registration, rid)
        assert stored is not None
        stored.status = status.value
        session.add(stored)
        session.commit()


def ranks(link: HubLink) -> dict[str, int | None]:
    return {rid: row(link.opened, rid).hub_rank for rid in ids(link)}


def events(opened: OpenStore, action: str) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.action == action)  # type: ignore[arg-type]
                .order_by(AuditEvent.seq)  # type: ignore[arg-type]
            ).scalars()
        )


def test_a_waiting_answer_keeps_the_record_exported_and_read_only_with_its_rank(
    link: HubLink,
) -> None:
    a, b, c, d = ids(link)
    report = link.answer(
        [waiting_record(a, 1), waiting_record(b, 2)], sequence=1, created_at=MARCH_2
    )
    assert (report.enrolled, report.returned, report.waiting, report.stale) == (0, 0, 2, 0)
    for rid, rank in ((a, 1), (b, 2)):
        stored = row(link.opened, rid)
        assert stored.status == Status.EXPORTED.value
        assert (stored.hub_rank, stored.hub_ack_seq) == (rank, 1)
        assert stored.hub_rank_at is not None
        assert stored.hub_rank_at.replace(tzinfo=UTC) == MARCH_2  # when the hub ranked it
        assert stored.kpj is None and stored.decision_code is None
    assert ranks(link) == {a: 1, b: 2, c: None, d: None}

    # The worker list and the detail carry the rank; the record stays read-only.
    listed = {
        r.id: r
        for r in list_registrations(
            link.opened, link.admin, RegistrationFilter(status=Status.EXPORTED)
        )
    }
    assert (listed[a].status, listed[a].hub_rank) == (Status.EXPORTED, 1)
    assert listed[c].hub_rank is None
    detail = get_registration(link.opened, link.admin, b)
    assert (detail.row.hub_rank, detail.row.hub_rank_at) == (2, stored.hub_rank_at)
    petugas = new_officer(link.opened, link.admin, "rina", {Role.PETUGAS})
    edit = FormEntry(registration_input(row(link.opened, a)), a)
    with pytest.raises(DomainError) as caught:
        save_registration(link.opened, petugas, edit, submit=False)
    assert caught.value.code == "registration.read_only"

    # Each ranked record has its event with the rank; the ack its event with the counts.
    waited = events(link.opened, "registration.waiting")
    assert [(e.entity_id, json.loads(e.detail)) for e in waited] == [
        (a, {"rank": 1, "ack": 1}),
        (b, {"rank": 2, "ack": 1}),
    ]
    (imported,) = events(link.opened, "ack.imported")
    assert json.loads(imported.detail) == {"enrolled": 0, "returned": 0, "waiting": 2}
    with link.opened.store.session() as session:
        assert check_chain(session) == []


def test_a_newer_rank_replaces_the_older_and_a_final_answer_clears_it(link: HubLink) -> None:
    a, b, c, _d = ids(link)
    link.answer([waiting_record(a, 7), waiting_record(b, 8), waiting_record(c, 9)], sequence=2)
    link.answer([waiting_record(a, 4), waiting_record(b, 5)], sequence=3)
    assert [row(link.opened, r).hub_rank for r in (a, b, c)] == [4, 5, 9]

    report = link.answer([link.enrolled(a, 501), returned_record(b, "NIK ganda")], sequence=4)
    assert (report.enrolled, report.returned, report.waiting) == (1, 1, 0)
    enrolled, back, still = (row(link.opened, r) for r in (a, b, c))
    assert (enrolled.status, enrolled.kpj, enrolled.hub_rank) == ("enrolled", "00000000501", None)
    assert (back.status, back.decision_note, back.hub_rank) == ("returned", "NIK ganda", None)
    assert enrolled.hub_rank_at is None and back.hub_rank_at is None
    assert (enrolled.hub_ack_seq, back.hub_ack_seq) == (4, 4)
    assert (still.status, still.hub_rank, still.hub_ack_seq) == ("exported", 9, 2)


def test_a_waiting_answer_older_than_what_the_office_holds_is_ignored_not_refused(
    link: HubLink,
) -> None:
    a, b, c, d = ids(link)
    # Ack 3 comes first: a ranked 4, b enrolled, c returned.
    link.answer(
        [waiting_record(a, 4), link.enrolled(b, 502), returned_record(c, "KK tidak cocok")],
        sequence=3,
    )
    # Ack 2 arrives late: it ranked all four. Only d, which no newer ack answered, takes it.
    late = link.answer(
        [waiting_record(a, 7), waiting_record(b, 8), waiting_record(c, 9), waiting_record(d, 10)],
        sequence=2,
    )
    assert (late.already_imported, late.waiting, late.stale) == (False, 1, 3)
    assert [row(link.opened, r).status for r in (a, b, c, d)] == [
        "exported",
        "enrolled",
        "returned",
        "exported",
    ]
    assert ranks(link) == {a: 4, b: None, c: None, d: 10}
    assert [e.entity_id for e in events(link.opened, "registration.waiting")] == [a, d]
    (_first, second) = events(link.opened, "ack.imported")
    assert json.loads(second.detail) == {"enrolled": 0, "returned": 0, "waiting": 1, "stale": 3}
    # An ack with the same number as the one that answered is not newer either.
    same = link.answer([waiting_record(a, 2)], sequence=3)
    assert (same.waiting, same.stale, row(link.opened, a).hub_rank) == (0, 1, 4)
    # Applied or not, each ack is recorded once: the same file again changes nothing.
    path = link.ack_file([waiting_record(d, 1)], sequence=5)
    assert import_ack(link.opened, link.admin, link.secrets, path).waiting == 1
    again = import_ack(link.opened, link.admin, link.secrets, path)
    assert again.already_imported and row(link.opened, d).hub_rank == 1


def test_a_late_waiting_answer_does_not_rank_a_record_returned_and_sent_again(
    link: HubLink,
) -> None:
    a, *_ = ids(link)
    link.answer([returned_record(a, "Alamat kurang")], sequence=4)
    # The registrar fixes it and submits it again (written straight to the store: this store
    # has no DTSEN extract for the eligibility check; the life cycle is tested elsewhere).
    set_status(link.opened, a, Status.SUBMITTED)
    late = link.answer([waiting_record(a, 3)], sequence=3)  # said before the return
    assert (late.waiting, late.stale) == (0, 1)
    assert row(link.opened, a).status == Status.SUBMITTED.value
    # Verified, it goes out in a new batch.
    set_status(link.opened, a, Status.VERIFIED)
    assert link.export() == [a]
    stale = link.answer([waiting_record(a, 3)], sequence=2)  # still older than the return
    assert (stale.stale, row(link.opened, a).hub_rank) == (1, None)
    fresh = link.answer([waiting_record(a, 12)], sequence=5)  # the hub's answer to the resend
    assert (fresh.waiting, row(link.opened, a).hub_rank) == (1, 12)


def test_the_city_quota_snapshot_is_kept_only_when_its_ack_is_newer(link: HubLink) -> None:
    a, *_ = ids(link)
    assert city_quota(link.opened) is None
    assert dashboard_summary(link.opened).city_quota is None

    first = link.answer(
        [waiting_record(a, 3)],
        sequence=5,
        quota=QuotaSnapshot(used=11_600, total=11_666, waiting=240),
        created_at=MARCH_2,
    )
    held = CityQuota(used=11_600, total=11_666, waiting=240, as_of=MARCH_2, sequence=5)
    assert first.city_quota == held
    assert city_quota(link.opened) == held

    older = link.answer(
        [], sequence=4, quota=QuotaSnapshot(used=11_000, total=11_666, waiting=10)
    )  # an ack of only the quota, written before ack 5
    assert older.city_quota is None
    assert city_quota(link.opened) == held
    none_sent = link.answer([], sequence=6)  # no snapshot: the one held stays
    assert none_sent.city_quota is None and city_quota(link.opened) == held

    later = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
    newer = link.answer(
        [], sequence=7, quota=QuotaSnapshot(used=11_666, total=11_666, waiting=180),
        created_at=later,
    )  # fmt: skip
    assert newer.city_quota == CityQuota(11_666, 11_666, 180, later, 7)
    assert city_quota(link.opened) == newer.city_quota
    imported = events(link.opened, "ack.imported")
    assert [json.loads(e.detail).get("quota") for e in imported] == [
        {"used": 11_600, "total": 11_666, "waiting": 240},
        None,
        None,
        {"used": 11_666, "total": 11_666, "waiting": 180},
    ]

    summary = dashboard_summary(link.opened)
    assert summary.city_quota == newer.city_quota
    # The office's own count is still there (the registration screen's quota rule uses it).
    assert summary.quota_used == 4


def test_a_waiting_answer_for_a_registration_never_exported_refuses_the_ack(
    link: HubLink, add_registrations: Callable[..., list[Registration]]
) -> None:
    (draft,) = add_registrations(link.opened, link.admin.officer_id, 1, seed=77)
    a, *_ = ids(link)
    path = link.ack_file([waiting_record(a, 1), waiting_record(draft.id, 2)], sequence=1)
    with pytest.raises(DomainError) as caught:
        import_ack(link.opened, link.admin, link.secrets, path)
    assert caught.value.code == "ack.unknown_records"
    assert row(link.opened, a).hub_rank is None
    assert events(link.opened, "ack.imported") == []
