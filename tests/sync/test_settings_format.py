"""The settings kind of the .ucjsync format and the settings version acks carry
(docs/SYNC_FORMAT.md): one package sealed to several laptops, each of which opens it; an ack
record that carries the version, and one that does not, as the office reads them."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from datetime import date

import pyrage
import pytest

from tests.support.ack_builder import HubKeys
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.sync import package as sync
from ucj_desktop.sync import records
from ucj_desktop.wording.catalog import ENGLISH, in_language
from ucj_desktop.wording.details import detail_words

HUB = HubKeys.generate()
TRUSTED = {sync.key_fingerprint(HUB.signing_public): HUB.signing_public}
LAPTOPS = [pyrage.x25519.Identity.generate() for _ in range(3)]
CONFIG = ProgramConfig(quota=12_000, desil_max=4, version=5)


def settings_package(**overrides: object) -> bytes:
    args: dict[str, object] = dict(
        kind="settings",
        office_code="32.75",
        device_id="hub",
        package_id=str(uuid.UUID(int=5)),
        sequence=5,
        records=[records.settings_record(CONFIG)],
        signing_key=HUB.signing,
        recipient=[str(i.to_public()) for i in LAPTOPS],
    )
    args.update(overrides)
    return sync.build_package(**args)  # type: ignore[arg-type]


def test_every_laptop_it_is_sealed_to_opens_one_settings_package() -> None:
    data = settings_package()
    manifest = sync.read_manifest(data)
    assert manifest.recipients() == tuple(str(i.to_public()) for i in LAPTOPS)
    assert (manifest.kind, manifest.office_code, manifest.sequence) == ("settings", "32.75", 5)
    for laptop in LAPTOPS:
        opened = sync.open_package(
            data, trusted_signers=TRUSTED, identity=str(laptop), expected_kind="settings"
        )
        assert records.settings_from_record(opened.records[0]) == CONFIG


def test_a_laptop_it_is_not_sealed_to_is_told_so() -> None:
    other = pyrage.x25519.Identity.generate()
    with pytest.raises(sync.PackageError) as caught:
        sync.open_package(
            settings_package(), trusted_signers=TRUSTED, identity=str(other),
            expected_kind="settings",
        )  # fmt: skip
    assert caught.value.code == "package.wrong_recipient"


def test_only_settings_are_sealed_to_several_and_only_acks_carry_the_quota() -> None:
    two = [str(i.to_public()) for i in LAPTOPS[:2]]
    for kind in ("batch", "ack"):
        with pytest.raises(ValueError, match="several"):
            settings_package(kind=kind, recipient=two)
    with pytest.raises(ValueError, match="quota"):
        settings_package(quota=records.QuotaSnapshot(1, 2, 0))
    with pytest.raises(ValueError, match="several"):
        settings_package(recipient=[])


def test_an_ack_with_a_space_in_its_recipient_names_no_one() -> None:
    # Only a settings manifest lists recipients: an ack's is one recipient, compared whole.
    laptop = LAPTOPS[0]
    ack = settings_package(kind="ack", recipient=str(laptop.to_public()), records=[])
    assert sync.read_manifest(ack).recipients() == (str(laptop.to_public()),)


def test_settings_records_name_every_setting() -> None:
    record = records.settings_record(CONFIG)
    assert json.loads(json.dumps(record)) == record  # JSON as it is
    missing = {k: v for k, v in record.items() if k != "categories"}
    with pytest.raises(records.RecordError) as caught:
        records.settings_from_record(missing)
    assert (caught.value.field, caught.value.problem) == ("categories", "missing")
    with pytest.raises(records.RecordError) as caught:
        records.settings_from_record({**record, "desil_max": 11})
    assert (caught.value.field, caught.value.problem) == ("desil_max", "out_of_range")


ENROLLED = records.AckRecord.enrolled(
    "r-1", kpj="12345678901", start=date(2026, 2, 1), end=date(2027, 1, 31), card_token="2123"
)


def test_an_ack_record_carries_the_hubs_settings_version_when_it_has_one() -> None:
    for record in (
        ENROLLED,
        records.AckRecord.returned("r-2", "NIK ganda"),
        records.AckRecord.waiting("r-3", 4),
    ):
        plain = record.to_dict()
        assert "settings_version" not in plain  # as every ack before the settings versions
        assert records.AckRecord.from_dict(plain) == record
        told = records.AckRecord(**{**record.__dict__, "settings_version": 7})
        assert told.to_dict() == {**plain, "settings_version": 7}
        assert records.AckRecord.from_dict(told.to_dict()) == told


@pytest.mark.parametrize("bad", [0, -1, "3", 2.0, True, 10**10])
def test_a_settings_version_that_is_not_one_refuses_the_record(bad: object) -> None:
    with pytest.raises(records.RecordError) as caught:
        records.AckRecord.from_dict({**ENROLLED.to_dict(), "settings_version": bad})
    assert (caught.value.field, caught.value.problem) == (
        "settings_version",
        records.AckProblem.SETTINGS_NOT_A_VERSION,
    )


def _resigned(data: bytes, **changes: object) -> bytes:
    """``data`` with its manifest changed and signed again by the hub (still the hub's)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    fields = {**json.loads(members["manifest.json"]), **changes}
    for key in [k for k, v in changes.items() if v is ...]:
        del fields[key]
    raw = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    return sync._container({**members, "manifest.json": raw, "manifest.sig": HUB.signing.sign(raw)})


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"version": 3, "quota": ...}, "settings before version 4"),
        ({"quota": {"used": 1, "total": 2, "waiting": 0}}, "quota in a settings"),
        ({"audit_seq": 4}, "audit anchor"),
    ],
)
def test_a_settings_manifest_out_of_its_kinds_shape_is_refused(
    changes: dict[str, object], reason: str
) -> None:
    with pytest.raises(sync.PackageError) as caught:
        sync.open_package(
            _resigned(settings_package(), **changes), trusted_signers=TRUSTED,
            identity=str(LAPTOPS[0]), expected_kind="settings",
        )  # fmt: skip
    values = caught.value.values
    with in_language(ENGLISH):  # the code, worded as an English officer reads it
        worded = detail_words(values["reason"], values)
    assert (caught.value.code, worded) == ("package.bad_manifest", reason)
