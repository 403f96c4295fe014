"""The `.ucjsync` package: a ZIP of manifest.json, payload.age, manifest.sig (docs/SYNC_FORMAT.md).

Writing: JSON Lines records -> age-sealed to the recipient (pyrage) -> manifest with the
payload's SHA-256 -> Ed25519 signature over the manifest bytes (cryptography) -> a ZIP whose
bytes depend only on its three members. Reading checks, in order: container, manifest,
signer known, signature, payload hash, recipient, decryption, record count; each failure is a
PackageError with its own code, and nothing is returned unless all passed.

Kinds: ``batch`` (office -> hub), ``ack`` (hub -> one office's laptop) and ``settings`` (hub ->
every office of the city: the programme settings, sealed to every enrolled laptop at once, so
its manifest names several recipients).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.sync.records import (
    FORMAT_VERSION,
    READABLE_VERSIONS,
    WAITING_SINCE,
    QuotaSnapshot,
    RecordError,
)

FORMAT = "ucjsync"
VERSION = FORMAT_VERSION  # written; READABLE_VERSIONS are read (records.py knows the differences)
KINDS = ("batch", "ack", "settings")
# The one kind sealed to several recipients: the manifest's "recipient" names them all,
# separated by single spaces (an age recipient never holds a space).
MANY_RECIPIENTS = "settings"
MEMBERS = ("manifest.json", "payload.age", "manifest.sig")
MAX_MEMBER_BYTES = 256 << 20  # a city's whole quota is a few MB; refuse zip bombs
# A whole package file: a batch or ack of the city's 11,666 workers is under 10 MB. Anything
# bigger is not ours, and is refused before it is read (a file, not /dev/zero or a pipe).
MAX_PACKAGE_BYTES = 64 << 20
_TIME = "%Y-%m-%dT%H:%M:%SZ"  # created_at, UTC
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed: the container's bytes depend only on its contents


class PackageError(DomainError):
    """A package that must not be applied; ``code`` says why (see docs/SYNC_FORMAT.md)."""


def key_fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw Ed25519 public key, hex: how manifests name signers."""
    return hashlib.sha256(public_key).hexdigest()


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class Manifest:
    kind: str
    office_code: str
    device_id: str
    package_id: str
    sequence: int
    created_at: str
    record_count: int
    payload_sha256: str
    signer: str  # key_fingerprint of the signing key
    recipient: str  # the age recipient(s) the payload is sealed to ("age1...")
    format: str = FORMAT
    version: int = VERSION
    # Version 3, batches: the writer's audit chain head when the batch was made (its newest
    # event's seq and hash). The hub keeps it; a store whose trail no longer reaches it has
    # lost its newest events (the chain alone cannot show a cut-off end).
    audit_seq: int | None = None
    audit_head: str | None = None
    # Version 4, acks: the city quota when the hub wrote the ack (QuotaSnapshot.to_dict());
    # null in a batch, and in an ack that carries none.
    quota: dict[str, int] | None = None

    def to_bytes(self) -> bytes:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        if self.version < 3:  # the anchor keys came with version 3
            for key in _ANCHOR:
                del data[key]
        if self.version < WAITING_SINCE:  # and the quota with version 4
            del data[_QUOTA]
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
            "utf-8"
        )

    def created(self) -> datetime:
        """``created_at`` as an aware UTC datetime (PackageError when it is not one)."""
        try:
            return datetime.strptime(self.created_at, _TIME).replace(tzinfo=UTC)
        except ValueError:
            raise PackageError("package.bad_manifest", reason="created_at") from None

    def recipients(self) -> tuple[str, ...]:
        """Who can open the payload: one recipient, or for settings every one it names."""
        if self.kind == MANY_RECIPIENTS:
            return tuple(self.recipient.split(" "))
        return (self.recipient,)

    def quota_snapshot(self) -> QuotaSnapshot | None:
        """The city quota this (parsed, so valid) ack carries, if any."""
        return None if self.quota is None else QuotaSnapshot.from_dict(self.quota)


@dataclass(frozen=True)
class OpenedPackage:
    manifest: Manifest
    records: tuple[dict[str, object], ...]


