"""``ucj-desktop``: start the GUI on the office store (or the demo store), tour or self-test."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ucj_desktop import __version__
from ucj_desktop.logs import setup_logging
from ucj_desktop.paths import StorePaths, demo_data_dir, resolve_data_dir, resources
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.wording.catalog import LANGUAGES

# Only for the annotations: the start imports these when it needs them (the login shows first).
if TYPE_CHECKING:
    from ucj_desktop.gui.store_opening import StoreOpening
    from ucj_desktop.services.store_access import OpenStore

log = logging.getLogger(__name__)

# The tour's window: the usual kelurahan laptop's screen (docs/make_screenshots.py).
TOUR_SIZE = (1366, 768)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ucj-desktop", description="UCJ Desktop")
    parser.add_argument("--data-dir", help="store folder (default: UCJ_DATA_DIR or user data)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo store with synthetic workers (made on first use)",
    )
    parser.add_argument(
        "--hub",
        action="store_true",
        help="the city hub's desk (Disnaker): the hub in DATA_DIR/hub, as ucj-hub uses it "
        "(with --demo: a demo city)",
    )
    parser.add_argument("--tour", metavar="DIR", help="save a PNG of each screen into DIR and exit")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the screens' language (default: the one last used on this computer; a tour: id)",
    )
    parser.add_argument(
        "--pseudo",
        action="store_true",
        help="pseudo-localisation: every word 40%% longer and in brackets, to find clipped "
        "text (with --tour)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="create, write, read back and print on a temporary store; exit 0 if OK",
    )
    parser.add_argument("--version", action="version", version=f"ucj-desktop {__version__}")
    return parser


def _needs_offscreen(args: argparse.Namespace) -> bool:
    # A tour or self-test must work on a machine with no display (CI, a locked-down server).
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    return bool(args.tour or args.self_test) and no_display


def _install_excepthook() -> None:
    """An unexpected error is logged and shown as one sentence, never as a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "UCJ Desktop",
                QApplication.translate(
                    "app",
                    "Terjadi kesalahan internal. Pekerjaan yang belum disimpan tidak "
                    "diubah. Rincian dicatat di berkas log untuk admin.",
                ),
            )

    sys.excepthook = hook


class WindowUnavailable(RuntimeError):
    """Qt cannot open a window on this machine; the message says what is missing."""


def say_before_window(text: str) -> None:
    """A failure before any window can show it: one line on stderr and in the log file."""
    log.error("no window: %s", text)
    if sys.stderr is not None:  # a windowed frozen app on Windows has none
        print(f"ucj-desktop: {text}", file=sys.stderr, flush=True)


_last_qt_warning: list[str] = []  # what Qt said just before a fatal error (the cause, often)


def _qt_messages_to_log(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # Qt's own warnings go to the log file, not to the officer's terminal.
    if mode == QtMsgType.QtFatalMsg:
        # Qt aborts when this returns (exit 134, nothing said): say it in one line, exit 1.
        from ucj_desktop.gui.text.messages import qt_fatal_text

        # Its first sentence; the rest suggests reinstalling, which is not the fix.
        words = " ".join(message.split()).split(". ")[0].rstrip(".")
        say_before_window(qt_fatal_text("; ".join([*_last_qt_warning[-1:], words])))
        logging.shutdown()
        os._exit(1)
    level = (
        logging.DEBUG if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) else logging.WARNING
    )
    # Qt adds its xcb-cursor hint to every xcb failure, a missing display included; the
    # libraries were checked before (platform_check), so the warning before it is the cause.
    if level == logging.WARNING and not message.startswith("From 6.5.0, xcb-cursor0"):
        _last_qt_warning[:] = [" ".join(message.split())]
    log.log(level, "Qt: %s", message)


