"""The language the GUI speaks: Qt's translator, the Qt-free catalog, and the computer's memory
of the last language chosen.

``apply_language(code)`` puts the translator compiled from the English catalog
(``resources/translations/ucj_en.qm``) in Qt's hands when the language is English (none for
Bahasa Indonesia, the source language) and tells ``wording.catalog`` too, so the words made
without Qt (reports, reasons) follow. Qt then sends ``QEvent.LanguageChange`` to every widget:
the windows retranslate what is on screen (gui/desk_window.py, gui/login.py).

``pseudo=True`` is the pseudo-localisation check (``ucj-desktop --pseudo``): every word 40%
longer and in brackets (``catalog.lengthened``), so a label that would clip in a longer
language shows it.

The login shows in the language last used on this computer: ``remember_language`` keeps it in a
small file in the data folder (``language``, two letters; no personal data).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTranslator

from ucj_desktop.files.atomic import atomic_write_text
from ucj_desktop.paths import resources
from ucj_desktop.wording import catalog

log = logging.getLogger(__name__)

QM_NAME = "ucj_en.qm"
LAST_LANGUAGE_FILE = "language"


def translations_folder() -> Path:
    return Path(str(resources() / "translations"))


class PseudoTranslator(QTranslator):
    """Every word of ``inner`` (or the Indonesian source without one) lengthened and bracketed."""

    def __init__(self, inner: QTranslator | None = None) -> None:
        super().__init__()
        self.inner = inner

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = self.inner.translate(context, source, disambiguation, n) if self.inner else ""
        return catalog.lengthened(text or source)


class _Installed:
    """The translator Qt holds now (kept referenced here, or Python would collect it), and
    the folder its catalog comes from (None: the app's own)."""

    translator: QTranslator | None = None
    language: tuple[str, bool] = (catalog.INDONESIAN, False)
    folder: Path | None = None


def use_catalog(folder: Path | None) -> None:
    """Read ``ucj_en.qm`` from ``folder`` from the next language change on (a translator
    trying a catalog out, the tests' own words); None: the app's own catalog again."""
    _Installed.folder = folder


def english_translator(folder: Path | None = None) -> QTranslator | None:
    """The English catalog compiled for Qt; None (said in the log) when it cannot be read."""
    translator = QTranslator()
    where = folder or _Installed.folder or translations_folder()
    if not translator.load(QM_NAME, str(where)):
        log.warning("the English catalog %s could not be loaded from %s", QM_NAME, where)
        return None
    return translator


def apply_language(code: str, *, pseudo: bool = False) -> str:
    """Speak ``code`` from now on (every open window retranslates); the language chosen
    (Bahasa Indonesia for a code we do not speak)."""
    language = catalog.normalise(code) or catalog.INDONESIAN
    inner = english_translator() if language == catalog.ENGLISH else None
    if inner is None:
        # Without its catalog (logged) English cannot be spoken on the screens: the words
        # made without Qt stay in Bahasa Indonesia with them, never half and half.
        language = catalog.INDONESIAN
    catalog.set_language(language, pseudo=pseudo)
    translator: QTranslator | None = PseudoTranslator(inner) if pseudo else inner
    app = QCoreApplication.instance()
    if app is not None:
        # The new one first: Qt asks the last installed first. Each install and removal tells
        # every window (Qt folds the LanguageChange events it posts to a widget into one).
        if translator is not None:
            app.installTranslator(translator)
        if _Installed.translator is not None:
            app.removeTranslator(_Installed.translator)
        elif translator is None and _Installed.language != (language, pseudo):
            # No translator before or after (the English catalog would not load), yet the
            # numbers change: tell the windows all the same.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    _Installed.translator = translator
    _Installed.language = (language, pseudo)
    return language


def spoken() -> tuple[str, bool]:
    """The language the windows speak now, and whether pseudo-localised."""
    return catalog.language(), catalog.pseudo()


def language_folder(settings: QSettings) -> Path:
    """Where the computer keeps the last language: beside the GUI's preferences (the store's
    data folder; the hub's folder for the hub desk)."""
    return Path(settings.fileName()).parent


def read_last_language(root: Path) -> str:
    """The language last used on this computer for the store in ``root`` (Bahasa Indonesia
    when none was chosen yet, or the file says something we do not speak)."""
    try:
        text = (root / LAST_LANGUAGE_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return catalog.INDONESIAN
    return catalog.normalise(text.strip()) or catalog.INDONESIAN


def remember_language(root: Path, code: str) -> None:
    """Keep ``code`` as the language the next login in ``root`` shows (a data folder not made
    yet keeps nothing)."""
    language = catalog.normalise(code) or catalog.INDONESIAN
    target = root / LAST_LANGUAGE_FILE
    if not root.is_dir() or (target.is_file() and read_last_language(root) == language):
        return
    try:
        atomic_write_text(target, language + "\n")
    except OSError as exc:  # a read-only folder: the choice holds for this run only
        log.warning("could not remember the language: %s", exc)


_login_choice: list[str] = []  # the language an officer clicked on the login, not yet kept


def choose_at_login(code: str) -> None:
    """The officer clicked ``code`` on the login: the window the sign-in opens keeps it with
    the account (the account's earlier choice does not override it)."""
    _login_choice[:] = [code]


def take_login_choice() -> str | None:
    """The language clicked on the login that opened this window, once; None without one."""
    return _login_choice.pop() if _login_choice else None
