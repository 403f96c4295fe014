"""The login module imports no database, PDF or migration library: the login window is the
first thing a start shows, and it must not wait for them (tests/gui/test_app_start.py checks
the whole start the same way)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "pypdfium2", "pyqtgraph", "numpy")

PROBE = """
import json, sys
import ucj_desktop.gui.login
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_importing_the_login_loads_no_database_pdf_or_migration_library(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    loaded = json.loads(done.stdout)
    assert "PySide6" in loaded  # the probe sees what the import loaded
    assert [name for name in FORBIDDEN if name in loaded] == []
