"""Reading CSV and XLSX reference files as a stream of rows, tolerant of Excel habits.

CSV: ``,`` ``;`` or tab (taken from the header line); UTF-8 with or without BOM, else
Windows-1252. XLSX: the first sheet, read-only and streamed. Every problem is a DomainError whose
code says what is wrong with the file (and ``line`` where it is known); nothing is guessed.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ucj_desktop.domain.errors import DomainError

CHUNK = 1 << 20
_ZIP_MAGIC = b"PK\x03\x04"
# Bytes Windows-1252 leaves undefined: a non-UTF-8 file holding one is neither encoding.
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
# What a damaged XLSX raises from inside openpyxl: zip, deflate and XML parse errors among them
# (ElementTree's ParseError is a SyntaxError). A damaged ZIP header can also claim an unknown
# compression method (NotImplementedError), encryption (RuntimeError) or ZIP64 sizes.
_XLSX_DAMAGE: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    KeyError,
    OSError,
    ValueError,
    TypeError,
    EOFError,
    SyntaxError,
    NotImplementedError,
    RuntimeError,
)
csv.field_size_limit(1 << 20)

# Bounds on what a file may make the reader do, each refused with its own reason. A header
# wider than any extract (DTSEN has a dozen columns) or longer than 64 KB is not a header.
MAX_COLUMNS = 512
MAX_HEADER_CHARS = 64 * 1024
# Excel's own row limit: a sheet with more rows (empty ones included) was not saved by Excel.
MAX_XLSX_ROWS = 1_048_576
# openpyxl loads the shared strings whole: a real extract's are tens of MB of XML that
# compresses 5-10 times; a bomb compresses a thousand times.
MAX_SHARED_STRINGS_BYTES = 256 << 20
MAX_SHARED_STRINGS_RATIO = 100


@dataclass
class FileFacts:
    """What the first pass learned: size, SHA-256, format and text encoding."""

    size: int
    sha256: str
    kind: str  # "csv" | "xlsx"
    encoding: str | None


@dataclass
class RowStream:
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (line number in the file, cells)
    facts: FileFacts
    delimiter: str | None
    position: Any  # () -> bytes read so far, for progress


def inspect_file(path: Path) -> FileFacts:
    """Hash the file and decide format and encoding in one streaming pass."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DomainError("file.not_found", field="file") from None
    if size == 0:
        raise DomainError("file.empty", field="file")
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8_ok = True
    first = True
    kind = "csv"
    offset = 0
    cp1252_undefined_at: int | None = None  # offset of the first byte cp1252 cannot decode
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            if first:
                first = False
                if chunk.startswith(_ZIP_MAGIC):
                    kind = "xlsx"
                elif chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    # Excel's "Unicode text": text, but in an encoding not read here.
                    raise DomainError("file.encoding", field="file", line=1)
                elif b"\x00" in chunk[:65536]:
                    raise DomainError("file.binary", field="file")
            if kind == "csv" and utf8_ok:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8_ok = False
            if kind == "csv" and cp1252_undefined_at is None:
                hits = [i for byte in _CP1252_UNDEFINED if (i := chunk.find(byte)) >= 0]
                if hits:
                    cp1252_undefined_at = offset + min(hits)
            offset += len(chunk)
        if kind == "csv" and utf8_ok:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8_ok = False
    if kind == "csv" and not utf8_ok and cp1252_undefined_at is not None:
        # Say the line now: the text reader decodes ahead in blocks, so a decode error there
        # would name the wrong line (often line 1).
        raise DomainError("file.encoding", field="file", line=_line_at(path, cp1252_undefined_at))
    encoding = None if kind == "xlsx" else ("utf-8-sig" if utf8_ok else "cp1252")
    return FileFacts(size, digest.hexdigest(), kind, encoding)


def _line_at(path: Path, offset: int) -> int:
    """The 1-based line number of the byte at ``offset`` (only read when reporting it)."""
    newlines = 0
    with path.open("rb") as fh:
        while offset > 0 and (chunk := fh.read(min(CHUNK, offset))):
            newlines += chunk.count(b"\n")
            offset -= len(chunk)
    return newlines + 1


