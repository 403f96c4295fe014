"""Every view before the first window (screen_walk_start.py), then every screen and the dialogs
reachable from them, on the demo store, measured for clipped text (tests/support/clipping.py)
and saved as PNGs.

Run in its own process, because Qt reads the scale factor once, when the application starts:

    QT_SCALE_FACTOR=1.25 python -m tests.support.screen_walk --data-dir D --out PNGS --report R.json

(``--data-dir``, ``--out``, ``--report`` and ``--lang`` again for each more language: one
child walks a scale in several languages, tests/support/walks.py.)

The walk runs offscreen on one 1366×768 screen (``laptop_platform``, set up by ``main``), so Qt
scales it as Windows' 125% does (1093×614 logical pixels) and dialogs that size themselves to
the screen see the laptop's; the main window fills the screen. The report lists every clip,
view by view, and the PDFs the walk saved through the app (``documents``: the recovery sheet
of the setup wizard, the referral slip of the registration screen). docs/make_screenshots.py
publishes some of its PNGs and those PDFs.
"""

from __future__ import annotations

import csv
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.support import argon2_cost
from tests.support.ack_builder import HubKeys
from tests.support.clipping import Allowed, Clip, clipped_texts
from tests.support.pdf_text import opened_pdf
from tests.support.screen_walk_start import walk_start_up
from tests.support.visible_words import visible_texts
from tests.support.walks import speak, walk_arguments
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.app import gui_settings, make_application
from ucj_desktop.gui.dialogs.card_check import CardCheckDialog
from ucj_desktop.gui.dialogs.officer import OfficerDialog
from ucj_desktop.gui.dialogs.print_preview import PrintPreviewDialog
from ucj_desktop.gui.dialogs.reject import RejectDialog
from ucj_desktop.gui.dialogs.reprint import ReprintReasonDialog
from ucj_desktop.gui.dialogs.restore import RestoreDialog
from ucj_desktop.gui.login import ChangePasswordDialog, LoginDialog
from ucj_desktop.gui.main_window import MainWindow
from ucj_desktop.gui.models.registrations import occupations_text
from ucj_desktop.gui.screens.print_cards import PrintScreen
from ucj_desktop.gui.screens.reference import ReferenceScreen
from ucj_desktop.gui.screens.registration import RegistrationScreen
from ucj_desktop.gui.screens.sync import SyncScreen
from ucj_desktop.gui.screens.verification import VerificationScreen
from ucj_desktop.gui.screens.worker_list import WorkerListScreen
from ucj_desktop.gui.tour import wait_for
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.accounts import OfficerSession, sign_in
from ucj_desktop.services.demo import (
    DEMO_PASSWORD,
    demo_people,
    demo_secret_store,
    open_or_create_demo_store,
)
from ucj_desktop.services.registration_queries import RegistrationFilter, list_registrations
from ucj_desktop.services.settings import program_config
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_keys import trusted_hub_signers
from ucj_desktop.sync.card_token import issue_card_token, verify_card_token
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows, generate_people, sample_dtsen_rows

SCREEN = QSize(1366, 768)  # the usual kelurahan laptop, in physical pixels


