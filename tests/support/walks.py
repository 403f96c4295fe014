"""A walk over every view in a child process, at one Qt scale factor (Qt fixes it when the
application starts): the office's (tests/support/screen_walk.py, tests/gui/test_screens_fit.py)
and the hub desk's (tests/gui_hub/hub_walk.py, tests/gui_hub/test_hub_screens_fit.py). The
child sets up the laptop's screen itself and writes a report: the screen's size, the views
shown, the clipped texts found."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

# Bahasa Indonesia (the language of most counters) at 100% and 125%, English at 125%, and the
# pseudo-localisation (every word 40% longer, in brackets) at 100%: each walk finds no clipped
# text, and a walk in one language no word of the other (tests/support/visible_words.py).
# One child a scale walks its languages one after another, each on its own copy of the data
# (the app's start-up paid once a scale). Pseudo first: a word of one walk kept into the next
# then shows in the Indonesian walk longer and bracketed, which ``stray_words`` finds (the other
# way round the pseudo walk would measure shorter words and pass); the English walk's stray
# words find an Indonesian one kept.
SCALES = {"1": ("pseudo", "id"), "1.25": ("id", "en")}

# ``--quick-png``: zlib's fastest level (Qt maps quality 80 to level 1) instead of its default,
# for the tests' PNGs, which are looked at, not published; docs/make_screenshots.py keeps the
# default's smaller files.
QUICK_PNG = 80


def run_walks(module: str, folder: Path, demo: Path, scale: str) -> dict[str, dict[str, Any]]:
    """Run the walk ``module`` (``python -m``) at ``scale`` in each of the scale's languages
    (``SCALES``: ``id``, ``en`` or ``pseudo``, Indonesian 40% longer, in brackets), each on a
    fresh copy in ``folder``/language of the data folder ``demo`` (the demo the app made once
    for the session: the office's store or the demo city, which the child opens as the app
    opens a demo made on an earlier start); their reports by language, once the child ended
    well on a screen of the laptop's size at that scale. A language's PNGs are in
    ``folder``/language/png."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UCJ_", "QT_SCALE"))}
    env.update(QT_SCALE_FACTOR=scale, PYTHONIOENCODING="utf-8")
    command = [sys.executable, "-m", module, "--quick-png"]
    for language in SCALES[scale]:
        shutil.copytree(demo, folder / language / "demo")
        command += ["--data-dir", str(folder / language / "demo"), "--lang", language]
        command += ["--out", str(folder / language / "png")]
        command += ["--report", str(folder / language / "report.json")]
    walk = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert walk.returncode == 0, walk.stderr[-3000:]
    reports: dict[str, dict[str, Any]] = {}
    for language in SCALES[scale]:
        report = json.loads((folder / language / "report.json").read_text("utf-8"))
        assert report["size"] == [round(1366 / float(scale)), round(768 / float(scale))]
        reports[language] = report
    return reports


@dataclass(frozen=True)
class OneWalk:
    """A walk of a child: its language and data folder, where its PNGs and report go."""

    language: str
    data_dir: Path
    out: Path
    report: Path


@dataclass(frozen=True)
class WalkArguments:
    walks: list[OneWalk]
    png_quality: int  # for QPixmap.save: -1, Qt's default, or QUICK_PNG


def walk_arguments(description: str) -> WalkArguments:
    """A walk child's command line: ``--data-dir``, ``--out``, ``--report`` and ``--lang`` (id
    when none is given) once a walk, in the same order, and ``--quick-png``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data-dir", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path, action="append", required=True)
    parser.add_argument("--report", type=Path, action="append", required=True)
    parser.add_argument("--lang", choices=("id", "en", "pseudo"), action="append")
    parser.add_argument("--quick-png", action="store_true", help="save PNGs fast, larger")
    args = parser.parse_args()
    languages = args.lang or ["id"]
    if not len(args.data_dir) == len(args.out) == len(args.report) == len(languages):
        parser.error("--data-dir, --out, --report and --lang go once for each walk")
    four = zip(languages, args.data_dir, args.out, args.report, strict=True)
    walks = [OneWalk(*one) for one in four]
    for one in walks:
        one.out.mkdir(parents=True, exist_ok=True)
        one.data_dir.parent.mkdir(parents=True, exist_ok=True)
    return WalkArguments(walks, QUICK_PNG if args.quick_png else -1)


def speak(language: str) -> None:
    """A walk's app speaks ``language`` (``--lang``: id, en, pseudo) from its first window."""
    from ucj_desktop.gui.language import apply_language

    apply_language("id" if language == "pseudo" else language, pseudo=language == "pseudo")


def stray_words(report: dict[str, Any], language: str) -> str:
    """The texts of a walk in ``language`` holding words of the other language, or the end of
    a pseudo-localised text (``·]``: a word kept from the walk before), one a line."""
    from tests.support.visible_words import wrong_language

    lines = sorted(
        {f"{view}: {found}" for view, texts in report["texts"].items()
         for found in wrong_language(texts, language)}
        | {f"{view}: {text}" for view, texts in report["texts"].items()
           for text in texts if "·]" in text}
    )  # fmt: skip
    return "\n".join(lines)


def clipped(report: dict[str, Any], folder: Path) -> str:
    """The clipped texts a walk found, one a line ('' when none)."""
    lines = [f"{view}: {clip}" for view, clips in report["clips"].items() for clip in clips]
    if not lines:
        return ""
    return f"{len(lines)} clipped texts (PNGs in {folder / 'png'}):\n" + "\n".join(lines)
