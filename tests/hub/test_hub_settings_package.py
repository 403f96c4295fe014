"""Programme settings from the hub to an office, through the real use cases of both ends: the
hub raises the version with each change and exports a signed package; the office puts it in
force only when it is the hub's, for this city and newer, and every refusal changes nothing.
The hub runs on its SQLCipher file and on PostgreSQL (tests/hub/conftest.py), the office on a
real SQLCipher store (tests/support/offices.py)."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.hub_office import link
from tests.support.offices import Office
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.ingest import ingest_file
from ucj_desktop.hub.settings import export_settings, set_setting, show_settings
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.eligibility_review import review_registration
from ucj_desktop.services.registrations import verify_registration
from ucj_desktop.services.settings import config_of_version, program_config, rules_in_force
from ucj_desktop.services.settings_import import import_settings
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_batches import export_batch, import_ack
from ucj_desktop.store.hub_models import HubAuditEvent
from ucj_desktop.store.models import Registration
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.sync.package import _container, build_package
from ucj_desktop.sync.records import settings_record


@pytest.fixture
def linked(hub: Hub, office: Office, secret_store: SecretStore, tmp_path: Path) -> Office:
    """The office's laptop enrolled at the hub, the hub's key trusted by the office."""
    link(hub, office, secret_store, tmp_path / "link")
    return office


def settings_rows(opened: OpenStore) -> dict[str, list[Any]]:
    """What an import may change: the settings, the versions kept, the audit trail."""
    raw = opened.store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        return {
            "setting": cursor.execute("SELECT * FROM setting ORDER BY key").fetchall(),
            "program_settings": cursor.execute(
                "SELECT * FROM program_settings ORDER BY version"
            ).fetchall(),
            "audit_event": cursor.execute("SELECT * FROM audit_event ORDER BY seq").fetchall(),
        }
    finally:
        raw.close()


def hub_trail(hub: Hub) -> list[HubAuditEvent]:
    with hub.transaction() as tx:
        return hub_intake.audit_events(tx)


def export(hub: Hub, folder: Path) -> Path:
    return export_settings(hub, folder).path


def refused(office: Office, secrets: SecretStore, path: Path) -> DomainError:
    """The import of ``path`` refused, the office's settings, versions and trail untouched."""
    before = settings_rows(office.opened)
    with pytest.raises(DomainError) as caught:
        import_settings(office.opened, office.admin, secrets, path)
    assert settings_rows(office.opened) == before
    return caught.value


