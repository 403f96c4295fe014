"""Synthetic registrations written straight to a store: a background for reports, queues and
screens (the life cycle itself is tested through the services)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date

from ucj_desktop.store.models import Registration
from ucj_desktop.store.unit_of_work import UnitOfWork
from ucj_desktop.synthetic import generate_people

# The day the synthetic people are generated for (their ages and desil bands).
PEOPLE_ON = date(2026, 11, 24)


def add_registrations(
    uow: UnitOfWork,
    officer_id: int,
    count: int,
    seed: int = 5,
    people_on: date = PEOPLE_ON,
    **fields: object | Callable[[int], object],
) -> list[Registration]:
    """``count`` submitted registrations made by ``officer_id`` from synthetic people.

    ``fields`` override columns; a callable value is called with the row's index.
    """
    rows = []
    with uow.transaction() as tx:
        for index, p in enumerate(generate_people(seed, count, people_on)):
            values: dict[str, object] = {
                "id": str(uuid.uuid4()),
                "nik": p.nik,
                "kk_number": p.kk_number,
                "full_name": p.full_name,
                "birth_date": p.birth_date,
                "sex": p.sex,
                "phone": p.phone,
                "address": p.address,
                "rt": p.rt,
                "rw": p.rw,
                "kelurahan_code": p.kelurahan_code,
                "occupations": json.dumps(list(p.occupations)),
                "declared_income": p.declared_income,
                "consent": True,
                "desil": p.desil,
                "status": "submitted",
                "created_by": officer_id,
            }
            for name, value in fields.items():
                values[name] = value(index) if callable(value) else value
            row = Registration(**values)
            tx.add(row)
            rows.append(row)
        tx.commit()
    return rows


def add_rows(
    uow: UnitOfWork,
    officer_id: int,
    columns: tuple[str, ...],
    rows: list[tuple[object, ...]],
    seed: int = 5,
) -> list[Registration]:
    """``add_registrations`` with one row per tuple in ``rows``, its values for ``columns``:
    ``add_rows(store, admin, ("status", "desil"), [("enrolled", 4), ("draft", 3)])``."""
    values = {name: (lambda i, at=index: rows[i][at]) for index, name in enumerate(columns)}
    return add_registrations(uow, officer_id, len(rows), seed, **values)
