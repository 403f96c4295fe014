"""``ucj-hub status`` and ``ucj-hub report premium``: what the Disnaker operator watches.

Status is one row per enrolled office: its newest batch, the sequence numbers still missing,
its records by state and the days since it last sent anything. The premium report is the
city's bill for a month, per office: every enrolled worker whose coverage runs in that month,
JKK + JKM in integer rupiah (domain/premium.py, as the office's own report).
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.premium import monthly_premium
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import check_hub_chain, record_hub_event
from ucj_desktop.hub.ingest import gaps_in
from ucj_desktop.hub.settings import program_config
from ucj_desktop.printing.report import ReportTable
from ucj_desktop.services.reports import FORMATS, month_name, paid_by, write_report
from ucj_desktop.store.hub_models import utc
from ucj_desktop.store.repos import hub_intake, hub_outcomes
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.formats import number, rupiah

STATES = ("undecided", "waiting", "allocated", "sent", "enrolled", "returned", "superseded")


@dataclass(frozen=True)
class OfficeStatus:
    office_code: str
    office_name: str
    last_sequence: int | None
    last_received: datetime | None
    days_since: int | None
    gaps: tuple[int, ...]
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class HubStatus:
    offices: tuple[OfficeStatus, ...]
    seats_used: int
    quota: int
    waiting: int
    chain_ok: bool


def hub_status(hub: Hub, today: date | None = None) -> HubStatus:
    today = today or utc().date()
    with hub.transaction() as tx:
        devices = hub_intake.devices(tx)
        sequences = hub_intake.device_sequences(tx)
        packages = hub_intake.packages(tx)
        counts = hub_outcomes.state_counts(tx)
        undecided = hub_outcomes.undecided_counts(tx)
        config = program_config(tx)
        seats = hub_outcomes.seats_in_use(tx)
        chain_ok = not check_hub_chain(tx)
    newest: dict[str, tuple[int, datetime]] = {}
    for p in packages:
        if p.office_code not in newest or p.received_at > newest[p.office_code][1]:
            newest[p.office_code] = (p.sequence, p.received_at)
    offices: dict[str, OfficeStatus] = {}
    for d in devices:
        if d.replaced_at is not None and d.office_code in offices:
            continue
        gaps = tuple(
            g
            for dev in devices
            if dev.office_code == d.office_code
            for g in gaps_in(sequences.get(dev.device_id, []))
        )
        last = newest.get(d.office_code)
        by_state = {s: counts.get((d.office_code, s), 0) for s in STATES}
        by_state["undecided"] = undecided.get(d.office_code, 0)
        offices[d.office_code] = OfficeStatus(
            d.office_code,
            d.office_name,
            last[0] if last else None,
            last[1] if last else None,
            (today - last[1].date()).days if last else None,
            gaps,
            by_state,
        )
    waiting = sum(n for (_o, s), n in counts.items() if s == "waiting")
    return HubStatus(
        tuple(offices[k] for k in sorted(offices)), seats, config.quota, waiting, chain_ok
    )


def premium_table(hub: Hub, month: date) -> ReportTable:
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    with hub.transaction() as tx:
        config = program_config(tx)
        workers = hub_outcomes.enrolled_workers(tx)
    people: Counter[str] = Counter()
    jkk: Counter[str] = Counter()
    jkm: Counter[str] = Counter()
    for w in workers:
        if w.coverage_start <= last and w.coverage_end >= first:
            premium = monthly_premium(w.declared_income, config)
            people[w.office_code] += 1
            jkk[w.office_code] += premium.jkk
            jkm[w.office_code] += premium.jkm
    rows: list[tuple[object, ...]] = []
    for n, office in enumerate(sorted(people), start=1):
        area = kelurahan_by_code(office)
        rows.append(
            (
                n,
                office,
                area.name if area else "",
                people[office],
                jkk[office],
                jkm[office],
                jkk[office] + jkm[office],
            )
        )
    total = sum(jkk.values()) + sum(jkm.values())
    money = ("JKK", "JKM", translate("reports", "Iuran"))
    return ReportTable(
        "premium",
        translate("hub_status", "Tagihan Iuran BPU JKK + JKM Kota Bekasi"),
        translate("hub_status", "Bulan iuran {month} · per kelurahan · {payer}").format(
            month=month_name(first), payer=paid_by()
        ),
        (
            "No",
            translate("hub_status", "Kode"),
            translate("reports", "Kelurahan"),
            translate("hub_status", "Peserta"),
            *money,
        ),
        rows,
        totals=(
            "",
            "",
            kelurahan_count(len(rows)),
            sum(people.values()),
            sum(jkk.values()),
            sum(jkm.values()),
            total,
        ),
        money=frozenset(money),
        notes=(
            translate("hub_status", "Jumlah tagihan bulan ini: {total}.").format(
                total=rupiah(total)
            ),
        ),
    )


def kelurahan_count(count: int) -> str:
    """A totals row's count of offices: ``56 kelurahan``."""
    return translate("hub_status", "{count} kelurahan").format(count=number(count))


def export_premium_report(hub: Hub, month: date, out: Path) -> ReportTable:
    if out.suffix.lower() not in FORMATS:
        raise DomainError("report.unknown_format", field="out", suffix=out.suffix or "-")
    table = premium_table(hub, month)
    write_report(table, out, generated=datetime.now(), staging=hub.root)
    with hub.transaction() as tx:
        record_hub_event(
            tx,
            "report.exported",
            "report",
            "premium",
            {"month": f"{month:%Y-%m}", "rows": len(table.rows), "file": out.name},
        )
        tx.commit()
    return table
