"""The hub desk's screens one at a time (SQLite): Kantor's red mark and enrolment, Paket
masuk's Batal, the waiting line's reasons and its pages, BPJS with nothing to send, the
city's reports, the trail a page at a time."""

from __future__ import annotations

import json
import threading
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt

from tests.gui_hub.conftest import QUOTA, T0, city_of, shown, workers
from tests.support.city import bpjs_answer
from ucj_desktop.domain.hub_watch import SILENT_AFTER_DAYS, WaitReason
from ucj_desktop.domain.permissions import Permission
from ucj_desktop.gui.hub.audit import HubAuditScreen
from ucj_desktop.gui.hub.bpjs import BpjsScreen
from ucj_desktop.gui.hub.intake import IntakeScreen
from ucj_desktop.gui.hub.models import RED, OfficesModel, TrailModel
from ucj_desktop.gui.hub.offices import OfficesScreen
from ucj_desktop.gui.hub.quota import QuotaScreen
from ucj_desktop.hub import desk_views, synthetic
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import coverage_period, export_bpjs, import_bpjs
from ucj_desktop.hub.desk import as_operator
from ucj_desktop.hub.desk_reports import CityReportRequest, build_report

WAIT = 60_000


def _rows(model) -> list:
    return [model.row_at(n) for n in range(model.rowCount())]


def test_an_office_silent_for_the_backlog_days_is_marked_red(
    qtbot, operators, sqlite_desk, tmp_path
):
    city = city_of(sqlite_desk, tmp_path / "city", 2)
    city.ingest(city.batch(city.office(0), workers(2, 1)))
    later = date.today() + timedelta(days=SILENT_AFTER_DAYS)
    for today, silent in ((date.today(), False), (later - timedelta(days=1), False), (later, True)):
        screen = OfficesScreen(sqlite_desk, operators["admin"], today=today)
        shown(qtbot, screen)
        [sent, quiet] = screen.rows
        assert (sent.silent, quiet.silent) == (silent, silent)
        index = screen.model.index(0, OfficesModel.COL_SILENT)
        assert (index.data(Qt.ItemDataRole.ForegroundRole) == RED) is silent
        assert index.data() == (
            "hari ini" if today == date.today() else f"{(today - date.today()).days} hari"
        )


def test_the_admin_enrolls_a_laptop_and_reads_its_fingerprint_back(
    qtbot, operators, sqlite_desk, tmp_path
):
    screen = OfficesScreen(sqlite_desk, operators["admin"])
    shown(qtbot, screen)
    office = synthetic.offices(1, seed=5)[0]
    key_file = tmp_path / "kunci.json"
    key_file.write_text(json.dumps(office.enrollment()), encoding="utf-8")
    with qtbot.waitSignal(screen.enrolled, timeout=WAIT):
        screen.enroll(key_file)
    assert office.enrollment()["fingerprint"] in screen.message.detail.text()
    assert [r.office_code for r in screen.rows] == [office.code]
    bad = tmp_path / "bukan-kunci.json"
    bad.write_text("{}", encoding="utf-8")
    with qtbot.waitSignal(screen.task_ended, timeout=WAIT):
        screen.enroll(bad)
    assert screen.message.title.text() == "Tidak berhasil"
    assert len(screen.rows) == 1


def test_batal_stops_the_ingest_and_what_was_stored_stays(qtbot, operators, sqlite_desk, tmp_path):
    city = city_of(sqlite_desk, tmp_path / "city")
    files = [city.batch(city.office(n % 3), workers(2, 20 + n)) for n in range(5)]
    screen = IntakeScreen(sqlite_desk, operators["petugas"])
    shown(qtbot, screen)
    gate = threading.Event()  # the write worker is busy until the Batal is pressed
    screen.runner.run(lambda _p, _c: gate.wait(10), on_done=lambda _r: None, on_failed=print)
    with qtbot.waitSignal(screen.ingested, timeout=WAIT) as done:
        screen.take(files)
        assert screen.cancel_button.isVisible()  # the screen is shown: Batal is offered
        screen.cancel_button.click()
        gate.set()
    run = done.args[0]
    assert (run.files, len(run.results), run.taken, run.stopped) == (5, 1, 1, True)
    assert "Dihentikan sebelum paket terakhir" in screen.message.detail.text()
    assert desk_views.package_count(sqlite_desk) == 1


