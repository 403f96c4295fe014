"""The hub desk's city reports: the office's report kinds (quota, the month's premium, the
roster of enrolled workers) for the whole city, one row an office, or for one office.

Each is one ``ReportTable`` (printing/report.py), shown on screen as the file will hold it and
written as XLSX, CSV or PDF by the office's writer (services/reports.write_report). An export
is in the hub's trail (``report.exported``), as ``ucj-hub report premium`` records it; NIKs are
masked. The quota report counts every decided record of the city: build it on the task
runner's read workers.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import replace
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
from ucj_desktop.hub.status import STATES, premium_table
from ucj_desktop.printing.report import ReportTable
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.reports import FORMATS, month_name, write_report
from ucj_desktop.store.repos import hub_desk, hub_lines, hub_outcomes

KINDS = ("quota", "premium", "roster")
CITY_QUOTA_COLUMNS = (
    "Kode",
    "Kelurahan",
    "Diterima",
    "Belum diputus",
    "Menunggu",
    "Dapat kursi",  # a seat BPJS has not answered yet: given, or in a BPJS file
    "Terdaftar",
    "Dikembalikan",
)
# The states of a record at the hub, in the order a report lists them (hub/status.py's).
STATE_WORDS = {
    "undecided": "Belum diputus",
    "waiting": "Menunggu kuota",
    "allocated": "Mendapat kursi",
    "sent": "Dikirim ke BPJS",
    "enrolled": "Terdaftar",
    "returned": "Dikembalikan",
    "superseded": "Digantikan kiriman baru",
}


def _place(office: str | None) -> str:
    if office is None:
        return "Seluruh kelurahan"
    area = kelurahan_by_code(office)
    return f"Kelurahan {area.name if area else office} ({office})"


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

    note = (
        f"Kuota kota {config.quota:,} kursi: {seats:,} terisi, {waiting:,} pekerja menunggu; "
        f"desil {config.desil_min}–{config.priority_desil_max} didahulukan."
    ).replace(",", ".")
    subtitle = f"{_place(office)} · per {today:%d-%m-%Y}"
    if office is not None:
        rows: list[tuple[object, ...]] = [
            ("Diterima hub", received[office]),
            *((STATE_WORDS[s], n) for s, n in states(office).items()),
        ]
        return ReportTable(
            "quota", "Laporan Kuota SIGAP", subtitle, ("Keterangan", "Jumlah"), rows, notes=(note,)
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
        "Laporan Kuota SIGAP Kota Bekasi",
        subtitle,
        CITY_QUOTA_COLUMNS,
        table,
        totals=("", f"{len(table)} kelurahan", *sums),
        notes=(
            note,
            f"Digantikan kiriman baru dari kantor yang sama: {replaced:,}.".replace(",", "."),
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
    where = f"{_place(office)} · bulan iuran {month_name(first)}"
    return ReportTable(
        "premium",
        "Rekapitulasi Iuran BPU JKK + JKM",
        f"{where} · dibayar oleh Pemerintah Kota Bekasi (APBD)",
        ("No", "KPJ", "Nama", "NIK", "JKK", "JKM", "Iuran"),
        rows,
        totals=("", "", f"{len(rows)} peserta", "", *sums),
        money=frozenset({"JKK", "JKM", "Iuran"}),
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
                f"{p.coverage_start:%d-%m-%Y}",
                f"{p.coverage_end:%d-%m-%Y}",
            )
        )
    return ReportTable(
        "roster",
        "Daftar Peserta SIGAP",
        f"{_place(office)} · terdaftar di BPJS Ketenagakerjaan",
        ("No", "Nama", "NIK", "KPJ", "Kantor", "Kelurahan", "Desil", "Mulai", "Sampai"),
        rows,
    )


def _build(
    desk: HubDesk, kind: str, office: str | None, month: date | None, today: date
) -> ReportTable:
    if kind == "quota":
        table = _quota(desk, office, today)
    elif kind == "premium":
        table = _premium(desk, office, month or today)
    elif kind == "roster":
        table = _roster(desk, office)
    else:
        raise DomainError("report.unknown_kind", field="kind", kind=kind)
    return replace(table, demo=desk.manifest.demo)  # a demo hub's PDF says so on every page


def build_report(
    desk: HubDesk,
    who: OfficerSession,
    kind: str,
    *,
    office: str | None = None,
    month: date | None = None,
    today: date | None = None,
) -> ReportTable:
    """The report ``kind`` of the city (``office`` None) or of one office."""
    authorize(desk, who, Permission.REPORT_EXPORT)
    return _build(desk, kind, office, month, today or date.today())


def save_report(
    desk: HubDesk,
    who: OfficerSession,
    kind: str,
    out: Path,
    *,
    office: str | None = None,
    month: date | None = None,
    today: date | None = None,
) -> ReportTable:
    """Build the report, write it to ``out`` (the suffix says the format), and put the export
    in the hub's trail."""
    if out.suffix.lower() not in FORMATS:
        raise DomainError("report.unknown_format", field="out", suffix=out.suffix or "-")
    with acting(desk, who, Permission.REPORT_EXPORT):
        table = _build(desk, kind, office, month, today or date.today())
        write_report(table, out, generated=datetime.now(), staging=desk.hub.root)
        detail: dict[str, object] = {"kind": kind, "rows": len(table.rows), "file": out.name}
        detail["scope"] = office or "city"
        if kind == "premium":
            detail["month"] = f"{month or today or date.today():%Y-%m}"
        with desk.transaction() as tx:
            record_hub_event(tx, "report.exported", "report", kind, detail)
            tx.commit()
    return table
