"""`ucj-desktop`'s start, in a child process as a person meets it: the login window shows
before the store's libraries are imported, the store opens behind it, and signing in reaches
the main window; a store that fails to open behind the login is said as before.

The child runs the real ``ucj_desktop.gui.app.main`` under a QApplication subclass that watches
its events (what a person sees), notes what is imported when the login is first on screen,
types as the officer would, answers the message box, and closes the main window.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.cli.conftest import MadeStore
from tests.support.stores import ADMIN, ADMIN_PASSWORD
from ucj_desktop.gui.text.messages import store_problem_text
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import keyring_entry
from ucj_desktop.services.demo import (
    DEMO_OFFICE,
    DEMO_PASSWORD,
    demo_filled,
)
from ucj_desktop.services.store_access import initialise_store, open_store
from ucj_desktop.store.errors import Problem, StoreError

# What a login window must not wait for: the store is opened behind it (the keyring and the
# lock library included), and nothing is printed or migrated at a start.
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
    "alembic",
    "reportlab",
    "pypdfium2",
    "openpyxl",
    "keyring",
    "portalocker",
    "pyqtgraph",  # the dashboard's charts load it once the main window is up
    "numpy",
)

PROBE = """
import json, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest

username, password, login_title, *args = sys.argv[1:]
report = {"loaded_at_login": None, "boxes": [], "main": None}


def loaded():
    return sorted({name.split(".")[0] for name in sys.modules})


class Watching(QtWidgets.QApplication):
    def notify(self, receiver, event):
        handled = super().notify(receiver, event)
        if (
            report["loaded_at_login"] is None
            and event.type() == QEvent.Type.Expose
            and isinstance(receiver, QWindow)
            and receiver.isExposed()
        ):
            report["first_window"] = receiver.title()
            report["loaded_at_login"] = loaded()
            QTimer.singleShot(0, act)
        return handled


def act():
    modal = QtWidgets.QApplication.activeModalWidget()
    if isinstance(modal, QtWidgets.QMessageBox):
        report["boxes"].append(modal.text())
        [close] = [b for b in modal.buttons() if b.text().replace("&", "") == "Tutup"]
        close.click()
        return
    if modal is not None and modal.windowTitle() == login_title:
        if "store_type" not in report:
            report["store_type"] = type(modal.store).__name__
            shown = modal.ui.hintLabel.isVisibleTo(modal)
            report["login_hint"] = modal.ui.hintLabel.text() if shown else ""
            modal.ui.usernameEdit.setText(username)
            modal.ui.passwordEdit.setText(password)
            QTest.keyClick(modal.ui.passwordEdit, Qt.Key.Key_Return)
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if isinstance(widget, QtWidgets.QMainWindow) and widget.isVisible():
            report["main"] = {"title": widget.windowTitle(), "officer": widget.who.username}
            widget.close()
            return
    QTimer.singleShot(20, act)


QtWidgets.QApplication = Watching
from ucj_desktop.gui.app import main

report["code"] = main(args)
report["loaded_at_end"] = loaded()
print(json.dumps(report))
"""


def start_and_sign_in(
    args: list[str],
    env: dict[str, str],
    cwd: Path,
    password: str = ADMIN_PASSWORD,
    login_title: str = "Masuk — UCJ Desktop",
) -> dict:
    """``ucj-desktop ARGS`` in a child, signing in as the admin with ``password`` in the
    sign-in dialog titled ``login_title`` (the office's, or the hub's with ``--hub``)."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, ADMIN, password, login_title, *args],
        env=dict(env, QT_QPA_PLATFORM="offscreen"),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict = json.loads(done.stdout.splitlines()[-1])
    return report


