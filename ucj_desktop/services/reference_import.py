"""Importing reference files (DTSEN extract, existing-coverage list) into the office store.

The file is streamed; valid rows go through the raw DB-API cursor in batches inside ONE
transaction that also empties the previous data, so the new file replaces the old one
atomically. By default any rejected row rolls everything back; with ``accept_valid`` the valid
rows are applied. Every rejected row is reported with its line, column and reason.
"""

from __future__ import annotations

import contextlib
import csv
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.files.atomic import atomic_path
from ucj_desktop.files.reference_reader import (
    FIELDS,
    ChunkSource,
    RejectedRow,
    chunks_in_helper_process,
    gc_paused,
    produce_chunks,
)
from ucj_desktop.files.tabular_reader import inspect_file
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import Actor, record_event
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import ReferenceSource, utcnow
from ucj_desktop.store.repos import reference
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork
from ucj_desktop.wording.import_reasons import reason_text, report_header

KINDS = ("dtsen", "coverage")
SAMPLE_LIMIT = 1000  # rejected rows kept in memory for display; the report file has them all
HELPER_PROCESS_BYTES = 8 << 20  # above ~80,000 rows a second process pays for its start-up

Progress = Callable[[int, int, int], None]  # bytes done, bytes total, rows read


@dataclass(frozen=True)
class ImportReport:
    kind: str
    file_name: str
    sha256: str
    rows_total: int
    rows_accepted: int
    rows_rejected: int
    applied: bool
    rejected_sample: tuple[RejectedRow, ...]
    error_report: Path | None
    source_id: int | None


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("import.cancelled")


class _Discarded(Exception):
    """Thrown into the report's atomic write so that it removes its temp file."""


class ErrorReport:
    """Rejected rows as CSV next to the source file (or in DATA_DIR/reports when that folder
    is read-only), written to a temp name and renamed at the end."""

    def __init__(self, source: Path, fallback_dir: Path) -> None:
        self._targets = [
            source.with_name(source.stem + ".errors.csv"),
            fallback_dir / (source.stem + ".errors.csv"),
        ]
        self._fh: Any = None
        self._writing: contextlib.AbstractContextManager[Path] | None = None
        self._writer: Any = None
        self.path: Path | None = None

    def add(self, row: RejectedRow) -> None:
        if self._writer is None:
            self._open()
        self._writer.writerow([row.line, row.column, row.code, reason_text(row.code, row.values)])

    def _open(self) -> None:
        for target in self._targets:
            if target.exists() and not target.is_file():
                continue  # e.g. a folder of that name: the final rename could not replace it
            writing = atomic_path(target)
            try:
                tmp = writing.__enter__()  # left in finish() or discard()
            except OSError:
                continue
            self.path, self._writing = target, writing
            self._fh = tmp.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._fh, delimiter=";")  # opens in Excel as columns
            self._writer.writerow(report_header())
            return
        raise DomainError("import.report_unwritable", field="file")

    def finish(self) -> Path | None:
        if self._fh is None:
            # A clean import: an old report for this file would now only mislead.
            for target in self._targets:
                if target.is_file():
                    with contextlib.suppress(OSError):
                        target.unlink()
            return None
        self._fh.close()
        assert self._writing is not None
        self._writing.__exit__(None, None, None)  # fsync, rename over the target
        return self.path

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
            assert self._writing is not None
            self._writing.__exit__(_Discarded, _Discarded(), None)  # removes the temp file

    @contextlib.contextmanager
    def discarded_on_error(self) -> Iterator[ErrorReport]:
        """Around a load: any exception (a cancel too) discards the half-written report."""
        try:
            yield self
        except BaseException:
            self.discard()
            raise


def import_reference(
    opened: OpenStore,
    who: OfficerSession,
    kind: str,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    accept_valid: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    today: date | None = None,
    batch_size: int = 5000,
    helper_process: bool | None = None,
) -> ImportReport:
    """Replace the ``kind`` reference data with ``path``; see the module docstring."""
    actor = authorize(opened, who, Permission.REFERENCE_IMPORT)
    if kind not in FIELDS:
        raise DomainError("import.unknown_kind", field="kind", kind=kind)
    today = today or date.today()
    facts = inspect_file(path)
    use_helper = facts.size > HELPER_PROCESS_BYTES if helper_process is None else helper_process
    produce = chunks_in_helper_process if use_helper else produce_chunks
    report = ErrorReport(path, opened.paths.root / "reports")
    sample: list[RejectedRow] = []
    n_rejected = n_accepted = n_total = 0

    def reject(row: RejectedRow) -> None:
        nonlocal n_rejected
        n_rejected += 1
        report.add(row)
        if len(sample) < SAMPLE_LIMIT:
            sample.append(row)

    with report.discarded_on_error(), gc_paused(), opened.transaction() as tx:
        reference.clear(tx, kind)
        for chunk in produce(ChunkSource(path, facts, kind, mapping, today, batch_size)):
            problems = list(chunk.rejected)
            if chunk.rows:
                added = reference.insert_rows(tx, kind, chunk.rows)
                n_accepted += added
                if added < len(chunk.rows):  # rare: a NIK already loaded from an earlier line
                    problems += [
                        RejectedRow(
                            line,
                            chunk.nik_column,
                            "nik",
                            "nik.duplicate_in_file",
                            {"first_line": first},
                        )
                        for line, first in reference.duplicates_among(tx, kind, chunk.rows)
                    ]
            for row in sorted(problems, key=lambda r: r.line):  # a chunk is a run of lines
                reject(row)
            n_total = chunk.rows_read
            if cancel is not None and cancel.is_set():
                raise ImportCancelled
            if progress is not None:
                progress(chunk.position, facts.size, n_total)
        if n_total == 0:
            raise DomainError("file.no_rows", field="file")
        applied = n_accepted > 0 and (n_rejected == 0 or accept_valid)
        source_id = None
        if applied:
            if kind == "dtsen":
                reference.rebuild_name_index(tx)
            loaded = source_row(
                kind, path, facts.sha256, n_total, n_accepted, n_rejected, actor.officer_id
            )
            source_id = _put_in_force(tx, actor, loaded)
            tx.commit()
        else:
            tx.rollback()
    return ImportReport(
        kind,
        path.name,
        facts.sha256,
        n_total,
        n_accepted if applied else 0,
        n_rejected,
        applied,
        tuple(sample),
        report.finish(),
        source_id,
    )


def source_row(
    kind: str,
    path: Path,
    sha256: str,
    total: int,
    accepted: int,
    rejected: int,
    officer_id: int | None,
) -> ReferenceSource:
    """The row that records one loaded file, imported now (not in force until put so)."""
    return ReferenceSource(
        kind=kind,
        file_name=path.name,
        sha256=sha256,
        rows_total=total,
        rows_accepted=accepted,
        rows_rejected=rejected,
        imported_at=utcnow(),
        imported_by=officer_id,
    )


def _put_in_force(tx: Transaction, actor: Actor, source: ReferenceSource) -> int:
    """Mark the new file as the one in force and audit the import, in the load's transaction."""
    source_id = reference.put_in_force(tx, source)
    record_event(
        tx,
        actor,
        "reference.imported",
        "reference_source",
        str(source_id),
        {
            "kind": source.kind,
            "rows": source.rows_accepted,
            "rejected": source.rows_rejected,
            "sha256": source.sha256,
        },
    )
    tx.flush()
    return source_id


def sources_in_force(uow: UnitOfWork) -> dict[str, ReferenceSource]:
    """The reference file in force for each kind (which file, when, how many rows)."""
    with uow.transaction() as tx:
        return reference.sources_in_force(tx)
