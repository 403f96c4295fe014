"""Who may put the hub's programme settings in force, and with which hub key (the office side
of tests/hub/test_hub_settings_package.py, against the test hub of tests/support)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import col, select

from tests.support.offices import Office
from tests.support.settings_packages import build_settings
from tests.support.sync_office import trust_hub
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.settings import program_config, rules_in_force
from ucj_desktop.services.settings_import import import_settings
from ucj_desktop.services.sync_keys import enrollment_document
from ucj_desktop.store.models import AuditEvent, ProgramSettings, Setting

V2 = ProgramConfig(quota=700, version=2)


def rows(office: Office) -> tuple[list[object], ...]:
    """The settings, the versions kept and the audit trail, every column."""
    with office.opened.store.session() as session:
        return tuple(
            [tuple(r) for r in session.execute(select(table.__table__)).all()]  # type: ignore[attr-defined]
            for table in (Setting, ProgramSettings, AuditEvent)
        )


def package(office: Office, secrets: SecretStore, tmp_path: Path, name: str) -> Path:
    """Settings version 2 from a new test hub, whose key the office now trusts."""
    hub = trust_hub(office.opened, office.admin, tmp_path / f"{name}-hub.json")
    enrollment = enrollment_document(office.opened, office.admin, secrets)
    path = tmp_path / f"{name}.ucjsync"
    path.write_bytes(build_settings(hub, enrollment, V2))
    return path


def test_a_verifikator_imports_the_settings_and_a_petugas_may_not(
    office: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    path = package(office, secret_store, tmp_path, "v2")
    before = rows(office)
    with pytest.raises(DomainError) as caught:
        import_settings(office.opened, office.petugas, secret_store, path)
    assert (caught.value.code, caught.value.values) == (
        "permission.denied",
        {"permission": "settings.import"},
    )
    assert rows(office) == before
    done = import_settings(office.opened, office.verifikator, secret_store, path)
    assert done.version == 2 and program_config(office.opened) == V2
    with office.opened.transaction() as tx:
        kept = tx.get(ProgramSettings, 2)
        assert kept is not None and kept.imported_by == office.verifikator.officer_id
        event = tx.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc())).first()
    assert event is not None
    assert (event.action, event.role) == ("settings.imported", "verifikator")
    assert json.loads(event.detail)["previous"] == 1


def test_without_a_hub_key_nothing_can_be_checked_and_nothing_changes(
    office: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    path = tmp_path / "anything.ucjsync"
    path.write_bytes(b"PK")
    before = rows(office)
    with pytest.raises(DomainError) as caught:
        import_settings(office.opened, office.admin, secret_store, path)
    assert caught.value.code == "keys.no_hub_key"
    assert rows(office) == before


def test_settings_signed_by_a_hub_key_no_longer_in_force_are_refused(
    office: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    old = package(office, secret_store, tmp_path, "old-key")
    trust_hub(office.opened, office.admin, tmp_path / "new-hub.json")  # the hub's key changed
    before = rows(office)
    with pytest.raises(DomainError) as caught:
        import_settings(office.opened, office.admin, secret_store, old)
    assert caught.value.code == "settings.other_key"
    assert rows(office) == before
    assert rules_in_force(office.opened).version == 1
