"""A walk over every view in a child process, at one Qt scale factor (Qt fixes it when the
application starts): the office's (tests/support/screen_walk.py, tests/gui/test_screens_fit.py)
and the hub desk's (tests/gui_hub/hub_walk.py, tests/gui_hub/test_hub_screens_fit.py). The
child sets up the laptop's screen itself and writes a report: the screen's size, the views
shown, the clipped texts found."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def run_walk(module: str, folder: Path, scale: str) -> dict[str, Any]:
    """Run the walk ``module`` (``python -m``) on a new demo in ``folder`` at ``scale``; its
    report, once the child ended well on a screen of the laptop's size at that scale."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UCJ_", "QT_SCALE"))}
    env.update(QT_SCALE_FACTOR=scale, PYTHONIOENCODING="utf-8")
    report_path = folder / "report.json"
    command = [sys.executable, "-m", module, "--data-dir", str(folder / "demo")]
    command += ["--out", str(folder / "png"), "--report", str(report_path)]
    walk = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert walk.returncode == 0, walk.stderr[-3000:]
    report: dict[str, Any] = json.loads(report_path.read_text("utf-8"))
    assert report["size"] == [round(1366 / float(scale)), round(768 / float(scale))]
    return report


def clipped(report: dict[str, Any], folder: Path) -> str:
    """The clipped texts a walk found, one a line ('' when none)."""
    lines = [f"{view}: {clip}" for view, clips in report["clips"].items() for clip in clips]
    if not lines:
        return ""
    return f"{len(lines)} clipped texts (PNGs in {folder / 'png'}):\n" + "\n".join(lines)