def test_the_login_shows_before_the_store_libraries_load_and_signing_in_opens_the_window(
    made_store: MadeStore, cli_env, tmp_path: Path
) -> None:
    report = start_and_sign_in(["--data-dir", str(made_store.paths.root)], cli_env, tmp_path)
    assert report["first_window"] == "Masuk — UCJ Desktop"
    assert [name for name in HEAVY if name in report["loaded_at_login"]] == []
    assert report["store_type"] == "StoreOpening"  # the store was opened behind the login
    assert report["login_hint"] == ""  # not a demo store
    # Signed in on the store opened meanwhile: the main window is the admin's.
    assert report["main"] == {"title": "UCJ Desktop", "officer": ADMIN}
    assert report["boxes"] == []
    assert report["code"] == 0
    assert "sqlalchemy" in report["loaded_at_end"]  # the probe sees what the start loaded


def test_the_demo_store_opens_behind_its_login_with_its_own_keyring(
    demo_paths: StorePaths, cli_env, tmp_path: Path
) -> None:
    report = start_and_sign_in(
        ["--demo", "--data-dir", str(demo_paths.root)], cli_env, tmp_path, DEMO_PASSWORD
    )
    assert report["first_window"] == "Masuk — UCJ Desktop"
    assert [name for name in HEAVY if name in report["loaded_at_login"]] == []
    assert report["store_type"] == "StoreOpening"
    assert "DEMO" in report["login_hint"]
    assert report["main"] == {"title": "UCJ Desktop — DEMO", "officer": ADMIN}
    assert report["code"] == 0


def test_a_demo_cut_short_is_made_again_behind_its_login_as_before(
    store_paths: StorePaths, cli_env, tmp_path: Path
) -> None:
    # A first --demo start killed after the store was made, before it was filled.
    opened, _ = initialise_store(
        store_paths,
        DEMO_OFFICE,
        ADMIN,
        "Admin Demo",
        DEMO_PASSWORD,
        SecretStore(FileKeyring(store_paths.demo_keyring)),
        demo=True,
    )
    cut_short = opened.manifest.store_id
    opened.close()
    report = start_and_sign_in(
        ["--demo", "--data-dir", str(store_paths.root)], cli_env, tmp_path, DEMO_PASSWORD
    )
    assert report["first_window"] == "Masuk — UCJ Desktop"
    assert report["store_type"] == "StoreOpening"
    assert report["main"] == {"title": "UCJ Desktop — DEMO", "officer": ADMIN}
    # The admin signed in to a demo made again, and filled this time.
    made = open_store(store_paths, SecretStore(FileKeyring(store_paths.demo_keyring)))
    try:
        assert made.manifest.store_id != cut_short
        assert demo_filled(made)
    finally:
        made.close()


def _damage_the_database(paths: StorePaths, _store_id: str, _keyring: FileKeyring) -> None:
    size = paths.database.stat().st_size
    paths.database.write_bytes(bytes(range(256)) * (size // 256))


def _lose_the_key(_paths: StorePaths, store_id: str, keyring: FileKeyring) -> None:
    SecretStore(keyring).delete(keyring_entry(store_id))  # a new Windows profile


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [(_damage_the_database, Problem.CORRUPT), (_lose_the_key, Problem.KEY_MISSING)],
    ids=["damaged-file", "key-missing"],
)
def test_a_store_that_fails_to_open_behind_the_login_is_said_as_before_and_nothing_opens(
    qapp,
    spoil,
    problem: Problem,
    made_store: MadeStore,
    file_keyring: FileKeyring,
    cli_env,
    tmp_path: Path,
) -> None:
    # The manifest is whole (the login shows); the file, or the key, is not.
    spoil(made_store.paths, made_store.init.store_id, file_keyring)
    report = start_and_sign_in(["--data-dir", str(made_store.paths.root)], cli_env, tmp_path)
    assert report["first_window"] == "Masuk — UCJ Desktop"
    assert QCoreApplication.instance() is qapp  # the expected words, in this process's Qt
    # The message the start has always given (with its way back; closed here), and no window.
    assert report["boxes"] == [store_problem_text(StoreError(problem))]
    assert report["main"] is None
    assert report["code"] == 1
