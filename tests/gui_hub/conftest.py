"""Fixtures of the hub desk's tests: a real hub on its SQLCipher file (file keyring) and, the
same tests again, on a real PostgreSQL database (tests/support/postgres_fixtures.py), as
tests/hub/conftest.py's ``hub``; synthetic offices enrolled (tests/support/city.py); operators
made through the real account services."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from tests.support.city import City, enroll_offices
from tests.support.hub_templates import hub_copied
from tests.support.qt_cleanup import (  # noqa: F401
    _deleted_after_the_test,
    pytest_runtest_makereport,
    pytest_runtest_teardown,
)
from tests.support.stores import made_once
from ucj_desktop.domain.roles import Role
from ucj_desktop.hub.access import open_hub
from ucj_desktop.hub.desk import HubDesk, create_first_operator
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.demo_city import open_or_create_demo_city
from ucj_desktop.sync.records import BatchRecord
from ucj_desktop.synthetic import generate_people

QUOTA = 10
PASSWORD = "hub-desk-pass-1"
TEMPORARY = "temp-pass-0001"
T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


@pytest.fixture(scope="session")
def demo_city_template(tmp_path_factory: pytest.TempPathFactory, cheap_argon2: None) -> Path:
    """A data folder holding the demo city, made once per run by the app's own demo code
    (``ucj-desktop --demo --hub`` on first use; once for all the xdist workers: ``made_once``)
    and closed: the hub walks copy it."""
    return made_once(tmp_path_factory, "demo-city", lambda f: open_or_create_demo_city(f).close())


def _desks(
    request: pytest.FixtureRequest, tmp_path: Path, keyring: FileKeyring, secrets: SecretStore
) -> Iterator[HubDesk]:
    with hub_copied(request, tmp_path / "hub", keyring, quota=QUOTA) as root:
        hub = open_hub(root, secrets)
        try:
            yield HubDesk(hub)
        finally:
            hub.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def desk(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    file_keyring: FileKeyring,
    secret_store: SecretStore,
) -> Iterator[HubDesk]:
    """A new hub (quota ``QUOTA``) on each database, without operators."""
    yield from _desks(request, tmp_path, file_keyring, secret_store)


@pytest.fixture
def sqlite_desk(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    file_keyring: FileKeyring,
    secret_store: SecretStore,
) -> Iterator[HubDesk]:
    """The same hub on its SQLCipher file only (screens' details, not the database's)."""
    yield from _desks(request, tmp_path, file_keyring, secret_store)


@pytest.fixture
def gui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def make_operators(desk: HubDesk) -> dict[str, OfficerSession]:
    """The first operator (an admin) as the desk makes it, then a verifikator and a petugas
    added by the admin, each past the forced password change."""
    create_first_operator(desk, "admin", "Admin Hub", PASSWORD)
    admin = sign_in(desk, "admin", PASSWORD)
    made = {"admin": admin}
    for role in (Role.VERIFIKATOR, Role.PETUGAS):
        add_officer(desk, admin, role.value, f"{role.value.title()} Hub", {role}, TEMPORARY)
        first = sign_in(desk, role.value, TEMPORARY)
        made[role.value] = change_password(desk, first, TEMPORARY, PASSWORD)
    return made


@pytest.fixture
def operators(sqlite_desk: HubDesk) -> dict[str, OfficerSession]:
    return make_operators(sqlite_desk)


def shown(qtbot: Any, screen: QWidget) -> None:
    """A hub screen on screen, as the window shows it: read at its first show, its background
    reads started once painted."""
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)


def city_of(desk: HubDesk, folder: Path, count: int = 3) -> City:
    return enroll_offices(desk.hub, folder, count)


def workers(count: int, seed: int, *, desil: int = 2, start: datetime = T0) -> list[BatchRecord]:
    """``count`` synthetic workers verified a minute apart from ``start``."""
    return [
        dataclasses.replace(record_of(p, start + timedelta(minutes=n)), desil=desil)
        for n, p in enumerate(generate_people(seed, count, date(2026, 1, 1)))
    ]
