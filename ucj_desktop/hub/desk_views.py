"""What the hub desk's screens show, as named values (words are the GUI's): the offices and
their laptops, the quota and the waiting line, the BPJS files and a result file's lines that
match no worker sent, the acks and what each carried, the hub's trail.

Each function reads in one short transaction through store/repos/hub_desk.py and
hub_lines.py. Those marked *background* read every outcome of the city and belong on the task
runner's read workers; the rest answer from indexes and small tables, so a screen opens at
once on a hub of a million records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ucj_desktop.domain.allocation import in_priority
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.hub_watch import (
    Cutoff,
    WaitReason,
    days_silent,
    is_silent,
    why_waiting,
)
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.hub.audit import check_hub_chain
from ucj_desktop.hub.bpjs import COLUMN_MAP
from ucj_desktop.hub.bpjs_file import load_column_map, read_bpjs_result
from ucj_desktop.hub.desk import HubDesk
from ucj_desktop.hub.ingest_store import gaps_in
from ucj_desktop.hub.settings import program_config
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.store.hub_models import utc
from ucj_desktop.store.repos import hub_desk, hub_intake, hub_lines, hub_outcomes
from ucj_desktop.store.repos.hub_desk import Laptop, PackageRow, TrailRow
from ucj_desktop.store.repos.hub_lines import AckRow, BpjsFileRow, LinePerson, NikStanding

__all__ = [
    "AckRow",
    "BpjsFileRow",
    "Laptop",
    "LinePerson",
    "NikStanding",
    "PackageRow",
    "TrailRow",
]


def hub_name(desk: HubDesk) -> str:
    """The hub's name (its one ``hub_info`` row)."""
    with desk.transaction() as tx:
        return hub_intake.hub_info(tx).name


# --- Kantor ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeRow:
    office_code: str
    office_name: str
    laptops: tuple[Laptop, ...]  # the one in use first
    batches: int
    records: int
    last_sequence: int | None  # of the laptop in use
    last_received: datetime | None  # the newest batch of any of its laptops
    gaps: tuple[int, ...]  # sequence numbers missing, over its laptops
    days_silent: int
    silent: bool

    @property
    def fingerprint(self) -> str:
        return self.laptops[0].fingerprint


def offices(desk: HubDesk, today: date | None = None) -> list[OfficeRow]:
    """Every office with an enrolled laptop, by office code."""
    today = today or utc().date()
    with desk.transaction() as tx:
        laptops = hub_desk.laptops(tx)
        # Only a laptop with fewer batches than its newest number has a hole to list.
        holed = [x.device_id for x in laptops if x.last_sequence and x.batches < x.last_sequence]
        sequences = hub_desk.sequences_of(tx, holed)
    by_office: dict[str, list[Laptop]] = {}
    for laptop in laptops:
        by_office.setdefault(laptop.office_code, []).append(laptop)
    rows = []
    for code, own in sorted(by_office.items()):
        sent = [x.last_received for x in own if x.last_received is not None]
        last = max(sent) if sent else None
        silent_days = days_silent(last, min(x.enrolled_at for x in own), today)
        rows.append(
            OfficeRow(
                code,
                own[0].office_name,
                tuple(own),
                sum(x.batches for x in own),
                sum(x.records for x in own),
                own[0].last_sequence,
                last,
                tuple(g for x in own for g in gaps_in(sequences.get(x.device_id, []))),
                silent_days,
                is_silent(silent_days),
            )
        )
    return rows


# --- Paket masuk -------------------------------------------------------------------------


def package_count(desk: HubDesk) -> int:
    with desk.transaction() as tx:
        return hub_desk.package_count(tx)


def packages(desk: HubDesk, offset: int, limit: int) -> list[PackageRow]:
    """Received packages, newest first, a page at a time."""
    with desk.transaction() as tx:
        return hub_desk.package_page(tx, offset, limit)


