"""The .ucjsync container: round trip, and every kind of damage refused with its own code."""

from __future__ import annotations

import dataclasses
import io
import json
import uuid
import zipfile

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop.sync.package import (
    Manifest,
    PackageError,
    build_package,
    key_fingerprint,
    open_package,
    raw_public,
    read_manifest,
)
from ucj_desktop.sync.records import QuotaSnapshot
from ucj_desktop.wording.catalog import ENGLISH, in_language
from ucj_desktop.wording.details import detail_words

DEVICE = Ed25519PrivateKey.generate()
HUB_IDENTITY = pyrage.x25519.Identity.generate()
HUB_RECIPIENT = str(HUB_IDENTITY.to_public())
TRUSTED = {key_fingerprint(raw_public(DEVICE)): raw_public(DEVICE)}
RECORDS = [{"id": str(uuid.UUID(int=i)), "nik": f"32750141010500{i:02d}", "n": i} for i in range(5)]


def _build(**overrides):
    args = dict(
        kind="batch",
        office_code="32.75.01.1001",
        device_id="dev-1",
        package_id=str(uuid.UUID(int=99)),
        sequence=3,
        records=RECORDS,
        signing_key=DEVICE,
        recipient=HUB_RECIPIENT,
        audit_anchor=(41, "ab" * 32),
    )
    args.update(overrides)
    return build_package(**args)


def _open(data, **overrides):
    args = dict(trusted_signers=TRUSTED, identity=str(HUB_IDENTITY), expected_kind="batch")
    args.update(overrides)
    return open_package(data, **args)


def _code(data, **overrides) -> str:
    with pytest.raises(PackageError) as caught:
        _open(data, **overrides)
    return caught.value.code


PACKAGE = _build()


def test_round_trip_gives_the_records_and_manifest_back():
    opened = _open(PACKAGE)
    assert list(opened.records) == RECORDS
    assert opened.manifest.record_count == 5
    assert opened.manifest.sequence == 3
    assert opened.manifest.office_code == "32.75.01.1001"


def test_the_payload_is_sealed_so_no_nik_is_readable_in_the_file():
    assert b"3275014101" not in PACKAGE
    assert b'"nik"' not in PACKAGE


def test_the_payload_opens_with_the_standard_age_tool_format():
    with zipfile.ZipFile(io.BytesIO(PACKAGE)) as archive:
        sealed = archive.read("payload.age")
    assert sealed.startswith(b"age-encryption.org/v1\n")
    assert pyrage.decrypt(sealed, [HUB_IDENTITY]).count(b"\n") == 5


@pytest.mark.parametrize("bit", [0, 7])
def test_every_single_flipped_byte_anywhere_is_refused(bit):
    # Exhaustive over the file: manifest, payload and signature are covered by signature and
    # hash, the ZIP headers by rebuilding the canonical container and comparing.
    for position in range(len(PACKAGE)):
        damaged = bytearray(PACKAGE)
        damaged[position] ^= 1 << bit
        with pytest.raises(PackageError):
            _open(bytes(damaged))


def test_a_truncated_file_is_corrupt():
    assert _code(PACKAGE[: len(PACKAGE) // 2]) == "package.corrupt"
    assert _code(b"") == "package.corrupt"


def test_an_unknown_signer_is_refused():
    other = Ed25519PrivateKey.generate()
    assert _code(_build(signing_key=other)) == "package.unknown_signer"


def test_a_package_for_another_recipient_is_refused():
    other = str(pyrage.x25519.Identity.generate().to_public())
    assert _code(_build(recipient=other)) == "package.wrong_recipient"


def test_a_manifest_whose_hash_does_not_match_the_payload_is_refused():
    # Re-sign a manifest that names another payload hash: signature fine, hash wrong.
    with zipfile.ZipFile(io.BytesIO(PACKAGE)) as archive:
        manifest = read_manifest(PACKAGE)
        sealed = archive.read("payload.age")
    forged_manifest = manifest.__class__(**{**manifest.__dict__, "payload_sha256": "0" * 64})
    raw = forged_manifest.to_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in (
            ("manifest.json", raw),
            ("payload.age", sealed),
            ("manifest.sig", DEVICE.sign(raw)),
        ):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    assert _code(out.getvalue()) == "package.hash_mismatch"


def test_a_batch_is_not_accepted_where_an_ack_is_expected():
    assert _code(PACKAGE, expected_kind="ack") == "package.wrong_kind"


def test_the_container_bytes_depend_only_on_the_members():
    # Same manifest, payload and signature -> the same file, byte for byte.
    manifest = read_manifest(PACKAGE)
    assert manifest.record_count == 5
    with zipfile.ZipFile(io.BytesIO(PACKAGE)) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    from ucj_desktop.sync.package import _container

    assert _container(members) == PACKAGE


def _with_manifest(raw: bytes) -> bytes:
    """PACKAGE with its manifest replaced by ``raw`` (a hostile file, canonically zipped)."""
    from ucj_desktop.sync.package import _container

    with zipfile.ZipFile(io.BytesIO(PACKAGE)) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    return _container({**members, "manifest.json": raw})


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 200_000 + b"]" * 200_000,  # deeper than the parser's recursion
        b'{"sequence": ' + b"9" * 100_000 + b"}",  # an integer Python refuses to convert
        b'{"a": ' * 50_000 + b"1" + b"}" * 50_000,
    ],
    ids=["nested-lists", "huge-number", "nested-objects"],
)
def test_a_hostile_manifest_is_refused_before_the_signature_without_a_crash(raw) -> None:
    data = _with_manifest(raw)
    with pytest.raises(PackageError) as caught:
        read_manifest(data)
    assert caught.value.code == "package.bad_manifest"
    assert _code(data) == "package.bad_manifest"


