"""The reading half of a reference import: stream a file, check each row, hand out chunks.

It runs in the importing process for small files and in a helper process for big ones, so
that parsing and checking (Python) overlap with inserting (SQLite) on a second core. Chunks
keep file order; a duplicate NIK is reported after the chunk holding its first occurrence.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import date
from pathlib import Path

from ucj_desktop.domain.reference_rows import (
    COVERAGE_FIELDS,
    COVERAGE_REQUIRED,
    DTSEN_FIELDS,
    DTSEN_REQUIRED,
    CoverageRowRules,
    DtsenRowRules,
    map_columns,
)
from ucj_desktop.files.helper_process import Unfinished, produced_in_helper_process
from ucj_desktop.files.tabular_reader import FileFacts, open_rows

FIELDS = {"dtsen": (DTSEN_FIELDS, DTSEN_REQUIRED), "coverage": (COVERAGE_FIELDS, COVERAGE_REQUIRED)}


@dataclass(frozen=True)
class RejectedRow:
    line: int
    column: str  # the header cell of the file (or the field name when the column is absent)
    field: str
    code: str
    values: Mapping[str, object] = dc_field(default_factory=dict)


@dataclass
class Chunk:
    rows: list[tuple[object, ...]]  # ready to insert, source line last
    rejected: list[RejectedRow]
    position: int  # bytes of the file read so far
    rows_read: int
    nik_column: str  # header of the NIK column, for duplicate reports


@dataclass(frozen=True)
class ChunkSource:
    """What to read and how: the one argument of produce_chunks() and of its helper-process twin
    (sent whole to the helper, so the mapping is a plain dict)."""

    path: Path
    facts: FileFacts
    kind: str
    mapping: Mapping[str, str] | None
    today: date
    chunk_rows: int


@dataclass(frozen=True)
class _CheckerKey:
    """What a chunk's checker is made from (sent with each unchecked chunk: a few strings)."""

    kind: str
    header: tuple[str, ...]
    mapping: tuple[tuple[str, str], ...] | None
    today: date


@dataclass(frozen=True)
class _Checker:
    rules: DtsenRowRules | CoverageRowRules
    header_of: Mapping[str, str]  # field -> the header cell of its column
    nik_column: str


@functools.lru_cache(maxsize=4)
def _checker(key: _CheckerKey) -> _Checker:
    """The rules of a file with this header; one per process, so their caches of values
    already proven valid serve every chunk this process checks."""
    fields, required = FIELDS[key.kind]
    mapping = dict(key.mapping) if key.mapping is not None else None
    columns = map_columns(list(key.header), fields, required, mapping)
    rules: DtsenRowRules | CoverageRowRules = (
        DtsenRowRules(columns, key.today)
        if key.kind == "dtsen"
        else CoverageRowRules(columns, key.today)
    )
    header_of = {name: key.header[i] for name, i in columns.index.items()}
    return _Checker(rules, header_of, header_of["nik"])


@dataclass
class RawChunk(Unfinished[Chunk]):
    """Rows as read, not yet checked: checked by whichever process has the time."""

    key: _CheckerKey
    raw_rows: list[list[str]]
    lines: list[int]
    position: int
    rows_read: int

    def finish(self) -> Chunk:
        checker = _checker(self.key)
        rows, problems = checker.rules.check_chunk(self.raw_rows, self.lines)
        rejected = [
            RejectedRow(line, checker.header_of.get(p.field, p.field), p.field, p.code, p.values)
            for line, p in problems
        ]
        return Chunk(rows, rejected, self.position, self.rows_read, checker.nik_column)


def read_chunks(source: ChunkSource) -> Iterator[RawChunk]:
    """The file's rows in chunks of ``source.chunk_rows``, read but not checked (a header
    without the required columns is refused before the first)."""
    with open_rows(source.path, source.facts) as stream:
        mapping = tuple(sorted(source.mapping.items())) if source.mapping is not None else None
        key = _CheckerKey(source.kind, tuple(stream.header), mapping, source.today)
        _checker(key)  # map the columns now: a bad header is the file's first problem
        raw_rows: list[list[str]] = []
        lines: list[int] = []
        n_read = 0
        # Duplicate NIKs are left to the store's unique index (see reference_import), which
        # costs nothing on the common path and no memory here.
        for line, cells in stream.rows:
            raw_rows.append(cells)
            lines.append(line)
            if len(lines) >= source.chunk_rows:
                n_read += len(lines)
                yield RawChunk(key, raw_rows, lines, stream.position(), n_read)
                raw_rows, lines = [], []
        n_read += len(lines)
        yield RawChunk(key, raw_rows, lines, source.facts.size, n_read)


def produce_chunks(source: ChunkSource) -> Iterator[Chunk]:
    """The file's rows in checked chunks, read and checked in this process."""
    for raw in read_chunks(source):
        yield raw.finish()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a load allocates millions of short-lived lists and
    tuples, none in cycles, and the collector's passes over them tripled the parsing time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def chunks_in_helper_process(source: ChunkSource) -> Iterator[Chunk]:
    """The same chunks as produce_chunks(), read by a spawned helper process and checked
    there, or here when this process would otherwise wait for them (files/helper_process.py)."""
    return produced_in_helper_process(
        read_chunks,
        replace(source, mapping=dict(source.mapping or {})),
        name="ucj-reference-reader",
        failure="import.reader_failed",
    )
