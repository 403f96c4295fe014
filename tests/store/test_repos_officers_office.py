"""Officer, office and trusted-key repositories on a real encrypted store."""

from __future__ import annotations

from ucj_desktop.domain.roles import Role
from ucj_desktop.services.accounts import OfficerSession, add_officer, set_officer_disabled
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import TrustedKey
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.repos import officers as officer_repo

TEMP = "temporary-pass-1234"


def test_officers_are_found_by_name_listed_by_name_and_filtered_when_disabled(
    opened_store: OpenStore, admin_session: OfficerSession
) -> None:
    add_officer(opened_store, admin_session, "zaki", "Zaki", frozenset({Role.PETUGAS}), TEMP)
    add_officer(opened_store, admin_session, "bima", "Bima", frozenset({Role.PETUGAS}), TEMP)
    set_officer_disabled(opened_store, admin_session, "zaki", True)
    with opened_store.transaction() as tx:
        found = officer_repo.officer_by_username(tx, "bima")
        assert found is not None and found.full_name == "Bima"
        assert officer_repo.officer_by_username(tx, "nobody") is None
        names = [o.username for o in officer_repo.officers_by_username(tx)]
        assert names == sorted(names) and {"zaki", "bima", admin_session.username} <= set(names)
        enabled = {o.username for o in officer_repo.enabled_officers(tx)}
        assert "zaki" not in enabled and "bima" in enabled
        assert officer_repo.first_officer_id(tx) == admin_session.officer_id


def test_the_office_and_its_registration_count(
    opened_store: OpenStore, admin_session: OfficerSession, add_registrations
) -> None:
    add_registrations(opened_store, admin_session.officer_id, 3)
    with opened_store.transaction() as tx:
        office = office_repo.the_office(tx)
        assert office.code == opened_store.office_code
        assert office_repo.office_if_any(tx) == office
        assert office_repo.registration_count(tx) == 3


def test_the_current_hub_key_is_the_newest_active_one(opened_store: OpenStore) -> None:
    with opened_store.transaction() as tx:
        assert office_repo.current_hub_key(tx) is None
        assert office_repo.hub_keys(tx) == []
        for n, active in ((1, False), (2, True), (3, False)):
            tx.add(
                TrustedKey(
                    role="hub",
                    name=f"hub {n}",
                    signing_key=f"{n:02d}" * 32,
                    fingerprint=f"{n:02d}" * 32,
                    age_recipient=f"age1hub{n}",
                    active=active,
                )
            )
        tx.commit()
        assert [k.name for k in office_repo.hub_keys(tx)] == ["hub 1", "hub 2", "hub 3"]
        current = office_repo.current_hub_key(tx)
        assert current is not None and current.name == "hub 2"
        key = office_repo.trusted_key(tx, "03" * 32)
        assert key is not None and key.name == "hub 3"
        assert office_repo.trusted_key(tx, "ff" * 32) is None