def make_application() -> QApplication:
    """The app's QApplication (made once), styled; WindowUnavailable, naming what is missing,
    when Qt's platform plugin cannot load here (Qt itself would abort without a word)."""
    qInstallMessageHandler(_qt_messages_to_log)
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        from ucj_desktop.gui.platform_check import platform_problem
        from ucj_desktop.gui.text.messages import platform_problem_text

        problem = platform_problem()
        if problem is not None:
            raise WindowUnavailable(platform_problem_text(problem))
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("UCJ Desktop")
    app.setOrganizationName("Pemerintah Kota Bekasi")
    app.setApplicationVersion(__version__)
    app.setStyleSheet((resources() / "styles" / "app.qss").read_text(encoding="utf-8"))
    return app


def gui_settings(paths: StorePaths) -> QSettings:
    """Per-store GUI preferences (last user name, window size): never a password or PII."""
    return QSettings(str(paths.root / "gui.ini"), QSettings.Format.IniFormat)


def _draw_window_offscreen(opened: object, card_pdf: Path) -> str:
    """The self-test's GUI half: the main window draws, and a card goes through the print path
    (PDFium rasterises it, Qt prints it, here to a PDF file)."""
    import pypdfium2 as pdfium
    from PySide6.QtPrintSupport import QPrinter

    from ucj_desktop.gui.dialogs.print_preview import configure_printer, print_pdf
    from ucj_desktop.gui.main_window import MainWindow
    from ucj_desktop.services.accounts import sign_in
    from ucj_desktop.services.card_printing import PrintRun
    from ucj_desktop.services.self_test import SELF_TEST_ADMIN, SELF_TEST_PASSWORD
    from ucj_desktop.services.store_access import OpenStore

    assert isinstance(opened, OpenStore)
    make_application()
    who = sign_in(opened, SELF_TEST_ADMIN, SELF_TEST_PASSWORD)
    window = MainWindow(opened, who, gui_settings(opened.paths))
    pixmap = window.grab()
    window.close()
    if pixmap.isNull() or pixmap.width() < 100:
        raise RuntimeError("the main window did not draw")
    run = PrintRun("cards", "single", ("self-test",), (), card_pdf.read_bytes())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = card_pdf.with_name("printed.pdf")
    printer.setOutputFileName(str(printed))
    configure_printer(printer, run, (243.0, 153.0))
    pages = print_pdf(run.pdf, printer)
    document = pdfium.PdfDocument(str(printed))
    try:
        if pages != 2 or len(document) != 2:
            raise RuntimeError("the card did not print front and back")
    finally:
        document.close()
    return "drew the main window, printed a card through Qt (PDFium raster, 2 pages)"


def _run_tour(opened: object, out: Path) -> int:
    """Login screen, every screen the demo admin sees, the lock screen, the screens only the
    demo registrar and verifier see, then (demo) a new worker from form to card, as PNGs."""
    from ucj_desktop.gui.login import LoginDialog
    from ucj_desktop.gui.main_window import MainWindow
    from ucj_desktop.services.accounts import sign_in
    from ucj_desktop.services.demo import DEMO_PASSWORD
    from ucj_desktop.services.store_access import OpenStore

    assert isinstance(opened, OpenStore)
    out.mkdir(parents=True, exist_ok=True)
    settings = gui_settings(opened.paths)
    login = LoginDialog(opened, settings)
    login.show()
    QApplication.processEvents()
    login.grab().save(str(out / "00-login.png"))
    login.close()
    who = sign_in(opened, "admin", DEMO_PASSWORD)
    window = MainWindow(opened, who, settings)
    window.resize(*TOUR_SIZE)
    window.show()
    saved = window.save_tour(out)
    window.lock()
    QApplication.processEvents()
    assert window.lock_dialog is not None
    window.grab().save(str(out / f"{len(saved) + 1:02d}-locked.png"))
    window.lock_dialog.grab().save(str(out / f"{len(saved) + 2:02d}-unlock.png"))
    window.lock_dialog.done(QDialog.DialogCode.Accepted.value)
    window.close()
    shown = {spec.key for spec in window.specs}
    number = len(saved) + 3
    for username in ("petugas", "verifikator"):
        officer = MainWindow(opened, sign_in(opened, username, DEMO_PASSWORD), settings)
        officer.resize(*TOUR_SIZE)
        officer.show()
        for key in officer.screen_keys():
            if key in shown:
                continue
            officer.show_screen(key)
            QApplication.processEvents()
            officer.grab().save(str(out / f"{number:02d}-{key}.png"))
            shown.add(key)
            number += 1
        officer.close()
    if opened.manifest.demo:  # one new worker the whole way, through the demo hub
        from ucj_desktop.gui.tour import tour_demo_loop

        tour_demo_loop(opened, settings, out, number)
    for path in sorted(out.glob("*.png")):
        print(path)
    return 0


