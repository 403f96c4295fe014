"""The print queue: enrolled workers waiting for a card, print runs, reprints, hand-over.

A print run writes one PDF (10-up card sheets, or one certificate per page) and records who
printed what in the audit trail; printing a card again needs a reason, which is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.status import Status
from ucj_desktop.printing.cards import CardData, render_card_sheets
from ucj_desktop.printing.certificate import render_certificates
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_events
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import Registration, utcnow

KINDS = ("cards", "certificates")


@dataclass(frozen=True)
class QueueEntry:
    id: str
    full_name: str
    kpj: str
    coverage_end: date | None
    printed: int
    handed_over: bool


def print_queue(
    opened: OpenStore, who: OfficerSession, include_printed: bool = False
) -> list[QueueEntry]:
    """Enrolled workers whose card has not been printed yet (or all enrolled ones)."""
    authorize(opened, who, Permission.PRINT)
    with opened.store.session() as session:
        stmt = select(Registration).where(col(Registration.status) == Status.ENROLLED.value)
        if not include_printed:
            stmt = stmt.where(col(Registration.card_prints) == 0)
        rows = session.exec(stmt.order_by(col(Registration.updated_at))).all()
        return [
            QueueEntry(
                r.id,
                r.full_name,
                r.kpj or "",
                r.coverage_end,
                r.card_prints,
                r.card_handed_at is not None,
            )
            for r in rows
        ]


def _card(row: Registration, today: date) -> CardData:
    if (
        row.kpj is None
        or row.coverage_start is None
        or row.coverage_end is None
        or not row.card_token
    ):
        raise DomainError("print.not_enrolled", field="ids", id=row.id)
    area = kelurahan_by_code(row.kelurahan_code)
    return CardData(
        row.full_name,
        row.kpj,
        row.nik,
        area.name if area else row.kelurahan_code,
        row.coverage_start,
        row.coverage_end,
        today,
        row.card_token,
    )


def print_documents(
    opened: OpenStore,
    who: OfficerSession,
    kind: str,
    out: Path,
    ids: Sequence[str] | None = None,
    reprint_reason: str = "",
    today: date | None = None,
) -> int:
    """Print cards or certificates for ``ids`` (default: the whole queue) into ``out``."""
    actor = authorize(opened, who, Permission.PRINT)
    if kind not in KINDS:
        raise DomainError("print.unknown_kind", field="kind", kind=kind)
    today = today or date.today()
    with opened.store.session() as session:
        if ids:
            rows = list(session.exec(select(Registration).where(col(Registration.id).in_(ids))))
            missing = set(ids) - {r.id for r in rows}
            if missing:
                raise DomainError("registration.unknown", field="ids", count=len(missing))
        else:
            rows = list(
                session.exec(
                    select(Registration)
                    .where(
                        col(Registration.status) == Status.ENROLLED.value,
                        col(Registration.card_prints) == 0,
                    )
                    .order_by(col(Registration.updated_at))
                )
            )
        if not rows:
            raise DomainError("print.nothing")
        cards = [_card(r, today) for r in rows]
        reprints = [r.id for r in rows if r.card_prints > 0]
        reason = " ".join(reprint_reason.split())
        if kind == "cards" and reprints and not reason:
            raise DomainError("print.reprint_reason", field="reason", count=len(reprints))
        try:
            if kind == "cards":
                render_card_sheets(out, cards)
            else:
                render_certificates(out, cards)
        except OSError as exc:
            raise DomainError("print.write_failed", field="out", reason=exc.strerror or "") from exc
        if kind == "cards":
            now = utcnow()
            for row in rows:
                row.card_prints += 1
                row.card_printed_at = now
                session.add(row)
            first = [r.id for r in rows if r.id not in reprints]
            record_events(session, actor, "card.printed", "registration", first)
            record_events(
                session, actor, "card.reprinted", "registration", reprints, {"reason": reason[:200]}
            )
        else:
            record_events(
                session, actor, "certificate.printed", "registration", [r.id for r in rows]
            )
        session.commit()
    return len(rows)


def hand_over(opened: OpenStore, who: OfficerSession, ids: Sequence[str]) -> int:
    """Record that the worker received the printed card (who handed it over, when)."""
    actor = authorize(opened, who, Permission.PRINT)
    with opened.store.session() as session:
        rows = list(session.exec(select(Registration).where(col(Registration.id).in_(ids))))
        if len(rows) != len(set(ids)):
            raise DomainError("registration.unknown", field="ids")
        not_printed = [r.id for r in rows if r.card_prints == 0]
        if not_printed:
            raise DomainError("print.not_printed", field="ids", count=len(not_printed))
        now = utcnow()
        for row in rows:
            row.card_handed_at, row.card_handed_by = now, who.officer_id
            session.add(row)
        record_events(session, actor, "card.handed_over", "registration", [r.id for r in rows])
        session.commit()
        return len(rows)
