"""Drawing a turn of the event loop later, the way every chart is drawn: the chart library
(gui/widgets/charts.py: pyqtgraph and numpy, a few hundred milliseconds to import) is imported
inside ``draw``, which runs once the window or screen asking for it is on screen, so it never
holds back their first show. The office's dashboard (gui/screens/dashboard_charts.py) and the
hub desk's screens (gui/hub/screen.py) draw through it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def draw_later(parent: QObject, draw: Callable[[], object]) -> QTimer:
    """A single-shot timer (owned by ``parent``) whose ``start()`` runs ``draw`` on the next
    turn of the event loop; starting it again before then still draws once."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(draw)
    return timer
