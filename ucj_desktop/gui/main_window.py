"""The main window: navigation on the left, one screen at a time on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMainWindow, QWidget

from ucj_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ucj_desktop.gui.screens import DashboardScreen, PlaceholderScreen, ScreenSpec, screen_specs
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.store_access import OpenStore


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened = opened
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code
        self.specs = screen_specs()
        self.screens: dict[str, QWidget] = {}
        self.dashboard: DashboardScreen | None = None
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

        demo = opened.manifest.demo
        self.ui.demoBanner.setVisible(demo)
        self.setWindowTitle(self.tr("UCJ Desktop — DEMO") if demo else self.tr("UCJ Desktop"))
        self.refresh()

    def _make_screen(self, spec: ScreenSpec) -> QWidget:
        if spec.key == "beranda":
            self.dashboard = DashboardScreen(spec)
            return self.dashboard
        return PlaceholderScreen(spec)

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.ui.pages.setCurrentIndex(row)
            if self.specs[row].key == "beranda":
                self.refresh()

    def show_screen(self, key: str) -> None:
        keys = [spec.key for spec in self.specs]
        self.ui.navList.setCurrentRow(keys.index(key))

    def current_screen_key(self) -> str:
        return self.specs[self.ui.pages.currentIndex()].key

    def refresh(self) -> None:
        summary = dashboard_summary(self.opened)
        self.ui.officeLabel.setText(
            self.tr("Kelurahan {name}\n{code}").format(
                name=summary.office_name, code=summary.office_code
            )
        )
        self.statusBar().showMessage(
            self.tr("Kantor {code} · {n} pendaftaran tersimpan terenkripsi").format(
                code=summary.office_code, n=summary.total
            )
        )
        if self.dashboard is not None:
            self.dashboard.show_summary(summary)

    def save_tour(self, out_dir: Path) -> list[Path]:
        """Show each screen in turn and save a PNG of the whole window."""
        out_dir.mkdir(parents=True, exist_ok=True)
        saved: list[Path] = []
        for index, spec in enumerate(self.specs):
            self.ui.navList.setCurrentRow(index)
            QApplication.processEvents()
            path = out_dir / f"{index + 1:02d}-{spec.key}.png"
            if not self.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            saved.append(path)
        return saved
