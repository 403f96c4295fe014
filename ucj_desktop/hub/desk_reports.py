"""The hub desk's city reports: the office's report kinds (quota, the month's premium, the
roster of enrolled workers) for the whole city, one row an office, or for one office.

Each is one ``ReportTable`` (printing/report.py), shown on screen as the file will hold it and
written as XLSX, CSV or PDF by the office's writer (services/reports.write_report). An export
is in the hub's trail (``report.exported``), as ``ucj-hub report premium`` records it; NIKs are
masked. The quota report counts every decided record of the city: build it on the task
runner's read workers. Its words are in the operator's language (the catalog's).
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.premium import monthly_premium
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.hub.desk import HubDesk, acting
from ucj_desktop.hub.settings import program_config
from ucj_desktop.hub.status import STATES, kelurahan_count, premium_table
from ucj_desktop.printing.report import ReportTable
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.reports import FORMATS, members, month_name, paid_by, write_report
from ucj_desktop.store.repos import hub_desk, hub_lines, hub_outcomes
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.formats import date as day_text
from ucj_desktop.wording.formats import number
from ucj_desktop.wording.hub_reasons import state_words

KINDS = ("quota", "premium", "roster")


def city_quota_columns() -> tuple[str, ...]:
    return (
        translate("desk_reports", "Kode"),
        translate("desk_reports", "Kelurahan"),
        translate("desk_reports", "Diterima"),
        translate("desk_reports", "Belum diputus"),
        translate("desk_reports", "Menunggu"),
        # A seat BPJS has not answered yet: given, or in a BPJS file.
        translate("desk_reports", "Dapat kursi"),
        translate("desk_reports", "Terdaftar"),
        translate("desk_reports", "Dikembalikan"),
    )


def _place(office: str | None) -> str:
    if office is None:
        return translate("desk_reports", "Seluruh kelurahan")
    area = kelurahan_by_code(office)
    return translate("reports", "Kelurahan {name} ({code})").format(
        name=area.name if area else office, code=office
    )


def _quota(desk: HubDesk, office: str | None, today: date) -> ReportTable:
    with desk.transaction() as tx:
        config = program_config(tx)
        counts = hub_outcomes.state_counts(tx)
        seats = hub_outcomes.seats_in_use(tx)
        waiting = hub_lines.waiting_length(tx)
        received: Counter[str] = Counter()
        for laptop in hub_desk.laptops(tx):
            received[laptop.office_code] += laptop.records
    offices = sorted(set(received) | {o for o, _s in counts})

    def states(code: str) -> dict[str, int]:
        by_state = {s: counts.get((code, s), 0) for s in STATES[1:]}
        return {"undecided": received[code] - sum(by_state.values()), **by_state}

    note = translate(
        "desk_reports",
        "Kuota kota {quota} kursi: {seats} terisi, {waiting} pekerja menunggu; "
        "desil {low}–{high} didahulukan.",
    ).format(
        quota=number(config.quota),
        seats=number(seats),
        waiting=number(waiting),
        low=config.desil_min,
        high=config.priority_desil_max,
    )
    subtitle = translate("reports", "{office} · per {day}").format(
        office=_place(office), day=day_text(today)
    )
    if office is not None:
        words = state_words()
        rows: list[tuple[object, ...]] = [
            (translate("desk_reports", "Diterima hub"), received[office]),
            *((words[s], n) for s, n in states(office).items()),
        ]
        return ReportTable(
            "quota",
            translate("reports", "Laporan Kuota SIGAP"),
            subtitle,
            (translate("reports", "Keterangan"), translate("reports", "Jumlah")),
            rows,
            notes=(note,),
        )
    # The city's table, one row an office: a seat not yet answered by BPJS (given, or in a
    # BPJS file) is one column; the records a newer submission replaced are in the note.
    table: list[tuple[object, ...]] = []
    for code in offices:
        area = kelurahan_by_code(code)
        got = states(code)
        table.append(
            (
                code,
                area.name if area else "",
                received[code],
                got["undecided"],
                got["waiting"],
                got["allocated"] + got["sent"],
                got["enrolled"],
                got["returned"],
            )
        )
    sums = [sum(int(str(r[i])) for r in table) for i in range(2, 8)]
    replaced = sum(n for (_o, s), n in counts.items() if s == "superseded")
    return ReportTable(
        "quota",
        translate("desk_reports", "Laporan Kuota SIGAP Kota Bekasi"),
        subtitle,
        city_quota_columns(),
        table,
        totals=("", kelurahan_count(len(table)), *sums),
        notes=(
            note,
            translate(
                "desk_reports", "Digantikan kiriman baru dari kantor yang sama: {count}."
            ).format(count=number(replaced)),
        ),
    )


def _premium(desk: HubDesk, office: str | None, month: date) -> ReportTable:
    if office is None:
        return premium_table(desk.hub, month)
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    with desk.transaction() as tx:
        config = program_config(tx)
        people = hub_lines.enrolled_people(tx, office)
    rows: list[tuple[object, ...]] = []
    sums = [0, 0, 0]  # JKK, JKM, the premium
    for p in people:
        if p.coverage_start <= last and p.coverage_end >= first:  # covered in that month
            due = monthly_premium(p.declared_income, config)
            for n, value in enumerate((due.jkk, due.jkm, due.total)):
                sums[n] += value
            rows.append(
                (len(rows) + 1, p.kpj, p.full_name, mask_nik(p.nik), due.jkk, due.jkm, due.total)
            )
    money = ("JKK", "JKM", translate("reports", "Iuran"))
    return ReportTable(
        "premium",
        translate("reports", "Rekapitulasi Iuran BPU JKK + JKM"),
        translate("reports", "{office} · bulan iuran {month} · {payer}").format(
            office=_place(office), month=month_name(first), payer=paid_by()
        ),
        ("No", "KPJ", translate("reports", "Nama"), "NIK", *money),
        rows,
        totals=("", "", members(len(rows)), "", *sums),
        money=frozenset(money),
    )


def _roster(desk: HubDesk, office: str | None) -> ReportTable:
    with desk.transaction() as tx:
        people = hub_lines.enrolled_people(tx, office)
    rows: list[tuple[object, ...]] = []
    for n, p in enumerate(people, start=1):
        area = kelurahan_by_code(p.kelurahan_code)
        rows.append(
            (
                n,
                p.full_name,
                mask_nik(p.nik),
                p.kpj,
                p.office_code,
                area.name if area else p.kelurahan_code,
                "" if p.desil is None else p.desil,
                day_text(p.coverage_start),
                day_text(p.coverage_end),
            )
        )
    return ReportTable(
        "roster",
        translate("desk_reports", "Daftar Peserta SIGAP"),
        translate("desk_reports", "{place} · terdaftar di BPJS Ketenagakerjaan").format(
            place=_place(office)
        ),
        (
            "No",
            translate("reports", "Nama"),
            "NIK",
            "KPJ",
            translate("desk_reports", "Kantor"),
            translate("reports", "Kelurahan"),
            translate("reports", "Desil"),
            translate("desk_reports", "Mulai"),
            translate("desk_reports", "Sampai"),
        ),
        rows,
    )


@dataclass(frozen=True)
class CityReportRequest:
    """The city report asked for, from the screen or the command to the trail: its ``kind``,
    for the city (``office`` None) or one office, the premium report's ``month`` (None: the
    month of ``today``) and the day it is made as of (None: the computer's)."""

    kind: str
    office: str | None = None
    month: date | None = None
    today: date | None = None


def _build(desk: HubDesk, request: CityReportRequest) -> ReportTable:
    kind, office, today = request.kind, request.office, request.today or date.today()
    if kind == "quota":
        table = _quota(desk, office, today)
    elif kind == "premium":
        table = _premium(desk, office, request.month or today)
    elif kind == "roster":
        table = _roster(desk, office)
    else:
        raise DomainError("report.unknown_kind", field="kind", kind=kind)
    return replace(table, demo=desk.manifest.demo)  # a demo hub's PDF says so on every page


def build_report(desk: HubDesk, who: OfficerSession, request: CityReportRequest) -> ReportTable:
    """The report ``request`` asks for, of the city or of one office."""
    authorize(desk, who, Permission.REPORT_EXPORT)
    return _build(desk, request)


def save_report(
    desk: HubDesk, who: OfficerSession, request: CityReportRequest, out: Path
) -> ReportTable:
    """Build the report, write it to ``out`` (the suffix says the format), and put the export
    in the hub's trail."""
    if out.suffix.lower() not in FORMATS:
        raise DomainError("report.unknown_format", field="out", suffix=out.suffix or "-")
    with acting(desk, who, Permission.REPORT_EXPORT):
        table = _build(desk, request)
        write_report(table, out, generated=datetime.now(), staging=desk.hub.root)
        kind = request.kind
        detail: dict[str, object] = {"kind": kind, "rows": len(table.rows), "file": out.name}
        detail["scope"] = request.office or "city"
        if kind == "premium":
            detail["month"] = f"{request.month or request.today or date.today():%Y-%m}"
        with desk.transaction() as tx:
            record_hub_event(tx, "report.exported", "report", kind, detail)
            tx.commit()
    return table
