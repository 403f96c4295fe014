"""Fixtures for GUI tests."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import save_registration
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

TEMP = "temp-pass-0001"
OWN = "own-pass-0002"


@pytest.fixture
def gui_settings(tmp_path) -> QSettings:
    """GUI preferences in a temporary ini file, as the app keeps them per store."""
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


def registration_input(row: tuple[str, ...], occupations=("OJOL",)) -> RegistrationInput:
    nik, kk, name, born, sex, address, rt, rw, kelurahan, _desil = row
    return RegistrationInput(
        nik=nik,
        kk_number=kk,
        full_name=name,
        birth_date=datetime.strptime(born, "%d/%m/%Y").date(),
        sex=sex,
        phone=None,
        address=address,
        rt=rt,
        rw=rw,
        kelurahan_code=kelurahan,
        occupations=tuple(occupations),
        declared_income=1_000_000,
        consent=True,
    )


@dataclass
class Office:
    """A store with synthetic DTSEN loaded, a petugas (rina) and a verifikator (vera)."""

    opened: OpenStore
    admin: OfficerSession
    petugas: OfficerSession
    verifikator: OfficerSession
    people: list[tuple[str, ...]]  # DTSEN rows of workers who may be submitted
    today: date

    def officer(self, username: str, roles: set[Role]) -> OfficerSession:
        """A new officer, signed in with their own password."""
        return _officer(self.opened, self.admin, username, roles)

    def registration_input(self, index: int, occupations=("OJOL",)) -> RegistrationInput:
        """The form as filled in for ``people[index]``."""
        return registration_input(self.people[index], occupations)

    def register(
        self,
        index: int,
        submit: bool = True,
        who: OfficerSession | None = None,
        **kw,
    ) -> str:
        """``people[index]`` saved (and submitted) by the petugas, or by ``who``; the id."""
        data = self.registration_input(index, **kw)
        saved = save_registration(
            self.opened, who or self.petugas, data, submit=submit, today=self.today
        )
        return saved.id


def _officer(
    opened: OpenStore, admin: OfficerSession, username: str, roles: set[Role]
) -> OfficerSession:
    add_officer(opened, admin, username, username.title(), frozenset(roles), TEMP)
    return change_password(opened, sign_in(opened, username, TEMP), TEMP, OWN)


def _submittable(row: tuple[str, ...], today: date) -> bool:
    born = datetime.strptime(row[3], "%d/%m/%Y").date()
    return int(row[9]) <= 5 and (today - born).days < 60 * 365


@pytest.fixture
def office(tmp_path: Path, opened_store: OpenStore, admin_session: OfficerSession) -> Office:
    """A synthetic DTSEN extract imported, and a petugas and a verifikator (see ``Office``)."""
    today = date.today()
    rows = list(dtsen_rows(7, 60, today))
    path = tmp_path / "dtsen.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(DTSEN_HEADER)
        writer.writerows(rows)
    import_reference(opened_store, admin_session, "dtsen", path, today=today)
    return Office(
        opened_store,
        admin_session,
        _officer(opened_store, admin_session, "rina", {Role.PETUGAS}),
        _officer(opened_store, admin_session, "vera", {Role.VERIFIKATOR}),
        [r for r in rows if _submittable(r, today)],
        today,
    )
