"""What the account services write to the audit trail, and the trail's CSV export."""

from __future__ import annotations

import csv
import json
import os
import re
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.services.accounts import (
    OfficerSession,
    add_officer,
    change_password,
    reset_officer_password,
    set_officer_disabled,
    set_officer_roles,
    sign_in,
)
from ucj_desktop.services.audit import check_chain
from ucj_desktop.services.audit_view import (
    CSV_COLUMNS,
    AuditFilter,
    count_events,
    export_events_csv,
    list_events,
)
from ucj_desktop.services.settings import set_idle_lock_minutes
from ucj_desktop.services.store_access import OpenStore, check_store
from ucj_desktop.store.models import AuditEvent

TEMP = "temp-pass-0001"
RESET = "reset-pass-0003"
OWN = "own-pass-0002"
FULL_NAME = "Budi Santoso"
NIK_LIKE = re.compile(r"\d{16}")


def _events(opened: OpenStore) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())


def _event_count(opened: OpenStore) -> int:
    with opened.store.session() as session:
        return session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()


def _row_text(event: AuditEvent) -> str:
    return " | ".join(
        str(v)
        for v in (
            event.officer_id,
            event.role,
            event.action,
            event.entity,
            event.entity_id,
            event.device_id,
            event.detail,
        )
    )


def _assert_no_secret_or_personal_data(event: AuditEvent, *secrets: str) -> None:
    row = _row_text(event)
    for secret in (*secrets, FULL_NAME, "Budi", "Santoso"):
        assert secret not in row, (event.action, secret)
    assert not NIK_LIKE.search(event.detail), event.detail


