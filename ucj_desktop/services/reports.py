"""Reports the supervisor takes away: quota use, the month's premium bill, the roster.

Each report is one ``ReportTable``, its headings and notes in the officer's language (the
catalog's on the thread that builds it: wording/catalog.py; numbers and months by
wording/formats.py), written as XLSX, CSV or PDF by ``write_report`` and audited as
``report.exported`` (who took which
personal data out, as UU 27/2022 asks). NIKs appear masked only; money is integer rupiah. A demo
store's reports are marked ``demo`` (their PDF says CONTOH / DEMO on every page).
"""

from __future__ import annotations

import calendar
import csv
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.domain.premium import monthly_premium
from ucj_desktop.domain.spreadsheet import formula_safe
from ucj_desktop.domain.status import QUOTA_STATUSES, Status
from ucj_desktop.files.atomic import atomic_path
from ucj_desktop.files.workbook import save_workbook
from ucj_desktop.printing.palette import (
    CANCELLED_COLOR,
    EXTENDED_COLOR,
    PRIORITY_COLOR,
    STATUS_COLORS,
)
from ucj_desktop.printing.report import ReportTable, made_on, render_report_pdf
from ucj_desktop.printing.report_chart import ReportChart
from ucj_desktop.services.accounts import OfficerSession, authorize
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.settings import program_config
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import Registration
from ucj_desktop.store.repos import reports as repo
from ucj_desktop.store.unit_of_work import UnitOfWork
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.formats import date as day_text
from ucj_desktop.wording.formats import month_year, number, percent, rupiah, short_month_year
from ucj_desktop.wording.labels import category_words, status_words

KINDS = ("quota", "premium", "roster")
FORMATS = (".xlsx", ".csv", ".pdf")


def month_name(month: date) -> str:
    """``Maret 2025`` in the officer's language (the screens' month choice shares it)."""
    return month_year(month)


def office_line(name: str, code: str) -> str:
    return translate("reports", "Kelurahan {name} ({code})").format(name=name, code=code)


def quota_report(uow: UnitOfWork, config: ProgramConfig, today: date) -> ReportTable:
    """Registrations of this office by status and desil, against the city quota."""
    with uow.transaction() as tx:
        office = repo.office(tx)
        rows = repo.statuses_and_desils(tx)
    by_status = Counter(Status(r.status) for r in rows)
    holding = [r.desil for r in rows if Status(r.status) in QUOTA_STATUSES]
    used = len(holding)
    priority = config.priority_desil_max
    table: list[tuple[object, ...]] = [(status_words(s), by_status.get(s, 0)) for s in Status]
    low, high = config.desil_min, config.desil_max
    table += [
        (translate("reports", "Memakai kuota (diajukan s.d. terdaftar)"), used),
        (
            "  "
            + translate("reports", "di antaranya desil {low}–{high} (prioritas)").format(
                low=low, high=priority
            ),
            sum(1 for d in holding if d and d <= priority),
        ),
        (
            "  "
            + translate("reports", "di antaranya desil {low}–{high}").format(
                low=priority + 1, high=high
            ),
            sum(1 for d in holding if d and d > priority),
        ),
        (translate("reports", "Kuota kota (seluruh kelurahan)"), config.quota),
    ]
    return ReportTable(
        "quota",
        translate("reports", "Laporan Kuota SIGAP"),
        translate("reports", "{office} · per {day}").format(
            office=office_line(office.name, office.code), day=day_text(today)
        ),
        (translate("reports", "Keterangan"), translate("reports", "Jumlah")),
        table,
        notes=(
            translate(
                "reports",
                "Kuota kota dipakai bersama 56 kelurahan; sisa kuota kota dihitung oleh hub.",
            ),
        ),
        charts=(_status_chart(by_status), _desil_chart(holding, config)),
    )


