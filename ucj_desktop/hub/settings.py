"""The programme settings the hub enforces (``ucj-hub settings show|set``).

They are the office's :class:`ProgramConfig` (quota, desil band, premium rates...) plus what
only the hub needs: how many months a BPJS file pays for. The quota is also the number of
seats in the database, so changing it adds or removes free seats in the same transaction,
and a quota below the seats already held is refused.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.store.repos import hub_intake, hub_outcomes
from ucj_desktop.store.unit_of_work import Transaction

PROGRAM = "program"
MONTHS = "months"
DEFAULT_MONTHS = 3
HUB_KEYS = (MONTHS,)


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


def set_setting(hub: Hub, key: str, value: str) -> None:
    with hub.transaction() as tx:
        record_hub_event(tx, "settings.changed", "setting", key, {"value": value})
        if key == MONTHS:
            months = _whole(key, value)
            if not 1 <= months <= 12:
                raise DomainError("config.invalid", key, reason="out_of_range", min=1, max=12)
            hub_intake.put_setting(tx, MONTHS, str(months))
            tx.commit()
            return
        config = program_config(tx)
        fields = {f.name: f for f in dataclasses.fields(ProgramConfig)}
        if key not in fields or key == "categories":
            raise DomainError("config.unknown", key)
        current = getattr(config, key)
        parsed: object = _whole(key, value) if isinstance(current, int) else value.strip()
        changes: dict[str, Any] = {key: parsed, "version": config.version + 1}
        updated = dataclasses.replace(config, **changes)
        if key == "quota":
            held = hub_outcomes.seats_in_use(tx)
            if updated.quota < held:
                raise DomainError("hub.quota_below_held", key, held=held)
            hub_outcomes.set_seat_count(tx, updated.quota)
        hub_intake.put_setting(tx, PROGRAM, json.dumps(dataclasses.asdict(updated)))
        tx.commit()