def windows_closed() -> None:
    """Every window of a walk closed before the next walk starts (left to Qt to delete: a
    menu's or a dialog's parent may have deleted it already)."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def save_png(widget: QWidget, path: Path, quality: int = -1) -> None:
    """A grab of ``widget`` saved as a PNG at ``path`` (``quality`` -1: Qt's default)."""
    widget.grab().save(str(path), "PNG", quality)


# Text elided on purpose, shown whole another way (path suffix, start of the text).
ALLOWED: tuple[Allowed, ...] = (
    # Free words of any length (a rejection note, up to 500 characters): whole in the tooltip
    # and in the record's detail.
    ("workerTable:Alasan", ""),
    ("QTableView:Detail", ""),  # an audit event's details: whole in the tooltip
    ("QTableView:Alasan", ""),  # a record's history, the reason column: whole in the tooltip
)


def laptop_platform(folder: Path) -> str:
    """QT_QPA_PLATFORM for an offscreen screen of the laptop's size (a config file in
    ``folder``)."""
    config = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": SCREEN.width(),
                "height": SCREEN.height(),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    path = folder / "laptop-screen.json"
    path.write_text(json.dumps(config), "utf-8")
    return f"offscreen:configfile={path}"


class Walk:
    """Shows views one after another; ``check`` measures and saves the window on top."""

    def __init__(self, opened: OpenStore, out: Path, scale: float, png_quality: int) -> None:
        self.opened = opened
        self.out = out
        self.scale = scale
        self.png_quality = png_quality
        self.size = QApplication.primaryScreen().availableGeometry().size()
        self.settings = gui_settings(opened.paths)
        self.found: dict[str, list[Clip]] = {}
        self.views: list[str] = []
        self.documents: dict[str, Path] = {}  # PDFs saved through the app, by name
        self.card_code = ""  # read from the QR of a card the print preview drew
        self.texts: dict[str, list[str]] = {}  # what a person reads, view by view

    def check(self, name: str, widget: QWidget) -> None:
        for _ in range(3):  # layouts settle over a few passes (word-wrapped heights)
            QApplication.processEvents()
        self.views.append(name)
        path = self.out / f"{len(self.views):02d}-{name}.png"
        save_png(widget, path, self.png_quality)
        clips = clipped_texts(widget, ALLOWED, self.size)
        if clips:
            self.found[name] = clips
        self.texts[name] = visible_texts(widget)

    @contextmanager
    def dialog(self, dialog: QDialog) -> Iterator[QDialog]:
        dialog.show()
        try:
            yield dialog
        finally:
            dialog.done(QDialog.DialogCode.Rejected.value)
            dialog.deleteLater()

    @contextmanager
    def window(self, who: OfficerSession) -> Iterator[MainWindow]:
        window = MainWindow(self.opened, who, self.settings)
        window.resize(self.size)
        window.show()
        try:
            yield window
        finally:
            window.close()
            window.deleteLater()

    def officer(self, username: str) -> OfficerSession:
        return sign_in(self.opened, username, DEMO_PASSWORD)


def walk(opened: OpenStore, out: Path, scale: float, start_up: Path, png_quality: int = -1) -> Walk:
    """Every view before the first window (a new office's stores in ``start_up``), then every
    view of the demo store; ``Walk.found`` holds the clips."""
    w = Walk(opened, out, scale, png_quality)
    w.documents.update(walk_start_up(w.check, start_up))
    with w.dialog(LoginDialog(opened, w.settings)) as login:
        w.check("login", login)
        login.ui.usernameEdit.setText("admin")
        login.ui.passwordEdit.setText("salah")
        login.ok_button.click()
        w.check("login-error", login)
    seen: set[str] = set()
    for username in ("admin", "petugas", "verifikator"):
        who = w.officer(username)
        with w.window(who) as window:
            for key in window.screen_keys():
                if key in seen:
                    continue
                seen.add(key)
                window.show_screen(key)
                w.check(key, window)
                screen = window.screens[key]
                extra = _EXTRA.get(key)
                if extra is not None:
                    extra(w, window, screen)
            if username == "admin":
                _admin_dialogs(w, window)
    return w


def _admin_dialogs(w: Walk, window: MainWindow) -> None:
    who = window.who
    with w.dialog(ChangePasswordDialog(w.opened, who, forced=False, parent=window)) as d:
        w.check("change-password", d)
    with w.dialog(OfficerDialog(w.opened, who, None, parent=window)) as d:
        w.check("officer-new", d)
    with w.dialog(CardCheckDialog(w.opened, who, parent=window)) as d:
        w.check("card-check", d)
        if w.card_code:  # the code read off a printed card, then one signed by another key
            d.check(w.card_code)
            w.check("card-check-genuine", d)
            claims = verify_card_token(w.card_code, trusted_hub_signers(w.opened))
            d.check(issue_card_token(claims, HubKeys.generate().signing))
            w.check("card-check-forged", d)
    with w.dialog(ReprintReasonDialog(12, parent=window)) as d:
        w.check("reprint-reason", d)
    with w.dialog(
        RestoreDialog(w.opened.paths, demo_secret_store(w.opened.paths), parent=window)
    ) as d:
        w.check("restore", d)
    window.lock()
    w.check("locked", window)
    assert window.lock_dialog is not None
    w.check("unlock", window.lock_dialog)
    window.lock_dialog.done(QDialog.DialogCode.Accepted.value)


def _registration(w: Walk, window: MainWindow, screen: QWidget) -> None:
    assert isinstance(screen, RegistrationScreen)
    rows = list_registrations(w.opened, window.who, RegistrationFilter(), limit=1)
    if rows:  # a NIK that is registered already: the hint and "open that registration"
        screen.ui.nikEdit.setText(rows[0].nik)
        screen.assess_now()
        w.check("pendaftaran-registered", window)
    screen.clear_form()
    _fill_from_dtsen(screen, next(demo_people(w.opened, window.who, date.today())).nik)
    w.check("pendaftaran-eligible", window)
    screen.clear_form()
    desil_max = program_config(w.opened).desil_max
    outside = next(row for row in sample_dtsen_rows() if int(row[-1]) > desil_max)
    _fill_from_dtsen(screen, outside[0])  # in DTSEN, desil too high: the referral slip
    w.check("pendaftaran-ineligible", window)
    slip = w.out / "dokumen" / "surat-rujukan.pdf"
    slip.parent.mkdir(exist_ok=True)
    screen._ask_pdf_path = lambda: slip  # type: ignore[method-assign]
    wait_for(screen.slip_printed, screen.panel.referral_button.click)
    w.documents["referral-slip"] = slip
    screen.clear_form()
    person = next(generate_people(77, 1, date.today()))
    screen.ui.nikEdit.setText(person.nik)  # not in the extract: the referral slip
    screen.ui.nameEdit.setText(person.full_name)
    screen.ui.addressEdit.setText(person.address)
    screen.submit()  # nothing saved: every problem shown under its field
    w.check("pendaftaran-problems", window)
    screen.clear_form()


def _fill_from_dtsen(screen: RegistrationScreen, nik: str) -> None:
    """A NIK typed (DTSEN fills the rest), an occupation chosen, consent given, checked."""
    screen.ui.nikEdit.setText(nik)
    screen.ui.occupation1Combo.setCurrentIndex(1)
    screen.ui.consentCheck.setChecked(True)
    screen.assess_now()


def _workers(w: Walk, window: MainWindow, screen: QWidget) -> None:
    assert isinstance(screen, WorkerListScreen)
    for status in (Status.REJECTED, None):
        screen.select_status(status)
        screen.requery()
        w.check(f"pekerja-{status.value if status else 'semua'}", window)
    rows = list_registrations(w.opened, window.who, RegistrationFilter(), limit=500)
    rejected = [r for r in rows if r.status is Status.REJECTED]
    longest = max(rows, key=lambda r: len(occupations_text(r.occupations)), default=None)
    for name, row in (
        ("registration-detail", rejected[0] if rejected else None),
        ("registration-detail-occupations", longest),
    ):
        if row is not None:  # the reason box; the longest words (wrapped over two lines)
            dialog = screen.open_detail(row.id)
            w.check(name, dialog)
            dialog.close()


def _verification(w: Walk, window: MainWindow, screen: QWidget) -> None:
    assert isinstance(screen, VerificationScreen)
    screen.fields_scroll.ensureWidgetVisible(screen.panel)  # the eligibility under the record
    w.check("verifikasi-kelayakan", window)
    row = screen.current_row()
    with w.dialog(RejectDialog(row.full_name if row else "—", parent=window)) as d:
        w.check("reject", d)


def _print(w: Walk, window: MainWindow, screen: QWidget) -> None:
    assert isinstance(screen, PrintScreen)
    entries = screen.shown_entries()[:2]
    if not entries or screen.print_run("cards", entries) is None:
        return
    deadline = time.monotonic() + 60
    while screen.task is not None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    preview = screen.findChild(PrintPreviewDialog)
    if preview is not None:
        w.check("print-preview", preview)
        w.card_code = _first_qr(preview.run.pdf, page=1)  # the backs follow the fronts
        preview.done(QDialog.DialogCode.Rejected.value)


def _first_qr(pdf: bytes, page: int) -> str:
    """The text of a QR code on ``page`` of ``pdf``, as a scanner at the counter reads it."""
    with opened_pdf(pdf) as document:
        image = document[page].render(scale=4).to_pil()
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    if not found:
        raise RuntimeError("no QR code on the printed cards' backs")
    return str(found[0].text)


# Six rows the importer refuses, each for another reason (column, value).
_BAD_CELLS = (
    ("DESIL", "11"),
    ("NIK", "3.27501E+15"),  # Excel's scientific notation: the last digits are gone
    ("NIK", "327501010190001"),  # 15 digits
    ("JK", "X"),
    ("TGL_LAHIR", "31/02/1990"),
    ("KODE_KELURAHAN", "32.75.99.9999"),
)


def _reference(w: Walk, window: MainWindow, screen: QWidget) -> None:
    """An extract with bad rows, the box "valid rows only" unchecked: nothing changes, and
    every rejected row is listed with its column and reason."""
    assert isinstance(screen, ReferenceScreen)
    if screen.accept_valid_check.isChecked():
        raise RuntimeError("the import would load the valid rows of a bad extract")
    rows = [list(row) for row in dtsen_rows(91, 200, date.today())]
    for n, (column, value) in enumerate(_BAD_CELLS):
        rows[n * 31 + 3][DTSEN_HEADER.index(column)] = value
    path = w.opened.paths.root.parent / "flashdisk" / "dtsen-revisi.csv"
    path.parent.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(DTSEN_HEADER)
        writer.writerows(rows)
    wait_for(screen.import_ended, lambda: screen.start_import("dtsen", path))
    if screen.rejected_model.rowCount() != len(_BAD_CELLS):
        raise RuntimeError(f"{screen.rejected_model.rowCount()} rows refused")
    w.check("referensi-rejected", window)


def _sync(w: Walk, window: MainWindow, screen: QWidget) -> None:
    """A batch of the verified records, then the demo hub's answer: batches and acks shown."""
    assert isinstance(screen, SyncScreen)
    folder = w.opened.paths.root / "kirim"
    wait_for(screen.task_ended, lambda: screen.export_batch(folder))
    w.check("sinkronisasi-batch", window)
    wait_for(screen.task_ended, screen.demo_hub_button.click)
    if screen.model.rowCount() == 0 or not all(
        screen.model.batch_at(r).acked for r in range(screen.model.rowCount())
    ):
        raise RuntimeError("the demo hub left a batch unanswered")
    w.check("sinkronisasi-hub", window)


_EXTRA: dict[str, Callable[[Walk, MainWindow, QWidget], None]] = {
    "pendaftaran": _registration,
    "pekerja": _workers,
    "verifikasi": _verification,
    "sinkronisasi": _sync,
    "cetak": _print,
    "referensi": _reference,
}


def main() -> int:
    args = walk_arguments("every view of the demo store, measured and saved")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    # The app and its laptop screen once; then a walk a language, each on its own data folder.
    os.environ["QT_QPA_PLATFORM"] = laptop_platform(args.walks[0].data_dir.parent)
    make_application()
    for one in args.walks:
        speak(one.language)
        with argon2_cost.hasher(argon2_cost.CHEAP):  # the walk measures layout, not the cost
            opened = open_or_create_demo_store(StorePaths(one.data_dir))
            try:
                start_up = one.data_dir.parent / f"{one.data_dir.name}-start-up"
                result = walk(opened, one.out, scale, start_up, args.png_quality)
            finally:
                opened.close()
        report = {
            "scale": scale,
            "size": [result.size.width(), result.size.height()],
            "views": result.views,
            "clips": {view: [str(c) for c in clips] for view, clips in result.found.items()},
            "documents": {name: str(path) for name, path in result.documents.items()},
            "texts": result.texts,
        }
        one.report.write_text(json.dumps(report, indent=1, ensure_ascii=False), "utf-8")
        windows_closed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