# --- Kuota & prioritas -------------------------------------------------------------------


@dataclass(frozen=True)
class QuotaView:
    config: ProgramConfig
    seats_used: int
    waiting: int
    last_seat_at: datetime | None  # when seats were last given
    last_seated: LinePerson | None  # who took the last of them: where the seats ran out

    @property
    def cutoff(self) -> Cutoff | None:
        p = self.last_seated
        return None if p is None else Cutoff(in_priority(p.desil, self.config), p.verified_at)


@dataclass(frozen=True)
class WaitingRow:
    """A worker in the line, and why it waits against the quota's cutoff."""

    person: LinePerson
    priority: bool
    reason: WaitReason

    @property
    def rank(self) -> int:
        return self.person.rank or 0


def quota(desk: HubDesk) -> QuotaView:
    """The quota, its seats held, the line's length and where the seats ran out."""
    with desk.transaction() as tx:
        config = program_config(tx)
        used = hub_outcomes.seats_in_use(tx)
        waiting = hub_lines.waiting_length(tx)
        last = hub_lines.last_seat_given(tx)
    return QuotaView(config, used, waiting, *(last or (None, None)))


def waiting(desk: HubDesk, view: QuotaView, after_rank: int, limit: int) -> list[WaitingRow]:
    """The line after ``after_rank``, each with why it waits (against ``view``'s cutoff)."""
    with desk.transaction() as tx:
        people = hub_lines.waiting_after(tx, after_rank, limit)
    cutoff, config = view.cutoff, view.config
    return [
        WaitingRow(
            p, in_priority(p.desil, config), why_waiting(p.desil, p.verified_at, cutoff, config)
        )
        for p in people
    ]


@dataclass(frozen=True)
class QuotaUse:
    """The quota's use over time: ``days`` runs from the day before the first seat held to
    the day the last was given (UTC dates), each with the seats held by its end."""

    quota: int  # in force now
    days: list[tuple[date, int]]  # empty: no seat given


def quota_use(desk: HubDesk) -> QuotaUse:
    """The seats held now, counted up day by day by when each was given, and the quota."""
    with desk.transaction() as tx:
        quota = program_config(tx).quota
        given = dict(hub_lines.seats_given_by_day(tx))
    days: list[tuple[date, int]] = []
    if given:
        day, held = min(given) - timedelta(days=1), 0
        while day <= max(given):
            held += given.get(day, 0)
            days.append((day, held))
            day += timedelta(days=1)
    return QuotaUse(quota, days)


@dataclass(frozen=True)
class CycleCounts:
    states: dict[str, int]  # decided records by state
    returned: dict[str, int]  # returned records by reason code


def cycle_counts(desk: HubDesk) -> CycleCounts:
    """*Background*: every decided record by state, the returned by reason."""
    with desk.transaction() as tx:
        return CycleCounts(hub_lines.state_totals(tx), hub_lines.returned_reasons(tx))


# --- BPJS --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BpjsView:
    seated: int  # seated, not yet in a file
    sent: int  # in a file, no answer yet
    files: list[BpjsFileRow]
    results: list[tuple[datetime, int, int]]  # imported at, enrolled, rejected


def bpjs(desk: HubDesk) -> BpjsView:
    with desk.transaction() as tx:
        return BpjsView(
            hub_lines.in_state(tx, "allocated"),
            hub_lines.in_state(tx, "sent"),
            hub_lines.bpjs_files(tx),
            [(utc(r.imported_at), r.enrolled, r.rejected) for r in hub_lines.bpjs_results(tx)],
        )


@dataclass(frozen=True)
class QuarantinedLine:
    """A line of BPJS's result file that matches no worker sent and unanswered: the file is
    refused whole until BPJS mends it; ``standing`` says where the NIK is at the hub."""

    line: int
    nik: str
    kpj: str | None
    bpjs_words: str | None
    standing: tuple[NikStanding, ...]  # empty: the hub never received this NIK


