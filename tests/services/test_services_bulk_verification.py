"""Bulk approval: one service call over ids, each judged as verify_registration judges it."""

from __future__ import annotations

import pytest
from sqlmodel import select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.registrations import BulkVerification, verify_registrations
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import AuditEvent, Registration

TEMP = "temp-pass-0001"
OWN = "own-pass-0002"


def _officer(opened: OpenStore, admin: OfficerSession, name: str, roles: set[Role]):
    add_officer(opened, admin, name, f"Petugas {name}", frozenset(roles), TEMP)
    return change_password(opened, sign_in(opened, name, TEMP), TEMP, OWN)


def _statuses(opened: OpenStore) -> dict[str, str]:
    with opened.store.session() as session:
        return {row.id: row.status for row in session.exec(select(Registration))}


def _verified_events(opened: OpenStore) -> list[str]:
    with opened.store.session() as session:
        rows = session.exec(
            select(AuditEvent).where(AuditEvent.action == "registration.verified")
        ).all()
        return [row.entity_id for row in rows]


def test_each_id_is_judged_on_its_own_and_progress_follows_every_id(
    opened_store, admin_session, add_registrations
):
    verifier = _officer(opened_store, admin_session, "vera", {Role.VERIFIKATOR})
    theirs = add_registrations(opened_store, admin_session.officer_id, 3)
    own = add_registrations(opened_store, verifier.officer_id, 1, seed=9)
    draft = add_registrations(opened_store, admin_session.officer_id, 1, seed=11, status="draft")
    ids = [theirs[0].id, own[0].id, theirs[1].id, "no-such-id", draft[0].id, theirs[2].id]
    steps: list[tuple[int, int]] = []

    result = verify_registrations(
        opened_store, verifier, ids, progress=lambda done, total: steps.append((done, total))
    )

    assert isinstance(result, BulkVerification)
    assert result.verified == (theirs[0].id, theirs[1].id, theirs[2].id)
    refused = {rid: exc.code for rid, exc in result.refused}
    assert refused == {
        own[0].id: "registration.own_record",
        "no-such-id": "registration.unknown",
        draft[0].id: "status.illegal",
    }
    assert all(isinstance(exc, DomainError) for _rid, exc in result.refused)
    assert steps == [(n, 6) for n in range(1, 7)]
    statuses = _statuses(opened_store)
    assert [statuses[r.id] for r in theirs] == [Status.VERIFIED.value] * 3
    assert statuses[own[0].id] == Status.SUBMITTED.value
    assert statuses[draft[0].id] == "draft"
    assert sorted(_verified_events(opened_store)) == sorted(r.id for r in theirs)


def test_an_officer_who_may_not_verify_is_refused_before_anything_changes(
    opened_store, admin_session, add_registrations
):
    clerk = _officer(opened_store, admin_session, "pita", {Role.PETUGAS})
    rows = add_registrations(opened_store, admin_session.officer_id, 2)
    steps: list[tuple[int, int]] = []

    with pytest.raises(DomainError):
        verify_registrations(
            opened_store, clerk, [r.id for r in rows], progress=lambda d, t: steps.append((d, t))
        )

    assert steps == []
    assert set(_statuses(opened_store).values()) == {Status.SUBMITTED.value}


def test_no_ids_is_an_empty_result(opened_store, admin_session):
    verifier = _officer(opened_store, admin_session, "vera", {Role.VERIFIKATOR})
    assert verify_registrations(opened_store, verifier, []) == BulkVerification((), ())
