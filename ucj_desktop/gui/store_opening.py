"""The office store opened behind the login window, while the officer types.

Opening the store needs the keyring, the lock library, SQLAlchemy, SQLModel and the models:
most of a start's imports, more than Qt's own. The login needs only the store's manifest
(its office, whether it is a demo: ``services.store_folder``), so it shows first and the
opening (``open_store``, or for ``--demo`` ``open_or_create_demo_store``, unchanged) runs on
the task runner's write worker once the login has been painted. Signing in waits for it
(``wait``); a failure closes the login (``failed``) and the start-up says it as it says a
store that did not open.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ucj_desktop.gui.task_runner import app_runner

if TYPE_CHECKING:
    from ucj_desktop.paths import StorePaths
    from ucj_desktop.services.store_access import OpenStore
    from ucj_desktop.services.store_folder import StoreManifest


class StoreOpening(QObject):
    """The store in ``paths``, whose ``manifest`` was read, being opened (once ``start``ed) as
    the start would open it: the demo's way with ``demo`` (``--demo``)."""

    failed = Signal(object)  # the exception, on the GUI thread

    def __init__(self, paths: StorePaths, manifest: StoreManifest, *, demo: bool) -> None:
        super().__init__()
        self.paths = paths
        self.manifest = manifest
        self.demo = demo
        self._started = False
        self._done = threading.Event()
        self._opened: OpenStore | None = None
        self.failure: BaseException | None = None

    @property
    def started(self) -> bool:
        return self._started

    def start(self) -> None:
        """Begin opening on the write worker (once; later calls do nothing)."""
        if self._started:
            return
        self._started = True
        app_runner().run(self._open, on_done=lambda _opened: None, on_failed=self.failed.emit)

    def _open(self, _progress: object, _cancel: object) -> OpenStore:
        try:
            # Imported here, on the worker: the imports the login does not wait for. The GUI
            # thread imports none of them until wait() returns (no two threads in one import).
            if self.demo:  # the demo's own checks (a demo cut short is made again) included
                from ucj_desktop.services.demo import open_or_create_demo_store

                self._opened = open_or_create_demo_store(self.paths)
            else:
                from ucj_desktop.services.store_access import open_store, secret_store_for

                self._opened = open_store(self.paths, secret_store_for(self.paths))
            return self._opened
        except BaseException as exc:
            self.failure = exc
            raise
        finally:
            self._done.set()

    def wait(self) -> OpenStore | None:
        """The open store, once opened (started now if it was not); None if opening failed
        (``failure`` says why; ``failed`` says it on the GUI thread)."""
        self.start()
        self._done.wait()
        return self._opened