def test_a_device_or_pipe_is_not_read_at_all(tmp_path) -> None:
    from pathlib import Path

    from ucj_desktop.sync.package import read_package_file

    with pytest.raises(PackageError) as caught:
        read_package_file(Path("/dev/zero"))  # endless: reading it whole took 3.9 GB
    assert caught.value.code == "package.not_a_file"


def test_a_file_bigger_than_any_package_is_refused_before_it_is_read(tmp_path) -> None:
    from ucj_desktop.sync.package import MAX_PACKAGE_BYTES, read_package_file

    big = tmp_path / "besar.ucjsync"
    with big.open("wb") as fh:
        fh.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: no disk, no time
    with pytest.raises(PackageError) as caught:
        read_package_file(big)
    assert caught.value.code == "package.file_too_large"
    fits = tmp_path / "paket.ucjsync"
    fits.write_bytes(PACKAGE)
    assert read_package_file(fits) == PACKAGE


def _signed_with(manifest, package: bytes = PACKAGE) -> bytes:
    from ucj_desktop.sync.package import _container

    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        sealed = archive.read("payload.age")
    raw = manifest.to_bytes()
    return _container(
        {"manifest.json": raw, "payload.age": sealed, "manifest.sig": DEVICE.sign(raw)}
    )


def test_a_version_4_batch_carries_its_audit_anchor() -> None:
    manifest = read_manifest(PACKAGE)
    assert (manifest.version, manifest.audit_seq, manifest.audit_head) == (4, 41, "ab" * 32)
    assert _open(PACKAGE).manifest == manifest


def test_a_version_2_batch_without_an_anchor_is_still_read() -> None:
    v2 = dataclasses.replace(read_manifest(PACKAGE), version=2, audit_seq=None, audit_head=None)
    assert b"audit" not in v2.to_bytes()
    opened = _open(_signed_with(v2))
    assert opened.manifest.version == 2 and opened.manifest.audit_seq is None


@pytest.mark.parametrize(
    "changes",
    [
        {"audit_seq": None, "audit_head": None},  # a version 3 or 4 batch must anchor
        {"audit_head": "not hex"},
        {"audit_seq": -1},
        {"version": 2},  # version 2 has no anchor keys
    ],
)
def test_a_bad_audit_anchor_is_a_bad_manifest(changes) -> None:
    bad = dataclasses.replace(read_manifest(PACKAGE), **changes)
    if changes.get("version") == 2:
        raw = json.dumps({**json.loads(bad.to_bytes()), "audit_seq": 1, "audit_head": "ab" * 32},
                         sort_keys=True, separators=(",", ":")).encode()  # fmt: skip
        from ucj_desktop.sync.package import _container

        with zipfile.ZipFile(io.BytesIO(PACKAGE)) as archive:
            sealed = archive.read("payload.age")
        data = _container({"manifest.json": raw, "payload.age": sealed,
                           "manifest.sig": DEVICE.sign(raw)})  # fmt: skip
    else:
        data = _signed_with(bad)
    assert _code(data) == "package.bad_manifest"


def test_an_ack_has_no_anchor() -> None:
    ack = _build(kind="ack", audit_anchor=None)
    assert read_manifest(ack).audit_seq is None
    assert _open(ack, expected_kind="ack").manifest.kind == "ack"


# --- version 4: the city quota in an ack's manifest ---------------------------------------------

QUOTA = QuotaSnapshot(used=11_000, total=11_666, waiting=240)
# A version 3 manifest as the code before version 4 wrote it, byte for byte: old packages (and
# `export-batch --again`, which writes kept bytes) must never change.
V3_ACK = (
    b'{"audit_head":null,"audit_seq":null,"created_at":"2026-01-15T08:30:00Z","device_id":"hub",'
    b'"format":"ucjsync","kind":"ack","office_code":"32.75.01.1001","package_id":"00000000-0000-'
    b'0000-0000-000000000063","payload_sha256":"' + b"cd" * 32 + b'","recipient":"age1qqq",'
    b'"record_count":2,"sequence":7,"signer":"' + b"ef" * 32 + b'","version":3}'
)
V3_BATCH = (
    b'{"audit_head":"' + b"ab" * 32 + b'","audit_seq":41,"created_at":"2026-01-15T08:30:00Z",'
    b'"device_id":"dev-1","format":"ucjsync","kind":"batch","office_code":"32.75.01.1001",'
    b'"package_id":"00000000-0000-0000-0000-000000000063","payload_sha256":"' + b"cd" * 32 + b'",'
    b'"recipient":"age1qqq","record_count":5,"sequence":3,"signer":"' + b"ef" * 32 + b'",'
    b'"version":3}'
)


