"""One reference import as the reference screen runs it off the GUI thread: what to import
(``ImportJob``), the worker-thread body, and the stop on a header whose columns need a mapping
(``NeedsMapping``, which carries the header to the column-map dialog). No Qt."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.tabular_reader import open_rows
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.reference_import import ImportReport, import_reference
from ucj_desktop.services.store_access import OpenStore

if TYPE_CHECKING:  # the task runner is Qt; this module needs only the callback's type
    from ucj_desktop.gui.task_runner import Progress

MAPPING_CODES = ("columns.missing", "columns.duplicate")


@dataclass(frozen=True)
class ImportJob:
    kind: str
    path: Path
    mapping: Mapping[str, str] | None
    accept_valid: bool

    def with_mapping(self, mapping: Mapping[str, str]) -> ImportJob:
        """The same file again, its columns mapped as the officer chose."""
        return ImportJob(self.kind, self.path, dict(mapping), self.accept_valid)


class NeedsMapping(Exception):
    """The import stopped on the file's header; carries the header for the mapping dialog."""

    def __init__(self, problem: DomainError, header: Sequence[str]) -> None:
        super().__init__(problem.code)
        self.problem = problem
        self.header = list(header)


def run_import_job(
    opened: OpenStore,
    who: OfficerSession,
    job: ImportJob,
    batch_size: int,
    progress: Progress,
    cancel: threading.Event,
) -> ImportReport:
    """Worker-thread body: the import, and the file's header when the columns need a mapping."""
    try:
        return import_reference(
            opened,
            who,
            job.kind,
            job.path,
            mapping=job.mapping,
            accept_valid=job.accept_valid,
            progress=progress,
            cancel=cancel,
            batch_size=batch_size,
        )
    except DomainError as exc:
        if exc.code not in MAPPING_CODES:
            raise
        with open_rows(job.path) as stream:
            header = stream.header
        raise NeedsMapping(exc, header) from exc