def test_the_line_says_why_each_waits_and_comes_a_page_at_a_time(
    qtbot, operators, sqlite_desk, tmp_path
):
    desk = sqlite_desk
    city = city_of(desk, tmp_path / "city", 2)
    # Quota 10: twelve of the priority band, verified a minute apart: two wait behind the
    # last seat. Then, the seats all held, three earlier-verified priority workers and two
    # of desil 4 arrive: they wait too, for no seat was free when they were decided.
    city.ingest(city.batch(city.office(0), workers(12, 1, desil=2)))
    as_operator(desk, operators["admin"], Permission.HUB_CYCLE, allocate)
    city.ingest(city.batch(city.office(1), workers(3, 2, desil=1, start=T0 - timedelta(days=2))))
    city.ingest(city.batch(city.office(1), workers(2, 3, desil=4, start=T0 + timedelta(days=1))))
    as_operator(desk, operators["admin"], Permission.HUB_CYCLE, allocate)
    screen = QuotaScreen(desk, operators["verifikator"])
    shown(qtbot, screen)
    assert screen.view is not None and screen.view.waiting == 7
    line = _rows(screen.model)
    assert [(w.person.rank, w.person.desil, w.reason) for w in line] == [
        (1, 1, WaitReason.QUOTA_FULL),
        (2, 1, WaitReason.QUOTA_FULL),
        (3, 1, WaitReason.QUOTA_FULL),
        (4, 2, WaitReason.VERIFIED_LATER),
        (5, 2, WaitReason.VERIFIED_LATER),
        (6, 4, WaitReason.OUTSIDE_PRIORITY),
        (7, 4, WaitReason.OUTSIDE_PRIORITY),
    ]
    assert screen.model.index(5, screen.model.COL_WHY).data() == "Di luar desil prioritas"
    assert screen.model.index(0, screen.model.COL_DESIL).data() == "1 (prioritas)"
    name = screen.model.index(0, screen.model.COL_NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole).count("*") == 6  # the NIK, masked
    # The last seat went to the tenth of the first batch, of office 0.
    assert f"dari kantor {city.office(0).code}" in screen.cutoff_label.text()
    assert screen.values["free"].text() == "0"
    # Pages of two: the same line, each rank once.
    screen.model.page_size = 2
    screen.refresh()
    assert screen.model.rowCount() == 2
    while screen.model.canFetchMore():
        screen.model.fetchMore()
    assert [w.person.rank for w in _rows(screen.model)] == list(range(1, 8))
    with qtbot.waitSignal(screen.counted, timeout=WAIT) as counted:
        screen.refresh()
    assert counted.args[0].states == {"allocated": QUOTA, "waiting": 7}


def test_bpjs_with_nothing_to_send_says_so_and_a_stranger_nik_is_held(
    qtbot, operators, sqlite_desk, tmp_path
):
    desk = sqlite_desk
    screen = BpjsScreen(desk, operators["verifikator"])
    shown(qtbot, screen)
    with qtbot.waitSignal(screen.task_ended, timeout=WAIT):
        screen.write_file(tmp_path / "kolektif.xlsx")
    assert screen.message.detail.text().startswith(
        "Tidak ada pekerja yang menunggu dikirim ke BPJS"
    )
    assert not (tmp_path / "kolektif.xlsx").exists()
    city = city_of(desk, tmp_path / "city", 1)
    city.ingest(city.batch(city.office(0), workers(3, 1)))
    allocate(desk.hub)
    upload = export_bpjs(desk.hub, tmp_path / "k1.xlsx").path
    answer = tmp_path / "hasil.csv"
    stranger = workers(1, 77)[0].nik
    answer.write_text(f"NIK,KPJ,KETERANGAN\r\n{stranger},12345678901,\r\n", encoding="utf-8")
    with qtbot.waitSignal(screen.quarantined, timeout=WAIT) as held:
        screen.read_result(answer)
    [line] = held.args[0]
    assert (line.line, line.nik, line.standing) == (2, stranger, ())
    assert screen.quarantine_model.index(0, 4).data() == "NIK ini tidak pernah diterima hub"
    assert upload.exists()


