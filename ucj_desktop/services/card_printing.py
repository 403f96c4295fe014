"""The print queue: enrolled workers waiting for a card, print runs, reprints, hand-over.

A print run happens in two steps so that a preview costs nothing: ``prepare_print`` draws the
PDF in memory (no file, no state change), and ``record_print`` records, once the officer has
sent it to a printer or saved it, who printed what in the audit trail. Printing a card again
needs a reason, which is audited. ``print_documents`` does both for the command line.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.printing.cards import CardData, render_card_sheets, render_single_cards
from ucj_desktop.printing.certificate import render_certificates
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_events
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_keys import trusted_hub_signers
from ucj_desktop.store.models import Registration, utcnow
from ucj_desktop.store.repos import cards as card_repo
from ucj_desktop.store.repos import office as office_repo
from ucj_desktop.store.repos.cards import SCOPES as SCOPES
from ucj_desktop.store.repos.registrations import registrations_by_id
from ucj_desktop.store.unit_of_work import Transaction, UnitOfWork
from ucj_desktop.sync.card_token import CardClaims, verify_card_tokens

KINDS = ("cards", "certificates")
LAYOUTS = ("sheet", "single")  # 10-up A4 sheets, or one ID-1 card per page (card printer)
DESTINATIONS = ("printer", "pdf")


@dataclass(frozen=True)
class QueueEntry:
    id: str
    full_name: str
    nik_masked: str
    kpj: str
    coverage_end: date | None
    printed: int
    printed_at: datetime | None
    handed_at: datetime | None
    handed_by: str  # the officer's full name, "" while not handed over

    @property
    def handed_over(self) -> bool:
        return self.handed_at is not None


@dataclass(frozen=True)
class PrintRequest:
    """What to print: the ``kind`` (cards or certificates) for the registrations ``ids``
    (None: every card not yet printed), in the ``layout`` (10-up sheets or single cards),
    dated as of ``today`` (None: the computer's)."""

    kind: str
    ids: Sequence[str] | None = None
    layout: str = "sheet"
    today: date | None = None


@dataclass(frozen=True)
class PrintRun:
    """A drawn print run, not yet recorded: the PDF and which records it holds."""

    kind: str
    layout: str
    ids: tuple[str, ...]
    reprints: tuple[str, ...]  # cards among ``ids`` printed before (need a reason)
    pdf: bytes

    @property
    def count(self) -> int:
        return len(self.ids)


def print_queue(uow: UnitOfWork, who: OfficerSession, scope: str = "waiting") -> list[QueueEntry]:
    """Enrolled workers, oldest enrolment first: ``waiting`` for a first card, printed but
    ``not_handed`` over yet, or ``all`` of them."""
    authorize(uow, who, Permission.PRINT)
    if scope not in SCOPES:
        raise DomainError("print.unknown_scope", field="scope", scope=scope)
    with uow.transaction() as tx:
        rows = card_repo.print_queue(tx, scope)
    return [
        QueueEntry(
            r.id,
            r.full_name,
            mask_nik(r.nik),
            r.kpj or "",
            r.coverage_end,
            r.printed,
            r.printed_at,
            r.handed_at,
            r.handed_by or "",
        )
        for r in rows
    ]


def _card(
    row: Registration, today: date, claims: CardClaims | str, office: str, issuer: str
) -> CardData:
    if row.kpj is None or row.coverage_start is None or row.coverage_end is None:
        raise DomainError("print.not_enrolled", field="ids", id=row.id)
    # Checked again before paper, as at ack import: a card whose QR would not verify at a
    # checkpoint, or would speak of another record, is never printed. The name printed is the
    # token's, the spelling the hub enrolled (it may have corrected ours from Dukcapil data),
    # so the card face and its QR always agree.
    if isinstance(claims, str) or claims.disagreement(
        kpj=row.kpj, nik=row.nik, coverage_end=row.coverage_end, office=office
    ):
        raise DomainError("print.bad_token", field="ids", id=row.id[:8])
    assert row.card_token is not None
    area = kelurahan_by_code(row.kelurahan_code)
    return CardData(
        claims.name,
        row.kpj,
        row.nik,
        area.name if area else row.kelurahan_code,
        area.kecamatan_name if area else "",
        row.coverage_start,
        row.coverage_end,
        today,
        row.card_token,
        issuer,
    )


def _rows(tx: Transaction, ids: Sequence[str]) -> list[Registration]:
    wanted = list(dict.fromkeys(ids))  # the officer's order, each record once
    found = registrations_by_id(tx, wanted)
    missing = [rid for rid in wanted if rid not in found]
    if missing:
        raise DomainError("registration.unknown", field="ids", count=len(missing))
    return [found[rid] for rid in wanted]


def prepare_print(
    opened: OpenStore,
    who: OfficerSession,
    request: PrintRequest,
    progress: Callable[[int, int], object] | None = None,
) -> PrintRun:
    """Draw the cards or certificates ``request`` asks for into an in-memory PDF. Nothing is
    written to disk and nothing is recorded. The cards name this store's office as their
    issuer; a demo store's say so on every page."""
    kind, ids, layout = request.kind, request.ids, request.layout
    authorize(opened, who, Permission.PRINT)
    if kind not in KINDS:
        raise DomainError("print.unknown_kind", field="kind", kind=kind)
    if layout not in LAYOUTS:
        raise DomainError("print.unknown_layout", field="layout", layout=layout)
    today = request.today or date.today()
    with opened.transaction() as tx:
        rows = _rows(tx, ids) if ids else card_repo.waiting_for_card(tx)
        if not rows:
            raise DomainError("print.nothing")
        missing = [r.id for r in rows if not r.card_token or r.kpj is None]
        if missing:
            raise DomainError("print.not_enrolled", field="ids", id=missing[0])
        tokens = [r.card_token or "" for r in rows]
        verified = verify_card_tokens(tokens, trusted_hub_signers(opened))
        office = opened.manifest.office_code
        issuer = office_repo.the_office(tx).name
        cards = [_card(r, today, c, office, issuer) for r, c in zip(rows, verified, strict=True)]
        reprints = tuple(r.id for r in rows if r.card_prints > 0)
    buffer = io.BytesIO()
    demo = opened.manifest.demo
    if kind == "certificates":
        render_certificates(buffer, cards, progress=progress, demo=demo)
    elif layout == "single":
        render_single_cards(buffer, cards, progress=progress, demo=demo)
    else:
        render_card_sheets(buffer, cards, progress=progress, demo=demo)
    return PrintRun(
        kind,
        layout,
        tuple(r.id for r in rows),
        reprints if kind == "cards" else (),
        buffer.getvalue(),
    )


def _reason(text: str) -> str:
    return " ".join(text.split())[:200]


def record_print(
    uow: UnitOfWork,
    who: OfficerSession,
    run: PrintRun,
    destination: str,
    reprint_reason: str = "",
    write: Callable[[], object] | None = None,
) -> int:
    """Record that ``run`` went to a printer or into a PDF file: cards count as printed (first
    prints and reprints audited apart, reprints with their reason); certificates are audited.

    ``write`` (optional) puts the output out once the records are staged and before they are
    committed, so a failed write leaves no record and a failed record no unrecorded file."""
    actor = authorize(uow, who, Permission.PRINT)
    if destination not in DESTINATIONS:
        raise DomainError("print.unknown_destination", field="destination")
    reason = _reason(reprint_reason)
    with uow.transaction() as tx:
        rows = _rows(tx, run.ids)
        detail: dict[str, object] = {"to": destination, "layout": run.layout}
        if run.kind == "certificates":
            record_events(tx, actor, "certificate.printed", "registration", list(run.ids), detail)
            if write is not None:
                write()
            tx.commit()
            return run.count
        # Read again: another officer may have printed some of these since the preview. The
        # paper is out by now, so those are recorded as reprints marked as such; the reason is
        # required (before any paper, see check_reprint_reason) for the reprints the run knew.
        check_reprint_reason(run, reason)
        reprints = [r.id for r in rows if r.card_prints > 0]
        first = [r.id for r in rows if r.card_prints == 0]
        known = set(run.reprints)
        unforeseen = [rid for rid in reprints if rid not in known]
        now = utcnow()
        # A reprinted card (lost, damaged) has to reach its worker again: hand-over cleared;
        # the earlier hand-over stays in the audit trail.
        card_repo.record_printed(tx, rows, now)
        record_events(tx, actor, "card.printed", "registration", first, detail)
        record_events(
            tx,
            actor,
            "card.reprinted",
            "registration",
            [rid for rid in reprints if rid in known],
            {**detail, "reason": reason},
        )
        record_events(
            tx,
            actor,
            "card.reprinted",
            "registration",
            unforeseen,
            {**detail, "reason": reason, "printed_elsewhere_during_preview": True},
        )
        if write is not None:
            write()  # inside the transaction: a file that cannot be written records nothing
        tx.commit()
    return run.count


def check_reprint_reason(run: PrintRun, reprint_reason: str) -> None:
    """Refuse early (before any paper or file) a card reprint that names no reason."""
    if run.reprints and not _reason(reprint_reason):
        raise DomainError("print.reprint_reason", field="reason", count=len(run.reprints))


def save_pdf(run: PrintRun, out: Path) -> None:
    """Write the run's PDF to ``out`` durably; on failure no partial file is left behind."""
    try:
        if not out.parent.is_dir():  # a folder that is gone is an error, never made anew here
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(out.parent))
        atomic_write(out, run.pdf)
    except OSError as exc:
        raise DomainError("print.write_failed", field="out", reason=exc.strerror or "") from exc