def _open_or_set_up(paths: StorePaths, demo: bool, tour: bool) -> OpenStore | None:
    """The open store, after the first-run wizard if there is none yet; None if the user quits."""
    from ucj_desktop.services.demo import open_or_create_demo_store
    from ucj_desktop.services.store_access import open_store, secret_store_for

    try:
        if demo:
            return open_or_create_demo_store(paths)
        return open_store(paths, secret_store_for(paths))
    except StoreError as exc:
        return _store_problem(paths, exc, demo, tour)


def _store_problem(paths: StorePaths, exc: StoreError, demo: bool, tour: bool) -> OpenStore | None:
    """Answer a store that did not open: the wizard for none yet, the way back for a lost key
    or a damaged file, else the message; the store opened after all, or None."""
    from ucj_desktop.gui.setup_wizard import SetupWizard
    from ucj_desktop.gui.text.messages import store_problem_text
    from ucj_desktop.services.store_access import secret_store_for

    if exc.problem is Problem.NOT_INITIALISED and not tour:
        wizard = SetupWizard(paths, secret_store_for(paths))
        wizard.exec()
        # Once the admin page is accepted the store exists, even if the wizard is then
        # closed on the recovery page.
        return wizard.opened
    text = store_problem_text(exc)
    log.warning("store did not open: %s", exc.problem.value)
    if tour:
        print(f"ucj-desktop: {text}", file=sys.stderr)
    elif exc.problem in RESTORABLE + RECOVERABLE and not demo:
        return _offer_recovery(paths, text, with_code=exc.problem in RECOVERABLE)
    else:
        QMessageBox.critical(None, "UCJ Desktop", text)
    return None


def _opening_behind_login(paths: StorePaths, demo: bool) -> StoreOpening | None:
    """The store to open behind the login, its manifest read (no keyring, no SQLAlchemy yet);
    None when the folder has no readable manifest or a restore to finish, or ``demo`` finds
    no demo store: the start then opens the store before any window, as it always did, and
    answers what it meets (the wizard, the message, the demo made)."""
    from ucj_desktop.gui.store_opening import StoreOpening
    from ucj_desktop.services.store_folder import manifest_before_open

    manifest = manifest_before_open(paths)
    if manifest is None or (demo and not manifest.demo):
        return None
    return StoreOpening(paths, manifest, demo=demo)


# A store file that is damaged or half there: a backup brings the office back.
RESTORABLE = (Problem.CORRUPT, Problem.CANNOT_OPEN, Problem.MANIFEST_INVALID)
# A store whose key this computer's keyring lacks: the printed code brings the key back (or a
# backup the office).
RECOVERABLE = (Problem.KEY_MISSING, Problem.WRONG_KEY)


