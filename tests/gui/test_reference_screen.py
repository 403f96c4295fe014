"""The reference data screen on a real encrypted store with the real import service.

Files are synthetic DTSEN extracts written with csv into tmp_path. Imports run on a real
TaskRunner; the tests wait for the screen's signals (no sleeps). The file dialog, the folder
opener and warnings are answered on the instance.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QThread

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.files.reference_reader import RejectedRow
from ucj_desktop.gui.dialogs.column_map import ColumnMapDialog
from ucj_desktop.gui.models.reference import PeopleTableModel, RejectedRowsModel
from ucj_desktop.gui.screens.reference import ReferenceScreen
from ucj_desktop.gui.task_runner import TaskRunner
from ucj_desktop.gui.text.error_text import code_text
from ucj_desktop.services.reference_import import ImportCancelled, ImportReport, sources_in_force
from ucj_desktop.services.reference_lookup import DtsenPersonView, lookup_nik
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows
from ucj_desktop.wording.import_reasons import reason_text

LEFT = Qt.MouseButton.LeftButton
WAIT = 60_000  # ms; a generous bound for a slow CI machine, never a sleep
DESIL = DTSEN_HEADER.index("DESIL")
NIK = DTSEN_HEADER.index("NIK")
NAME = DTSEN_HEADER.index("NAMA")


def people(seed: int, count: int) -> list[list[str]]:
    return [list(row) for row in dtsen_rows(seed, count, date.today())]


def write_csv(path: Path, rows: Sequence[Sequence[str]], header=DTSEN_HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def sha12(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def on_gui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


@pytest.fixture
def screen(qtbot, opened_store, admin_session, runner):
    widget = ReferenceScreen(opened_store, admin_session, runner=runner)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.warnings = []
    widget._warn = widget.warnings.append
    widget._ask_file = lambda kind: pytest.fail("unexpected file dialog")
    widget._open_folder = lambda folder: pytest.fail("unexpected folder")
    return widget


def import_file(qtbot, screen, path: Path, kind: str = "dtsen", accept_valid: bool = False):
    """Click the card's import button, answer the file dialog, wait until the import ends."""
    screen._ask_file = lambda asked: path if asked == kind else pytest.fail(asked)
    check = screen.accept_valid_check
    if check.isChecked() != accept_valid:
        qtbot.mouseClick(check, LEFT, pos=QPoint(8, check.height() // 2))  # on the box
    assert check.isChecked() == accept_valid
    with qtbot.waitSignal(screen.import_ended, timeout=WAIT):
        qtbot.mouseClick(screen.cards[kind].import_button, LEFT)


def column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


@pytest.fixture
def baseline(qtbot, screen, tmp_path):
    """A first extract in force (10 people), imported through the screen."""
    rows = people(1, 10)
    path = write_csv(tmp_path / "dtsen-lama.csv", rows)
    import_file(qtbot, screen, path)
    assert screen.result_title.text() == "10 baris dimuat"
    return rows


def test_before_any_import_the_cards_say_there_is_no_data(screen):
    for card in screen.cards.values():
        assert card.file_label.text() == "Belum ada data"
        assert card.import_button.isEnabled()
    assert screen.result_title.text() == "Belum ada impor"
    assert screen.progress_row.isHidden()
    assert screen.rejected_table.isHidden()


def test_a_valid_file_is_imported_and_shown_on_its_card(qtbot, screen, tmp_path, opened_store):
    path = write_csv(tmp_path / "dtsen-2026.csv", people(3, 40))
    with qtbot.waitSignal(screen.imported, timeout=WAIT) as done:
        import_file(qtbot, screen, path)
    report = done.args[0]
    assert isinstance(report, ImportReport) and report.applied

    card = screen.cards["dtsen"]
    assert card.file_label.text() == "dtsen-2026.csv"
    assert "40 baris diterima, 0 ditolak" in card.detail_label.text()
    assert card.detail_label.text().startswith("Diimpor ")
    assert card.hash_label.text() == f"SHA-256 {sha12(path)}"
    assert screen.cards["coverage"].file_label.text() == "Belum ada data"
    assert screen.result_title.text() == "40 baris dimuat"
    assert screen.rejected_table.isHidden() and screen.report_row.isHidden()
    assert screen.progress_row.isHidden()
    assert all(c.import_button.isEnabled() for c in screen.cards.values())
    assert sources_in_force(opened_store)["dtsen"].rows_accepted == 40


def test_a_bad_row_with_the_box_unchecked_changes_nothing_and_is_listed(
    qtbot, screen, tmp_path, opened_store, admin_session, baseline
):
    rows = people(2, 20)
    rows[4][DESIL] = "11"  # file line 6
    path = write_csv(tmp_path / "dtsen-baru.csv", rows)
    import_file(qtbot, screen, path, accept_valid=False)

    assert screen.result_title.text() == "Tidak ada yang diubah"
    assert "1 dari 20 baris" in screen.result_detail.text()
    model = screen.rejected_model
    assert screen.rejected_table.isVisible()
    assert model.rowCount() == 1
    assert column(model, RejectedRowsModel.COL_LINE) == ["6"]
    assert column(model, RejectedRowsModel.COL_COLUMN) == ["DESIL"]
    assert column(model, RejectedRowsModel.COL_REASON) == [
        reason_text("desil.invalid", {"min": 1, "max": 10})
    ]
    report_file = tmp_path / "dtsen-baru.errors.csv"
    assert report_file.is_file()
    assert str(report_file) in screen.report_label.text()
    opened: list[Path] = []
    screen._open_folder = lambda folder: opened.append(folder) or True
    qtbot.mouseClick(screen.open_folder_button, LEFT)
    assert opened == [tmp_path]

    # The data in force are the baseline's, untouched.
    assert screen.cards["dtsen"].file_label.text() == "dtsen-lama.csv"
    assert sources_in_force(opened_store)["dtsen"].file_name == "dtsen-lama.csv"
    assert lookup_nik(opened_store, admin_session, baseline[0][NIK]).dtsen is not None
    assert lookup_nik(opened_store, admin_session, rows[0][NIK]).dtsen is None
    assert screen.warnings == []


def test_with_the_box_checked_the_valid_rows_are_loaded(
    qtbot, screen, tmp_path, opened_store, admin_session, baseline
):
    rows = people(2, 20)
    rows[4][DESIL] = "11"
    path = write_csv(tmp_path / "dtsen-baru.csv", rows)
    import_file(qtbot, screen, path, accept_valid=True)

    assert screen.result_title.text() == "19 baris dimuat"
    assert "1 baris ditolak dan dilewati" in screen.result_detail.text()
    assert column(screen.rejected_model, RejectedRowsModel.COL_LINE) == ["6"]
    card = screen.cards["dtsen"]
    assert card.file_label.text() == "dtsen-baru.csv"
    assert "19 baris diterima, 1 ditolak" in card.detail_label.text()
    assert lookup_nik(opened_store, admin_session, rows[0][NIK]).dtsen is not None
    assert lookup_nik(opened_store, admin_session, rows[4][NIK]).dtsen is None
    assert lookup_nik(opened_store, admin_session, baseline[0][NIK]).dtsen is None  # replaced


def test_an_unknown_nik_header_opens_the_column_map_and_the_mapped_import_succeeds(
    qtbot, screen, tmp_path, opened_store, admin_session
):
    header = ["NOMOR KTP", *DTSEN_HEADER[1:]]
    rows = people(4, 25)
    path = write_csv(tmp_path / "dtsen-ktp.csv", rows, header=header)
    with qtbot.waitSignal(screen.mapping_requested, timeout=WAIT) as asked:
        import_file(qtbot, screen, path)
    dialog = asked.args[0]
    assert isinstance(dialog, ColumnMapDialog)
    qtbot.waitExposed(dialog)
    assert screen.column_dialog is dialog
    assert screen.result_title.text() == "Kolom berkas belum dikenali"
    assert "NIK" in dialog.problem_label.text()
    # Every other field was recognised from its usual spelling; NIK is left to the officer.
    assert dialog.combos["nik"].currentData() is None
    assert dialog.combos["full_name"].currentText() == "NAMA"
    assert dialog.combos["desil"].currentText() == "DESIL"

    # OK without a NIK column is refused in the dialog.
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Pilih kolom untuk: NIK."

    combo = dialog.combos["nik"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("NOMOR KTP"))
    assert dialog.error_label.isHidden()
    with qtbot.waitSignal(screen.import_ended, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert screen.result_title.text() == "25 baris dimuat"
    assert screen.cards["dtsen"].file_label.text() == "dtsen-ktp.csv"
    assert lookup_nik(opened_store, admin_session, rows[0][NIK]).dtsen is not None
    assert screen.column_dialog is None


def test_closing_the_column_map_changes_nothing(qtbot, screen, tmp_path, opened_store):
    path = write_csv(tmp_path / "x.csv", people(4, 5), header=["NOMOR KTP", *DTSEN_HEADER[1:]])
    with qtbot.waitSignal(screen.mapping_requested, timeout=WAIT) as asked:
        import_file(qtbot, screen, path)
    with qtbot.waitSignal(asked.args[0].finished):
        asked.args[0].reject()
    assert screen.result_title.text() == "Tidak ada yang diubah"
    assert "dtsen" not in sources_in_force(opened_store)


def test_cancel_during_a_big_import_keeps_the_previous_data(
    qtbot, screen, tmp_path, opened_store, admin_session, baseline
):
    rows = people(9, 30_000)
    path = write_csv(tmp_path / "dtsen-besar.csv", rows)
    screen.batch_size = 1000  # a progress step (and a cancel check) every 1,000 rows
    screen._ask_file = lambda kind: path
    shown: list[str] = []

    def first_progress(*_args: object) -> None:
        if not shown:
            shown.append(screen.progress_label.text())
            qtbot.mouseClick(screen.cancel_button, LEFT)

    with qtbot.waitSignal(screen.import_failed, timeout=WAIT) as failed:
        qtbot.mouseClick(screen.cards["dtsen"].import_button, LEFT)
        assert screen.progress_row.isVisible()
        screen.task.progressed.connect(first_progress)

    assert isinstance(failed.args[0], ImportCancelled)
    assert re.fullmatch(r"\d+% · 1\.000 baris", shown[0])
    assert screen.result_title.text() == "Impor dibatalkan. Data sebelumnya tidak berubah."
    assert screen.progress_row.isHidden()
    assert screen.cards["dtsen"].import_button.isEnabled()
    assert screen.cards["dtsen"].file_label.text() == "dtsen-lama.csv"
    source = sources_in_force(opened_store)["dtsen"]
    assert (source.file_name, source.rows_accepted) == ("dtsen-lama.csv", 10)
    assert lookup_nik(opened_store, admin_session, baseline[3][NIK]).dtsen is not None
    assert lookup_nik(opened_store, admin_session, rows[0][NIK]).dtsen is None


def test_the_import_runs_off_the_gui_thread_and_reports_progress_before_done(
    qtbot, screen, tmp_path
):
    path = write_csv(tmp_path / "dtsen.csv", people(5, 6000))
    screen.batch_size = 1000
    screen._ask_file = lambda kind: path
    events: list[tuple[object, ...]] = []

    qtbot.mouseClick(screen.cards["dtsen"].import_button, LEFT)
    # The click returned with the import still under way: nothing waited for it.
    handle = screen.task
    assert handle is not None and handle.running
    assert not screen.cards["dtsen"].import_button.isEnabled()
    assert not screen.cards["coverage"].import_button.isEnabled()
    assert not screen.accept_valid_check.isEnabled()
    assert screen.cancel_button.isEnabled()
    assert screen.result_title.text() == "Mengimpor dtsen.csv…"
    assert screen.start_import("coverage", path) is None  # one import at a time
    handle.progressed.connect(lambda *args: events.append(("progress", on_gui_thread(), *args)))
    handle.succeeded.connect(lambda report: events.append(("done", on_gui_thread())))
    with qtbot.waitSignal(screen.import_ended, timeout=WAIT):
        pass

    progress = [e for e in events if e[0] == "progress"]
    assert events[0][0] == "progress"
    assert events[-1] == ("done", True)
    assert len(progress) >= 6  # a step per 1,000 rows
    assert all(on_gui for _kind, on_gui, *_args in progress)
    assert [rows for *_e, rows in progress][:6] == [1000, 2000, 3000, 4000, 5000, 6000]
    _kind, _gui, done, total, rows = progress[-1]
    assert (done, rows) == (total, 6000)
    assert screen.result_title.text() == "6.000 baris dimuat"


def test_a_file_problem_is_told_in_the_panel(qtbot, screen, tmp_path):
    path = tmp_path / "kosong.csv"
    path.write_bytes(b"")
    import_file(qtbot, screen, path)
    assert screen.result_title.text() == "Impor gagal"
    assert screen.result_detail.text() == code_text("file.empty")
    assert screen.cards["dtsen"].file_label.text() == "Belum ada data"


def test_search_finds_a_person_by_a_middle_substring_and_masks_the_nik(
    qtbot, screen, tmp_path, baseline
):
    person = baseline[6]
    name = person[NAME]
    needle = name[2:-2]
    assert len(needle) >= 3 and not name.startswith(needle)
    screen.cards["dtsen"].import_button.setFocus()
    qtbot.keyClick(
        screen.cards["dtsen"].import_button, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert screen.tabs.currentIndex() == 1
    assert screen.search_edit.hasFocus()
    qtbot.keyClicks(screen.search_edit, needle)
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)

    model = screen.people_model
    niks = column(model, PeopleTableModel.COL_NIK)
    names = column(model, PeopleTableModel.COL_NAME)
    assert (mask_nik(person[NIK]), name) in zip(niks, names, strict=True)
    assert person[NIK] not in niks
    row = names.index(name)
    assert model.index(row, PeopleTableModel.COL_DESIL).data() == person[DESIL]
    assert model.index(row, PeopleTableModel.COL_KELURAHAN).data() != ""
    assert screen.search_message.text().endswith("ditemukan.")


def test_a_too_short_search_says_so(qtbot, screen, baseline):
    screen.show_search()
    qtbot.keyClicks(screen.search_edit, "ab")
    qtbot.mouseClick(screen.search_button, LEFT)
    assert screen.search_message.text() == code_text("search.too_short", {"minimum": 3})
    assert screen.people_model.rowCount() == 0


def test_two_columns_for_one_field_are_resolved_in_the_column_map(
    qtbot, screen, tmp_path, opened_store, admin_session
):
    rows = [[*row, "Bekasijaya"] for row in people(6, 12)]
    path = write_csv(tmp_path / "dua-kolom.csv", rows, header=[*DTSEN_HEADER, "KELURAHAN"])
    with qtbot.waitSignal(screen.mapping_requested, timeout=WAIT) as asked:
        import_file(qtbot, screen, path)
    dialog = asked.args[0]
    assert "Kelurahan" in dialog.problem_label.text()
    assert "“KODE_KELURAHAN”, “KELURAHAN”" in dialog.problem_label.text()
    kelurahan = dialog.combos["kelurahan"]
    assert kelurahan.currentText() == "KODE_KELURAHAN"  # the first candidate, to confirm

    kelurahan.setCurrentIndex(0)  # "none": the two candidates would clash again
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text() == "Pilih satu kolom untuk Kelurahan."
    dialog.choose("full_name", "NIK")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text() == "Kolom “NIK” dipilih untuk lebih dari satu data: NIK, Nama."

    dialog.choose("full_name", "NAMA")
    dialog.choose("kelurahan", "KELURAHAN")
    assert dialog.mapping()["KELURAHAN"] == "kelurahan"
    with qtbot.waitSignal(screen.imported, timeout=WAIT) as done:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert done.args[0].rows_accepted == 12
    person = lookup_nik(opened_store, admin_session, rows[0][NIK]).dtsen
    assert person is not None and person.kelurahan_code == "32.75.01.1001"  # Bekasijaya


def test_the_table_models_show_rows_without_widgets(qapp):
    rejected = RejectedRowsModel()
    rejected.set_rows(
        [RejectedRow(7, "JK", "sex", "sex.invalid"), RejectedRow(3, "NIK", "nik", "nik.empty")]
    )
    headers = [rejected.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Baris", "Kolom", "Alasan"]
    assert column(rejected, RejectedRowsModel.COL_REASON) == [
        reason_text("sex.invalid", {}),
        reason_text("nik.empty", {}),
    ]
    assert rejected.index(1, 0).data(RejectedRowsModel.SORT_ROLE) == 3

    people_model = PeopleTableModel()
    nik = people(1, 1)[0][NIK]
    person = DtsenPersonView(
        nik, None, "Siti Rahayu", None, "P", None, None, None, "32.75.01.1001", 2, 2
    )
    people_model.set_people([person])
    shown = [people_model.index(0, c).data() for c in range(4)]
    assert shown == [mask_nik(nik), "Siti Rahayu", "2", "Bekasijaya"]
    assert nik not in shown
    assert people_model.index(0, 0).data(PeopleTableModel.PERSON_ROLE) is person
