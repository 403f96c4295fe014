"""Two counters saving the same NIK at the same moment: the second hears "already registered".

The race is made, not hoped for: just before store A sends its INSERT (after its duplicate
check found nothing), store B - a second connection to the same file, as a second counter
would have - saves the same person and commits. A's INSERT then meets the live-NIK index.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from tests.support.offices import new_officer, registration_input
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.registrations import FormEntry, Terms, save_registration
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.synthetic import dtsen_rows

TODAY = date(2026, 1, 15)


def test_the_later_of_two_simultaneous_saves_is_told_the_nik_is_registered(
    opened_store: OpenStore, admin_session: OfficerSession, store_paths, secret_store
) -> None:
    person = registration_input(next(iter(dtsen_rows(7, 1, TODAY))))
    rina = new_officer(opened_store, admin_session, "rina", {Role.PETUGAS})
    budi = new_officer(opened_store, admin_session, "budi", {Role.PETUGAS})
    other_counter = open_store(store_paths, secret_store)
    saved_first: list[str] = []

    def the_other_counter_saves_first(_conn, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO registration ") and not saved_first:
            summary = save_registration(
                other_counter, budi, FormEntry(person), submit=False, terms=Terms(today=TODAY)
            )
            saved_first.append(summary.id)

    engine = opened_store.store.engine
    event.listen(engine, "before_cursor_execute", the_other_counter_saves_first)
    try:
        with pytest.raises(DomainError) as caught:
            save_registration(
                opened_store, rina, FormEntry(person), submit=False, terms=Terms(today=TODAY)
            )
    finally:
        event.remove(engine, "before_cursor_execute", the_other_counter_saves_first)
        other_counter.close()
    assert saved_first, ("the competing save never ran: the race was not made", caught.value)
    assert caught.value.code == "registration.duplicate"
    assert caught.value.values["existing_id"] == saved_first[0]
