"""The hub desk's operators (hub/desk.py): the office's account services on the hub's
database, the first operator made once, roles checked as stored at each action, the operator
named in the hub's trail, and a stop of an ingest keeping what was stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui_hub.conftest import PASSWORD, city_of, make_operators, workers
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.hub.start import hub_problem_text, open_hub_desk
from ucj_desktop.hub import desk_views
from ucj_desktop.hub.access import ENV_OPERATOR
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.desk import as_operator, create_first_operator, has_operators, ingest
from ucj_desktop.hub.ingest_store import Ingested
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.password_policy import PasswordPolicyError
from ucj_desktop.services.accounts import set_officer_disabled, sign_in
from ucj_desktop.store.errors import StoreError


def test_the_first_operator_is_made_once_and_signs_in_like_an_officer(desk) -> None:
    assert not has_operators(desk)
    with pytest.raises(PasswordPolicyError):
        create_first_operator(desk, "admin", "Admin Hub", "pendek")
    assert not has_operators(desk)
    create_first_operator(desk, "Admin", "Admin Hub", PASSWORD)
    with pytest.raises(DomainError) as again:
        create_first_operator(desk, "kedua", "Admin Kedua", PASSWORD)
    assert again.value.code == "hub.desk_has_operators"
    who = sign_in(desk, "admin", PASSWORD)
    assert (who.username, who.device_id, who.must_change_password) == (
        "admin",
        desk.hub.hub_id,
        False,
    )
    with pytest.raises(DomainError) as wrong:
        sign_in(desk, "admin", "salah-sekali-123")
    assert wrong.value.code == "auth.invalid"


def test_an_action_checks_the_role_as_stored_now_and_changes_nothing_when_refused(
    operators, sqlite_desk, tmp_path: Path
) -> None:
    desk = sqlite_desk
    city = city_of(desk, tmp_path / "city")
    city.ingest(city.batch(city.office(0), workers(4, 1)))
    before = desk_views.trail_length(desk, operators["admin"])
    with pytest.raises(DomainError) as denied:
        as_operator(desk, operators["petugas"], Permission.HUB_CYCLE, allocate)
    assert denied.value.code == "permission.denied"
    assert desk_views.quota(desk).seats_used == 0
    assert desk_views.trail_length(desk, operators["admin"]) == before
    # An account disabled after its sign-in stops at its next action.
    set_officer_disabled(desk, operators["admin"], "verifikator", True)
    with pytest.raises(DomainError) as ended:
        as_operator(desk, operators["verifikator"], Permission.HUB_CYCLE, allocate)
    assert ended.value.code == "auth.session_ended"
    done = as_operator(desk, operators["admin"], Permission.HUB_CYCLE, allocate)
    assert done.allocated == 4


def test_the_trail_names_the_signed_in_operator_and_the_cli_its_own(
    operators, sqlite_desk, tmp_path: Path, monkeypatch
) -> None:
    desk = sqlite_desk
    monkeypatch.setenv(ENV_OPERATOR, "operator-cli")
    city = city_of(desk, tmp_path / "city")  # enrolled and taken in as ucj-hub would
    city.ingest(city.batch(city.office(0), workers(2, 1)))
    as_operator(desk, operators["verifikator"], Permission.HUB_CYCLE, allocate)
    events = desk_views.trail(desk, operators["admin"], None, 50)
    by_action = {e.action: e.operator for e in events}
    assert by_action["quota.allocated"] == "verifikator"
    assert by_action["device.enrolled"] == by_action["batch.ingested"] == "operator-cli"
    assert len(city.offices) == 3


def test_a_stopped_ingest_keeps_what_it_stored(operators, sqlite_desk, tmp_path: Path) -> None:
    desk = sqlite_desk
    city = city_of(desk, tmp_path / "city")
    files = [city.batch(city.office(n % 3), workers(2, 10 + n)) for n in range(6)]
    seen: list[object] = []
    ingest(desk, operators["petugas"], files, lambda r: seen.append(r) or len(seen) < 2)
    assert len(seen) == 2 and all(isinstance(r, Ingested) and not r.already for r in seen)
    assert desk_views.package_count(desk) == 2
    # The rest later: the two already there say so, the others are taken.
    again: list[object] = []
    ingest(desk, operators["petugas"], files, lambda r: again.append(r) or True)
    assert [r.already for r in again if isinstance(r, Ingested)] == [True, True] + [False] * 4
    assert desk_views.package_count(desk) == 6


def test_a_folder_without_a_hub_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as missing:
        open_hub_desk(StorePaths(tmp_path / "data"), demo=False)
    text = hub_problem_text(missing.value, tmp_path / "data" / "hub")
    assert "Belum ada hub" in text and "ucj-hub init" in text


def test_operators_of_the_desk_are_the_office_accounts_with_their_roles(sqlite_desk) -> None:
    made = make_operators(sqlite_desk)
    assert {k: sorted(r.value for r in w.roles) for k, w in made.items()} == {
        "admin": ["admin"],
        "verifikator": ["verifikator"],
        "petugas": ["petugas"],
    }
