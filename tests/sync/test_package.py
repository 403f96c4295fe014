"""The .ucjsync container: round trip, and every kind of damage refused with its own code."""

from __future__ import annotations

import io
import uuid
import zipfile

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop.sync.package import (
    PackageError,
    build_package,
    key_fingerprint,
    open_package,
    raw_public,
    read_manifest,
)

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