def encode_records(records: Iterable[Mapping[str, object]]) -> tuple[bytes, int]:
    lines = [
        json.dumps(dict(r), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        for r in records
    ]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8"), len(lines)


def build_package(
    *,
    kind: str,
    office_code: str,
    device_id: str,
    package_id: str,
    sequence: int,
    records: Sequence[Mapping[str, object]],
    signing_key: Ed25519PrivateKey,
    recipient: str | Sequence[str],
    created_at: datetime | None = None,
    audit_anchor: tuple[int, str] | None = None,
    quota: QuotaSnapshot | None = None,
) -> bytes:
    """The package bytes (age sealing is randomized: keep the bytes to re-export them).
    ``recipient``: the age recipient, or for settings the several it is sealed to;
    ``audit_anchor``: a batch's (seq, hash) of its writer's newest audit event; ``quota``: an
    ack's city quota snapshot."""
    if kind not in KINDS:
        raise ValueError(kind)
    if quota is not None and kind != "ack":
        raise ValueError("only an ack carries the city quota")
    recipients = [recipient] if isinstance(recipient, str) else list(recipient)
    if len(recipients) != 1 and (kind != MANY_RECIPIENTS or not recipients):
        raise ValueError("only a settings package is sealed to several recipients")
    plain, count = encode_records(records)
    try:
        sealed = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(r) for r in recipients])
    except (pyrage.RecipientError, ValueError) as exc:
        raise PackageError("package.bad_recipient_key") from exc
    manifest = Manifest(
        kind=kind,
        office_code=office_code,
        device_id=device_id,
        package_id=package_id,
        sequence=sequence,
        created_at=(created_at or datetime.now(UTC)).strftime(_TIME),
        record_count=count,
        payload_sha256=hashlib.sha256(sealed).hexdigest(),
        signer=key_fingerprint(raw_public(signing_key)),
        recipient=" ".join(recipients),
        audit_seq=audit_anchor[0] if audit_anchor else None,
        audit_head=audit_anchor[1] if audit_anchor else None,
        quota=None if quota is None else quota.to_dict(),
    )
    manifest_bytes = manifest.to_bytes()
    signature = signing_key.sign(manifest_bytes)
    return _container(
        {"manifest.json": manifest_bytes, "payload.age": sealed, "manifest.sig": signature}
    )


def _container(members: Mapping[str, bytes]) -> bytes:
    """The canonical ZIP: stored, fixed order, date, attributes and system. A reader rebuilds
    it and compares, so a changed byte anywhere (even in ZIP headers no check covers) is
    refused."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in MEMBERS:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.create_system = 3  # the same bytes whatever OS wrote the file
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name])
    return out.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if sorted(names) != sorted(MEMBERS) or len(names) != len(MEMBERS):
                raise PackageError("package.wrong_members", found=sorted(names))
            members: dict[str, bytes] = {}
            for info in archive.infolist():
                if info.file_size > MAX_MEMBER_BYTES:
                    raise PackageError("package.too_large", member=info.filename)
                members[info.filename] = archive.read(info)  # checks each member's CRC-32
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        ValueError,
        KeyError,
        OSError,
        NotImplementedError,
        RuntimeError,
        zlib.error,
        struct.error,
    ) as exc:
        # A damaged header can claim compression, encryption or a future ZIP version: each is
        # damage here, since our writer never produces them.
        raise PackageError("package.corrupt", reason=type(exc).__name__) from exc
    if _container(members) != data:
        raise PackageError("package.corrupt", reason="container")
    return members


def read_package_file(path: Path) -> bytes:
    """The bytes of the package file at ``path``, read only when it is a regular file of at
    most :data:`MAX_PACKAGE_BYTES` (and never more than that, whatever it claims)."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer before it can be refused.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise PackageError("package.not_a_file")
        if info.st_size > MAX_PACKAGE_BYTES:
            raise PackageError("package.file_too_large", megabytes=MAX_PACKAGE_BYTES >> 20)
        data = fh.read(MAX_PACKAGE_BYTES + 1)
    if len(data) > MAX_PACKAGE_BYTES:  # it grew while we read
        raise PackageError("package.file_too_large", megabytes=MAX_PACKAGE_BYTES >> 20)
    return data


def read_package(path: Path) -> tuple[bytes, str, Manifest]:
    """A package file's bytes, their SHA-256 and its manifest (signature NOT yet checked):
    what a reader needs to tell a package it has already applied from a new one."""
    try:
        data = read_package_file(path)
    except FileNotFoundError:
        raise DomainError("file.not_found", field="file") from None
    return data, hashlib.sha256(data).hexdigest(), read_manifest(data)


def read_manifest(data: bytes) -> Manifest:
    """Only the manifest (signature NOT yet checked): for listing and conflict detection."""
    return _parse_manifest(_members(data)["manifest.json"])


