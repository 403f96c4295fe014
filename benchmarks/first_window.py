"""Run a Qt program and print when its first window was exposed, then end the process.

    python benchmarks/first_window.py bare                      a QWidget, nothing else
    python benchmarks/first_window.py ucj_desktop.gui.app:main [ARGS...]

B7's probe (bench_start.py): the parent notes ``time.monotonic()`` just before it spawns this
process, and this process prints ``time.monotonic()`` (the same system-wide clock) once the
first window has handled its expose event (so its first paint is done), and exits at once.
Both sides run under this same probe: the QApplication the program makes is the probe's
subclass, whose ``notify`` watches for that first expose.
"""

from __future__ import annotations

import importlib
import os
import sys
import time

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow


class _FirstExpose(QtWidgets.QApplication):
    def notify(self, receiver: QObject, event: QEvent) -> bool:
        handled = super().notify(receiver, event)
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(receiver, QWindow)
            and receiver.isExposed()
        ):
            print(f"exposed {time.monotonic():.6f} {receiver.title()!r}", flush=True)
            os._exit(0)
        return handled


def bare() -> int:
    """The baseline: the least a PySide6 program does to show a window."""
    app = QtWidgets.QApplication(sys.argv[:1])
    window = QtWidgets.QWidget()
    window.setWindowTitle("bare")
    window.show()
    return app.exec()


def main() -> int:
    QtWidgets.QApplication = _FirstExpose  # type: ignore[misc]
    target, args = sys.argv[1], sys.argv[2:]
    if target == "bare":
        return bare()
    module, _, function = target.partition(":")
    run = getattr(importlib.import_module(module), function)
    sys.argv[1:] = args
    return int(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
