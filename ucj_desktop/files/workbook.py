"""Saving an openpyxl workbook without leaking its rows to the system temp folder.

openpyxl writes each sheet's XML (for a report: names, masked NIKs, KPJs) to a file from
``tempfile`` before zipping it, and leaves it there when the save fails or the process is
killed; its zip file, left unclosed on a full disk, prints a traceback when it is collected.
:func:`save_workbook` stages the XML in a folder the caller names - the data folder, which the
app sweeps after a kill - under the app's temp prefix, removes it when the save ends, and
closes the zip whatever happens. :func:`staged_workbook` does the same for a whole block, for a
write-only workbook (its sheet makes its file at the first row appended, before any save).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from ucj_desktop.files.atomic import temp_file_in
from ucj_desktop.files.staging import staging_folder

_STAGING = threading.Lock()  # openpyxl's temp-file maker is one module-level function

# The time a workbook whose bytes must depend on its cells only carries (hub/bpjs_file.py:
# its created and modified properties): the earliest a ZIP entry can hold.
FIXED_TIME = datetime(1980, 1, 1)


@contextmanager
def _staged_in(folder: Path) -> Iterator[list[str]]:
    from openpyxl.worksheet import _writer

    made: list[str] = []

    def create_temporary_file(suffix: str = "") -> str:
        name = str(temp_file_in(folder, suffix or ".xml"))
        _writer.ALL_TEMP_FILES.append(name)
        made.append(name)
        return name

    with _STAGING:
        original = _writer.create_temporary_file
        _writer.create_temporary_file = create_temporary_file
        try:
            yield made
        finally:
            _writer.create_temporary_file = original
            for name in made:
                Path(name).unlink(missing_ok=True)
                if name in _writer.ALL_TEMP_FILES:
                    _writer.ALL_TEMP_FILES.remove(name)


def _save_to(book: Any, path: Path) -> None:
    from openpyxl.writer.excel import ExcelWriter

    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()


# The locked folder (files/staging.py) the rows are staged in, inside ``staging``.
XLSX_STAGING = ".ucjxlsx-"


@contextmanager
def staged_workbook(staging: Path) -> Iterator[Callable[[Any, Path], None]]:
    """A block in which every temp file openpyxl makes is staged in a locked folder inside
    ``staging`` (the data folder: a sweep removes it after a kill, never while this runs);
    yields ``save(book, path)``. Build a write-only workbook inside the block: its sheet makes
    its temp file at the first row appended. Other threads' workbook saves wait for the
    block's end."""
    with staging_folder(staging, XLSX_STAGING) as folder, _staged_in(folder):
        yield _save_to


def save_workbook(book: Any, path: Path, staging: Path) -> None:
    """``book.save(path)``, with the sheet XML staged in a locked folder inside ``staging``
    (the data folder: a sweep removes it after a kill, never while this runs)."""
    with staged_workbook(staging) as save:
        save(book, path)
