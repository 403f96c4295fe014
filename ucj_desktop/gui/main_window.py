"""The office's main window (gui/desk_window.py: navigation, Ctrl+1..9, the idle lock, each
screen built when first shown): the screens of the office store the signed-in officer's roles
allow, the office in the sidebar, the registrations counted in the status bar and on the
dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ucj_desktop.domain.permissions import Permission, allowed
from ucj_desktop.gui.desk_window import DeskWindow, ScreenEntry
from ucj_desktop.gui.navigation import ScreenSpec, screen_specs
from ucj_desktop.gui.text.labels import roles_text
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.store_access import OpenStore

# Each screen's module is imported when the screen is first shown: the printing screens
# bring ReportLab and PDFium, the sync screen the package format.
if TYPE_CHECKING:
    from ucj_desktop.gui.screens.dashboard import DashboardScreen
    from ucj_desktop.gui.screens.registration import RegistrationScreen


class MainWindow(DeskWindow[OpenStore]):
    dashboard: DashboardScreen | None = None  # each built when first shown
    _registration: RegistrationScreen | None = None

    @property
    def opened(self) -> OpenStore:
        return self._store

    def _spec_table(self) -> tuple[ScreenSpec, ...]:
        return screen_specs()

    def _retitle(self) -> None:
        demo = self.opened.manifest.demo
        self.setWindowTitle(self.tr("UCJ Desktop — DEMO") if demo else self.tr("UCJ Desktop"))

    def _screen_dropped(self, key: str) -> None:
        if key == "beranda":
            self.dashboard = None
        elif key == "pendaftaran":
            self._registration = None

    def _make_screen(self, spec: ScreenEntry) -> QWidget:
        assert isinstance(spec, ScreenSpec)
        if spec.key == "beranda":
            from ucj_desktop.gui.screens.dashboard import DashboardScreen

            self.dashboard = DashboardScreen(
                self.opened, self.who, spec, show_backup=allowed(self.who.roles, Permission.BACKUP)
            )
            return self.dashboard
        if spec.key == "pengguna":
            from ucj_desktop.gui.screens.users import UsersScreen

            return UsersScreen(self.opened, self.who)
        if spec.key == "pekerja":
            from ucj_desktop.gui.screens.worker_list import WorkerListScreen

            workers = WorkerListScreen(self.opened, self.who)
            workers.edit_requested.connect(self.open_registration)
            return workers
        if spec.key == "verifikasi":
            from ucj_desktop.gui.screens.verification import VerificationScreen

            return VerificationScreen(self.opened, self.who)
        if spec.key == "sinkronisasi":
            from ucj_desktop.gui.screens.sync import SyncScreen

            return SyncScreen(self.opened, self.who)
        if spec.key == "pendaftaran":
            from ucj_desktop.gui.screens.registration import RegistrationScreen

            self._registration = RegistrationScreen(self.opened, self.who)
            self._registration.open_existing.connect(self.open_registration)
            return self._registration
        if spec.key == "audit":
            from ucj_desktop.gui.screens.audit import AuditScreen

            return AuditScreen(self.opened, self.who)
        if spec.key == "referensi":
            from ucj_desktop.gui.screens.reference import ReferenceScreen

            return ReferenceScreen(self.opened, self.who)
        if spec.key == "cetak":
            from ucj_desktop.gui.screens.print_cards import PrintScreen

            return PrintScreen(self.opened, self.who)
        if spec.key == "cadangan":
            from ucj_desktop.gui.screens.backup import BackupScreen

            return BackupScreen(self.opened, self.who)
        if spec.key == "laporan":
            from ucj_desktop.gui.screens.report import ReportScreen

            return ReportScreen(self.opened, self.who)
        raise ValueError(f"no screen for {spec.key!r}")

    def _screen_shown(self, key: str, screen: QWidget, *, new: bool) -> None:
        if key == "beranda":
            self.refresh()
        else:
            super()._screen_shown(key, screen, new=new)

    @property
    def registration(self) -> RegistrationScreen | None:
        """The registration form, built if the officer's roles show it; None otherwise."""
        if "pendaftaran" in self.screens:
            self.screens["pendaftaran"]
        return self._registration

    def open_registration(self, registration_id: str) -> None:
        """Show a registration in the form (editable ones; the form says why otherwise)."""
        form = self.registration
        if form is None:
            return
        self.show_screen("pendaftaran")
        form.edit(registration_id)

    def refresh(self) -> None:
        summary = dashboard_summary(self.opened)
        self.ui.officeLabel.setText(
            self.tr("Kelurahan {name}\n{code}").format(
                name=summary.office_name, code=summary.office_code
            )
        )
        roles = roles_text(self.who.roles)  # in the officer's words, as the hub desk says them
        self.statusBar().showMessage(
            self.tr("Masuk sebagai {name} ({roles}) · kantor {code} · {n} pendaftaran").format(
                name=self.who.full_name, roles=roles, code=summary.office_code, n=summary.total
            )
        )
        if self.dashboard is not None:
            self.dashboard.show_summary(summary)
