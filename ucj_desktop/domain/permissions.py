"""Which role may do what. Services check every call against this table, not only the GUI."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from types import MappingProxyType

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role


class Permission(StrEnum):
    OFFICER_MANAGE = "officer.manage"  # add, disable, enable, reset password, list
    AUDIT_VIEW = "audit.view"
    AUDIT_EXPORT = "audit.export"
    SETTINGS_CHANGE = "settings.change"
    SETTINGS_IMPORT = "settings.import"  # the programme settings package the hub signed
    REFERENCE_IMPORT = "reference.import"
    BACKUP = "backup"
    KEYS_MANAGE = "keys.manage"
    REGISTRATION_CREATE = "registration.create"
    REGISTRATION_EDIT = "registration.edit"
    REGISTRATION_VIEW = "registration.view"
    REGISTRATION_VERIFY = "registration.verify"
    REGISTRATION_CANCEL = "registration.cancel"
    BATCH_EXPORT = "batch.export"
    ACK_IMPORT = "ack.import"
    PRINT = "print"
    REPORT_EXPORT = "report.export"  # quota, premium and roster reports out of the app
    # The hub desk (ucj-desktop --hub): its operators hold the same roles.
    HUB_INGEST = "hub.ingest"  # receive office packages
    HUB_CYCLE = "hub.cycle"  # close the cycle: allocate, the BPJS round trip, the acks


_ALL = frozenset(Role)
GRANTS: MappingProxyType[Permission, frozenset[Role]] = MappingProxyType(
    {
        Permission.OFFICER_MANAGE: frozenset({Role.ADMIN}),
        Permission.AUDIT_VIEW: frozenset({Role.ADMIN}),
        Permission.AUDIT_EXPORT: frozenset({Role.ADMIN}),
        Permission.SETTINGS_CHANGE: frozenset({Role.ADMIN}),
        # The hands that import the hub's acks import its settings: the hub decides them and
        # signs them, the office only applies the newer version, on the same screen as acks.
        Permission.SETTINGS_IMPORT: frozenset({Role.VERIFIKATOR, Role.ADMIN}),
        Permission.REFERENCE_IMPORT: frozenset({Role.ADMIN}),
        Permission.BACKUP: frozenset({Role.ADMIN}),
        Permission.KEYS_MANAGE: frozenset({Role.ADMIN}),
        Permission.REGISTRATION_CREATE: frozenset({Role.PETUGAS}),
        Permission.REGISTRATION_EDIT: frozenset({Role.PETUGAS}),
        Permission.REGISTRATION_VIEW: _ALL,
        Permission.REGISTRATION_VERIFY: frozenset({Role.VERIFIKATOR}),
        Permission.REGISTRATION_CANCEL: frozenset({Role.ADMIN}),
        Permission.BATCH_EXPORT: frozenset({Role.VERIFIKATOR, Role.ADMIN}),
        Permission.ACK_IMPORT: frozenset({Role.VERIFIKATOR, Role.ADMIN}),
        Permission.PRINT: _ALL,
        Permission.REPORT_EXPORT: frozenset({Role.VERIFIKATOR, Role.ADMIN}),
        Permission.HUB_INGEST: _ALL,
        Permission.HUB_CYCLE: frozenset({Role.VERIFIKATOR, Role.ADMIN}),
    }
)


def allowed(roles: Iterable[Role], permission: Permission) -> bool:
    return not GRANTS[permission].isdisjoint(roles)


def acting_role(roles: Iterable[Role], permission: Permission) -> Role:
    """The role under which an allowed action is taken (recorded in the audit trail).

    Raises ``permission.denied`` when none of ``roles`` grants the permission.
    """
    granted = sorted(GRANTS[permission].intersection(roles))
    if not granted:
        raise DomainError("permission.denied", permission=permission.value)
    return granted[0]
