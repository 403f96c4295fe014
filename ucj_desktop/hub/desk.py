"""The hub as its desk window (``ucj-desktop --hub``) works on it: operators who sign in.

The hub's use cases (ingest, allocate, BPJS, acks) take the open :class:`Hub` and know no
operator; ``ucj-hub`` names the OS account in the hub's trail. The desk signs its operators in
with the office's own account services (services/accounts.py: argon2 passwords, lockout, the
forced change, the roles) on the hub's database, which holds the office's ``officer`` and
``audit_event`` tables for them (hub migration h0002): :class:`HubDesk` is their UnitOfWork.
Each desk action checks the operator's role as stored now and runs with the operator named in
the hub's trail (:func:`acting`).

The first operator of a hub is made at the desk's first start (:func:`create_first_operator`):
whoever can open the hub (its key in this computer's keyring) can run ``ucj-hub`` as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.roles import Role, format_roles
from ucj_desktop.hub.access import Hub, open_hub, operator_as
from ucj_desktop.hub.ingest import ingest_files
from ucj_desktop.hub.ingest_store import Result
from ucj_desktop.security.passwords import hash_password
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import Actor, record_event
from ucj_desktop.services.store_access import validate_username
from ucj_desktop.store.repos import officers as officer_repo
from ucj_desktop.store.unit_of_work import Transaction

# The desk's "office code" where the account services and the sign-in ask for one.
HUB_DESK_CODE = "HUB"

T = TypeVar("T")


@dataclass(frozen=True)
class DeskManifest:
    """What the sign-in shows of the place it signs in to (an office's manifest says the same
    of an office)."""

    office_code: str
    demo: bool


class HubDesk:
    """An open hub and the UnitOfWork of its operators' accounts. Close it when done."""

    def __init__(self, hub: Hub, *, demo: bool = False) -> None:
        self.hub = hub
        self.manifest = DeskManifest(HUB_DESK_CODE, demo)

    # The UnitOfWork protocol (store/unit_of_work.py), for services/accounts.py.
    @property
    def device_id(self) -> str:
        return self.hub.hub_id

    @property
    def office_code(self) -> str:
        return HUB_DESK_CODE

    @property
    def dialect(self) -> str:
        return self.hub.dialect

    def transaction(self) -> AbstractContextManager[Transaction]:
        return self.hub.transaction()

    @property
    def where(self) -> str:
        """The database, for the window's words: the file, or the URL without a password."""
        return self.hub.store.where

    def close(self) -> None:
        self.hub.close()


def open_desk(root: Path, secrets: SecretStore, *, demo: bool = False) -> HubDesk:
    """Open the hub in ``root`` (``hub.json``: its SQLCipher file or its PostgreSQL URL)."""
    return HubDesk(open_hub(root, secrets), demo=demo)


def has_operators(desk: HubDesk) -> bool:
    with desk.transaction() as tx:
        return officer_repo.first_officer_id(tx) is not None


def create_first_operator(desk: HubDesk, username: str, full_name: str, password: str) -> None:
    """The hub's first operator, an admin with the password they chose; refused once the hub
    has any operator (the admin adds the others)."""
    name = validate_username(username)
    if not full_name.strip():
        raise DomainError("officer.full_name_empty", field="full_name")
    password_hash = hash_password(password)
    with desk.transaction() as tx:
        if officer_repo.first_officer_id(tx) is not None:
            raise DomainError("hub.desk_has_operators", field="username")
        officer = officer_repo.add_officer(
            tx, name, full_name.strip(), format_roles({Role.ADMIN}), password_hash
        )
        detail = {"roles": officer.roles, "first": True}
        record_event(
            tx,
            Actor(None, None, desk.device_id),
            "officer.created",
            "officer",
            str(officer.id),
            detail,
        )
        tx.commit()


@contextmanager
def acting(desk: HubDesk, who: OfficerSession, permission: Permission) -> Iterator[None]:
    """Check ``who`` may (as stored now: a disabled account or a role taken away stops here),
    then run the block with ``who`` named in the hub's trail."""
    authorize(desk, who, permission)
    with operator_as(who.username):
        yield


def as_operator(
    desk: HubDesk, who: OfficerSession, permission: Permission, work: Callable[[Hub], T]
) -> T:
    """``work(hub)`` as :func:`acting` allows: one desk action."""
    with acting(desk, who, permission):
        return work(desk.hub)


def ingest(
    desk: HubDesk, who: OfficerSession, paths: Sequence[Path], each: Callable[[Result], bool]
) -> None:
    """``ucj-hub ingest`` of ``paths`` (files; hub/ingest.package_files finds a folder's) as
    ``who``: ``each(result)`` is told every package once stored (or refused), in order, and
    stops the ingest by returning False. What was stored before it stops stays stored."""
    with acting(desk, who, Permission.HUB_INGEST):
        results = ingest_files(desk.hub, paths)
        try:
            for result in results:
                if not each(result):
                    break
        finally:  # a stop ends the reading helper now, not when the generator is collected
            close = getattr(results, "close", None)
            if close is not None:
                close()
