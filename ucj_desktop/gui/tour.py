"""The tour's last part on a demo store: one new worker the whole way, through the real
screens in the officers' own windows (register -> verify -> batch -> demo hub ack -> card),
a PNG of the window at each step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ucj_desktop.gui.main_window import MainWindow
from ucj_desktop.gui.screens.print_cards import PrintScreen
from ucj_desktop.gui.screens.registration import RegistrationScreen
from ucj_desktop.gui.screens.sync import SyncScreen
from ucj_desktop.gui.screens.verification import VerificationScreen
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.demo import DEMO_PASSWORD, demo_people
from ucj_desktop.services.store_access import OpenStore

LOOP_STEPS = ("loop-register", "loop-verify", "loop-batch", "loop-ack", "loop-card")
_WAIT_MS = 60_000


class TourStuck(RuntimeError):
    """A step of the tour did not finish (its signal never came)."""


def wait_for(signal: SignalInstance, start: Callable[[], object]) -> list[object]:
    """Run the event loop, call ``start`` once it runs, and return ``signal``'s arguments when
    it comes. ``start`` runs inside the loop so the order is fixed: a signal it emits at once
    (on this thread) and one a worker sends later both quit a loop that is running (a quit
    before ``exec`` would be lost, and the tour would wait out its limit)."""
    loop = QEventLoop()
    got: list[object] = []
    came: list[bool] = []
    failed: list[BaseException] = []

    def done(*args: object) -> None:
        got.extend(args)
        came.append(True)
        loop.quit()

    def begin() -> None:
        try:
            start()
        except Exception as exc:  # noqa: BLE001  (raised again below, outside the event loop)
            failed.append(exc)
            loop.quit()

    signal.connect(done)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    try:
        QTimer.singleShot(0, begin)
        limit.start(_WAIT_MS)
        loop.exec()
    finally:
        limit.stop()
        signal.disconnect(done)
    if failed:
        raise failed[0]
    if not came:
        raise TourStuck(str(signal))
    return got


def _window(opened: OpenStore, username: str, settings: QSettings) -> MainWindow:
    window = MainWindow(opened, sign_in(opened, username, DEMO_PASSWORD), settings)
    window.resize(1366, 768)
    window.show()
    return window


def _save(widget: QWidget, out: Path, number: int, step: str) -> Path:
    QApplication.processEvents()
    path = out / f"{number:02d}-{step}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def tour_demo_loop(opened: OpenStore, settings: QSettings, out: Path, number: int) -> list[Path]:
    """One new worker from the sample extract the whole way; PNGs numbered from ``number``."""
    saved: list[Path] = []
    petugas = _window(opened, "petugas", settings)
    verifikator = _window(opened, "verifikator", settings)
    try:
        person = next(demo_people(opened, petugas.who, date.today()))
        petugas.show_screen("pendaftaran")
        form = petugas.screens["pendaftaran"]
        assert isinstance(form, RegistrationScreen)
        wait_for(form.assessed, lambda: form.ui.nikEdit.setText(person.nik))
        form.ui.occupation1Combo.setCurrentIndex(1)
        wait_for(form.assessed, lambda: form.ui.consentCheck.setChecked(True))
        saved.append(_save(petugas, out, number, LOOP_STEPS[0]))
        reg_id = str(wait_for(form.saved, form.submit)[0])

        verifikator.show_screen("verifikasi")
        queue = verifikator.screens["verifikasi"]
        assert isinstance(queue, VerificationScreen)
        queue.refresh()
        queue.select_record(reg_id)
        saved.append(_save(verifikator, out, number + 1, LOOP_STEPS[1]))
        if not queue.approve_current():
            raise TourStuck("approve")

        verifikator.show_screen("sinkronisasi")
        sync = verifikator.screens["sinkronisasi"]
        assert isinstance(sync, SyncScreen)
        wait_for(sync.batch_exported, lambda: sync.export_batch(opened.paths.root / "kirim"))
        saved.append(_save(verifikator, out, number + 2, LOOP_STEPS[2]))
        wait_for(sync.ack_imported, sync.demo_hub_button.click)
        saved.append(_save(verifikator, out, number + 3, LOOP_STEPS[3]))

        petugas.show_screen("cetak")
        printing = petugas.screens["cetak"]
        assert isinstance(printing, PrintScreen)
        printing.refresh()
        printing.select_ids({reg_id})
        wait_for(printing.task_ended, printing.print_cards_button.click)
        preview = printing.preview_dialog
        if preview is None:
            raise TourStuck("print preview")
        preview.resize(1100, 720)
        saved.append(_save(preview, out, number + 4, LOOP_STEPS[4]))
        preview.done(QDialog.DialogCode.Rejected.value)
    finally:
        petugas.close()
        verifikator.close()
    return saved
