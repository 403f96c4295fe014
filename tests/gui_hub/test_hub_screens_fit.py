"""Every view of the hub desk on the laptop's screen, at 1366×768 and at 125% scaling: the
hub tour on a new demo city, each view measured for clipped text (tests/gui_hub/hub_walk.py, a
child process per scale, as tests/gui/test_screens_fit.py walks the office's)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ucj_desktop.gui.hub.tour import HUB_TOUR

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", ["1", "1.25"])
def test_every_hub_view_shows_its_whole_text(tmp_path: Path, scale: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UCJ_", "QT_SCALE"))}
    env.update(QT_SCALE_FACTOR=scale, PYTHONIOENCODING="utf-8")
    report_path = tmp_path / "report.json"
    walk = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.gui_hub.hub_walk",
            "--data-dir",
            str(tmp_path / "demo"),
            "--out",
            str(tmp_path / "png"),
            "--report",
            str(report_path),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert walk.returncode == 0, walk.stderr[-3000:]
    report = json.loads(report_path.read_text("utf-8"))
    assert report["size"] == [round(1366 / float(scale)), round(768 / float(scale))]
    assert report["views"] == list(HUB_TOUR)
    lines = [f"{view}: {clip}" for view, clips in report["clips"].items() for clip in clips]
    assert not lines, f"{len(lines)} clipped texts (PNGs in {tmp_path / 'png'}):\n" + "\n".join(
        lines
    )
