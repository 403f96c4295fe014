"""The Laporan screen on a real store: what it shows is what it saves."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from ucj_desktop.gui.screens.report import ReportScreen
from ucj_desktop.gui.task_runner import TaskRunner

LEFT = Qt.MouseButton.LeftButton
WAIT = 60_000  # ms; a generous bound for a slow CI machine, never a sleep
TODAY = date(2026, 11, 29)


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def screen(qtbot, office, runner, add_registrations) -> ReportScreen:
    add_registrations(
        office.opened,
        office.admin.officer_id,
        2,
        seed=41,
        status="enrolled",
        kpj=lambda i: f"{26000000400 + i:011d}",
        declared_income=lambda i: (1_000_000, 2_000_000)[i],
        coverage_start=date(2026, 11, 1),
        coverage_end=date(2027, 10, 31),
    )
    widget = ReportScreen(office.opened, office.verifikator, runner=runner, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _shown(screen: ReportScreen) -> list[list[str]]:
    model = screen.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_month_premium_shows_its_total_then_saves_the_same_rows(qtbot, screen, tmp_path):
    assert screen.kind == "premium" and screen.month_combo.currentText() == "November 2026"
    shown = _shown(screen)
    assert sorted(row[-1] for row in shown[:2]) == ["Rp16.800", "Rp26.800"]
    assert shown[2][-1] == "Rp43.600"  # the totals row, last
    assert "2 baris · jumlah iuran Rp43.600" in screen.subtitle_label.text()
    assert not screen.status_combo.isVisible()

    asked: list[str] = []
    screen._ask_save_path = lambda name: asked.append(name) or tmp_path / name
    with qtbot.waitSignal(screen.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(screen.save_button, LEFT)
    assert asked == ["Iuran-3275011001-2026-11.xlsx"]
    sheet = load_workbook(saved.args[0]).active
    kpjs = [row[1] for row in shown[:2]]
    written = [[c.value for c in row] for row in sheet.iter_rows() if row[1].value in kpjs]
    assert sorted(row[-1] for row in written) == [16_800, 26_800]
    assert screen.message.title.text() == "Laporan disimpan (2 baris)"


def test_another_month_has_nobody_covered_yet(screen):
    screen.month_combo.setCurrentIndex(0)  # the list starts with next month
    assert screen.month_combo.currentText() == "Desember 2026"
    assert screen.model.rowCount() == 3  # covered through October 2027: still 2 + totals
    screen.month_combo.setCurrentIndex(screen.month_combo.count() - 1)
    assert screen.month_combo.currentText() == "Desember 2025"  # a year back
    assert [row[-1] for row in _shown(screen)] == ["Rp0"]  # the totals row alone


def test_the_roster_filters_by_state_and_saves_as_csv(qtbot, screen, office, tmp_path):
    office.register(0)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("roster"))
    assert screen.status_combo.isVisible() and not screen.month_combo.isVisible()
    assert screen.model.rowCount() == 3
    screen.status_combo.setCurrentIndex(screen.status_combo.findData("enrolled"))
    assert screen.model.rowCount() == 2
    with qtbot.waitSignal(screen.saved, timeout=WAIT):
        screen.save(tmp_path / "daftar.csv")
    with (tmp_path / "daftar.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) == 3 and {r[4] for r in rows[1:]} == {"Terdaftar BPJS"}


def test_a_file_that_cannot_be_written_says_why(qtbot, screen, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    with qtbot.waitSignal(screen.task_ended, timeout=WAIT):
        screen.save(blocked / "iuran.xlsx")
    assert screen.message.title.text() == "Laporan tidak disimpan"
    assert "tidak dapat ditulis" in screen.message.detail.text()
    assert screen.save_button.isEnabled()
