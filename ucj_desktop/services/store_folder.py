"""What an office store's folder says before the store is opened: no keyring, no database.

The window reads this before its login shows (``manifest_before_open``) and opens the store
behind the login (gui/store_opening.py), so nothing here may import SQLAlchemy, the keyring or
the lock library: each would make the first window wait.
"""

from __future__ import annotations

from ucj_desktop.paths import StorePaths
from ucj_desktop.store.errors import StoreError
from ucj_desktop.store.manifest import StoreManifest, read_manifest

__all__ = ["StoreManifest", "is_demo_store", "manifest_before_open"]  # the value and its reads


def is_demo_store(paths: StorePaths) -> bool:
    """Whether ``paths`` holds a store whose manifest says demo (False without a readable one)."""
    try:
        return read_manifest(paths.manifest).demo
    except StoreError:
        return False


def manifest_before_open(paths: StorePaths) -> StoreManifest | None:
    """The manifest of the store in ``paths`` (office, demo), read before opening it; None when
    there is none or it is unreadable, or a restore killed mid-swap is still to be finished:
    opening the store answers each of those first (the wizard, the message, the roll-forward).
    """
    if paths.restore_journal.exists():
        return None
    try:
        return read_manifest(paths.manifest)
    except StoreError:
        return None