def _manifest(**fields) -> Manifest:
    base = dict(
        office_code="32.75.01.1001",
        package_id="00000000-0000-0000-0000-000000000063",
        created_at="2026-01-15T08:30:00Z",
        payload_sha256="cd" * 32,
        signer="ef" * 32,
        recipient="age1qqq",
    )
    return Manifest(**{**base, **fields})


def test_a_version_3_manifest_serializes_exactly_as_before_version_4() -> None:
    v3_ack = _manifest(kind="ack", device_id="hub", sequence=7, record_count=2, version=3)
    v3_batch = _manifest(
        kind="batch", device_id="dev-1", sequence=3, record_count=5, version=3,
        audit_seq=41, audit_head="ab" * 32,
    )  # fmt: skip
    assert v3_ack.to_bytes() == V3_ACK
    assert v3_batch.to_bytes() == V3_BATCH
    # Read back, they are the same manifests and write the same bytes again.
    from ucj_desktop.sync.package import _parse_manifest

    for raw, manifest in ((V3_ACK, v3_ack), (V3_BATCH, v3_batch)):
        parsed = _parse_manifest(raw)
        assert parsed == manifest and parsed.quota is None and parsed.quota_snapshot() is None
        assert parsed.to_bytes() == raw


def test_a_version_3_ack_package_is_still_read() -> None:
    ack = _build(kind="ack", audit_anchor=None)
    v3 = dataclasses.replace(read_manifest(ack), version=3)
    assert b"quota" not in v3.to_bytes()
    opened = _open(_signed_with(v3, ack), expected_kind="ack")
    assert (opened.manifest.version, opened.manifest.quota) == (3, None)
    assert list(opened.records) == RECORDS


def test_a_version_4_ack_carries_the_city_quota() -> None:
    ack = _build(kind="ack", audit_anchor=None, quota=QUOTA)
    manifest = _open(ack, expected_kind="ack").manifest
    assert manifest.version == 4
    assert manifest.quota == {"used": 11_000, "total": 11_666, "waiting": 240}
    assert manifest.quota_snapshot() == QUOTA
    assert b'"quota":{"total":11666,"used":11000,"waiting":240}' in manifest.to_bytes()
    # Without a snapshot the key is there, null; a batch always has it null.
    bare = read_manifest(_build(kind="ack", audit_anchor=None))
    assert bare.quota is None and b'"quota":null' in bare.to_bytes()
    assert (
        read_manifest(PACKAGE).quota is None
        and b'"quota":null' in read_manifest(PACKAGE).to_bytes()
    )


def test_only_an_ack_is_built_with_a_quota() -> None:
    with pytest.raises(ValueError):
        _build(kind="batch", quota=QUOTA)


def _raw_signed(fields: dict[str, object]) -> bytes:
    """PACKAGE's payload under a manifest of exactly ``fields``, signed by the device."""
    from ucj_desktop.sync.package import _container

    raw = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    with zipfile.ZipFile(io.BytesIO(PACKAGE)) as archive:
        sealed = archive.read("payload.age")
    return _container(
        {"manifest.json": raw, "payload.age": sealed, "manifest.sig": DEVICE.sign(raw)}
    )


ACK_FIELDS = json.loads(read_manifest(_build(kind="ack", audit_anchor=None)).to_bytes())


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"quota": {"used": 3, "total": 2, "waiting": 0}}, "quota used: quota.used_over_total"),
        ({"quota": {"used": -1, "total": 2, "waiting": 0}}, "quota used: quota.not_a_count"),
        ({"quota": {"used": 1, "total": 2}}, "quota quota: quota.wrong_keys"),
        ({"quota": [1, 2, 0]}, "quota quota: quota.not_a_mapping"),
        ({"quota": "11000/11666"}, "quota quota: quota.not_a_mapping"),
        ({"quota": None, "version": 3}, "quota before version 4"),  # no quota key before 4
        ({"quota": {"used": 1, "total": 2, "waiting": 0}, "kind": "batch"}, None),
        ({"quota": "missing"}, "quota missing"),
    ],
)
def test_a_bad_quota_is_a_bad_manifest(changes: dict[str, object], reason: str | None) -> None:
    fields = {**ACK_FIELDS, **changes}
    if changes.get("quota") == "missing":
        del fields["quota"]
    if fields["kind"] == "batch":  # a batch anchors; its quota must be null
        fields.update(audit_seq=1, audit_head="ab" * 32)
        reason = "quota in a batch"
    data = _raw_signed(fields)
    with pytest.raises(PackageError) as caught:
        read_manifest(data)
    values = caught.value.values
    with in_language(ENGLISH):  # the code, worded as an English officer reads it
        worded = detail_words(values.get("reason"), values)
    assert (caught.value.code, worded) == ("package.bad_manifest", reason)
    assert _code(data, expected_kind=fields["kind"]) == "package.bad_manifest"
