"""``ucj-desktop``: start the GUI on the office store (or the demo store), tour or self-test."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from ucj_desktop import __version__
from ucj_desktop.logs import setup_logging
from ucj_desktop.paths import StorePaths, demo_data_dir, resolve_data_dir, resources

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ucj-desktop", description="UCJ Desktop")
    parser.add_argument("--data-dir", help="store folder (default: UCJ_DATA_DIR or user data)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo store with synthetic workers (made on first use)",
    )
    parser.add_argument("--tour", metavar="DIR", help="save a PNG of each screen into DIR and exit")
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
        from PySide6.QtWidgets import QApplication, QMessageBox

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


def _make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("UCJ Desktop")
    app.setOrganizationName("Pemerintah Kota Bekasi")
    app.setApplicationVersion(__version__)
    style = (resources() / "styles" / "app.qss").read_text(encoding="utf-8")
    app.setStyleSheet(style)
    return app


def _draw_window_offscreen(opened: object) -> None:
    from ucj_desktop.gui.main_window import MainWindow
    from ucj_desktop.services.store_access import OpenStore

    assert isinstance(opened, OpenStore)
    _make_application()
    window = MainWindow(opened)
    pixmap = window.grab()
    window.close()
    if pixmap.isNull() or pixmap.width() < 100:
        raise RuntimeError("the main window did not draw")


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
    app = _make_application()

    from PySide6.QtWidgets import QMessageBox

    from ucj_desktop.gui.main_window import MainWindow
    from ucj_desktop.gui.messages import store_problem_text
    from ucj_desktop.services.demo import open_or_create_demo_store
    from ucj_desktop.services.store_access import open_store, secret_store_for
    from ucj_desktop.store.errors import StoreError

    try:
        opened = (
            open_or_create_demo_store(paths)
            if args.demo
            else open_store(paths, secret_store_for(paths))
        )
    except StoreError as exc:
        text = store_problem_text(exc)
        log.warning("store did not open: %s", exc.problem.value)
        if args.tour:
            print(f"ucj-desktop: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "UCJ Desktop", text)
        return 1

    window = MainWindow(opened)
    try:
        if args.tour:
            window.resize(1180, 760)
            window.show()
            for path in window.save_tour(Path(args.tour)):
                print(path)
            return 0
        window.show()
        return int(app.exec())
    finally:
        window.close()
        opened.close()


if __name__ == "__main__":
    raise SystemExit(main())
