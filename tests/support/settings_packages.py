"""The hub's programme settings package made with the test hub's keys
(tests/support/ack_builder.py), sealed to an office's laptop: for office tests that need no
real hub (tests/hub/test_hub_settings_package.py runs the real one)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from tests.support.ack_builder import HubKeys
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.sync.package import build_package
from ucj_desktop.sync.records import settings_record


def build_settings(
    hub: HubKeys,
    enrollment: Mapping[str, object],
    config: ProgramConfig,
    *,
    city: str = "32.75",
) -> bytes:
    """Settings ``config`` (its version the package's sequence) for ``city``, signed by the
    test hub and sealed to the enrolled laptop and the hub."""
    return build_package(
        kind="settings",
        office_code=city,
        device_id="hub",
        package_id=str(uuid.uuid4()),
        sequence=config.version,
        records=[settings_record(config)],
        signing_key=hub.signing,
        recipient=[str(enrollment["age_recipient"]), hub.recipient],
    )