def print_documents(
    opened: OpenStore,
    who: OfficerSession,
    request: PrintRequest,
    out: Path,
    reprint_reason: str = "",
) -> int:
    """Print what ``request`` asks for (by default the whole queue) into the PDF ``out`` and
    record the run (the command line's one step)."""
    run = prepare_print(opened, who, request)
    return save_and_record_pdf(opened, who, run, out, reprint_reason)


def save_and_record_pdf(
    uow: UnitOfWork, who: OfficerSession, run: PrintRun, out: Path, reprint_reason: str = ""
) -> int:
    """Write the run's PDF to ``out`` and record it, both or neither: the file is written
    inside the recording transaction and removed again if the commit fails."""
    check_reprint_reason(run, reprint_reason)
    # A file the officer chose to overwrite stays until the new one is recorded.
    previous = out.with_name(f".{out.name}.previous")
    kept = out.is_file()
    try:
        if kept:
            out.replace(previous)
    except OSError as exc:
        raise DomainError("print.write_failed", field="out", reason=exc.strerror or "") from exc
    try:
        count = record_print(uow, who, run, "pdf", reprint_reason, lambda: save_pdf(run, out))
    except BaseException:
        if out.exists() and out.read_bytes() == run.pdf:  # written, then the commit failed
            out.unlink()
        if kept:
            previous.replace(out)
        raise
    if kept:
        previous.unlink(missing_ok=True)
    return count


def hand_over(uow: UnitOfWork, who: OfficerSession, ids: Sequence[str]) -> int:
    """Record that the worker received the printed card (who handed it over, when)."""
    actor = authorize(uow, who, Permission.PRINT)
    if not ids:
        raise DomainError("print.nothing_selected", field="ids")
    with uow.transaction() as tx:
        rows = _rows(tx, ids)
        not_printed = [r.id for r in rows if r.card_prints == 0]
        if not_printed:
            raise DomainError("print.not_printed", field="ids", count=len(not_printed))
        handed = [r.id for r in rows if r.card_handed_at is not None]
        if handed:  # the first hand-over stands; a reprint clears it for the next one
            raise DomainError("print.already_handed", field="ids", count=len(handed))
        row_ids = [r.id for r in rows]
        card_repo.record_handed_over(tx, row_ids, who.officer_id, utcnow())
        record_events(tx, actor, "card.handed_over", "registration", row_ids)
        tx.commit()
        return len(rows)
