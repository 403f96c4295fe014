"""The main window: navigation on the left, one screen at a time on the right.

Only the screens the signed-in officer's roles allow are built. After the configured idle time
the window hides its content and asks for the same officer's password; the screens (and any
half-typed form) stay as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.permissions import Permission, allowed
from ucj_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ucj_desktop.gui.idle_lock import IdleWatcher
from ucj_desktop.gui.login import ChangePasswordDialog, LockCause, LoginDialog
from ucj_desktop.gui.navigation import ScreenSpec, screen_specs
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.store_access import OpenStore

# Each screen's module is imported when the screen is built (only those the officer's roles
# allow): the printing screens bring ReportLab and PDFium, the sync screen the package format.
if TYPE_CHECKING:
    from ucj_desktop.gui.screens.dashboard import DashboardScreen
    from ucj_desktop.gui.screens.registration import RegistrationScreen


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        opened: OpenStore,
        who: OfficerSession,
        settings: QSettings,
        idle_minutes: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.opened = opened
        self.who = who
        self.settings = settings
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code
        self.specs = tuple(
            spec
            for spec in screen_specs()
            if spec.permission is None or allowed(who.roles, spec.permission)
        )
        self.screens: dict[str, QWidget] = {}
        self.dashboard: DashboardScreen | None = None
        self.registration: RegistrationScreen | None = None
        for index, spec in enumerate(self.specs):
            screen = self._make_screen(spec)
            self.screens[spec.key] = screen
            self.ui.pages.addWidget(screen)
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=spec.title, n=index + 1))
            self.ui.navList.addItem(item)
            if index < 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
                shortcut.activated.connect(lambda i=index: self.ui.navList.setCurrentRow(i))
        self.ui.navList.currentRowChanged.connect(self._show_row)
        self.ui.navList.setCurrentRow(0)
        self._add_session_buttons()

        demo = opened.manifest.demo
        self.ui.demoBanner.setVisible(demo)
        self.setWindowTitle(self.tr("UCJ Desktop — DEMO") if demo else self.tr("UCJ Desktop"))

        self.lock_dialog: LoginDialog | None = None
        self._content: QWidget | None = None
        self._covered: list[QDialog] = []  # dialogs hidden by the lock, shown again after
        self.idle = IdleWatcher(idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock_for_inactivity)
        self.idle.start()
        self.refresh()

    def _add_session_buttons(self) -> None:
        layout = self.ui.sidebarLayout  # the list above takes the free height
        self.lock_action = QAction(self.tr("Kunci layar"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        self.password_action = QAction(self.tr("Ganti kata sandi"), self)
        self.password_action.triggered.connect(self._change_password)
        self.addAction(self.password_action)
        for action, name in (
            (self.password_action, "passwordButton"),
            (self.lock_action, "lockButton"),
        ):
            button = QPushButton(action.text())
            button.setObjectName(name)
            button.clicked.connect(action.trigger)
            if not action.shortcut().isEmpty():
                button.setToolTip(action.shortcut().toString())
            layout.addWidget(button)

    def _make_screen(self, spec: ScreenSpec) -> QWidget:
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

            self.registration = RegistrationScreen(self.opened, self.who)
            self.registration.open_existing.connect(self.open_registration)
            return self.registration
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

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.ui.pages.setCurrentIndex(row)
            refresh = getattr(self.ui.pages.widget(row), "refresh", None)
            if self.specs[row].key == "beranda":
                self.refresh()
            elif callable(refresh):
                refresh()

    def open_registration(self, registration_id: str) -> None:
        """Show a registration in the form (editable ones; the form says why otherwise)."""
        if self.registration is None:
            return
        self.show_screen("pendaftaran")
        self.registration.edit(registration_id)

    def show_screen(self, key: str) -> None:
        keys = [spec.key for spec in self.specs]
        self.ui.navList.setCurrentRow(keys.index(key))

    def current_screen_key(self) -> str:
        return self.specs[self.ui.pages.currentIndex()].key

    def screen_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def refresh(self) -> None:
        summary = dashboard_summary(self.opened)
        self.ui.officeLabel.setText(
            self.tr("Kelurahan {name}\n{code}").format(
                name=summary.office_name, code=summary.office_code
            )
        )
        roles = ", ".join(sorted(r.value for r in self.who.roles))
        self.statusBar().showMessage(
            self.tr("Masuk sebagai {name} ({roles}) · kantor {code} · {n} pendaftaran").format(
                name=self.who.full_name, roles=roles, code=summary.office_code, n=summary.total
            )
        )
        if self.dashboard is not None:
            self.dashboard.show_summary(summary)

    # -- idle lock ---------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self) -> None:
        """The officer locks the window (Kunci layar, Ctrl+L)."""
        self._lock(LockCause.MANUAL)

    def lock_for_inactivity(self) -> None:
        self._lock(LockCause.IDLE)

    def _lock(self, cause: LockCause) -> None:
        """Hide everything on screen and ask the same officer for the password; a demo store's
        window keeps its DEMO banner above the cover."""
        if self.lock_dialog is not None:
            return
        self.idle.stop()
        self._cover_dialogs()
        # Swap the content out (kept alive, so typed forms survive) for a plain cover, so no
        # worker's data stays on screen for passers-by.
        self._content = self.takeCentralWidget()
        self.setCentralWidget(self._lock_cover())
        dialog = LoginDialog(
            self.opened, self.settings, unlock_for=self.who, parent=self, cause=cause
        )
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self.close)
        self.lock_dialog = dialog
        dialog.open()
        self.locked.emit()

    def _lock_cover(self) -> QWidget:
        cover = QWidget()
        layout = QVBoxLayout(cover)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self.opened.manifest.demo:
            banner = QLabel(self.ui.demoBanner.text())
            banner.setObjectName("demoBanner")  # the same look as the banner it stands for
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(banner)
        text = QLabel(
            self.tr("Layar terkunci\n\n{name}, masukkan kata sandi untuk melanjutkan.").format(
                name=self.who.full_name
            )
        )
        text.setObjectName("lockCover")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text, 1)
        return cover

    def _unlocked(self) -> None:
        self.lock_dialog = None
        cover = self.takeCentralWidget()
        if cover is not None:
            cover.deleteLater()
        assert self._content is not None
        self.setCentralWidget(self._content)
        for dialog in self._covered:
            if shiboken6.isValid(dialog):
                dialog.show()
        self._covered = []
        self.idle.start()
        self.unlocked.emit()

    def _cover_dialogs(self) -> None:
        """Hide every open dialog (a print preview, a card check, a question) with the rest.

        A dialog in its own event loop (``exec``: a question, a reason) ends as cancelled, so
        nothing is done half-seen; a dialog shown with ``open`` comes back on unlock.
        """
        for dialog in self.findChildren(QDialog):
            if not dialog.isVisible():
                continue
            if dialog.windowModality() != Qt.WindowModality.ApplicationModal:
                self._covered.append(dialog)
            dialog.hide()

    def _change_password(self) -> None:
        dialog = ChangePasswordDialog(self.opened, self.who, forced=False, parent=self)
        if dialog.exec() and dialog.updated is not None:
            self.who = dialog.updated

    # -- tour ----------------------------------------------------------------------------------
    def save_tour(self, out_dir: Path, start: int = 1) -> list[Path]:
        """Show each screen in turn and save a PNG of the whole window."""
        out_dir.mkdir(parents=True, exist_ok=True)
        saved: list[Path] = []
        for index, spec in enumerate(self.specs):
            self.ui.navList.setCurrentRow(index)
            QApplication.processEvents()
            path = out_dir / f"{start + index:02d}-{spec.key}.png"
            if not self.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            saved.append(path)
        return saved