def _status_chart(by_status: Counter[Status]) -> ReportChart:
    """Registrations by status, each bar in its status's colour (the dashboard's)."""
    return ReportChart(
        translate("reports", "Pendaftaran menurut status"),
        tuple(status_words(s) for s in STATUS_COLORS),
        (
            (
                translate("reports", "Pendaftaran"),
                tuple(by_status.get(s, 0) for s in STATUS_COLORS),
            ),
        ),
        tuple(STATUS_COLORS.values()),
    )


def _desil_chart(holding: list[int | None], config: ProgramConfig) -> ReportChart:
    """The desils of the registrations holding a quota place: the priority band and the rest
    as two series (one of them empty at each desil), in two colours."""
    counts = Counter(holding)
    top = config.priority_desil_max
    desils = range(config.desil_min, config.desil_max + 1)
    series = [
        (
            translate("reports", "Prioritas (desil {low}–{high})").format(
                low=config.desil_min, high=top
            ),
            tuple(counts[d] if d <= top else 0 for d in desils),
        )
    ]
    if config.desil_max > top:
        series.append(
            (
                translate("reports", "Desil {low}–{high}").format(
                    low=top + 1, high=config.desil_max
                ),
                tuple(0 if d <= top else counts[d] for d in desils),
            )
        )
    return ReportChart(
        translate("reports", "Desil pekerja yang memakai kuota"),
        tuple(translate("reports", "Desil {desil}").format(desil=d) for d in desils),
        tuple(series),
        (PRIORITY_COLOR, EXTENDED_COLOR)[: len(series)],
    )


def premium_report(uow: UnitOfWork, config: ProgramConfig, month: date) -> ReportTable:
    """The month's premium for every worker whose coverage runs in ``month`` (paid by APBD)."""
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    with uow.transaction() as tx:
        office = repo.office(tx)
        people = repo.enrolled_during(tx, first, last)
    rows: list[tuple[object, ...]] = []
    jkk_sum = jkm_sum = total_sum = 0
    for n, p in enumerate(people, start=1):
        premium = monthly_premium(p.declared_income, config)
        jkk_sum += premium.jkk
        jkm_sum += premium.jkm
        total_sum += premium.total
        rows.append(
            (
                n,
                p.kpj or "",
                p.full_name,
                mask_nik(p.nik),
                premium.insured_income,
                premium.jkk,
                premium.jkm,
                premium.total,
            )
        )
    money = (translate("reports", "Upah dasar"), "JKK", "JKM", translate("reports", "Iuran"))
    return ReportTable(
        "premium",
        translate("reports", "Rekapitulasi Iuran BPU JKK + JKM"),
        translate("reports", "{office} · bulan iuran {month} · {payer}").format(
            office=office_line(office.name, office.code), month=month_name(first), payer=paid_by()
        ),
        ("No", "KPJ", translate("reports", "Nama"), "NIK", *money),
        rows,
        totals=("", "", members(len(rows)), "", "", jkk_sum, jkm_sum, total_sum),
        money=frozenset(money),
        notes=(
            translate(
                "reports",
                "JKK = {rate} dari upah dasar (penghasilan dilaporkan, minimal {minimum}); "
                "JKM = {jkm} per bulan.",
            ).format(
                rate=percent(config.jkk_rate_basis_points),
                minimum=rupiah(config.min_declared_income),
                jkm=rupiah(config.jkm_monthly),
            ),
        ),
    )


def paid_by() -> str:
    return translate("reports", "dibayar oleh Pemerintah Kota Bekasi (APBD)")


def members(count: int) -> str:
    """A totals row's count of members: ``1.234 peserta``."""
    return translate("reports", "{count} peserta").format(count=number(count))