def _sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Rows with their line number in the file (the reader starts after the header, line 1);
    blank rows are skipped."""
    try:
        for cells in reader:
            if cells and (cells[0] or any(cells)):
                yield reader.line_num + 1, cells
    except csv.Error as exc:
        raise DomainError(
            "csv.malformed", field="file", line=reader.line_num + 1, reason=str(exc)
        ) from exc
    except UnicodeDecodeError as exc:
        raise DomainError("file.encoding", field="file", line=reader.line_num + 2) from exc


class NumberText(str):
    """The text of a cell the workbook stored as a number. Excel keeps 15 significant digits
    of a number, so a 16-digit identifier read from one may already be rounded: a reader that
    must match identifiers exactly refuses these (``isinstance(cell, NumberText)``)."""

    __slots__ = ()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return NumberText(value)
    if isinstance(value, float):
        # Whole numbers (a NIK typed as a number) must not grow a ".0" or an exponent.
        return NumberText(int(value) if value.is_integer() else repr(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@contextmanager
def open_rows(path: Path, facts: FileFacts | None = None) -> Iterator[RowStream]:
    """The header and a lazy stream of rows; the file stays open inside the ``with``."""
    facts = facts or inspect_file(path)
    if facts.kind == "xlsx":
        with _xlsx_rows(path, facts) as stream:
            yield stream
        return
    raw = path.open("rb")
    try:
        text = io.TextIOWrapper(raw, encoding=facts.encoding or "utf-8-sig", newline="")
        try:
            header_line = text.readline(MAX_HEADER_CHARS + 1)
            if len(header_line) > MAX_HEADER_CHARS:
                raise DomainError(
                    "file.header_too_long", field="file", line=1, maximum=MAX_HEADER_CHARS
                )
        except UnicodeDecodeError as exc:
            raise DomainError("file.encoding", field="file", line=1) from exc
        if not header_line.strip():
            raise DomainError("file.no_header", field="file")
        delimiter = _sniff_delimiter(header_line)
        header = _bounded_header(next(csv.reader([header_line], delimiter=delimiter)))
        reader = csv.reader(text, delimiter=delimiter)
        # The reader counts from the line after the header.
        rows = _csv_rows(reader)
        yield RowStream([h.strip() for h in header], rows, facts, delimiter, raw.tell)
    finally:
        raw.close()


def _bounded_header(cells: list[str]) -> list[str]:
    """The header without the empty cells Excel leaves at its right; refused when wider than
    any extract."""
    while cells and not cells[-1].strip():
        cells.pop()
    if len(cells) > MAX_COLUMNS:
        raise DomainError(
            "file.too_many_columns", field="file", line=1, found=len(cells), maximum=MAX_COLUMNS
        )
    return cells


def _check_parts(fh: Any) -> None:
    """Refuse, from the ZIP directory alone, a workbook whose shared strings would not fit in
    memory (openpyxl reads them whole) or inflate like a bomb."""
    try:
        with zipfile.ZipFile(fh) as archive:
            strings = next(
                (i for i in archive.infolist() if i.filename.lower() == "xl/sharedstrings.xml"),
                None,
            )
    except _XLSX_DAMAGE as exc:
        raise DomainError("xlsx.unreadable", field="file", reason=type(exc).__name__) from exc
    finally:
        fh.seek(0)
    if strings is None:
        return
    ratio = strings.file_size / max(strings.compress_size, 1)
    if strings.file_size > MAX_SHARED_STRINGS_BYTES or (
        strings.file_size > (1 << 20) and ratio > MAX_SHARED_STRINGS_RATIO
    ):
        raise DomainError(
            "xlsx.shared_strings_too_large",
            field="file",
            megabytes=strings.file_size >> 20,
        )


@contextmanager
def _xlsx_rows(path: Path, facts: FileFacts) -> Iterator[RowStream]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # A file object, not the path: openpyxl refuses paths by extension, and the format was
    # decided from the content (an XLSX saved as .csv is still an XLSX).
    fh = path.open("rb")
    try:
        _check_parts(fh)
        book = load_workbook(fh, read_only=True, data_only=True)
    except BaseException as exc:
        fh.close()
        if isinstance(exc, (*_XLSX_DAMAGE, InvalidFileException)):
            raise DomainError("xlsx.unreadable", field="file", reason=type(exc).__name__) from exc
        raise
    try:
        if not book.worksheets:  # a damaged workbook.xml can list no sheet at all
            raise DomainError("xlsx.unreadable", field="file", reason="no_sheet")
        sheet = book.worksheets[0]
        try:
            first = next(sheet.iter_rows(max_row=1, values_only=True), None)
        except _XLSX_DAMAGE as exc:
            raise DomainError("xlsx.unreadable", field="file", reason=type(exc).__name__) from exc
        if first is None or not any(v is not None for v in first):
            raise DomainError("file.no_header", field="file")
        header = _bounded_header([_cell_text(v).strip() for v in first])
        # Cells right of the header are never read: a row claiming column XFD is not padded
        # to 16,384 empty cells.
        values = sheet.iter_rows(min_row=2, max_col=len(header), values_only=True)
        done = {"rows": 0}

        def rows() -> Iterator[tuple[int, list[str]]]:
            try:
                for number, row in enumerate(values, start=2):
                    if number > MAX_XLSX_ROWS:
                        raise DomainError(
                            "xlsx.too_many_rows", field="file", line=number, maximum=MAX_XLSX_ROWS
                        )
                    done["rows"] = number
                    cells = [_cell_text(v) for v in row]
                    if any(cell.strip() for cell in cells):
                        yield number, cells
            except _XLSX_DAMAGE as exc:
                raise DomainError(
                    "xlsx.unreadable",
                    field="file",
                    line=done["rows"] + 1,
                    reason=type(exc).__name__,
                ) from exc

        # Progress for XLSX is by rows, scaled to the file size so the bar still moves.
        def position() -> int:
            total = sheet.max_row or 1
            return int(facts.size * min(done["rows"] / total, 1.0))

        yield RowStream(header, rows(), facts, None, position)
    finally:
        book.close()
        fh.close()
