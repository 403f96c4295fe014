"""The ``office`` fixture: a copy of one office made per session, its own per test."""

from __future__ import annotations

from tests.support.offices import OWN, Office
from ucj_desktop.services.accounts import list_officers, sign_in
from ucj_desktop.services.store_access import OpenStore


def test_the_office_is_the_tests_store_with_its_officers_signed_in(
    office: Office, opened_store: OpenStore
) -> None:
    assert office.opened is opened_store
    names = {o.username for o in list_officers(opened_store, office.admin)}
    assert {"admin", "rina", "vera"} <= names
    # The sessions kept from the template are the officers of this copy.
    assert sign_in(opened_store, "rina", OWN).officer_id == office.petugas.officer_id
    assert office.people


def test_one_tests_registration_is_not_in_the_next_tests_copy(office: Office) -> None:
    # Both tests register the same person: a shared store would refuse the second.
    assert office.register(0)


def test_the_same_person_again_in_a_fresh_copy(office: Office) -> None:
    assert office.register(0)