def roster_report(uow: UnitOfWork, status: str | None) -> ReportTable:
    """Every registration of this office (or those of one status), NIK masked."""
    if status is not None and status not in {s.value for s in Status}:
        raise DomainError("report.unknown_status", field="status", status=status)
    with uow.transaction() as tx:
        office = repo.office(tx)
        people = repo.roster(tx, status)
    rows: list[tuple[object, ...]] = []
    for n, p in enumerate(people, start=1):
        jobs = ", ".join(category_words(c) for c in json.loads(p.occupations))
        area = kelurahan_by_code(p.kelurahan_code)
        rows.append(
            (
                n,
                p.full_name,
                mask_nik(p.nik),
                p.kpj or "",
                status_words(p.status),
                f"{p.rt}/{p.rw}",
                area.name if area else p.kelurahan_code,
                p.desil if p.desil is not None else "",
                jobs,
                day_text(p.created_at),
                day_text(p.coverage_end) if p.coverage_end else "",
            )
        )
    which = status_words(status) if status else translate("reports", "semua status")
    charts = (_monthly_chart(people),) if people else ()
    return ReportTable(
        "roster",
        translate("reports", "Daftar Pekerja SIGAP"),
        f"{office_line(office.name, office.code)} · {which}",
        (
            "No",
            translate("reports", "Nama"),
            "NIK",
            "KPJ",
            translate("reports", "Status"),
            "RT/RW",
            translate("reports", "Kelurahan"),
            translate("reports", "Desil"),
            translate("reports", "Pekerjaan"),
            translate("reports", "Didaftarkan"),
            translate("reports", "Kepesertaan s.d."),
        ),
        rows,
        charts=charts,
    )


CHART_MONTHS = 12  # the months a roster's chart shows at most, the newest


def _monthly_chart(people: Sequence[Registration]) -> ReportChart:
    """Registrations per month they were made in (local time), by their status now, stacked;
    only the statuses present, so a roster of one status has one colour."""
    colors = {**STATUS_COLORS, Status.CANCELLED: CANCELLED_COLOR}
    made = [(_local_month(p.created_at), Status(p.status)) for p in people]
    last = max(month for month, _ in made)
    months = [_months_before(last, n) for n in reversed(range(CHART_MONTHS))]
    first = min(month for month, _ in made)
    months = [m for m in months if m >= first]
    counts = Counter(made)
    present = [s for s in colors if any(status is s for _, status in made)]
    title = translate("reports", "Pendaftaran per bulan didaftarkan, menurut status sekarang")
    if first < months[0]:
        title += " " + translate("reports", "({count} bulan terakhir)").format(count=CHART_MONTHS)
    return ReportChart(
        title,
        tuple(short_month_year(m) for m in months),
        tuple((status_words(s), tuple(counts[(m, s)] for m in months)) for s in present),
        tuple(colors[s] for s in present),
    )


