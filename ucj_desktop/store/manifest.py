"""``store.json``: the non-secret facts needed before the database can be opened.

It holds no personal data and no key, only the store id (which names the keyring entry), the
office code, whether it is a demo store, and a key check value.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ucj_desktop.files.atomic import atomic_write_text
from ucj_desktop.store.errors import Problem, StoreError

FORMAT = 1


@dataclass(frozen=True)
class StoreManifest:
    store_id: str
    office_code: str
    created_at: str
    key_check: str
    demo: bool = False
    format: int = FORMAT


def manifest_from_dict(data: dict[str, object]) -> StoreManifest:
    """The manifest ``data`` describes; KeyError/TypeError/ValueError for a missing or bad
    field (also used on the copy inside a backup)."""
    return StoreManifest(
        store_id=str(data["store_id"]),
        office_code=str(data["office_code"]),
        created_at=str(data["created_at"]),
        key_check=str(data["key_check"]),
        demo=bool(data.get("demo", False)),
        format=int(str(data.get("format", FORMAT))),
    )


def read_manifest(path: Path) -> StoreManifest:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(Problem.NOT_INITIALISED, path.parent) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(Problem.MANIFEST_INVALID, path, str(exc)) from exc
    try:
        manifest = manifest_from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(Problem.MANIFEST_INVALID, path, f"missing or bad field {exc}") from exc
    if manifest.format > FORMAT:
        raise StoreError(Problem.SCHEMA_TOO_NEW, path, f"manifest format {manifest.format}")
    return manifest


def write_manifest(path: Path, manifest: StoreManifest) -> None:
    """Atomic write: a crash leaves the old manifest or the new one, never half of one."""
    atomic_write_text(path, json.dumps(asdict(manifest), indent=2))