def quarantine(desk: HubDesk, path: Path) -> list[QuarantinedLine]:
    """The lines of BPJS's result file at ``path`` that ``import-bpjs`` would refuse it for
    (read with the column map of the newest BPJS file). A file it cannot read at all raises
    as the import would."""
    with desk.transaction() as tx:
        files = hub_lines.bpjs_files(tx)
        sent = hub_outcomes.sent_by_nik(tx)
    column_map = load_column_map(files[0].column_map if files else COLUMN_MAP)
    lines = [r for r in read_bpjs_result(path, column_map) if r.nik not in sent]
    with desk.transaction() as tx:
        found = hub_lines.standing_of(tx, [r.nik for r in lines])
    standing: dict[str, list[NikStanding]] = {}
    for s in found:
        standing.setdefault(s.nik, []).append(s)
    return [
        QuarantinedLine(r.line, r.nik, r.kpj, r.reason, tuple(standing.get(r.nik, ())))
        for r in lines
    ]


# --- Ack ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AckCarried:
    ack: AckRow
    enrolled: int
    returned: int

    @property
    def waiting(self) -> int:
        return self.ack.records - self.enrolled - self.returned


@dataclass(frozen=True)
class AckRoundView:
    round: int
    made_at: datetime
    acks: tuple[AckCarried, ...]


def ack_rounds(desk: HubDesk, limit: int = 6) -> list[AckRoundView]:
    """The newest ``limit`` rounds of acks, each ack with what it carried."""
    with desk.transaction() as tx:
        rounds = hub_lines.ack_rounds(tx, limit)
        acks = hub_lines.acks_in_rounds(tx, [r[0] for r in rounds])
        finals = hub_lines.carried_finals(tx, [a.package_id for a in acks])
    made = {r[0]: r[1] for r in rounds}
    grouped: dict[int, list[AckCarried]] = {}
    for a in acks:
        words = finals.get(a.package_id, {})
        grouped.setdefault(a.round, []).append(
            AckCarried(a, words.get("enrolled", 0), words.get("returned", 0))
        )
    return [AckRoundView(n, made[n], tuple(grouped.get(n, ()))) for n, *_ in rounds]


def untold(desk: HubDesk) -> dict[str, Counter[str]]:
    """*Background*: office -> what its next ack would carry, by state."""
    with desk.transaction() as tx:
        counts = hub_lines.untold_by_office(tx)
    found: dict[str, Counter[str]] = {}
    for (office, state), n in counts.items():
        found.setdefault(office, Counter())[state] += n
    return found


# --- Audit -------------------------------------------------------------------------------


def trail_length(desk: HubDesk, who: OfficerSession, action_prefix: str | None = None) -> int:
    authorize(desk, who, Permission.AUDIT_VIEW)
    with desk.transaction() as tx:
        if action_prefix:
            return hub_desk.trail_count(tx, action_prefix)
        return hub_desk.trail_length(tx)


def trail(
    desk: HubDesk,
    who: OfficerSession,
    before_seq: int | None,
    limit: int,
    action_prefix: str | None = None,
) -> list[TrailRow]:
    """The hub's trail, newest first, a page at a time."""
    authorize(desk, who, Permission.AUDIT_VIEW)
    with desk.transaction() as tx:
        return hub_desk.trail_page(tx, before_seq, limit, action_prefix)


def trail_actions(desk: HubDesk, who: OfficerSession) -> list[str]:
    authorize(desk, who, Permission.AUDIT_VIEW)
    with desk.transaction() as tx:
        return hub_desk.trail_actions(tx)


def trail_breaks(desk: HubDesk, who: OfficerSession) -> list[int]:
    """*Background*: the events where the hub's chain no longer holds (empty: intact)."""
    authorize(desk, who, Permission.AUDIT_VIEW)
    with desk.transaction() as tx:
        return [b.seq for b in check_hub_chain(tx)]
