"""The login module imports no database, PDF, migration or chart library: the login window is
the first thing a start shows, and it must not wait for them (tests/gui/test_app_start.py
checks the whole start the same way). Nor do the main window and the dashboard's module load
the chart library: the dashboard imports it once its window is up (dashboard_charts.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "pypdfium2", "pyqtgraph", "numpy")
CHARTS = ("pyqtgraph", "numpy")

PROBE = """
import json, sys
{imports}
print(json.dumps(sorted({{name.split(".")[0] for name in sys.modules}})))
"""


def _loaded(imports: str, folder: Path) -> list[str]:
    """The top-level packages a new interpreter has loaded after ``imports``."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    loaded = json.loads(done.stdout)
    assert "PySide6" in loaded  # the probe sees what the import loaded
    return loaded


def test_importing_the_login_loads_no_database_pdf_or_migration_library(tmp_path: Path) -> None:
    loaded = _loaded("import ucj_desktop.gui.login", tmp_path)
    assert [name for name in FORBIDDEN if name in loaded] == []


def test_the_main_window_and_the_dashboard_load_no_chart_library(tmp_path: Path) -> None:
    imports = "import ucj_desktop.gui.main_window, ucj_desktop.gui.screens.dashboard"
    loaded = _loaded(imports, tmp_path)
    assert [name for name in CHARTS if name in loaded] == []
