"""``ucj-desktop --demo --hub --tour DIR``: the hub desk's screens as PNGs at 1366×768, on
the demo city (services/demo_city.py), each in the state that shows what it is for: the
sign-in and the first operator's form, Kantor, Paket masuk after the stick in ``flashdisk/``
(one package refused, with its reason), Kuota after the cycle's close, BPJS and its Karantina
after a mistaken result file, Tanda terima after a round, Laporan kota, the trail, and the
lock. Every step goes through the real screens, as the operator would."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ucj_desktop.gui.app import TOUR_SIZE
from ucj_desktop.gui.hub.acks import AcksScreen
from ucj_desktop.gui.hub.audit import HubAuditScreen
from ucj_desktop.gui.hub.bpjs import BpjsScreen
from ucj_desktop.gui.hub.intake import IntakeScreen
from ucj_desktop.gui.hub.offices import OfficesScreen
from ucj_desktop.gui.hub.quota import QuotaScreen
from ucj_desktop.gui.hub.reports import CityReportScreen
from ucj_desktop.gui.hub.start import FirstOperatorDialog, desk_settings, open_hub_desk
from ucj_desktop.gui.hub.window import HubWindow, hub_login
from ucj_desktop.gui.tour import wait_for
from ucj_desktop.hub.desk import HubDesk
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.demo import DEMO_PASSWORD
from ucj_desktop.services.demo_city import FLASHDISK, MISTAKEN_ANSWER

# The order and names of the pictures (docs/make_screenshots.py publishes them by name).
HUB_TOUR = (
    "login",
    "first-operator",
    "kantor",
    "paket",
    "kuota",
    "bpjs",
    "bpjs-karantina",
    "ack",
    "laporan",
    "audit",
    "locked",
    "unlock",
)


class Album(Protocol):
    """Where the tour's pictures go: ``take(widget, name)`` once each view has settled."""

    def take(self, widget: QWidget, name: str) -> None: ...


class _PngAlbum:
    """The PNGs of the tour, numbered in the order taken."""

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.saved: list[Path] = []

    def take(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)


def run_hub_tour(paths: StorePaths, demo: bool, out: Path) -> int:
    """Every hub screen as a PNG in ``out`` (only on the demo city: a real hub is never
    changed by a tour)."""
    if not demo:
        print("ucj-desktop: the hub tour runs on the demo city only (--demo --hub --tour)")
        return 2
    desk = open_hub_desk(paths, demo=True)
    album = _PngAlbum(out)
    try:
        tour_hub(desk, album)
    finally:
        desk.close()
    for path in album.saved:
        print(path)
    return 0


def tour_hub(desk: HubDesk, album: Album, size: tuple[int, int] = TOUR_SIZE) -> None:
    """The demo city's desk, view after view (``HUB_TOUR``), each handed to ``album``; the
    window ``size`` (the laptop's screen)."""
    settings = desk_settings(desk)
    login = hub_login(desk, settings)
    login.show()
    album.take(login, "login")
    login.close()
    first = FirstOperatorDialog(desk)
    first.show()
    album.take(first, "first-operator")
    first.close()
    window = HubWindow(desk, sign_in(desk, "admin", DEMO_PASSWORD), settings)
    window.resize(*size)
    window.show()
    try:
        _walk(window, desk.hub.root, album)
    finally:
        window.close()


def _walk(window: HubWindow, root: Path, album: Album) -> None:
    screens = window.screens
    window.show_screen("kantor")
    kantor = screens["kantor"]
    assert isinstance(kantor, OfficesScreen)
    wait_for(kantor.chart_drawn, kantor.draw_chart_soon)  # the chart, drawn after the show
    album.take(window, "kantor")

    window.show_screen("paket")
    intake = screens["paket"]
    assert isinstance(intake, IntakeScreen)
    wait_for(intake.task_ended, lambda: intake.take([root / FLASHDISK]))
    album.take(window, "paket")

    window.show_screen("kuota")
    quota = screens["kuota"]
    assert isinstance(quota, QuotaScreen)
    wait_for(quota.task_ended, quota.run_allocation)
    wait_for(quota.counted, quota.refresh)  # the counts after the cycle's close
    wait_for(quota.chart_drawn, quota.draw_chart_soon)
    album.take(window, "kuota")

    window.show_screen("bpjs")
    bpjs = screens["bpjs"]
    assert isinstance(bpjs, BpjsScreen)
    album.take(window, "bpjs")
    wait_for(bpjs.quarantined, lambda: bpjs.read_result(root / "bpjs" / MISTAKEN_ANSWER))
    album.take(window, "bpjs-karantina")

    window.show_screen("ack")
    acks = screens["ack"]
    assert isinstance(acks, AcksScreen)
    wait_for(acks.task_ended, lambda: acks.write_acks(root / "keluar"))
    wait_for(acks.previewed, acks.refresh)
    album.take(window, "ack")

    window.show_screen("laporan")
    report = screens["laporan"]
    assert isinstance(report, CityReportScreen)
    wait_for(report.built, report.rebuild)
    album.take(window, "laporan")

    window.show_screen("audit")
    audit = screens["audit"]
    assert isinstance(audit, HubAuditScreen)
    wait_for(audit.checked, audit.refresh)
    album.take(window, "audit")

    window.lock()
    assert window.lock_dialog is not None
    album.take(window, "locked")
    album.take(window.lock_dialog, "unlock")
    window.lock_dialog.done(QDialog.DialogCode.Accepted.value)
