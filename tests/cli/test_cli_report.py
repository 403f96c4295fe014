"""`ucj report`, run as the installed console script."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.store_access import open_store

PASSWORD = "admin-pass-123"


def test_the_month_premium_goes_to_a_spreadsheet_with_its_total(
    run_ucj, expect_failure, made_store, secret_store, add_registrations, tmp_path: Path
) -> None:
    opened = open_store(made_store.paths, secret_store)
    try:
        admin = sign_in(opened, "admin", PASSWORD)
        add_registrations(
            opened,
            admin.officer_id,
            2,
            status="enrolled",
            kpj=lambda i: f"{26000000300 + i:011d}",
            declared_income=lambda i: (1_000_000, 3_000_000)[i],
            coverage_start=date(2026, 11, 1),
            coverage_end=date(2027, 10, 31),
        )
    finally:
        opened.close()
    out = tmp_path / "iuran.xlsx"
    result = run_ucj(
        "report",
        "premium",
        "--month",
        "2026-11",
        "--out",
        str(out),
        "--user",
        "admin",
        stdin=PASSWORD,
    )
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.splitlines() == [
        f"BPU JKK + JKM Premium Summary: 2 rows -> {out}",
        "total: Rp53,600",  # 16,800 + (30,000 + 6,800), grouped as English groups numbers
    ]
    sheet = load_workbook(out).active
    assert [c.value for c in list(sheet.iter_rows())[-3]][-1] == 53_600

    line = expect_failure(
        run_ucj(
            "report",
            "premium",
            "--month",
            "11-2026",
            "--out",
            str(out),
            "--user",
            "admin",
            stdin=PASSWORD,
        )
    )
    assert line == (
        "ucj report: --month: '11-2026' is not a month; write it as YYYY-MM, e.g. 2026-11"
    )
