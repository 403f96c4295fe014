"""``ucj import settings FILE`` and the Sinkronisasi screen's button: the programme settings
the city hub signed (a ``settings`` package, docs/SYNC_FORMAT.md), put in force when they are
for this city and newer than those in force.

Everything is checked before anything is written, and each refusal has its own code: the file
opens as a sync package sealed to this laptop (``settings.other_device``), of the settings kind
(``settings.wrong_kind``), signed (``settings.unsigned``) by the hub key in force here
(``settings.other_key``) with a signature that verifies (``settings.bad_signature``); it is for
this city (``settings.other_city``); its one record names every setting with a valid value and
the manifest's sequence as its version (``settings.malformed``, naming what); and its version
is newer than the one in force (``settings.already_in_force``, ``settings.older``). Then one
transaction keeps the version (with the one it replaces, the first time, so every version a
registration records can still be read), puts it in force and records ``settings.imported``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.settings import PROGRAM_CONFIG, in_force_since, program_config_in
from ucj_desktop.services.store_access import OpenStore, device_keys
from ucj_desktop.store.models import ProgramSettings, utcnow
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.repos.settings import add_settings_version, put_setting, settings_version
from ucj_desktop.sync.package import (
    MANY_RECIPIENTS,
    OpenedPackage,
    PackageError,
    open_package,
    read_package,
)
from ucj_desktop.sync.records import RecordError, settings_from_record

KIND = MANY_RECIPIENTS  # "settings"

# The sync format's refusals, said as what they mean for a settings package. The ones not
# listed keep their own words: a file that is no package, too big, of an unknown format
# version.
_REFUSALS = {
    "package.bad_signature": "settings.bad_signature",
    "package.unknown_signer": "settings.other_key",
    "package.wrong_kind": "settings.wrong_kind",
    "package.wrong_recipient": "settings.other_device",
    "package.decrypt_failed": "settings.other_device",
}
_MALFORMED = {
    "package.corrupt",
    "package.wrong_members",
    "package.too_large",
    "package.bad_manifest",
    "package.hash_mismatch",
    "package.bad_payload",
    "package.count_mismatch",
}


@dataclass(frozen=True)
class SettingsImported:
    """Settings ``version`` in force since ``in_force_from`` (UTC), replacing ``previous``;
    ``changed`` names the settings whose value differs from the previous version's."""

    version: int
    previous: int
    in_force_from: datetime
    changed: tuple[str, ...]


def _malformed(problem: str, reason: str) -> PackageError:
    """``problem``: the field or check at fault; ``reason``: its code."""
    return PackageError("settings.malformed", field="file", problem=problem, reason=reason)


def _refusal(exc: PackageError) -> DomainError:
    """The settings' own refusal for what the sync format refused."""
    code = _REFUSALS.get(exc.code)
    found = exc.values.get("found")
    if (
        exc.code == "package.wrong_members"
        and isinstance(found, list)
        and "manifest.sig" not in found
    ):
        return PackageError("settings.unsigned", field="file")
    if code is not None:
        return PackageError(code, field="file", **exc.values)
    if exc.code in _MALFORMED:
        return _malformed(exc.code, str(exc.values.get("reason") or "-"))
    return exc


def _opened(opened: OpenStore, secrets: SecretStore, path: Path) -> tuple[OpenedPackage, str]:
    """The package at ``path`` verified with the hub key in force here and decrypted, and the
    SHA-256 of its bytes."""
    with opened.transaction() as tx:
        hub_key = office_repo.current_hub_key(tx)
    if hub_key is None:
        raise DomainError("keys.no_hub_key", field="hub")
    identity = device_keys(opened, secrets).age_identity
    try:
        data, digest, _manifest = read_package(path)
        package = open_package(
            data,
            # Only the key in force: a retired hub key may have been retired for a reason, and
            # settings decide who is eligible (acks signed by one are still read).
            trusted_signers={hub_key.fingerprint: bytes.fromhex(hub_key.signing_key)},
            identity=identity,
            expected_kind=KIND,
        )
    except PackageError as exc:
        raise _refusal(exc) from None
    return package, digest


def _settings(package: OpenedPackage) -> tuple[ProgramConfig, datetime]:
    """The one record's settings, which must be for the manifest's city and of its version,
    and when the hub wrote the package."""
    manifest = package.manifest
    if len(package.records) != 1:
        raise _malformed("records", "not_one")
    try:
        config = settings_from_record(package.records[0])
        written = manifest.created()
    except RecordError as exc:
        raise _malformed(exc.field, exc.problem) from None
    except PackageError:
        raise _malformed("created_at", "not_a_time") from None
    if config.version != manifest.sequence:
        raise _malformed("version", "not_the_sequence")
    if config.city_code != manifest.office_code:
        raise _malformed("city_code", "not_the_manifest_city")
    return config, written


def import_settings(
    opened: OpenStore, who: OfficerSession, secrets: SecretStore, path: Path
) -> SettingsImported:
    """Put the hub's settings package at ``path`` in force (see the module docstring)."""
    actor = authorize(opened, who, Permission.SETTINGS_IMPORT)
    package, digest = _opened(opened, secrets, path)
    config, written = _settings(package)
    manifest = package.manifest
    with opened.transaction() as tx:
        office = office_repo.the_office(tx)
        if not office.code.startswith(manifest.office_code + "."):
            raise PackageError("settings.other_city", field="file", city=manifest.office_code)
        held = program_config_in(tx)
        if config.version == held.version:
            raise PackageError("settings.already_in_force", field="file", version=held.version)
        if config.version < held.version:
            raise PackageError(
                "settings.older", field="file", version=config.version, held=held.version
            )
        if settings_version(tx, held.version) is None:  # the first import: keep what it ends
            add_settings_version(
                tx,
                ProgramSettings(
                    version=held.version,
                    settings=json.dumps(held.to_mapping()),
                    in_force_from=in_force_since(tx, held.version),
                ),
            )
        now = utcnow()
        add_settings_version(
            tx,
            ProgramSettings(
                version=config.version,
                settings=json.dumps(config.to_mapping()),
                in_force_from=now,
                imported_by=who.officer_id,
                package_id=manifest.package_id,
                package_sha256=digest,
                signer=manifest.signer,
                hub_created_at=written,
            ),
        )
        put_setting(tx, PROGRAM_CONFIG, config.to_mapping())
        changed = tuple(
            f.name
            for f in fields(ProgramConfig)
            if f.name != "version" and getattr(config, f.name) != getattr(held, f.name)
        )
        record_event(
            tx,
            actor,
            "settings.imported",
            "program_settings",
            str(config.version),
            {
                "version": config.version,
                "previous": held.version,
                "changed": list(changed),
                "sha256": digest,
            },
        )
        tx.commit()
    return SettingsImported(config.version, held.version, now, changed)