def test_the_city_reports_sum_the_offices_reports(operators, sqlite_desk, tmp_path):
    desk = sqlite_desk
    city = city_of(desk, tmp_path / "city", 2)
    for n in (0, 1):
        city.ingest(city.batch(city.office(n), workers(4, n + 1)))
    allocate(desk.hub)
    upload = export_bpjs(desk.hub, tmp_path / "k.xlsx").path
    bpjs_answer(upload, tmp_path / "hasil.xlsx")
    import_bpjs(desk.hub, tmp_path / "hasil.xlsx")
    admin = operators["admin"]
    month = coverage_period(date.today(), 3)[0]
    city_bill = build_report(desk, admin, CityReportRequest("premium", month=month))
    total = 0
    per_office = {row[1]: row for row in city_bill.rows}  # No., code, name, workers, …
    for office in city.offices:
        own = build_report(
            desk, admin, CityReportRequest("premium", office=office.code, month=month)
        )
        assert len(own.rows) == 4 and own.totals is not None
        total += int(str(own.totals[-1]))
        # The city's line for the office: its workers counted, its bill the office's own.
        assert per_office[office.code][3] == len(own.rows)
        assert per_office[office.code][-1] == own.totals[-1]
        roster = build_report(desk, admin, CityReportRequest("roster", office=office.code))
        assert {r[4] for r in roster.rows} == {office.code}
        assert all("*" in str(r[2]) for r in roster.rows)  # NIKs masked
    assert city_bill.totals is not None and city_bill.totals[-1] == total
    quota = build_report(desk, admin, CityReportRequest("quota", office=city.office(0).code))
    assert dict(quota.rows)["Diterima hub"] == 4 and dict(quota.rows)["Terdaftar BPJS"] == 4


def test_the_trail_comes_a_page_at_a_time_newest_first(qtbot, operators, sqlite_desk, tmp_path):
    desk = sqlite_desk
    city_of(desk, tmp_path / "city", 3)  # three enrolments, and the hub's own first event
    screen = HubAuditScreen(desk, operators["admin"])
    shown(qtbot, screen)
    screen.model.page_size = 2
    screen.requery()
    while screen.model.canFetchMore():
        screen.model.fetchMore()
    seqs = [e.seq for e in _rows(screen.model)]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == len(set(seqs)) == 4
    screen.select_action("device.enrolled")
    assert screen.count_label.text() == "3 kejadian"
    assert {e.action for e in _rows(screen.model)} == {"device.enrolled"}
    assert screen.model.index(0, TrailModel.COL_OPERATOR).data()


def test_a_screen_closed_while_it_reads_takes_no_answer(qtbot, operators, sqlite_desk):
    """A hub screen deleted while its read runs (its window closed on sign-out or a lock)
    drops the answer: its labels are gone, and writing to them would raise on the GUI thread
    (pytest-qt fails the test on an exception in the event loop)."""
    screen = HubAuditScreen(sqlite_desk, operators["admin"])
    runner = screen.runner
    screen.show()  # not given to qtbot: the test deletes it itself
    qtbot.waitExposed(screen)
    screen.grab()  # painted: a read starts at once
    qtbot.waitUntil(lambda: not screen.reading, timeout=WAIT)  # its own first reads are in
    gate = threading.Event()
    answered: list[str] = []
    label = screen.count_label

    def done(text: str) -> None:
        answered.append(text)
        label.setText(text)

    screen.read_later(lambda: "late" if gate.wait(10) else "never", done)
    assert screen.reading == 1  # started, not waiting for a paint
    screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    qtbot.waitUntil(lambda: not runner.active(), timeout=WAIT)
    QCoreApplication.processEvents()
    assert answered == []
