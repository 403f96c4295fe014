"""What the Disnaker operator watches: status per office, the city's monthly premium bill,
and the hub's schema against its models on each database."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from openpyxl import load_workbook

from tests.support.city import City, bpjs_answer
from ucj_desktop.domain.premium import monthly_premium
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import coverage_period, export_bpjs, import_bpjs
from ucj_desktop.hub.settings import program_config
from ucj_desktop.hub.status import export_premium_report, hub_status
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.store.hub_models import HubModel
from ucj_desktop.synthetic import generate_people

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def send(city: City, n: int, count: int, seed: int, sequence: int | None = None) -> list:
    records = [
        dataclasses.replace(record_of(p, T0 + timedelta(minutes=i)), desil=2)
        for i, p in enumerate(generate_people(seed, count, date(2026, 1, 1)))
    ]
    city.ingest(city.batch(city.office(n), records, sequence=sequence))
    return records


def test_status_lists_each_office_with_its_batches_gaps_and_states(city: City) -> None:
    send(city, 0, 5, 1)
    send(city, 1, 4, 2, sequence=2)  # batch 1 never came
    allocate(city.hub)
    send(city, 0, 3, 3)  # arrived after the cycle's close: not yet decided
    status = hub_status(city.hub, today=datetime.now(UTC).date() + timedelta(days=3))
    by_code = {o.office_code: o for o in status.offices}
    first, second, third = (by_code[city.office(n).code] for n in range(3))
    assert (first.last_sequence, first.gaps, first.days_since) == (2, (), 3)
    assert (first.counts["allocated"], first.counts["undecided"]) == (5, 3)
    assert (second.last_sequence, second.gaps, second.counts["allocated"]) == (2, (1,), 4)
    assert (third.last_sequence, third.days_since) == (None, None)
    assert (status.seats_used, status.quota, status.chain_ok) == (9, 20, True)


def test_the_premium_bill_counts_each_enrolled_worker_in_each_covered_month(
    city: City, tmp_path: Path
) -> None:
    records = send(city, 0, 6, 1) + send(city, 1, 4, 2)
    allocate(city.hub)
    upload = export_bpjs(city.hub, tmp_path / "bpjs.xlsx").path
    bpjs_answer(upload, tmp_path / "hasil.xlsx")
    import_bpjs(city.hub, tmp_path / "hasil.xlsx")
    start, end = coverage_period(datetime.now(UTC).date(), 3)
    with city.hub.transaction() as tx:
        config = program_config(tx)
    expected = sum(monthly_premium(r.declared_income, config).total for r in records)
    table = export_premium_report(city.hub, start, tmp_path / "tagihan.xlsx")
    assert [row[3] for row in table.rows] == [6, 4]
    assert table.totals is not None and table.totals[-1] == expected
    sheet = load_workbook(tmp_path / "tagihan.xlsx").active
    assert expected in [c.value for row in sheet.iter_rows() for c in row]
    before = start - timedelta(days=1)
    assert export_premium_report(city.hub, before, tmp_path / "none.csv").rows == []
    after = end + timedelta(days=1)
    assert export_premium_report(city.hub, after, tmp_path / "none2.csv").rows == []
    export_premium_report(city.hub, end, tmp_path / "tagihan.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "tagihan.pdf"))
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert city.office(0).code in text and "Tagihan Iuran" in text


def test_the_migrated_schema_is_exactly_the_models(city: City) -> None:
    with city.hub.store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        drift = [
            d
            for d in compare_metadata(context, HubModel.metadata)
            if not (d[0] == "remove_table" and d[1].name == "hub_alembic_version")
        ]
    assert drift == []