def _offer_recovery(paths: StorePaths, text: str, *, with_code: bool) -> OpenStore | None:
    """Say what is wrong and offer the way back from this very message: "Masukkan kode
    pemulihan…" (``with_code``) and "Pulihkan dari cadangan…"; the opened store, or None."""
    from ucj_desktop.gui.dialogs.recover_key import RecoverKeyDialog
    from ucj_desktop.gui.dialogs.restore import RestoreDialog
    from ucj_desktop.gui.text.messages import store_problem_text
    from ucj_desktop.security.secrets import SecretStore
    from ucj_desktop.services.store_access import open_store, secret_store_for

    while True:  # a dialog cancelled goes back to the message, never to a dead end
        box = QMessageBox(QMessageBox.Icon.Critical, "UCJ Desktop", text)
        enter_code = None
        if with_code:
            enter_code = box.addButton(
                QCoreApplication.translate("app", "Masukkan &kode pemulihan…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        restore = box.addButton(
            QCoreApplication.translate("app", "&Pulihkan dari cadangan…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QCoreApplication.translate("app", "Tutup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(enter_code or restore)
        box.exec()
        chosen = box.clickedButton()
        dialog: QDialog
        if enter_code is not None and chosen is enter_code:
            dialog = RecoverKeyDialog(paths, secret_store_for(paths))
        elif chosen is restore:
            # This computer's keyring: a damaged folder's manifest cannot be trusted to choose.
            dialog = RestoreDialog(paths, SecretStore(), replace=True)
        else:
            return None
        if dialog.exec() == QDialog.DialogCode.Accepted.value:
            break
    try:
        return open_store(paths, secret_store_for(paths))
    except StoreError as exc:
        QMessageBox.critical(None, "UCJ Desktop", store_problem_text(exc))
        return None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if _needs_offscreen(args):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if args.self_test:
        from ucj_desktop.services.self_test import run_self_test

        setup_logging(None)
        return run_self_test(draw_window=_draw_window_offscreen)

    paths = StorePaths(
        demo_data_dir() if args.demo and not args.data_dir else resolve_data_dir(args.data_dir)
    )
    setup_logging(paths.root if paths.root.exists() else None)
    _install_excepthook()
    try:
        app = make_application()
    except WindowUnavailable as exc:
        say_before_window(str(exc))
        return 1

    from ucj_desktop.gui.language import apply_language, read_last_language

    if args.tour or args.lang or args.pseudo:
        apply_language(args.lang or "id", pseudo=args.pseudo)
    elif not args.hub:  # the hub desk reads its own folder's once it is open
        apply_language(read_last_language(paths.root))
    if args.hub:
        tour = Path(args.tour) if args.tour else None
        return _hub_start(app, paths, args.demo, tour, chosen=bool(args.lang or args.pseudo))
    if args.tour:
        return _tour_start(paths, args.demo, Path(args.tour))
    store = _opening_behind_login(paths, args.demo) or _open_or_set_up(paths, args.demo, False)
    if store is None:
        return 1
    from ucj_desktop.gui.login import LoginDialog
    from ucj_desktop.gui.store_opening import StoreOpening

    opened = None if isinstance(store, StoreOpening) else store
    try:
        login = LoginDialog(store, gui_settings(paths))
        if isinstance(store, StoreOpening):
            store.failed.connect(login.reject)
        login.exec()
        if isinstance(store, StoreOpening):
            opened = store.wait()
            if opened is None:  # it failed behind the login: said as if it failed before
                if not isinstance(store.failure, StoreError):
                    raise store.failure or RuntimeError("the store did not open")
                opened = _store_problem(paths, store.failure, args.demo, tour=False)
                if opened is None:
                    return 1
                login = LoginDialog(opened, gui_settings(paths))
                login.exec()
        if login.officer_session is None or opened is None:
            return 0
        from ucj_desktop.gui.main_window import MainWindow
        from ucj_desktop.services.settings import idle_lock_minutes

        window = MainWindow(
            opened, login.officer_session, gui_settings(paths), idle_lock_minutes(opened)
        )
        window.show()
        return int(app.exec())
    finally:
        if opened is not None:
            opened.close()


def _hub_start(
    app: QApplication, paths: StorePaths, demo: bool, tour: Path | None, *, chosen: bool
) -> int:
    """``--hub``: the hub desk (gui/hub/start.py), or with ``--tour`` its screens as PNGs;
    ``chosen``: the language was given (else the one last used with this hub)."""
    if tour is None:
        from ucj_desktop.gui.hub.start import run_hub_desk

        return run_hub_desk(app, paths, demo, last_language=not chosen)
    from ucj_desktop.gui.hub.tour import run_hub_tour

    return run_hub_tour(paths, demo, tour)


def _tour_start(paths: StorePaths, demo: bool, out: Path) -> int:
    opened = _open_or_set_up(paths, demo, tour=True)
    if opened is None:
        return 1
    try:
        return _run_tour(opened, out)
    finally:
        opened.close()


if __name__ == "__main__":
    raise SystemExit(main())