def test_each_change_raises_the_version_and_the_export_puts_it_in_force_at_the_office(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    assert show_settings(hub)["version"] == 1
    assert set_setting(hub, "quota", "30").version == 2
    assert set_setting(hub, "desil_max", "4").version == 3
    same = set_setting(hub, "desil_max", "4")  # the value it has: no change, no new version
    assert (same.changed, same.version) == (False, 3)
    months = set_setting(hub, "months", "6")  # the hub's own: offices do not judge by it
    assert (months.changed, months.version) == (True, 3)
    assert show_settings(hub)["version"] == 3
    trail = [(e.action, e.entity_id, json.loads(e.detail or "{}")) for e in hub_trail(hub)]
    changes = [(key, d.get("version")) for a, key, d in trail if a == "settings.changed"]
    assert changes == [("quota", 2), ("desil_max", 3), ("months", None)]

    exported = export_settings(hub, tmp_path / "out")
    assert (exported.version, exported.city, exported.laptops) == (3, "32.75", 1)
    assert exported.path.name.startswith("UCJ-3275-settings-v00003-")
    assert hub_trail(hub)[-1].action == "settings.exported"

    done = import_settings(linked.opened, linked.admin, secret_store, exported.path)

    assert (done.version, done.previous) == (3, 1)
    assert set(done.changed) == {"quota", "desil_max"}
    in_force = program_config(linked.opened)
    assert in_force == ProgramConfig(quota=30, desil_max=4, version=3)
    rules = rules_in_force(linked.opened)
    assert (rules.version, rules.since, rules.behind) == (3, done.in_force_from, False)
    # Both versions kept: the defaults the office judged by until now, and the hub's.
    assert config_of_version(linked.opened, 1) == ProgramConfig()
    assert config_of_version(linked.opened, 3) == in_force
    assert config_of_version(linked.opened, 2) is None  # never in force here
    rows = settings_rows(linked.opened)
    assert [row[0] for row in rows["program_settings"]] == [1, 3]
    event = rows["audit_event"][-1]
    assert event[4:6] == ("settings.imported", "program_settings")
    assert json.loads(event[8])["changed"] == ["desil_max", "quota"]


def test_the_same_version_again_and_an_older_version_are_refused_each_in_its_words(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    set_setting(hub, "quota", "25")
    second = export(hub, tmp_path / "v2")
    set_setting(hub, "quota", "26")
    third = export(hub, tmp_path / "v3")
    import_settings(linked.opened, linked.admin, secret_store, third)

    again = refused(linked, secret_store, third)
    assert (again.code, again.values["version"]) == ("settings.already_in_force", 3)
    older = refused(linked, secret_store, second)
    assert (older.code, older.values) == ("settings.older", {"version": 2, "held": 3})
    assert program_config(linked.opened).quota == 26


def test_settings_for_another_city_are_refused(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    set_setting(hub, "city_code", "32.76")  # a province hub serving Kabupaten Bekasi too
    error = refused(linked, secret_store, export(hub, tmp_path / "out"))
    assert (error.code, error.values["city"]) == ("settings.other_city", "32.76")


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rewritten(path: Path, **changes: bytes) -> Path:
    """The package at ``path`` with members replaced, in the canonical container."""
    out = path.with_name(f"changed-{uuid.uuid4().hex[:6]}.ucjsync")
    out.write_bytes(_container({**members(path), **changes}))
    return out


def package(hub: Hub, office: Office, tmp_path: Path, **overrides: Any) -> Path:
    """A settings package made by hand: signed with the hub's key and sealed to the office's
    laptop unless ``overrides`` say otherwise."""
    key, keys = hub.signing_keys()
    enrollment = json.loads((tmp_path / "link" / "enroll.json").read_text())
    args: dict[str, Any] = dict(
        kind="settings",
        office_code="32.75",
        device_id="hub",
        package_id=str(uuid.uuid4()),
        sequence=2,
        records=[settings_record(ProgramConfig(quota=40, version=2))],
        signing_key=keys.signer(),
        recipient=[enrollment["age_recipient"], key.age_recipient],
    )
    args.update(overrides)
    path = tmp_path / f"made-{uuid.uuid4().hex[:6]}.ucjsync"
    path.write_bytes(build_package(**args))
    return path


def test_a_package_made_by_hand_with_the_hubs_key_is_taken(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    # The refusals below change one thing of this package each: this is what they start from.
    done = import_settings(
        linked.opened, linked.admin, secret_store, package(hub, linked, tmp_path)
    )
    assert (done.version, program_config(linked.opened).quota) == (2, 40)


def test_an_unsigned_or_badly_signed_package_is_refused(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    good = export(hub, tmp_path / "out")
    parts = members(good)
    unsigned = tmp_path / "unsigned.ucjsync"
    with zipfile.ZipFile(unsigned, "w") as archive:
        for name in ("manifest.json", "payload.age"):
            archive.writestr(name, parts[name])
    assert refused(linked, secret_store, unsigned).code == "settings.unsigned"

    forged = rewritten(good, **{"manifest.sig": bytes(64)})
    assert refused(linked, secret_store, forged).code == "settings.bad_signature"
    # A version raised in the manifest after signing: the signature no longer covers it.
    manifest = json.loads(parts["manifest.json"])
    raised = json.dumps({**manifest, "sequence": 9}, sort_keys=True, separators=(",", ":"))
    changed = rewritten(good, **{"manifest.json": raised.encode()})
    assert refused(linked, secret_store, changed).code == "settings.bad_signature"


def test_a_package_signed_by_another_key_is_refused(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    other = package(hub, linked, tmp_path, signing_key=Ed25519PrivateKey.generate())
    error = refused(linked, secret_store, other)
    assert error.code == "settings.other_key"


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"records": [{**settings_record(ProgramConfig(version=2)), "quota": "many"}]}, "quota"),
        (
            {
                "records": [
                    {
                        k: v
                        for k, v in settings_record(ProgramConfig(version=2)).items()
                        if k != "jkm_monthly"
                    }
                ]
            },
            "jkm_monthly",
        ),
        (
            {"records": [{**settings_record(ProgramConfig(version=2)), "max_income": 5}]},
            "max_income",
        ),
        ({"records": []}, "records"),
        ({"sequence": 5}, "version"),  # the record says 2
        ({"office_code": "32.75.01.1001"}, "city_code"),  # the record says the city
    ],
)
def test_a_malformed_package_is_refused_naming_what(
    overrides: dict[str, Any],
    problem: str,
    hub: Hub,
    linked: Office,
    secret_store: SecretStore,
    tmp_path: Path,
) -> None:
    error = refused(linked, secret_store, package(hub, linked, tmp_path, **overrides))
    assert (error.code, error.values["problem"]) == ("settings.malformed", problem)


def test_a_damaged_file_another_kind_and_another_laptops_package_are_refused(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    good = export(hub, tmp_path / "out")
    cut = tmp_path / "cut.ucjsync"
    cut.write_bytes(good.read_bytes()[:-100])
    assert refused(linked, secret_store, cut).code == "settings.malformed"
    ack = package(
        hub,
        linked,
        tmp_path,
        kind="ack",
        recipient=json.loads((tmp_path / "link" / "enroll.json").read_text())["age_recipient"],
    )
    assert refused(linked, secret_store, ack).code == "settings.wrong_kind"
    elsewhere = str(pyrage.x25519.Identity.generate().to_public())
    other = package(hub, linked, tmp_path, recipient=[elsewhere])
    assert refused(linked, secret_store, other).code == "settings.other_device"


def test_a_registration_judged_under_version_1_keeps_it_after_version_2_arrives(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    first = linked.register(0)  # submitted under the defaults, version 1
    set_setting(hub, "max_occupations", "1")
    import_settings(linked.opened, linked.admin, secret_store, export(hub, tmp_path / "out"))
    second = linked.register(1)

    with linked.opened.transaction() as tx:
        versions = {rid: tx.get(Registration, rid).config_version for rid in (first, second)}
    assert versions == {first: 1, second: 2}
    review = review_registration(linked.opened, linked.verifikator, first, linked.today)
    assert (review.config_then, review.config_now) == (1, 2)
    assert config_of_version(linked.opened, 1) == ProgramConfig()
    hub_v2 = ProgramConfig(quota=20, max_occupations=1, version=2)  # the hub began at 20
    assert config_of_version(linked.opened, 2) == hub_v2


def test_an_ack_tells_the_office_its_settings_are_behind_until_it_imports_them(
    hub: Hub, linked: Office, secret_store: SecretStore, tmp_path: Path
) -> None:
    rid = linked.register(0)
    verify_registration(linked.opened, linked.verifikator, rid)
    batch = export_batch(linked.opened, linked.admin, secret_store, tmp_path / "stick").path
    assert batch is not None
    ingest_file(hub, batch)
    set_setting(hub, "quota", "0")  # version 2: the worker waits with a rank
    set_setting(hub, "desil_max", "4")  # version 3
    allocate(hub)
    [ack] = emit_acks(hub, tmp_path / "acks").acks

    report = import_ack(linked.opened, linked.admin, secret_store, ack.path)

    assert (report.waiting, report.hub_settings_version) == (1, 3)
    assert report.rules is not None
    assert (report.rules.version, report.rules.hub_version, report.rules.behind) == (1, 3, True)
    assert rules_in_force(linked.opened).behind  # the Sinkronisasi screen says it too
    import_settings(linked.opened, linked.admin, secret_store, export(hub, tmp_path / "out"))
    rules = rules_in_force(linked.opened)
    assert (rules.version, rules.hub_version, rules.behind) == (3, 3, False)
