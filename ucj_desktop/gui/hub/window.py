"""The hub desk's window: the office window's shell (gui/desk_window.py: navigation,
Ctrl+1..9, the idle lock, the password change) on the city hub, with the hub's screens the
signed-in operator's roles allow."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from ucj_desktop.gui.desk_window import DeskWindow, ScreenEntry
from ucj_desktop.gui.hub.navigation import hub_screen_specs
from ucj_desktop.gui.login import LockCause, LoginDialog
from ucj_desktop.gui.navigation import ScreenSpec
from ucj_desktop.gui.text import translate
from ucj_desktop.gui.text.labels import roles_text
from ucj_desktop.hub.desk import HubDesk
from ucj_desktop.hub.desk_views import hub_name
from ucj_desktop.services.accounts import OfficerSession

SCREENS = {
    "kantor": ("ucj_desktop.gui.hub.offices", "OfficesScreen"),
    "paket": ("ucj_desktop.gui.hub.intake", "IntakeScreen"),
    "kuota": ("ucj_desktop.gui.hub.quota", "QuotaScreen"),
    "bpjs": ("ucj_desktop.gui.hub.bpjs", "BpjsScreen"),
    "ack": ("ucj_desktop.gui.hub.acks", "AcksScreen"),
    "laporan": ("ucj_desktop.gui.hub.reports", "CityReportScreen"),
    "audit": ("ucj_desktop.gui.hub.audit", "HubAuditScreen"),
}


def hub_login(
    desk: HubDesk,
    settings: QSettings,
    parent: QWidget | None = None,
    unlock_for: OfficerSession | None = None,
    cause: LockCause = LockCause.IDLE,
) -> LoginDialog:
    """The office's sign-in dialog on the hub desk, saying where it signs in to."""
    dialog = LoginDialog(desk, settings, unlock_for, parent, cause)
    locked = unlock_for is not None

    def say_hub() -> None:
        dialog.setWindowTitle(
            translate("hub_login", "Layar terkunci — UCJ Hub")
            if locked
            else translate("hub_login", "Masuk — UCJ Hub")
        )
        hub = translate("hub_login", "UCJ Hub · {hub}")
        dialog.ui.officeLabel.setText(hub.format(hub=hub_name(desk)))

    say_hub()
    dialog.retitled.connect(say_hub)
    return dialog


class HubWindow(DeskWindow[HubDesk]):
    """The hub's screens; ``screens[key]`` each, built when the window is."""

    @property
    def desk(self) -> HubDesk:
        return self._store

    def _spec_table(self) -> tuple[ScreenSpec, ...]:
        return hub_screen_specs()

    def _retitle(self) -> None:
        self.ui.appTitle.setText(self.tr("UCJ Hub"))
        title = self.tr("UCJ Hub — Disnaker")
        self.setWindowTitle(title + (" — DEMO" if self.desk.manifest.demo else ""))

    def _make_screen(self, spec: ScreenEntry) -> QWidget:
        from importlib import import_module

        module, name = SCREENS[spec.key]
        screen: QWidget = getattr(import_module(module), name)(self.desk, self.who)
        return screen

    def _unlock_dialog(self, cause: LockCause) -> LoginDialog:
        return hub_login(self.desk, self.settings, self, unlock_for=self.who, cause=cause)

    def refresh(self) -> None:
        database = self.tr("PostgreSQL") if self.desk.dialect == "postgresql" else self.tr("SQLite")
        self.ui.officeLabel.setText(
            self.tr("{hub}\n{database}").format(hub=hub_name(self.desk), database=database)
        )
        self.statusBar().showMessage(
            self.tr("Masuk sebagai {name} ({roles}) · hub kota · {where}").format(
                name=self.who.full_name, roles=roles_text(self.who.roles), where=database
            )
        )
