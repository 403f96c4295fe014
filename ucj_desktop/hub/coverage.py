"""``ucj-hub import coverage FILE``: the city's list of workers already covered by another
payer, read by the office's own reader (files/reference_reader.py: CSV or XLSX, header
mapping, Excel habits, bounded memory) and taken whole or not at all."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.reference_reader import ChunkSource, produce_chunks
from ucj_desktop.files.tabular_reader import inspect_file
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.store.repos import hub_intake

MAX_LISTED = 20


@dataclass(frozen=True)
class CoverageImport:
    rows: int
    niks: int  # distinct


def import_coverage(
    hub: Hub, path: Path, mapping: Mapping[str, str] | None = None, today: date | None = None
) -> CoverageImport:
    if not path.is_file():
        raise DomainError("file.not_found", field="file")
    facts = inspect_file(path)
    niks: list[str] = []
    bad: list[str] = []
    read = 0
    source = ChunkSource(path, facts, "coverage", mapping, today or date.today(), 5000)
    for chunk in produce_chunks(source):
        niks.extend(str(row[0]) for row in chunk.rows)
        bad.extend(f"{r.line} ({r.column}: {r.code})" for r in chunk.rejected)
        read = chunk.rows_read
    if bad:
        raise DomainError(
            "hub.coverage_rejected",
            field="file",
            count=len(bad),
            lines="; ".join(bad[:MAX_LISTED]),
        )
    if read == 0:
        raise DomainError("file.no_rows", field="file")
    with hub.transaction() as tx:
        count = hub_intake.replace_coverage(tx, niks)
        record_hub_event(
            tx,
            "coverage.imported",
            "coverage",
            facts.sha256[:16],
            {"rows": read, "niks": count, "file": path.name},
        )
        tx.commit()
    return CoverageImport(read, count)
