"""The reference screen's card for one kind of reference data (DTSEN, the coverage list): the
file in force, when it was imported, its counts and hash, and its import button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ucj_desktop.gui.dialogs.column_map import kind_label
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.page import role_label, vbox
from ucj_desktop.gui.widgets.reference_parts import HASH_CHARS


class SourceCard(QFrame):
    """The file in force for one kind, and its import button."""

    def __init__(self, kind: str, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{kind}")
        self.setProperty("role", "card")
        self._locale = locale
        layout = vbox(self, margins=(18, 14, 18, 14), spacing=4)
        layout.addWidget(role_label(kind_label(kind), "cardTitle"))
        self.file_label = role_label(role="fileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = role_label(role="cardLabel", wrap=True)
        self.hash_label = role_label(role="cardLabel")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.file_label, self.detail_label, self.hash_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.import_button = QPushButton(
            self.tr("Impor &DTSEN…") if kind == "dtsen" else self.tr("Impor daftar &cakupan…")
        )
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(row)

    def show_source(self, source: Any | None) -> None:
        """``source``: the service's record of the file in force (None: nothing imported)."""
        if source is None:
            self.file_label.setText(self.tr("Belum ada data"))
            self.file_label.setProperty("role", "empty")
            self.detail_label.setText(self.tr("Impor berkas CSV atau XLSX untuk mulai memakainya."))
            self.hash_label.clear()
        else:
            self.file_label.setText(source.file_name)
            self.file_label.setProperty("role", "fileName")
            n = self._locale.toString
            self.detail_label.setText(
                self.tr("Diimpor {when} · {accepted} baris diterima, {rejected} ditolak").format(
                    when=local_time(source.imported_at, with_seconds=False),
                    accepted=n(source.rows_accepted),
                    rejected=n(source.rows_rejected),
                )
            )
            self.hash_label.setText(
                self.tr("SHA-256 {hash}").format(hash=source.sha256[:HASH_CHARS])
            )
            self.hash_label.setToolTip(source.sha256)
        self.file_label.style().polish(self.file_label)

    def show_error(self, text: str) -> None:
        self.file_label.clear()
        self.detail_label.setText(text)
        self.hash_label.clear()
