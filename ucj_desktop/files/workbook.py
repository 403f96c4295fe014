"""Saving an openpyxl workbook without leaking its rows to the system temp folder.

openpyxl writes each sheet's XML (for a report: names, masked NIKs, KPJs) to a file from
``tempfile`` before zipping it, and leaves it there when the save fails or the process is
killed; its zip file, left unclosed on a full disk, prints a traceback when it is collected.
:func:`save_workbook` stages the XML in a folder the caller names - the data folder, which the
app sweeps after a kill - under the app's temp prefix, removes it when the save ends, and
closes the zip whatever happens. :func:`staged_workbook` does the same for a whole block, for a
write-only workbook (its sheet makes its file at the first row appended, before any save), and
can pin every timestamp so that the same cells give the same bytes.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from ucj_desktop.files.atomic import temp_file_in
from ucj_desktop.files.staging import staging_folder

_STAGING = threading.Lock()  # openpyxl's temp-file maker is one module-level function

# The time a fixed-time file carries everywhere (ZIP entries, the workbook's created and
# modified properties): the earliest a ZIP entry can hold.
FIXED_TIME = datetime(1980, 1, 1)
_ZIP_TIME = FIXED_TIME.timetuple()[:6]
_UNIX = 3  # ZIP "made by" system: Windows' zipfile says 0, which would change the bytes


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


class _FixedTimeZip(ZipFile):
    """Every member carries FIXED_TIME, the same permissions and the same "made by" system,
    whatever the clock, the staged file's mtime or the platform: same members, same bytes."""

    @staticmethod
    def _pinned(name: str) -> ZipInfo:
        info = ZipInfo(name, date_time=_ZIP_TIME)
        info.create_system = _UNIX
        info.external_attr = 0o600 << 16
        return info

    def writestr(  # type: ignore[override]
        self,
        zinfo_or_arcname: str | ZipInfo,
        data: bytes | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        name = (
            zinfo_or_arcname.filename if isinstance(zinfo_or_arcname, ZipInfo) else zinfo_or_arcname
        )
        super().writestr(
            self._pinned(name),
            data,
            compress_type=self.compression if compress_type is None else compress_type,
            compresslevel=compresslevel,
        )

    def write(  # type: ignore[override]
        self,
        filename: str,
        arcname: str | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        # openpyxl zips a staged sheet file this way: streamed, never read whole.
        info = self._pinned(arcname or Path(filename).name)
        info.compress_type = self.compression if compress_type is None else compress_type
        info.file_size = Path(filename).stat().st_size  # decides ZIP64 before the copy
        with Path(filename).open("rb") as source, self.open(info, "w") as target:
            shutil.copyfileobj(source, target, 1 << 20)


def _save_to(book: Any, path: Path, fixed_time: bool) -> None:
    from openpyxl.writer.excel import ExcelWriter

    if fixed_time:
        book.properties.created = book.properties.modified = FIXED_TIME
    zip_class = _FixedTimeZip if fixed_time else ZipFile
    with zip_class(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()


# The locked folder (files/staging.py) the rows are staged in, inside ``staging``.
XLSX_STAGING = ".ucjxlsx-"


@contextmanager
def staged_workbook(
    staging: Path, *, fixed_time: bool = False
) -> Iterator[Callable[[Any, Path], None]]:
    """A block in which every temp file openpyxl makes is staged in a locked folder inside
    ``staging`` (the data folder: a sweep removes it after a kill, never while this runs);
    yields ``save(book, path)``. Build a write-only workbook inside the block: its sheet makes
    its temp file at the first row appended. ``fixed_time``: every ZIP entry and the workbook's
    created/modified properties carry FIXED_TIME, so the same cells give the same bytes (with
    the same openpyxl and zlib). Other threads' workbook saves wait for the block's end."""
    with staging_folder(staging, XLSX_STAGING) as folder, _staged_in(folder):
        yield lambda book, path: _save_to(book, path, fixed_time)


def save_workbook(book: Any, path: Path, staging: Path) -> None:
    """``book.save(path)``, with the sheet XML staged in a locked folder inside ``staging``
    (the data folder: a sweep removes it after a kill, never while this runs)."""
    with staged_workbook(staging) as save:
        save(book, path)
