"""A keyring backend that keeps secrets in one JSON file.

Used only where the secret sits next to data that is not real: the demo store, the self-test,
and the test suite (which registers it with ``keyring.set_keyring`` or, for subprocesses,
``PYTHON_KEYRING_BACKEND=ucj_desktop.security.file_keyring.FileKeyring`` plus
``UCJ_FILE_KEYRING=/path``). Real stores use the OS keyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from ucj_desktop.files.atomic import atomic_path

ENV_FILE = "UCJ_FILE_KEYRING"


class FileKeyring(KeyringBackend):
    """Secrets in a JSON file readable by its owner only."""

    # Never chosen automatically: it is not registered as an entry point, and its priority is
    # below every OS backend.
    priority = 0.1

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring is untyped
        chosen = path if path is not None else os.environ.get(ENV_FILE)
        if not chosen:
            raise RuntimeError(f"FileKeyring needs a path (argument or {ENV_FILE})")
        self.path = Path(chosen)

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        with atomic_path(self.path) as tmp:
            tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            tmp.chmod(0o600)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(username)
        del data[service][username]
        self._save(data)
