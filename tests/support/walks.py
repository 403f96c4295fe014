"""A walk over every view in a child process, at one Qt scale factor (Qt fixes it when the
application starts): the office's (tests/support/screen_walk.py, tests/gui/test_screens_fit.py)
and the hub desk's (tests/gui_hub/hub_walk.py, tests/gui_hub/test_hub_screens_fit.py). The
child sets up the laptop's screen itself and writes a report: the screen's size, the views
shown, the clipped texts found."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

# Bahasa Indonesia (the language of most counters) at 100% and 125%, English at 125%, and the
# pseudo-localisation (every word 40% longer, in brackets) at 100%: each walk finds no clipped
# text, and a walk in one language no word of the other (tests/support/visible_words.py).
WALKS = [("1", "id"), ("1.25", "id"), ("1.25", "en"), ("1", "pseudo")]


def run_walk(
    module: str, folder: Path, demo: Path, scale: str, language: str = "id"
) -> dict[str, Any]:
    """Run the walk ``module`` (``python -m``) at ``scale`` on a fresh copy of the data folder
    ``demo`` (the demo the app made once for the session: the office's store or the demo
    city, which the child opens as the app opens a demo made on an earlier start) in
    ``folder``, the app speaking ``language`` (``id``, ``en`` or ``pseudo``: Indonesian 40%
    longer, in brackets); its report, once the child ended well on a screen of the laptop's
    size at that scale."""
    shutil.copytree(demo, folder / "demo")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UCJ_", "QT_SCALE"))}
    env.update(QT_SCALE_FACTOR=scale, PYTHONIOENCODING="utf-8")
    report_path = folder / "report.json"
    command = [sys.executable, "-m", module, "--data-dir", str(folder / "demo")]
    command += ["--out", str(folder / "png"), "--report", str(report_path), "--lang", language]
    command += ["--quick-png"]
    walk = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert walk.returncode == 0, walk.stderr[-3000:]
    report: dict[str, Any] = json.loads(report_path.read_text("utf-8"))
    assert report["size"] == [round(1366 / float(scale)), round(768 / float(scale))]
    return report


def speak(language: str) -> None:
    """A walk's app speaks ``language`` (``--lang``: id, en, pseudo) from its first window."""
    from ucj_desktop.gui.language import apply_language

    apply_language("id" if language == "pseudo" else language, pseudo=language == "pseudo")


def stray_words(report: dict[str, Any], language: str) -> str:
    """The texts of a walk in ``language`` holding words of the other language, one a line."""
    from tests.support.visible_words import wrong_language

    lines = sorted(
        {f"{view}: {found}" for view, texts in report["texts"].items()
         for found in wrong_language(texts, language)}
    )  # fmt: skip
    return "\n".join(lines)


def clipped(report: dict[str, Any], folder: Path) -> str:
    """The clipped texts a walk found, one a line ('' when none)."""
    lines = [f"{view}: {clip}" for view, clips in report["clips"].items() for clip in clips]
    if not lines:
        return ""
    return f"{len(lines)} clipped texts (PNGs in {folder / 'png'}):\n" + "\n".join(lines)
