"""Officer roles; one person may hold several."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ucj_desktop.domain.errors import DomainError


class Role(StrEnum):
    PETUGAS = "petugas"  # registrar
    VERIFIKATOR = "verifikator"  # supervisor, verifies others' registrations
    ADMIN = "admin"  # users, reference data, keys, backups


def parse_roles(values: Iterable[str]) -> frozenset[Role]:
    roles: set[Role] = set()
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if not name:
                continue
            try:
                roles.add(Role(name))
            except ValueError:
                raise DomainError("role.unknown", field="roles", role=name) from None
    if not roles:
        raise DomainError("role.none", field="roles")
    return frozenset(roles)


def format_roles(roles: Iterable[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))
