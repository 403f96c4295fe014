"""Compile every Qt Designer form in ui/ into ucj_desktop/gui/forms/ui_*.py with pyside6-uic.

Run after editing a form: ``python -m ucj_desktop.gui.forms.compile_forms``. A test fails when a
compiled form is older than its .ui file's content.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ucj_desktop.paths import ui_forms

FORMS_DIR = Path(__file__).resolve().parent
_HEADER_NOISE = "Created by: Qt User Interface Compiler"


def uic_executable() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise RuntimeError("pyside6-uic not found: install PySide6")
    return found


def compile_form(ui_file: Path) -> str:
    """pyside6-uic's output for one form, without the line naming the uic version."""
    out = subprocess.run(  # noqa: S603  (our own tool on our own file)
        [uic_executable(), str(ui_file)], check=True, capture_output=True, text=True
    ).stdout
    return "".join(line for line in out.splitlines(keepends=True) if _HEADER_NOISE not in line)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def ui_files() -> list[Path]:
    root = Path(str(ui_forms()))
    return sorted(root.glob("*.ui"))


def main() -> int:
    for ui_file in ui_files():
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name} -> {target_for(ui_file).name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
