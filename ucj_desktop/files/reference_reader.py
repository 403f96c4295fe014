"""The reading half of a reference import: stream a file, check each row, hand out chunks.

It runs in the importing process for small files and in a helper process for big ones, so
that parsing and checking (Python) overlap with inserting (SQLite) on a second core. Chunks
keep file order; a duplicate NIK is reported after the chunk holding its first occurrence.
"""

from __future__ import annotations

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
from ucj_desktop.files.helper_process import produced_in_helper_process
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


def produce_chunks(source: ChunkSource) -> Iterator[Chunk]:
    fields, required = FIELDS[source.kind]
    with open_rows(source.path, source.facts) as stream:
        columns = map_columns(stream.header, fields, required, source.mapping)
        rules: DtsenRowRules | CoverageRowRules = (
            DtsenRowRules(columns, source.today)
            if source.kind == "dtsen"
            else CoverageRowRules(columns, source.today)
        )
        header_of = {name: stream.header[i] for name, i in columns.index.items()}
        nik_column = header_of["nik"]
        raw_rows: list[list[str]] = []
        lines: list[int] = []
        n_read = 0
        # Duplicate NIKs are left to the store's unique index (see reference_import), which
        # costs nothing on the common path and no memory here.

        def chunk_of(position: int) -> Chunk:
            rows, problems = rules.check_chunk(raw_rows, lines)
            rejected = [
                RejectedRow(line, header_of.get(p.field, p.field), p.field, p.code, p.values)
                for line, p in problems
            ]
            return Chunk(rows, rejected, position, n_read, nik_column)

        for line, cells in stream.rows:
            raw_rows.append(cells)
            lines.append(line)
            if len(lines) >= source.chunk_rows:
                n_read += len(lines)
                yield chunk_of(stream.position())
                raw_rows, lines = [], []
        n_read += len(lines)
        yield chunk_of(source.facts.size)


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
    """The same chunks as produce_chunks(), read by a spawned helper process."""
    return produced_in_helper_process(
        produce_chunks,
        replace(source, mapping=dict(source.mapping or {})),
        name="ucj-reference-reader",
        failure="import.reader_failed",
    )
