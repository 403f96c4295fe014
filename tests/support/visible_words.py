"""What a person can read in a window, and which of it is in the wrong language.

``visible_texts(window)`` gathers every text a visible widget under ``window`` shows: labels,
buttons, group titles, placeholders, combo items, tab titles, the header and the cells of a
table in view, and the window's title. ``wrong_language(texts, language)`` names the words of
the other language in them.

Which words are Indonesian and which English comes from the catalog itself: a word of the
Indonesian sources (resources/translations/en_*.ts) that no English translation uses is
Indonesian; a word of the translations that no source uses is English. A word both use
(NIK, PDF, hub, kelurahan) is neither. ``PROPER`` lists the names and programme terms that
stay Indonesian in English (and the reverse).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from functools import cache

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

from ucj_desktop.paths import resources
from ucj_desktop.services import demo, demo_hub
from ucj_desktop.wording import linguist
from ucj_desktop.wording.catalog import read_ts

WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])")  # not a piece of a code: DID2
TAG = re.compile(r"<[^>]+>")
# Widgets that show a code, not words: a recovery code's groups of letters and digits.
CODES = frozenset({"recoveryCode"})
# Not words of a language: a file's path or name, a column of a file format (TGL_LAHIR), a
# code (an audit action: quota.allocated; a detail's key and value: layout=sheet; a digest).
NOT_WORDS = re.compile(
    r"\S*[/\\]\S*|\S+\.(?:csv|xlsx|pdf|json|ucjsync|ucjbak|ucjack)\b|\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b"
    r"|\b[a-z]+(?:[._][a-z0-9]+)+\b|\b\w+=[^,)\s]*|\b[0-9a-f]{12,}\b"
)

# Proper names and programme terms: the same in both languages, whatever the catalog says.
PROPER = frozenset(
    {
        # The programme, its people and its places.
        "bekasi", "kota", "kelurahan", "kecamatan", "desil", "jamsostek", "ketenagakerjaan",
        "disnaker", "sigap", "dtsen", "bpjs", "kpj", "nik", "jkk", "jkm", "ucj", "ktp",
        # Occupation categories are programme terms (DOMAIN.md): named as the programme names them.
        "ojek", "online", "pangkalan", "organda", "pkl", "umkm", "pkh",
        "contoh", "demo",  # the demo mark is printed the same in both
    }
)  # fmt: skip


def _data() -> tuple[str, ...]:
    """What people typed into the demo (rejection notes, BPJS's refusal, officers' names): data
    in the language it was typed in, not the app's words."""
    return (*(note for _code, note in demo._REJECTIONS), demo_hub.BPJS_REFUSAL,
            *(name for _user, name, _role in demo.DEMO_OFFICERS))  # fmt: skip


@cache
def _places() -> frozenset[str]:
    """The words of Kota Bekasi's kecamatan and kelurahan names (Jatibening Baru)."""
    with (resources() / "kota_bekasi_wilayah.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    return frozenset(
        word.lower()
        for row in rows
        for word in WORD.findall(f"{row['nama_kecamatan']} {row['nama_kelurahan']}")
    )


@cache
def language_words() -> dict[str, frozenset[str]]:
    """{"id": Indonesian-only words, "en": English-only words}, lower-case."""
    sources: set[str] = set()
    translations: set[str] = set()
    for path in sorted(linguist.TRANSLATIONS.glob("en_*.ts")):
        for (_context, source), text in read_ts(path).items():
            sources |= _words(source)
            translations |= _words(text)
    proper = PROPER | _places()
    return {
        "id": frozenset(sources - translations - proper),
        "en": frozenset(translations - sources - proper),
    }


def _words(text: str) -> set[str]:
    for typed in _data():
        text = text.replace(typed, " ")
    text = NOT_WORDS.sub(" ", TAG.sub(" ", _without_placeholders(text)))
    return {word.lower() for word in WORD.findall(text)}


def _without_placeholders(text: str) -> str:
    return re.sub(r"\{[^{}]*\}", " ", text).replace("&", "")


def wrong_language(texts: Iterable[str], language: str) -> list[str]:
    """The texts that hold a word of the language other than ``language``, with the words."""
    other = language_words()["en" if language == "id" else "id"]
    found = []
    for text in texts:
        words = sorted(_words(text) & other)
        if words:
            found.append(f"{', '.join(words)} in {text[:120]!r}")
    return found


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person can read in ``window`` (visible widgets only)."""
    texts = [window.windowTitle()]
    if isinstance(window, QMainWindow):
        texts.append(window.statusBar().currentMessage())
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        if widget.objectName() in CODES:
            continue
        texts += list(_texts_of(widget))
    return [text for text in texts if text and text.strip()]


def _texts_of(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.text()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(index) for index in range(widget.count()))
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    # A list model's columnCount is private in Qt: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(heading, str):
            yield heading
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        for column in range(columns):
            value = model.index(row, column).data()
            if isinstance(value, str):
                yield value