_ANCHOR = ("audit_seq", "audit_head")
_QUOTA = "quota"
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _check_anchor(manifest: Manifest, fields: Mapping[str, object]) -> None:
    """Version 3 names both anchor keys (null in an ack); earlier versions have neither."""
    seq, head = manifest.audit_seq, manifest.audit_head
    if manifest.version < 3:
        ok = not any(k in fields for k in _ANCHOR)
    elif not all(k in fields for k in _ANCHOR):
        ok = False
    elif manifest.kind == "batch":
        ok = (
            type(seq) is int and seq >= 0 and isinstance(head, str) and bool(_HEX64.fullmatch(head))
        )
    else:
        ok = seq is None and head is None
    if not ok:
        raise PackageError("package.bad_manifest", reason="audit_anchor")


def _check_quota(manifest: Manifest, fields: Mapping[str, object]) -> None:
    """Version 4 names ``quota``: null in a batch, null or a valid snapshot in an ack; earlier
    versions have no such key."""
    if manifest.version < WAITING_SINCE:
        if _QUOTA in fields:
            raise PackageError("package.bad_manifest", reason="quota_too_early")
        return
    if _QUOTA not in fields:
        raise PackageError("package.bad_manifest", reason="quota_missing")
    if manifest.quota is None:
        return
    if manifest.kind != "ack":
        raise PackageError(
            "package.bad_manifest", reason="quota_in_kind", package_kind=manifest.kind
        )
    try:
        QuotaSnapshot.from_dict(manifest.quota)
    except RecordError as exc:
        raise PackageError(
            "package.bad_manifest",
            reason="quota_invalid",
            quota_field=exc.field,
            quota_problem=exc.problem,
        ) from None


def _parse_manifest(raw: bytes) -> Manifest:
    try:
        fields = json.loads(raw.decode("utf-8"))
        if not isinstance(fields, dict):
            raise TypeError("not an object")
        manifest = Manifest(**fields)
    except (UnicodeDecodeError, ValueError, RecursionError, TypeError) as exc:
        # ValueError: bad JSON, or an integer of thousands of digits; RecursionError: brackets
        # nested beyond the parser's depth. The manifest is not yet authenticated.
        raise PackageError("package.bad_manifest", reason=type(exc).__name__) from exc
    for name, kind in Manifest.__annotations__.items():
        if name in _ANCHOR or name == _QUOTA:
            continue
        expected = int if kind == "int" else str
        if type(getattr(manifest, name)) is not expected:
            raise PackageError("package.bad_manifest", reason="field_type", key=name)
    if manifest.format != FORMAT or manifest.kind not in KINDS:
        raise PackageError("package.bad_manifest", reason="format_or_kind")
    if manifest.version not in READABLE_VERSIONS:
        raise PackageError("package.unsupported_version", version=manifest.version)
    if manifest.kind == MANY_RECIPIENTS and manifest.version < WAITING_SINCE:
        raise PackageError("package.bad_manifest", reason="settings_too_early")
    _check_anchor(manifest, fields)
    _check_quota(manifest, fields)
    return manifest


def open_package(
    data: bytes,
    *,
    trusted_signers: Mapping[str, bytes],
    identity: str,
    expected_kind: str,
) -> OpenedPackage:
    """Verify and decrypt. ``trusted_signers`` maps fingerprint -> raw Ed25519 public key;
    ``identity`` is our age identity ("AGE-SECRET-KEY-1...")."""
    members = _members(data)
    manifest = _parse_manifest(members["manifest.json"])
    if manifest.kind != expected_kind:
        raise PackageError("package.wrong_kind", kind=manifest.kind, expected=expected_kind)
    public = trusted_signers.get(manifest.signer)
    if public is None:
        raise PackageError("package.unknown_signer", signer=manifest.signer[:16])
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            members["manifest.sig"], members["manifest.json"]
        )
    except InvalidSignature as exc:
        raise PackageError("package.bad_signature") from exc
    if hashlib.sha256(members["payload.age"]).hexdigest() != manifest.payload_sha256:
        raise PackageError("package.hash_mismatch")
    ours = pyrage.x25519.Identity.from_str(identity)
    if str(ours.to_public()) not in manifest.recipients():
        raise PackageError("package.wrong_recipient")
    try:
        plain = pyrage.decrypt(members["payload.age"], [ours])
    except pyrage.DecryptError as exc:
        raise PackageError("package.decrypt_failed") from exc
    try:
        records = tuple(json.loads(line) for line in plain.decode("utf-8").splitlines() if line)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError("package.bad_payload", reason=type(exc).__name__) from exc
    if len(records) != manifest.record_count or not all(isinstance(r, dict) for r in records):
        raise PackageError(
            "package.count_mismatch", expected=manifest.record_count, found=len(records)
        )
    return OpenedPackage(manifest, records)
