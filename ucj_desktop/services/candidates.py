"""Candidate lists from other offices (Dinsos, Dishub, Dinkop-UMKM, ojol platforms) become
draft registrations, after the same field checks as the counter form.

What a list lacks is taken from the DTSEN extract (name, No. KK, birth date, sex, address,
RT/RW, kelurahan); consent is left for the counter, where the worker gives it before the
draft is submitted. Like reference imports: one transaction, all-or-nothing unless
``accept_valid``, every rejected row reported with line, column and reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.reference_rows import (
    CANDIDATE_FIELDS,
    CANDIDATE_REQUIRED,
    map_columns,
    parse_date,
)
from ucj_desktop.domain.registration_form import (
    RegistrationInput,
    occupations_from,
    validate_registration,
)
from ucj_desktop.domain.spreadsheet import clean_cell
from ucj_desktop.domain.status import Status
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.files.tabular_reader import inspect_file, open_rows
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.reference_import import SAMPLE_LIMIT, ErrorReport, source_row
from ucj_desktop.services.registrations import stored_person_fields
from ucj_desktop.services.settings import program_config
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import Registration
from ucj_desktop.store.repos.reference import DtsenPerson, dtsen_person
from ucj_desktop.store.repos.registrations import live_registration
from ucj_desktop.store.unit_of_work import Transaction


@dataclass(frozen=True)
class CandidateReport:
    file_name: str
    sha256: str
    rows_total: int
    drafts_created: int
    rows_rejected: int
    applied: bool
    draft_ids: tuple[str, ...]
    rejected_sample: tuple[RejectedRow, ...]
    error_report: Path | None


def _income(text: str, default: int) -> int | None:
    digits = text.replace(".", "").replace(",", "").replace("Rp", "").strip()
    if not digits:
        return default
    return int(digits) if digits.isdigit() else None


def import_candidates(
    opened: OpenStore,
    who: OfficerSession,
    path: Path,
    *,
    category: str | None = None,
    mapping: Mapping[str, str] | None = None,
    accept_valid: bool = False,
    today: date | None = None,
    config: ProgramConfig | None = None,
) -> CandidateReport:
    """Drafts for every valid candidate row; see the module docstring."""
    actor = authorize(opened, who, Permission.REGISTRATION_CREATE)
    config = config or program_config(opened)
    today = today or date.today()
    facts = inspect_file(path)
    report = ErrorReport(path, opened.paths.root / "reports")
    sample: list[RejectedRow] = []
    created: list[str] = []
    n_total = n_rejected = 0
    dates: dict[str, date | None] = {}
    with report.discarded_on_error(), open_rows(path, facts) as stream, opened.transaction() as tx:
        columns = map_columns(stream.header, CANDIDATE_FIELDS, CANDIDATE_REQUIRED, mapping)
        header_of = {name: stream.header[i] for name, i in columns.index.items()}
        seen: dict[str, int] = {}

        def cell(cells: list[str], name: str) -> str:
            i = columns.index.get(name)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        def reject(line: int, field: str, code: str, values: Mapping[str, object]) -> None:
            nonlocal n_rejected
            n_rejected += 1
            row = RejectedRow(line, header_of.get(field, field), field, code, dict(values))
            report.add(row)
            if len(sample) < SAMPLE_LIMIT:
                sample.append(row)

        for line, cells in stream.rows:
            n_total += 1
            nik = clean_cell(cell(cells, "nik"))
            person = dtsen_person(tx, nik) if len(nik) == 16 else None

            def pick(
                name: str,
                dtsen_key: str,
                cells: list[str] = cells,
                person: DtsenPerson | None = person,
            ) -> str:
                known = getattr(person, dtsen_key) if person else None
                return cell(cells, name) or str(known or "")

            birth_text = cell(cells, "birth_date")
            birth = parse_date(birth_text, dates) if birth_text else None
            if birth_text and birth is None:
                reject(line, "birth_date", "date.invalid", {})
                continue
            if birth is None and person is not None:
                birth = person.birth_date
            income = _income(cell(cells, "declared_income"), config.min_declared_income)
            if income is None:
                reject(line, "declared_income", "income.not_integer", {})
                continue
            jobs = occupations_from(cell(cells, "occupations")) or ((category,) if category else ())
            data = RegistrationInput(
                nik=nik,
                kk_number=pick("kk_number", "kk_number"),
                full_name=pick("full_name", "full_name"),
                birth_date=birth,
                sex=pick("sex", "sex") or None,
                phone=cell(cells, "phone") or None,
                address=pick("address", "address"),
                rt=pick("rt", "rt"),
                rw=pick("rw", "rw"),
                kelurahan_code=pick("kelurahan", "kelurahan_code"),
                occupations=tuple(j.upper() for j in jobs),
                declared_income=income,
                consent=False,
            )
            clean, problems = validate_registration(data, config, today, require_consent=False)
            if problems:
                first = problems[0]
                field = "kelurahan" if first.field == "kelurahan_code" else first.field
                reject(line, field, first.code, first.values)
                continue
            assert clean is not None
            if clean.nik in seen:
                reject(line, "nik", "nik.duplicate_in_file", {"first_line": seen[clean.nik]})
                continue
            seen[clean.nik] = line
            if live_registration(tx, clean.nik) is not None:
                reject(line, "nik", "registration.duplicate", {})
                continue
            row = Registration(
                id=str(uuid.uuid4()),
                status=Status.DRAFT.value,
                created_by=who.officer_id,
                **stored_person_fields(clean),
                consent=False,
                desil=person.desil if person else None,
                config_version=config.version,  # the settings its fields were checked by
            )
            tx.add(row)
            tx.flush()
            record_event(
                tx,
                actor,
                "registration.created",
                "registration",
                row.id,
                {"source": "candidates"},
            )
            created.append(row.id)
        if n_total == 0:
            raise DomainError("file.no_rows", field="file")
        applied = bool(created) and (n_rejected == 0 or accept_valid)
        if applied:
            _record(tx, actor.officer_id, path, facts.sha256, n_total, len(created), n_rejected)
            record_event(
                tx,
                actor,
                "candidates.imported",
                "reference_source",
                None,
                {"drafts": len(created), "rejected": n_rejected},
            )
            tx.commit()
        else:
            tx.rollback()
    return CandidateReport(
        path.name,
        facts.sha256,
        n_total,
        len(created) if applied else 0,
        n_rejected,
        applied,
        tuple(created) if applied else (),
        tuple(sample),
        report.finish(),
    )


def _record(
    tx: Transaction,
    officer_id: int | None,
    path: Path,
    sha256: str,
    total: int,
    accepted: int,
    rejected: int,
) -> None:
    # Candidate lists add drafts; none replaces another, so none is "in force".
    tx.add(source_row("candidates", path, sha256, total, accepted, rejected, officer_id))
