"""The BPJS round trip: ``ucj-hub export-bpjs`` and ``ucj-hub import-bpjs``.

Export: the seated workers not yet sent become the next numbered file, marked sent in the same
transaction; the file is then written from the database alone (rows in seat order), so a kill
between the commit and the file is mended by running the command again, which writes the same
file once more (same bytes). Import: every row of BPJS's answer must match a worker sent and
not yet answered, or the whole file is refused with the lines that do not; a KPJ enrolls the
worker (coverage from the first of next month, for the months the file paid) with a card token
the hub signs; a rejection returns the record with BPJS's words and frees its seat.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.hub.bpjs_file import BpjsRow, load_column_map, read_bpjs_result, write_bpjs_file
from ucj_desktop.hub.settings import months_paid
from ucj_desktop.store.hub_models import HubBpjsFile, HubBpjsResult, utc
from ucj_desktop.store.repos import hub_bpjs, hub_intake, hub_outcomes
from ucj_desktop.store.repos.hub_outcomes import SeatRow
from ucj_desktop.sync.card_token import CardClaims, issue_card_token

COLUMN_MAP = "kolektif_bpu_v1"
MAX_LISTED_LINES = 20


@dataclass(frozen=True)
class BpjsExport:
    file_id: int
    rows: int
    path: Path
    again: bool  # nothing new: the newest unanswered file written once more
    completed: bool = False  # a file a kill left unwritten, written now (run again for new seats)


@dataclass(frozen=True)
class BpjsImport:
    enrolled: int
    rejected: int
    already: bool


def _bpjs_row(seat: SeatRow) -> BpjsRow:
    area = kelurahan_by_code(seat.kelurahan_code)
    return BpjsRow(
        nik=seat.nik,
        full_name=seat.full_name,
        birth_date=seat.birth_date,
        phone=seat.phone,
        occupations=seat.occupations,
        kelurahan_name=area.name if area else seat.kelurahan_code,
        declared_income=seat.declared_income,
    )


def export_bpjs(hub: Hub, out: Path) -> BpjsExport:
    """Write the next BPJS file; first, one a kill left recorded but unwritten (its workers are
    marked sent: BPJS must get it before anything else), then the run stops there and says so."""
    # A killed write's temp copy (the whole file: NIKs, names) must not stay on the stick:
    # the write below (atomic_path) removes dead temp files of its kind first.
    completed = False
    with hub.transaction() as tx:
        hub_intake.hub_info(tx, lock=True)
        unwritten = hub_bpjs.unwritten_bpjs_file(tx)
        seats = [] if unwritten else hub_outcomes.seated(tx, state="allocated")
        again = not seats
        if unwritten is not None:
            file_id, completed = unwritten.id, True
        elif again:
            last = hub_bpjs.newest_unanswered_file(tx)
            if last is None:
                raise DomainError("hub.nothing_to_send")
            file_id = last.id
        else:
            previous = hub_bpjs.last_bpjs_file(tx)
            file_id = 1 if previous is None else previous.id + 1
            hub_bpjs.add_bpjs_file(
                tx,
                HubBpjsFile(
                    id=file_id,
                    created_at=utc(),
                    row_count=len(seats),
                    months=months_paid(tx),
                    column_map=COLUMN_MAP,
                ),
            )
            hub_outcomes.set_outcomes(
                tx,
                [
                    {
                        "submission_id": s.submission_id,
                        "state": "sent",
                        "bpjs_file": file_id,
                        "bpjs_line": line,
                    }
                    for line, s in enumerate(seats, start=1)
                ],
            )
            record_hub_event(tx, "bpjs.file_made", "bpjs_file", str(file_id), {"rows": len(seats)})
            tx.commit()
        made = hub_bpjs.bpjs_file(tx, file_id)
        assert made is not None
        # A file just made holds the seats read above, in their order (its lines); another
        # is read back as it was made.
        carried = seats or hub_outcomes.file_rows(tx, file_id)
        rows = [_bpjs_row(s) for s in carried]
    digest = write_bpjs_file(
        rows, out, hub.root, months=made.months, column_map=load_column_map(made.column_map)
    )
    with hub.transaction() as tx:
        hub_bpjs.set_bpjs_file_digest(tx, file_id, digest)
        record_hub_event(
            tx, "bpjs.file_written", "bpjs_file", str(file_id), {"sha256": digest, "again": again}
        )
        tx.commit()
    return BpjsExport(file_id, len(rows), out, again and not completed, completed)


def _month_start(year: int, month: int) -> date:
    """The first day of ``month`` (which may run past 12) of ``year``."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def coverage_period(imported: date, months: int) -> tuple[date, date]:
    """From the first day of the month after ``imported``, for ``months`` whole months."""
    start = _month_start(imported.year, imported.month + 1)
    end = _month_start(start.year, start.month + months) - timedelta(days=1)
    return start, end


