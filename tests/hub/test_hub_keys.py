"""Hub keys: the recovery code, key rotation, replaced office laptops."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.support.city import City
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import initialise_hub, open_hub, recover_hub
from ucj_desktop.hub.devices import enroll_device, rotate_key
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.synthetic import generate_people

WHEN = datetime(2026, 1, 5, tzinfo=UTC)


def test_a_wiped_keyring_comes_back_from_the_recovery_code(tmp_path: Path) -> None:
    first = SecretStore(FileKeyring(tmp_path / "one.json"))
    hub, code = initialise_hub(tmp_path / "hub", first)
    key, keys = hub.signing_keys()
    hub.close()
    wiped = SecretStore(FileKeyring(tmp_path / "two.json"))
    with pytest.raises(StoreError) as missing:
        open_hub(tmp_path / "hub", wiped)
    assert missing.value.problem is Problem.KEY_MISSING
    recover_hub(tmp_path / "hub", wiped, code)
    again = open_hub(tmp_path / "hub", wiped)
    try:
        same_key, same_keys = again.signing_keys()  # from the escrow copy
    finally:
        again.close()
    assert (same_key.signer, same_keys) == (key.signer, keys)


def test_a_recovery_code_of_another_hub_is_refused(tmp_path: Path) -> None:
    store = SecretStore(FileKeyring(tmp_path / "k.json"))
    one, _ = initialise_hub(tmp_path / "one", store)
    one.close()
    two, other_code = initialise_hub(tmp_path / "two", store)
    two.close()
    with pytest.raises(StoreError) as refused:
        recover_hub(tmp_path / "one", store, other_code)
    assert refused.value.problem is Problem.RECOVERY_CODE_WRONG_STORE


def test_after_a_rotation_a_batch_sealed_to_the_old_key_still_opens(city: City) -> None:
    old_recipient = city.recipient
    rotate_key(city.hub)
    assert city.recipient != old_recipient
    office = city.office(0)
    people = list(generate_people(2, 2, date(2026, 1, 1)))
    path = city.folder / "old.ucjsync"
    path.write_bytes(office.batch([record_of(p, WHEN) for p in people], old_recipient))
    assert city.ingest(path).records == 2
    with city.hub.transaction() as tx:
        keys = hub_intake.hub_keys(tx)
    assert [k.retired_at is None for k in keys] == [True, False]


def test_a_replaced_laptop_is_enrolled_audited_and_its_late_batch_still_taken(
    city: City, tmp_path: Path
) -> None:
    office = city.office(0)
    people = list(generate_people(4, 2, date(2026, 1, 1)))
    late = city.batch(office, [record_of(people[0], WHEN)])  # made before the laptop died
    new_laptop = synthetic.offices(1, seed=42)[0]
    assert new_laptop.code == office.code
    path = tmp_path / "new.json"
    path.write_text(json.dumps(new_laptop.enrollment()))
    done = enroll_device(city.hub, path)
    assert done.replaced == (office.device_id,)
    assert city.ingest(late).records == 1
    with city.hub.transaction() as tx:
        devices = hub_intake.office_devices(tx, office.code)
        events = [e for e in hub_intake.audit_events(tx) if e.action == "device.enrolled"]
    assert [d.device_id for d in devices] == [new_laptop.device_id, office.device_id]
    assert office.device_id in events[-1].detail
