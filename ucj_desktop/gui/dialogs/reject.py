"""The verifier's rejection dialog: a reason from the list and a note for the registrar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.models.registrations import rejection_label
from ucj_desktop.gui.text.decision_text import decision_error_text
from ucj_desktop.gui.widgets.page import button_row, error_label, push_button, vbox
from ucj_desktop.services.registrations import (
    REJECTION_CODES,
)

NOTE_MAX = 500


class RejectDialog(QDialog):
    """Reason code (with Indonesian words) and the officer's note; "Lainnya" needs a note."""

    def __init__(self, who_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Tolak pendaftaran"))
        self.setMinimumWidth(460)
        layout = vbox(self, margins=(22, 18, 22, 16), spacing=10)
        intro = QLabel(
            self.tr("Tolak pendaftaran {name}? Petugas pendaftar akan melihat alasannya.").format(
                name=who_name
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason_combo = QComboBox()
        for code in REJECTION_CODES:
            self.reason_combo.addItem(rejection_label(code), code)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            self.tr("Apa yang harus diperbaiki (wajib untuk Lainnya)")
        )
        self.note_edit.setFixedHeight(90)
        reason_label = QLabel(self.tr("&Alasan:"))
        reason_label.setBuddy(self.reason_combo)
        note_label = QLabel(self.tr("&Keterangan:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(reason_label, self.reason_combo)
        form.addRow(note_label, self.note_edit)
        layout.addLayout(form)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.cancel_button = push_button(self.tr("Batal"), self.reject)
        self.reject_button = push_button(self.tr("&Tolak"), self.try_accept, default=True)
        layout.addLayout(button_row(self.cancel_button, self.reject_button))

    def set_reason(self, code: str) -> None:
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(code)))

    def reason(self) -> tuple[str, str]:
        return str(self.reason_combo.currentData()), self.note_edit.toPlainText().strip()

    def try_accept(self) -> None:
        code, note = self.reason()
        if code == "LAINNYA" and not note:
            self.error_label.setText(
                decision_error_text(DomainError("registration.reason_note_required"))
            )
            self.error_label.show()
            self.note_edit.setFocus()
            return
        if len(note) > NOTE_MAX:
            self.error_label.setText(
                self.tr("Keterangan terlalu panjang: maksimal {n} karakter.").format(n=NOTE_MAX)
            )
            self.error_label.show()
            return
        self.accept()