def import_bpjs(hub: Hub, path: Path) -> BpjsImport:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DomainError("file.not_found", field="file") from None
    digest = hashlib.sha256(data).hexdigest()
    with hub.transaction() as tx:
        if hub_bpjs.bpjs_result(tx, digest) is not None:
            return BpjsImport(0, 0, True)
    results = read_bpjs_result(path)
    key, keys = hub.signing_keys()
    signer = keys.signer()
    with hub.transaction() as tx:
        hub_intake.hub_info(tx, lock=True)
        if hub_bpjs.bpjs_result(tx, digest) is not None:
            return BpjsImport(0, 0, True)
        sent = hub_outcomes.sent_by_nik(tx)
        unmatched = [r.line for r in results if r.nik not in sent]
        if unmatched:
            raise DomainError(
                "hub.bpjs_unmatched",
                field="file",
                count=len(unmatched),
                lines=", ".join(str(n) for n in unmatched[:MAX_LISTED_LINES]),
            )
        kpjs: dict[str, int] = {}
        for r in results:
            if r.kpj is not None and kpjs.setdefault(r.kpj, r.line) != r.line:
                raise DomainError(
                    "hub.bpjs_kpj_twice", field="file", lines=f"{kpjs[r.kpj]}, {r.line}"
                )
        today = utc().date()
        files = {
            n: f
            for n in {seat.bpjs_file or 0 for seat in sent.values()}
            if (f := hub_bpjs.bpjs_file(tx, n)) is not None
        }
        enrolled: list[dict[str, object]] = []
        rejected: list[dict[str, object]] = []
        for r in results:
            seat = sent[r.nik]
            if r.kpj is None:
                rejected.append(
                    {
                        "submission_id": seat.submission_id,
                        "state": "returned",
                        "reason": "hub.bpjs_rejected",
                        "note": (r.reason or "")[:300],
                    }
                )
                continue
            file_row = files.get(seat.bpjs_file or 0)
            start, end = coverage_period(today, file_row.months if file_row else 3)
            token = issue_card_token(
                CardClaims(
                    kpj=r.kpj,
                    nik_masked=mask_nik(seat.nik),
                    name=seat.full_name,
                    coverage_end=end,
                    office=seat.office_code,
                ),
                signer,
            )
            enrolled.append(
                {
                    "submission_id": seat.submission_id,
                    "state": "enrolled",
                    "kpj": r.kpj,
                    "coverage_start": start,
                    "coverage_end": end,
                    "card_token": token,
                }
            )
        answered = hub_bpjs.answer_sent(tx, enrolled) + hub_bpjs.answer_sent(tx, rejected)
        if answered != len(results):  # the lock above makes this impossible; never half apply
            raise DomainError("hub.bpjs_answered_meanwhile", field="file")
        hub_outcomes.release_seats(tx, [int(str(r["submission_id"])) for r in rejected])
        hub_bpjs.add_bpjs_result(
            tx,
            HubBpjsResult(
                sha256=digest, imported_at=utc(), enrolled=len(enrolled), rejected=len(rejected)
            ),
        )
        record_hub_event(
            tx,
            "bpjs.result_imported",
            "bpjs_result",
            digest[:16],
            {"enrolled": len(enrolled), "rejected": len(rejected), "hub_key": key.id},
        )
        tx.commit()
    return BpjsImport(len(enrolled), len(rejected), False)
