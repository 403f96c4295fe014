"""The programme settings the hub enforces (``ucj-hub settings show|set|export``).

They are the office's :class:`ProgramConfig` (quota, desil band, premium rates...) plus what
only the hub needs: how many months a BPJS file pays for. The quota is also the number of
seats in the database, so changing it adds or removes free seats in the same transaction,
and a quota below the seats already held is refused.

Every change of a programme setting raises the settings' version by one (``settings.changed``
in the audit trail names key, value and version); the months paid are the hub's alone and
leave it. ``export`` writes the version in force as a signed ``settings`` package for every
office of the city (docs/SYNC_FORMAT.md), sealed to each enrolled laptop in use and to the
hub itself; acks tell offices which version is in force (hub/acks.py).
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.store.hub_models import utc
from ucj_desktop.store.repos import hub_intake, hub_outcomes
from ucj_desktop.store.unit_of_work import Transaction
from ucj_desktop.sync.package import build_package
from ucj_desktop.sync.records import settings_record

PROGRAM = "program"
MONTHS = "months"
DEFAULT_MONTHS = 3
HUB_KEYS = (MONTHS,)
SUFFIX = ".ucjsync"


@dataclass(frozen=True)
class SettingsExported:
    """Settings ``version`` for city ``city``, sealed to ``laptops`` office laptops, in ``path``."""

    version: int
    city: str
    laptops: int
    path: Path


@dataclass(frozen=True)
class SettingChanged:
    """``key`` is now ``value``; the programme settings are at ``version`` (unchanged when the
    value was already that, or for the hub's own months)."""

    key: str
    value: object
    version: int
    changed: bool


def program_config(tx: Transaction) -> ProgramConfig:
    raw = hub_intake.settings(tx).get(PROGRAM)
    if raw is None:
        return ProgramConfig()
    data = json.loads(raw)
    data["categories"] = tuple(data.get("categories", ()))
    return ProgramConfig(**data)


def months_paid(tx: Transaction) -> int:
    return int(hub_intake.settings(tx).get(MONTHS, DEFAULT_MONTHS))


def show_settings(hub: Hub) -> dict[str, object]:
    with hub.transaction() as tx:
        values: dict[str, object] = dataclasses.asdict(program_config(tx))
        values[MONTHS] = months_paid(tx)
        values["seats_in_use"] = hub_outcomes.seats_in_use(tx)
    return values


def _whole(key: str, value: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise DomainError("config.invalid", key, reason="not_integer") from None


def set_setting(hub: Hub, key: str, value: str) -> SettingChanged:
    """Change one setting; a programme setting's change raises the version by one. Setting the
    value it has already changes nothing (no new version, no event)."""
    with hub.transaction() as tx:
        hub_intake.hub_info(tx, lock=True)  # one writer of the settings (and seats) at a time
        config = program_config(tx)
        if key == MONTHS:
            months = _whole(key, value)
            if not 1 <= months <= 12:
                raise DomainError("config.invalid", key, reason="out_of_range", min=1, max=12)
            if months == months_paid(tx):
                return SettingChanged(key, months, config.version, False)
            hub_intake.put_setting(tx, MONTHS, str(months))
            record_hub_event(tx, "settings.changed", "setting", key, {"value": months})
            tx.commit()
            return SettingChanged(key, months, config.version, True)
        fields = {f.name: f for f in dataclasses.fields(ProgramConfig)}
        if key not in fields or key in ("categories", "version"):
            raise DomainError("config.unknown", key)
        current = getattr(config, key)
        parsed: object = _whole(key, value) if isinstance(current, int) else value.strip()
        if parsed == current:
            return SettingChanged(key, parsed, config.version, False)
        changes: dict[str, Any] = {key: parsed, "version": config.version + 1}
        updated = dataclasses.replace(config, **changes)
        if key == "quota":
            held = hub_outcomes.seats_in_use(tx)
            if updated.quota < held:
                raise DomainError("hub.quota_below_held", key, held=held)
            hub_outcomes.set_seat_count(tx, updated.quota)
        hub_intake.put_setting(tx, PROGRAM, json.dumps(dataclasses.asdict(updated)))
        record_hub_event(
            tx, "settings.changed", "setting", key, {"value": parsed, "version": updated.version}
        )
        tx.commit()
    return SettingChanged(key, parsed, updated.version, True)


def settings_file_name(city: str, version: int, package_id: str) -> str:
    return f"UCJ-{city.replace('.', '')}-settings-v{version:05d}-{package_id[:8]}{SUFFIX}"


def export_settings(hub: Hub, out_dir: Path) -> SettingsExported:
    """The programme settings in force as one signed package for every office of the city,
    sealed to each enrolled laptop in use (and the hub's own key, so it can be opened here).
    A laptop enrolled later needs the package exported again."""
    key, keys = hub.signing_keys()
    with hub.transaction() as tx:
        config = program_config(tx)
        laptops = sorted({d.age_recipient for d in hub_intake.devices(tx) if d.replaced_at is None})
        if not laptops:
            raise DomainError("hub.no_offices", field="out")
        package_id = str(uuid.uuid4())
        data = build_package(
            kind="settings",
            office_code=config.city_code,  # the city: every office of it takes the package
            device_id="hub",
            package_id=package_id,
            sequence=config.version,
            records=[settings_record(config)],
            signing_key=keys.signer(),
            recipient=[*laptops, key.age_recipient],
            created_at=utc(),
        )
        record_hub_event(
            tx,
            "settings.exported",
            "settings",
            str(config.version),
            {"laptops": len(laptops), "hub_key": key.id, "package": package_id},
        )
        # Written before the commit: a file that cannot be written leaves no event behind.
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / settings_file_name(config.city_code, config.version, package_id)
        atomic_write(path, data)
        tx.commit()
    return SettingsExported(config.version, config.city_code, len(laptops), path)