def _local_month(at: datetime) -> date:
    """The first day of the month ``at`` (UTC, as stored) falls in on this computer's clock."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    local = aware.astimezone()
    return date(local.year, local.month, 1)


def _months_before(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class ReportRequest:
    """The report asked for, carried whole from the screen or the command to the audit line:
    its ``kind``, the premium report's ``month`` (None: the month of ``today``), the roster's
    ``status`` (None: every status) and the day it is made as of (None: the computer's)."""

    kind: str
    month: date | None = None
    status: str | None = None
    today: date | None = None


def build_report(uow: UnitOfWork, who: OfficerSession, request: ReportRequest) -> ReportTable:
    authorize(uow, who, Permission.REPORT_EXPORT)
    return _build(uow, request)


def _build(uow: UnitOfWork, request: ReportRequest) -> ReportTable:
    kind = request.kind
    today = request.today or date.today()
    if kind == "quota":
        table = quota_report(uow, program_config(uow), today)
    elif kind == "premium":
        table = premium_report(uow, program_config(uow), request.month or today)
    elif kind == "roster":
        table = roster_report(uow, request.status)
    else:
        raise DomainError("report.unknown_kind", field="kind", kind=kind)
    return replace(table, demo=is_demo_store(uow))


def is_demo_store(uow: UnitOfWork) -> bool:
    """Whether ``uow`` is a demo store. Only an office's store can be one (its manifest says
    so); the hub's never is."""
    return isinstance(uow, OpenStore) and uow.manifest.demo


def export_report(
    uow: UnitOfWork,
    who: OfficerSession,
    request: ReportRequest,
    out: Path,
    *,
    staging: Path | None = None,
) -> ReportTable:
    """Build the report, write it to ``out`` (format from the suffix), audit the export.

    ``staging``: where an XLSX's rows are staged while it is zipped - the data folder, which
    the app sweeps after a kill; by default ``out``'s folder."""
    actor = authorize(uow, who, Permission.REPORT_EXPORT)
    if out.suffix.lower() not in FORMATS:
        raise DomainError("report.unknown_format", field="out", suffix=out.suffix or "-")
    table = _build(uow, request)
    write_report(table, out, generated=datetime.now(), staging=staging)
    with uow.transaction() as tx:
        kind = request.kind
        detail: dict[str, object] = {"kind": kind, "rows": len(table.rows), "file": out.name}
        if kind == "premium":
            detail["month"] = f"{(request.month or request.today or date.today()):%Y-%m}"
        if request.status is not None:
            detail["status"] = request.status
        record_event(tx, actor, "report.exported", "report", kind, detail)
        tx.commit()
    return table


def write_report(
    table: ReportTable, out: Path, generated: datetime, staging: Path | None = None
) -> None:
    """Write atomically: a temp file in the target folder, fsync, rename."""
    suffix = out.suffix.lower()
    try:
        with atomic_path(out, suffix=suffix) as tmp:
            if suffix == ".csv":
                _write_csv(table, tmp)
            elif suffix == ".xlsx":
                _write_xlsx(table, tmp, generated, staging or out.parent)
            else:
                render_report_pdf(table, tmp, generated)
    except OSError as exc:
        raise DomainError("report.write_failed", field="out", reason=exc.strerror or "") from exc


def _cells(row: Sequence[object]) -> list[object]:
    return [formula_safe(v) if isinstance(v, str) else v for v in row]


def _write_csv(table: ReportTable, path: Path) -> None:
    # utf-8-sig and ";" : what Excel in an Indonesian locale opens without a wizard.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow(_cells(row))
        if table.totals is not None:
            writer.writerow(_cells(table.totals))


def _cell_width(value: object) -> int:
    """Characters Excel shows: #,##0 adds a separator every three digits."""
    return len(f"{value:,}") if isinstance(value, int) else len(str(value))


def _write_xlsx(table: ReportTable, path: Path, generated: datetime, staging: Path) -> None:
    # Rows go by explicit index: asking openpyxl for ``max_row`` per row made 11,666 rows take
    # 39 s (now ~1.5 s). openpyxl stages the sheet's XML in a temp file while it saves:
    # save_workbook keeps it in ``staging`` (the data folder), never in the system temp.
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = table.title[:31]
    bold = Font(bold=True)
    money = [name in table.money for name in table.columns]

    def put(row: int, values: Sequence[object], strong: bool = False) -> None:
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            if strong:
                cell.font = bold
            if column <= len(money) and money[column - 1] and isinstance(value, int):
                cell.number_format = "#,##0"

    put(1, [table.title], strong=True)
    put(2, [table.subtitle])
    put(3, [made_on(generated)])
    header_row = 5
    put(header_row, table.columns, strong=True)
    row = header_row
    for values in table.rows:
        row += 1
        put(row, values)
    if table.totals is not None:
        row += 1
        put(row, table.totals, strong=True)
    for note in table.notes:
        row += 2
        put(row, [note])
    for index, name in enumerate(table.columns, start=1):
        sample = [*table.rows[:2000], *([table.totals] if table.totals is not None else [])]
        width = max([len(name)] + [_cell_width(r[index - 1]) for r in sample])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, width + 2)
    sheet.freeze_panes = f"A{header_row + 1}"
    save_workbook(book, path, staging)
