"""An office store linked to a real hub (hub/): the key exchange as the two operators do it,
with files. For tests where both ends run their real use cases (tests/support/hub_link.py is
the office against the test double of the hub)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.offices import Office
from ucj_desktop.hub.access import Hub, public_key_document
from ucj_desktop.hub.devices import enroll_device
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.sync_keys import export_enrollment, import_hub_key


def link(hub: Hub, office: Office, secrets: SecretStore, folder: Path) -> None:
    """Key exchange, as the two operators do it with files."""
    folder.mkdir(parents=True, exist_ok=True)
    export_enrollment(office.opened, office.admin, secrets, folder / "enroll.json")
    enroll_device(hub, folder / "enroll.json")
    key, _ = hub.signing_keys()
    (folder / "hub.json").write_text(json.dumps(public_key_document(key)), encoding="utf-8")
    import_hub_key(office.opened, office.admin, folder / "hub.json")
