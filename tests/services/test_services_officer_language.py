"""Each officer's language, kept with the account in a real encrypted store: any officer sets
their own, the next sign-in carries it, the trail records it, a language the app does not
speak is refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.support.offices import OWN
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.services.accounts import set_officer_disabled, set_own_language, sign_in
from ucj_desktop.services.audit import check_chain
from ucj_desktop.store.models import AuditEvent, Officer


def test_an_officer_sets_their_own_language_and_signs_in_with_it_next_time(office):
    rina = office.petugas
    assert rina.language is None  # not chosen yet: the login's language holds

    after = set_own_language(office.opened, rina, "en")

    assert after.language == "en" and after.officer_id == rina.officer_id
    assert sign_in(office.opened, "rina", OWN).language == "en"
    assert sign_in(office.opened, "vera", OWN).language is None  # only hers
    with office.opened.store.session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "officer.language_changed")
        ).all()
        assert [(e.officer_id, e.entity_id, json.loads(e.detail)) for e in events] == [
            (rina.officer_id, str(rina.officer_id), {"language": "en"})
        ]
        assert check_chain(session) == []
        stored = session.get(Officer, rina.officer_id)
        assert stored is not None and stored.language == "en"

    back = set_own_language(office.opened, after, "id")
    assert back.language == "id" and sign_in(office.opened, "rina", OWN).language == "id"


def test_choosing_the_language_already_kept_writes_no_event(office):
    set_own_language(office.opened, office.petugas, "en")
    set_own_language(office.opened, office.petugas, "en")
    with office.opened.store.session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "officer.language_changed")
        ).all()
    assert len(events) == 1


def test_a_language_the_app_does_not_speak_is_refused(office):
    with pytest.raises(ValueError, match="'fr'"):
        set_own_language(office.opened, office.petugas, "fr")
    assert sign_in(office.opened, "rina", OWN).language is None


def test_a_disabled_officer_cannot_choose_any_more(office):
    set_officer_disabled(office.opened, office.admin, "rina", True)
    with pytest.raises(DomainError) as refused:
        set_own_language(office.opened, office.petugas, "en")
    assert refused.value.code == "auth.session_ended"