def test_each_account_action_writes_one_event_naming_actor_role_device_and_target(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    def add() -> str:
        info, _temp = add_officer(
            opened_store, admin_session, "budi", FULL_NAME, frozenset({Role.PETUGAS}), TEMP
        )
        return str(info.officer_id)

    actions = [
        ("officer.created", add, {"roles": "petugas"}),
        (
            "officer.roles_changed",
            lambda: set_officer_roles(
                opened_store, admin_session, "budi", frozenset({Role.PETUGAS, Role.VERIFIKATOR})
            ),
            {"roles": "petugas,verifikator"},
        ),
        (
            "officer.disabled",
            lambda: set_officer_disabled(opened_store, admin_session, "budi", True),
            {},
        ),
        (
            "officer.enabled",
            lambda: set_officer_disabled(opened_store, admin_session, "budi", False),
            {},
        ),
        (
            "password.reset",
            lambda: reset_officer_password(opened_store, admin_session, "budi", RESET),
            {},
        ),
    ]
    budi_id: str | None = None
    for action, call, detail in actions:
        before = _event_count(opened_store)
        result = call()
        if budi_id is None:
            budi_id = str(result)
        events = _events(opened_store)
        assert len(events) == before + 1, action
        event = events[-1]
        assert (event.action, event.entity, event.entity_id) == (action, "officer", budi_id)
        assert event.officer_id == admin_session.officer_id
        assert event.role == "admin"
        assert event.device_id == opened_store.device_id
        assert json.loads(event.detail) == detail
        _assert_no_secret_or_personal_data(event, TEMP, RESET)

    # The officer's own change: no permission is used, so no role is named.
    first = sign_in(opened_store, "budi", RESET)
    before = _event_count(opened_store)
    change_password(opened_store, first, RESET, OWN)
    events = _events(opened_store)
    # The current password is checked like a sign-in (and counted towards the lockout).
    assert [e.action for e in events[before:]] == ["password_change.ok", "password.changed"]
    changed = events[-1]
    assert (changed.action, changed.officer_id, changed.role, changed.entity_id) == (
        "password.changed",
        first.officer_id,
        None,
        budi_id,
    )
    assert changed.device_id == opened_store.device_id
    _assert_no_secret_or_personal_data(changed, RESET, OWN)

    with opened_store.store.session() as session:
        assert check_chain(session) == []
    assert check_store(opened_store).ok


def test_sign_in_events_name_the_account_but_never_the_password_or_a_typed_unknown_name(
    opened_store: OpenStore,
) -> None:
    with pytest.raises(DomainError):
        sign_in(opened_store, "siti.rahayu", "typed-secret-1")
    unknown = _events(opened_store)[-1]
    assert (unknown.action, unknown.officer_id, unknown.entity_id) == ("login.failed", None, None)
    assert unknown.device_id == opened_store.device_id
    assert "siti" not in _row_text(unknown)
    assert "typed-secret-1" not in _row_text(unknown)

    with pytest.raises(DomainError):
        sign_in(opened_store, "admin", "typed-secret-2")
    ok = sign_in(opened_store, "admin", "admin-pass-123")
    failed, signed_in = _events(opened_store)[-2:]
    assert (failed.action, failed.officer_id, failed.entity_id) == (
        "login.failed",
        ok.officer_id,
        str(ok.officer_id),
    )
    assert (signed_in.action, signed_in.officer_id, signed_in.role) == (
        "login.ok",
        ok.officer_id,
        None,
    )
    assert "typed-secret-2" not in _row_text(failed)
    assert "admin-pass-123" not in _row_text(signed_in)


def test_a_refused_action_writes_no_event(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    add_officer(opened_store, admin_session, "budi", FULL_NAME, frozenset({Role.PETUGAS}), TEMP)
    before = _event_count(opened_store)
    for call in (
        lambda: add_officer(
            opened_store, admin_session, "budi", "Lain", frozenset({Role.PETUGAS}), OWN
        ),
        lambda: set_officer_disabled(opened_store, admin_session, "admin", True),
        lambda: set_officer_roles(opened_store, admin_session, "admin", frozenset({Role.PETUGAS})),
        lambda: reset_officer_password(opened_store, admin_session, "tidak.ada", OWN),
        lambda: set_idle_lock_minutes(opened_store, admin_session, 0),
    ):
        with pytest.raises(DomainError):
            call()
    assert _event_count(opened_store) == before


# --- CSV export -------------------------------------------------------------------------------


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    return header, rows


@pytest.fixture
def busy_store(
    opened_store: OpenStore, admin_session: OfficerSession
) -> tuple[OfficerSession, int]:
    """Admin has added budi, budi has signed in once and failed once: events by two officers.

    Returns the admin's session and budi's officer id.
    """
    add_officer(opened_store, admin_session, "budi", FULL_NAME, frozenset({Role.PETUGAS}), TEMP)
    budi = sign_in(opened_store, "budi", TEMP)
    with pytest.raises(DomainError):
        sign_in(opened_store, "budi", "wrong-pass-999")
    set_officer_roles(opened_store, admin_session, "budi", frozenset({Role.VERIFIKATOR}))
    return admin_session, budi.officer_id


def test_export_writes_the_header_and_every_row_oldest_first_then_audits_itself(
    opened_store: OpenStore, busy_store: tuple[OfficerSession, int], tmp_path: Path
) -> None:
    admin, _budi_id = busy_store
    stored = _events(opened_store)
    out = tmp_path / "laporan" / "audit.csv"

    assert export_events_csv(opened_store, admin, AuditFilter(), out) == len(stored)

    header, rows = _read_csv(out)
    assert tuple(header) == CSV_COLUMNS
    assert [int(r["seq"]) for r in rows] == [e.seq for e in stored]
    assert [r["hash"] for r in rows] == [e.hash for e in stored]
    assert [r["action"] for r in rows] == [e.action for e in stored]
    assert all(r["at_utc"].endswith("+00:00") for r in rows)
    assert rows[-1]["officer"] == "admin" and rows[-1]["role"] == "admin"
    assert {r["officer"] for r in rows} == {"", "admin", "budi"}
    assert not any(FULL_NAME in value for r in rows for value in r.values())

    exported = _events(opened_store)[-1]
    assert len(_events(opened_store)) == len(stored) + 1
    assert (exported.action, exported.officer_id, exported.role) == (
        "audit.exported",
        admin.officer_id,
        "admin",
    )
    assert exported.device_id == opened_store.device_id
    assert json.loads(exported.detail) == {"rows": len(stored), "file": "audit.csv"}
    assert list(tmp_path.joinpath("laporan").iterdir()) == [out]  # no temporary file left
    with opened_store.store.session() as session:
        assert check_chain(session) == []


def test_export_keeps_only_the_rows_the_filter_selects(
    opened_store: OpenStore, busy_store: tuple[OfficerSession, int], tmp_path: Path
) -> None:
    admin, budi_id = busy_store

    by_budi = tmp_path / "budi.csv"
    n = export_events_csv(opened_store, admin, AuditFilter(officer_id=budi_id), by_budi)
    _header, rows = _read_csv(by_budi)
    assert n == len(rows) == 2
    assert [(r["officer"], r["action"]) for r in rows] == [
        ("budi", "login.ok"),
        ("budi", "login.failed"),
    ]

    logins = tmp_path / "login.csv"
    export_events_csv(opened_store, admin, AuditFilter(action_prefix="login"), logins)
    _header, rows = _read_csv(logins)
    assert [(r["officer"], r["action"]) for r in rows] == [
        ("admin", "login.ok"),
        ("budi", "login.ok"),
        ("budi", "login.failed"),
    ]

    # The prefix matches whole dotted parts: "officer" is not "officer.c".
    officer = tmp_path / "officer.csv"
    export_events_csv(opened_store, admin, AuditFilter(action_prefix="officer."), officer)
    _header, rows = _read_csv(officer)
    assert [r["action"] for r in rows] == [
        "officer.created",
        "officer.created",
        "officer.roles_changed",
    ]
    partial = tmp_path / "partial.csv"
    assert (
        export_events_csv(opened_store, admin, AuditFilter(action_prefix="officer.c"), partial) == 0
    )

    day = _events(opened_store)[0].at.astimezone().date()  # the local calendar day
    same_day = tmp_path / "day.csv"
    n = export_events_csv(opened_store, admin, AuditFilter(date_from=day, date_to=day), same_day)
    assert n == len(_read_csv(same_day)[1]) > 0
    before = tmp_path / "before.csv"
    assert (
        export_events_csv(opened_store, admin, AuditFilter(date_to=day - timedelta(days=1)), before)
        == 0
    )
    header, rows = _read_csv(before)
    assert (tuple(header), rows) == (CSV_COLUMNS, [])
    after = tmp_path / "after.csv"
    assert (
        export_events_csv(
            opened_store, admin, AuditFilter(date_from=day + timedelta(days=1)), after
        )
        == 0
    )


@pytest.fixture
def jakarta_clock() -> Iterator[None]:
    """The process's local time zone set to UTC+7 (WIB) for one test."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "WIB-7"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


def test_the_date_filter_counts_by_the_local_calendar_day(
    opened_store: OpenStore, admin_session: OfficerSession, jakarta_clock: None
) -> None:
    # 18:30 UTC on 1 March is 01:30 on 2 March at a Bekasi counter.
    with opened_store.store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET at = '2026-03-01 18:30:00.000000' WHERE seq = 1"))
    march_1, march_2 = date(2026, 3, 1), date(2026, 3, 2)

    def on(day: date) -> int:
        return count_events(opened_store, admin_session, AuditFilter(date_from=day, date_to=day))

    assert on(march_2) == 1
    assert on(march_1) == 0
    (row,) = list_events(
        opened_store, admin_session, AuditFilter(date_from=march_2, date_to=march_2)
    )
    assert row.seq == 1


def test_export_replaces_an_existing_file_whole(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    out = tmp_path / "exports" / "audit.csv"
    out.parent.mkdir()
    out.write_text("old,content\n" * 10_000, encoding="utf-8")
    n = export_events_csv(opened_store, admin_session, AuditFilter(), out)
    header, rows = _read_csv(out)
    assert (tuple(header), len(rows)) == (CSV_COLUMNS, n)
    assert "old,content" not in out.read_text(encoding="utf-8-sig")
    assert [p.name for p in out.parent.iterdir()] == ["audit.csv"]  # no temporary file left


def test_a_failed_export_leaves_no_file_behind_and_is_not_audited(
    opened_store: OpenStore, admin_session: OfficerSession, tmp_path: Path
) -> None:
    # A folder where the file should go: the final rename fails after the rows are written.
    target = tmp_path / "exports" / "audit.csv"
    target.mkdir(parents=True)
    (target / "keep.txt").write_text("untouched", encoding="utf-8")
    before = _event_count(opened_store)
    with pytest.raises(OSError):
        export_events_csv(opened_store, admin_session, AuditFilter(), target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["audit.csv"]
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert _event_count(opened_store) == before
