"""An office at work, made once per session: the template store with a synthetic DTSEN
extract imported, a petugas (rina) and a verifikator (vera) with their own passwords.

Importing the extract runs the reference reader's helper process and every officer costs
argon2 work, so :func:`make_office_template` does it once; each test that asks for ``office``
gets a copy (``tests/support/fixtures.py`` copies this template instead of the bare one).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from keyring.backend import KeyringBackend

from tests.support.stores import ADMIN, ADMIN_PASSWORD, TemplateStore, copy_store
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SERVICE, SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import FormEntry, Terms, save_registration
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

T = TypeVar("T")

TEMP = "temp-pass-0001"
OWN = "own-pass-0002"


def registration_input(row: tuple[str, ...], occupations=("OJOL",)) -> RegistrationInput:
    """The form as an officer fills it in for the DTSEN row ``row``."""
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


def write_extract(path: Path, rows: list[tuple[str, ...]]) -> Path:
    """A DTSEN extract of ``rows`` as the kelurahan sends it: CSV with the usual header."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(DTSEN_HEADER)
        writer.writerows(rows)
    return path


def reimport_with_desil(office: Office, folder: Path, index: int, desil: str) -> None:
    """A new DTSEN extract imported, in which ``office.people[index]`` has ``desil``."""
    rows = [(*row[:9], desil) if i == index else row for i, row in enumerate(office.people)]
    extract = write_extract(folder / "dtsen-baru.csv", rows)
    import_reference(office.opened, office.admin, "dtsen", extract, today=office.today)


def new_officer(
    opened: OpenStore, admin: OfficerSession, username: str, roles: set[Role]
) -> OfficerSession:
    """A new officer added by ``admin``, signed in with their own password."""
    add_officer(opened, admin, username, username.title(), frozenset(roles), TEMP)
    return change_password(opened, sign_in(opened, username, TEMP), TEMP, OWN)


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
        return new_officer(self.opened, self.admin, username, roles)

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
            self.opened,
            who or self.petugas,
            FormEntry(data),
            submit=submit,
            terms=Terms(today=self.today),
        )
        return saved.id

    def save_edit(self, registration_id: str, data: RegistrationInput, submit: bool = True) -> str:
        """The petugas saves ``data`` over the registration (and submits it); its status."""
        saved = save_registration(
            self.opened,
            self.petugas,
            FormEntry(data, registration_id),
            submit=submit,
            terms=Terms(today=self.today),
        )
        return saved.status.value


@dataclass(frozen=True)
class OfficeTemplate:
    """The office's store, closed, and what a test needs to know about it."""

    store: TemplateStore
    petugas: OfficerSession
    verifikator: OfficerSession
    people: list[tuple[str, ...]]
    today: date

    def office(self, opened: OpenStore, admin: OfficerSession) -> Office:
        """The office on ``opened``, a copy of this template."""
        return Office(opened, admin, self.petugas, self.verifikator, self.people, self.today)


def grow_office_template(
    base: OfficeTemplate, folder: Path, grow: Callable[[Office, SecretStore, Path], T]
) -> tuple[OfficeTemplate, T]:
    """A copy of ``base`` in ``folder`` after ``grow(office, secrets, folder)`` ran on it, and
    what ``grow`` returned: what every test of a module would otherwise do first, done once.
    The copy's keyring entries include the keys ``grow`` made (a device's, a hub's)."""
    keyring_file = folder / "keyring.json"
    keyring = FileKeyring(keyring_file)
    paths = StorePaths(folder / "store")
    copy_store(base.store, paths, keyring)
    secrets = SecretStore(keyring)
    opened = open_store(paths, secrets)
    try:
        made = grow(base.office(opened, sign_in(opened, ADMIN, ADMIN_PASSWORD)), secrets, folder)
    finally:
        opened.close()
    entries = json.loads(keyring_file.read_text(encoding="utf-8"))[SERVICE]
    return replace(base, store=TemplateStore(paths, base.store.init, dict(entries))), made


def _submittable(row: tuple[str, ...], today: date) -> bool:
    born = datetime.strptime(row[3], "%d/%m/%Y").date()
    return int(row[9]) <= 5 and (today - born).days < 60 * 365


def make_office_template(base: TemplateStore, folder: Path) -> OfficeTemplate:
    """A copy of ``base`` in ``folder``/store with the extract imported and two officers."""
    keyring: KeyringBackend = FileKeyring(folder / "keyring.json")
    paths = StorePaths(folder / "store")
    copy_store(base, paths, keyring)
    opened = open_store(paths, SecretStore(keyring))
    try:
        admin = sign_in(opened, ADMIN, ADMIN_PASSWORD)
        today = date.today()
        rows = list(dtsen_rows(7, 60, today))
        extract = write_extract(folder / "dtsen.csv", rows)
        import_reference(opened, admin, "dtsen", extract, today=today)
        petugas = new_officer(opened, admin, "rina", {Role.PETUGAS})
        verifikator = new_officer(opened, admin, "vera", {Role.VERIFIKATOR})
    finally:
        opened.close()
    store = TemplateStore(paths, base.init, base.secrets)
    people = [r for r in rows if _submittable(r, today)]
    return OfficeTemplate(store, petugas, verifikator, people, today)
