"""The hub desk's views on the laptop's screen, measured: the hub tour (gui/hub/tour.py, the
real screens driven as the operator would) on a copy of the session's demo city, each view
checked for clipped text (tests/support/clipping.py) and saved as a PNG. Run in a child
process per scale by test_hub_screens_fit.py (Qt fixes the scale when the application starts):

    python -m tests.gui_hub.hub_walk --data-dir DIR --out DIR --report FILE.json [--lang en]

(``--data-dir``, ``--out``, ``--report`` and ``--lang`` again for each more language: one
child walks a scale in several languages, tests/support/walks.py.)
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from tests.support import argon2_cost
from tests.support.clipping import Allowed, Clip, clipped_texts
from tests.support.screen_walk import laptop_platform, save_png, windows_closed
from tests.support.visible_words import visible_texts
from tests.support.walks import speak, walk_arguments
from ucj_desktop.gui.app import make_application
from ucj_desktop.gui.hub.start import open_hub_desk
from ucj_desktop.gui.hub.tour import tour_hub
from ucj_desktop.paths import StorePaths

# Text elided on purpose, shown whole another way (path suffix, start of the text).
ALLOWED: tuple[Allowed, ...] = (
    ("hubTrail:Detail", ""),  # an event's details: whole in the tooltip
    ("receivedPackages:SHA-256", ""),  # a package's digest: its head, whole in the tooltip
    # A refusal's reason wraps, whole, in its taller row (the measure is of one line).
    ("intakeResults:Hasil", "Ditolak: "),
)


class CheckingAlbum:
    """The tour's album that measures each view before saving it."""

    def __init__(self, out: Path, png_quality: int) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.png_quality = png_quality
        self.views: list[str] = []
        self.found: dict[str, list[Clip]] = {}
        self.texts: dict[str, list[str]] = {}  # what a person reads, view by view
        self.size = QApplication.primaryScreen().availableGeometry().size()

    def take(self, widget: QWidget, name: str) -> None:
        for _ in range(3):  # layouts settle over a few passes (word-wrapped heights)
            QApplication.processEvents()
        self.views.append(name)
        save_png(widget, self.out / f"{len(self.views):02d}-{name}.png", self.png_quality)
        clips = clipped_texts(widget, ALLOWED, self.size)
        if clips:
            self.found[name] = clips
        self.texts[name] = visible_texts(widget)


def main() -> int:
    args = walk_arguments("every view of the demo city's hub desk, measured and saved")
    # The app and its laptop screen once; then a walk a language, each on its own data folder.
    args.walks[0].data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = laptop_platform(args.walks[0].data_dir)
    make_application()
    for one in args.walks:
        speak(one.language)
        album = CheckingAlbum(one.out, args.png_quality)
        with argon2_cost.hasher(argon2_cost.CHEAP):  # the walk measures layout, not the cost
            desk = open_hub_desk(StorePaths(one.data_dir), demo=True)
            try:
                tour_hub(desk, album, (album.size.width(), album.size.height()))
            finally:
                desk.close()
        report = {
            "size": [album.size.width(), album.size.height()],
            "views": album.views,
            "clips": {name: [str(c) for c in clips] for name, clips in album.found.items()},
            "texts": album.texts,
        }
        one.report.write_text(json.dumps(report, indent=2), encoding="utf-8")
        windows_closed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
