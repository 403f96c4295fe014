"""What every desk window shares, the office's (main_window.py) and the hub's (gui/hub/):
navigation on the left, one screen at a time on the right, Ctrl+1..9, the idle lock, locking
by hand and the password change.

Only the screens the signed-in officer's roles allow are listed, and each is built the first
time it is shown or asked for (the window opens with its first screen alone). After the
configured idle time the window hides its content and asks for the same officer's password;
the screens (and any half-typed form) stay as they were. A subclass says which screens there
are (``_spec_table``), builds them (``_make_screen``) and says what the sidebar and the status
bar show (``refresh``).

The language switch in the sidebar changes the language of every open window at once
(gui/language.py) and keeps the choice with the officer's account. On the language change the
window's own words follow; a screen that holds what an officer typed (``retranslates_itself``:
the registration form) says its words again in place; every other built screen is dropped, to be
built again in the new language when shown, the one on screen at once with its filters kept
(gui/screen_state.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
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
from ucj_desktop.gui.language import (
    apply_language,
    language_folder,
    remember_language,
    spoken,
    take_login_choice,
)
from ucj_desktop.gui.login import ChangePasswordDialog, LockCause, LoginDialog, SignInStore
from ucj_desktop.gui.operations import run_operation
from ucj_desktop.gui.screen_state import put_state, read_state
from ucj_desktop.gui.task_runner import app_runner
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.gui.widgets.language_switch import LanguageSwitch
from ucj_desktop.wording import catalog

if TYPE_CHECKING:
    from ucj_desktop.services.accounts import OfficerSession


class ScreenEntry(Protocol):
    """A screen in the navigation (navigation.ScreenSpec, or the hub desk's)."""

    @property
    def key(self) -> str: ...  # stable id: tour file names, tests, shortcuts

    @property
    def title(self) -> str: ...

    @property
    def permission(self) -> Permission | None: ...  # None: every signed-in officer


StoreT = TypeVar("StoreT", bound=SignInStore)


class LazyScreens(Mapping[str, QWidget]):
    """The window's screens by key, each built by ``build`` the first time it is asked for
    (``built`` holds those built so far; iterating over the items builds them all)."""

    def __init__(self, keys: Sequence[str], build: Callable[[str], QWidget]) -> None:
        self._keys = tuple(keys)
        self._build = build
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        screen = self.built.get(key)
        if screen is None:
            screen = self.built[key] = self._build(key)
        return screen

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class DeskWindow(QMainWindow, Generic[StoreT]):
    locked = Signal()
    unlocked = Signal()
    language_saved = Signal(bool)  # the officer's language kept with the account (or not)

    def __init__(
        self,
        store: StoreT,
        who: OfficerSession,
        settings: QSettings,
        idle_minutes: int = 10,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.who = who
        self.settings = settings
        self._store = store
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code
        self.ui.appTitle.setWordWrap(True)  # a longer name (a translation) takes two lines
        # A screen's longer name wraps in the sidebar rather than scroll it sideways.
        self.ui.navList.setWordWrap(True)
        self.ui.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.specs = tuple(
            spec
            for spec in self._spec_table()
            if spec.permission is None or allowed(who.roles, spec.permission)
        )
        # A screen is built (its module imported, its first query run) when it is first
        # shown or asked for: the window opens with its first screen alone.
        self.screens = LazyScreens([spec.key for spec in self.specs], self._build_screen)
        self._stale: set[str] = set()  # built in another language, dropped when next shown
        for index, spec in enumerate(self.specs):
            self.ui.pages.addWidget(QWidget())  # a placeholder until the screen is built
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.ui.navList.addItem(item)
            if index < 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
                shortcut.activated.connect(lambda i=index: self.ui.navList.setCurrentRow(i))
        self._name_screens()
        self.ui.navList.currentRowChanged.connect(self._show_row)
        self.ui.navList.setCurrentRow(0)
        self.language_switch = LanguageSwitch(dark=True, stacked=True)
        self.language_switch.chosen.connect(self.choose_language)
        self.ui.sidebarLayout.addWidget(self.language_switch)
        chosen = take_login_choice()
        if chosen is not None and chosen != who.language:
            # Chosen on the login that opened this window: kept with the account now.
            QTimer.singleShot(0, lambda: self.choose_language(chosen))
        self._add_session_buttons()
        self._spoken = spoken()

        self.ui.demoBanner.setVisible(store.manifest.demo)
        self.lock_dialog: LoginDialog | None = None
        self._content: QWidget | None = None
        self._covered: list[QDialog] = []  # dialogs hidden by the lock, shown again after
        self.idle = IdleWatcher(idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock_for_inactivity)
        self.idle.start()
        self._retitle()
        self.refresh()

    def _make_screen(self, spec: ScreenEntry) -> QWidget:
        raise NotImplementedError

    def refresh(self) -> None:
        """The sidebar's place and the status bar's line (each window its own)."""

    def _spec_table(self) -> Sequence[ScreenEntry]:
        """Every screen the window may list, in the language spoken now (the navigation
        table; the officer's roles choose from it)."""
        raise NotImplementedError

    def _specs_now(self) -> Sequence[ScreenEntry]:
        """The screens' entries in the language spoken now (the same keys, in order)."""
        now = {spec.key: spec for spec in self._spec_table()}
        return [now[spec.key] for spec in self.specs]

    def _retitle(self) -> None:
        """The window's title and name in the language spoken now (each window its own)."""

    def _name_screens(self) -> None:
        for index, spec in enumerate(self.specs):
            item = self.ui.navList.item(index)
            item.setText(spec.title)
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=spec.title, n=index + 1))

    def _add_session_buttons(self) -> None:
        layout = self.ui.sidebarLayout  # the list above takes the free height
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self._change_password)
        self.addAction(self.password_action)
        self.session_buttons: list[tuple[QAction, QPushButton]] = []
        for action, name in (
            (self.password_action, "passwordButton"),
            (self.lock_action, "lockButton"),
        ):
            button = QPushButton()
            button.setObjectName(name)
            button.clicked.connect(action.trigger)
            if not action.shortcut().isEmpty():
                button.setToolTip(action.shortcut().toString())
            layout.addWidget(button)
            self.session_buttons.append((action, button))
        self._name_session_buttons()

    def _name_session_buttons(self) -> None:
        self.lock_action.setText(self.tr("Kunci layar"))
        self.password_action.setText(self.tr("Ganti kata sandi"))
        for action, button in self.session_buttons:
            button.setText(action.text())

    # -- language ------------------------------------------------------------------------------
    def choose_language(self, code: str) -> None:
        """The officer's choice: every open window speaks ``code`` now; the next login on
        this computer shows in it, and the officer's next sign-in anywhere speaks it."""
        apply_language(code, pseudo=catalog.pseudo())
        remember_language(language_folder(self.settings), code)
        from ucj_desktop.services.accounts import set_own_language

        run_operation(
            app_runner(),
            lambda _progress, _cancel: set_own_language(self._store, self.who, code),
            on_success=self._language_kept,
            on_failure=self._language_not_kept,
            name="officer.language",
        )

    def _language_kept(self, who: OfficerSession) -> None:
        self.who = who
        self.language_saved.emit(True)

    def _language_not_kept(self, exc: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("Bahasa tidak tersimpan di akun Anda: {reason}").format(reason=error_text(exc))
        )
        self.language_saved.emit(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and spoken() != self._spoken:
            self._spoken = spoken()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Everything this window shows, in the language spoken now."""
        self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]  # generated code
        self.specs = tuple(self._specs_now())
        self._name_screens()
        self._name_session_buttons()
        self._retitle()
        self._renew_screens()
        self.refresh()

    def _renew_screens(self) -> None:
        """Drop the built screens that hold nothing typed (built again when shown); the one on
        screen is built again now, with its filters."""
        current = self.ui.pages.currentIndex()
        key = self.specs[current].key if current >= 0 else None
        state = None
        for built_key, screen in list(self.screens.built.items()):
            if getattr(screen, "retranslates_itself", False):
                continue  # its own LanguageChange says its words again, keeping the input
            busy = getattr(screen, "task", None) is not None or getattr(screen, "reading", 0) > 0
            if busy:
                self._stale.add(built_key)  # its work is still running: dropped when shown
                continue
            if built_key == key:
                state = read_state(screen)
            self._drop_screen(built_key)
        if key is not None and key not in self.screens.built:
            screen = self.screens[key]
            if state is not None:
                put_state(screen, state)
            self.ui.pages.setCurrentIndex(current)
            self._screen_shown(key, screen, new=True)

    def _drop_screen(self, key: str) -> None:
        row = self.screen_keys().index(key)
        screen = self.screens.built.pop(key)
        self._stale.discard(key)
        current = self.ui.pages.currentIndex()
        self.ui.pages.insertWidget(row, QWidget())  # a placeholder until it is built again
        self.ui.pages.removeWidget(screen)
        self.ui.pages.setCurrentIndex(current)
        self._screen_dropped(key)
        screen.deleteLater()

    def _screen_dropped(self, key: str) -> None:
        """Forget what the window kept of screen ``key`` (each window its own)."""

    def _build_screen(self, key: str) -> QWidget:
        """Build screen ``key`` and put it in its placeholder's page."""
        row = self.screen_keys().index(key)
        screen = self._make_screen(self.specs[row])
        placeholder = self.ui.pages.widget(row)
        current = self.ui.pages.currentIndex()
        self.ui.pages.insertWidget(row, screen)
        if placeholder is not None:
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.ui.pages.setCurrentIndex(current)
        return screen

    def _show_row(self, row: int) -> None:
        if row >= 0:
            key = self.specs[row].key
            stale = self.screens.built.get(key) if key in self._stale else None
            if stale is not None and getattr(stale, "task", None) is None:
                self._drop_screen(key)  # built in the language spoken before
            built = key in self.screens.built
            screen = self.screens[key]  # built now if it is the first time
            self.ui.pages.setCurrentIndex(row)
            self._screen_shown(key, screen, new=not built)

    def _screen_shown(self, key: str, screen: QWidget, *, new: bool) -> None:
        """A screen came into view: read it again (``refresh``) if it can; a ``new`` one
        read its data as it was built."""
        refresh = getattr(screen, "refresh", None)
        if not new and callable(refresh):
            refresh()

    def show_screen(self, key: str) -> None:
        keys = [spec.key for spec in self.specs]
        self.ui.navList.setCurrentRow(keys.index(key))

    def current_screen_key(self) -> str:
        return self.specs[self.ui.pages.currentIndex()].key

    def screen_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    # -- idle lock ---------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def lock(self) -> None:
        """The officer locks the window (Kunci layar, Ctrl+L)."""
        self._lock(LockCause.MANUAL)

    def lock_for_inactivity(self) -> None:
        self._lock(LockCause.IDLE)

    def _unlock_dialog(self, cause: LockCause) -> LoginDialog:
        return LoginDialog(
            self._store, self.settings, unlock_for=self.who, parent=self, cause=cause
        )

    def _lock(self, cause: LockCause) -> None:
        """Hide everything on screen and ask the same officer for the password; a demo
        window keeps its DEMO banner above the cover."""
        if self.lock_dialog is not None:
            return
        self.idle.stop()
        self._cover_dialogs()
        # Swap the content out (kept alive, so typed forms survive) for a plain cover, so no
        # worker's data stays on screen for passers-by.
        self._content = self.takeCentralWidget()
        self.setCentralWidget(self._lock_cover())
        dialog = self._unlock_dialog(cause)
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
        if self._store.manifest.demo:
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
        dialog = ChangePasswordDialog(self._store, self.who, forced=False, parent=self)
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
