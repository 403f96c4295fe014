"""The BPJS round trip's rows: the collective files sent (hub_bpjs_file), the result files
applied (hub_bpjs_result), and BPJS's answers written to the workers it was sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import update
from sqlmodel import col, select

from ucj_desktop.store.hub_models import HubBpjsFile, HubBpjsResult, HubOutcome
from ucj_desktop.store.repos import hub_outcomes
from ucj_desktop.store.unit_of_work import Transaction


def answer_sent(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> int:
    """BPJS's answers: ``set_outcomes`` for workers still in state ``sent`` only (a word
    another writer gave meanwhile is never overwritten). Returns how many rows changed."""
    return hub_outcomes.set_outcomes(tx, rows, only_state="sent")


def newest_unanswered_file(tx: Transaction) -> HubBpjsFile | None:
    """The newest BPJS file some of whose workers still wait for BPJS's answer."""
    waiting = select(HubOutcome.bpjs_file).where(col(HubOutcome.state) == "sent")
    return tx.exec(
        select(HubBpjsFile)
        .where(col(HubBpjsFile.id).in_(waiting))
        .order_by(col(HubBpjsFile.id).desc())
    ).first()


def last_bpjs_file(tx: Transaction) -> HubBpjsFile | None:
    return tx.exec(select(HubBpjsFile).order_by(col(HubBpjsFile.id).desc())).first()


def bpjs_file(tx: Transaction, file_id: int) -> HubBpjsFile | None:
    return tx.get(HubBpjsFile, file_id)


def add_bpjs_file(tx: Transaction, made: HubBpjsFile) -> None:
    """Record a BPJS file (flushed: its outcomes then name it)."""
    tx.add(made)
    tx.flush()


def set_bpjs_file_digest(tx: Transaction, file_id: int, digest: str) -> None:
    """The SHA-256 of the file as written (set once: the same rows give the same bytes)."""
    table = HubBpjsFile.__table__  # type: ignore[attr-defined]
    tx.connection().execute(
        update(table)
        .where(table.c.id == file_id, table.c.sha256.is_distinct_from(digest))
        .values(sha256=digest)
    )


def bpjs_result(tx: Transaction, digest: str) -> HubBpjsResult | None:
    return tx.get(HubBpjsResult, digest)


def add_bpjs_result(tx: Transaction, result: HubBpjsResult) -> None:
    tx.add(result)


def unwritten_bpjs_file(tx: Transaction) -> HubBpjsFile | None:
    """The oldest BPJS file recorded but never written (a kill after its commit)."""
    return tx.exec(
        select(HubBpjsFile).where(col(HubBpjsFile.sha256).is_(None)).order_by(col(HubBpjsFile.id))
    ).first()
