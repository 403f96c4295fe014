"""A small interface over ``keyring`` for the secrets this app keeps (store keys, device keys).

There is deliberately no plaintext fallback: when the machine has no usable keyring backend,
callers get :class:`KeyringUnavailable` and the app tells the user what to do.
"""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError

SERVICE = "ucj-desktop"


class KeyringUnavailable(Exception):
    """No usable keyring backend on this machine (or it refused to answer)."""

    def __init__(self, backend_name: str, detail: str = "") -> None:
        super().__init__(
            f"no usable keyring backend ({backend_name}){': ' + detail if detail else ''}"
        )
        self.backend_name = backend_name
        self.detail = detail


def backend_is_usable(backend: KeyringBackend) -> bool:
    """False for keyring's 'fail' and 'null' backends and for an empty chain."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(backend_is_usable(b) for b in backend.backends)
    return True


class SecretStore:
    """Named secrets in one keyring backend (the OS one unless a caller passes another)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._broken: str | None = None
        if backend is None:
            try:
                backend = keyring.get_keyring()
            except (KeyringError, RuntimeError, ImportError, ValueError) as exc:
                # A misconfigured backend (PYTHON_KEYRING_BACKEND, keyringrc) must read as
                # "no usable keyring", not crash the app.
                self._broken = f"{type(exc).__name__}: {exc}"
                backend = fail.Keyring()  # type: ignore[no-untyped-call]
        self._backend = backend

    @property
    def backend_name(self) -> str:
        cls = type(self._backend)
        return f"{cls.__module__}.{cls.__qualname__}"

    def ensure_usable(self) -> None:
        if self._broken is not None:
            raise KeyringUnavailable("configured backend", self._broken)
        if not backend_is_usable(self._backend):
            raise KeyringUnavailable(self.backend_name)

    def get(self, name: str) -> str | None:
        self.ensure_usable()
        try:
            return self._backend.get_password(SERVICE, name)
        except KeyringError as exc:
            raise KeyringUnavailable(self.backend_name, str(exc)) from exc

    def set(self, name: str, value: str) -> None:
        self.ensure_usable()
        try:
            self._backend.set_password(SERVICE, name, value)
        except KeyringError as exc:
            raise KeyringUnavailable(self.backend_name, str(exc)) from exc
        # Read back: some backends accept a write and silently drop it (locked collections).
        if self.get(name) != value:
            raise KeyringUnavailable(self.backend_name, "the secret could not be read back")

    def delete(self, name: str) -> None:
        self.ensure_usable()
        try:
            self._backend.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            return
        except KeyringError as exc:
            raise KeyringUnavailable(self.backend_name, str(exc)) from exc
