"""Asks why cards are printed again: a reprint is recorded in the audit trail with its reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

OTHER = "LAINNYA"


class ReprintReasonDialog(QDialog):
    """A reason from a short list, or "Lainnya" with a note (then the note is required)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprintReasonDialog")
        self.setWindowTitle(self.tr("Cetak ulang kartu"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{count} kartu sudah pernah dicetak. Kartu yang dicetak ulang dicatat di jejak "
                "audit beserta alasannya, dan harus diserahkan lagi kepada pesertanya."
            ).format(count=count)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reasonCombo")
        for text in (
            self.tr("Kartu hilang"),
            self.tr("Kartu rusak"),
            self.tr("Salah cetak atau printer macet"),
            self.tr("Data di kartu berubah"),
        ):
            self.reason_combo.addItem(text, text)
        self.reason_combo.addItem(self.tr("Lainnya…"), OTHER)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMaxLength(150)
        self.note_edit.setPlaceholderText(self.tr("Keterangan (wajib untuk “Lainnya”)"))
        form.addRow(self.tr("&Alasan:"), self.reason_combo)
        form.addRow(self.tr("&Keterangan:"), self.note_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjut"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def reason(self) -> str:
        """The reason as recorded: the chosen one, with the note after it when given."""
        note = " ".join(self.note_edit.text().split())
        chosen = self.reason_combo.currentData()
        if chosen == OTHER:
            return note
        return f"{chosen}: {note}" if note else str(chosen)

    def accept(self) -> None:
        if not self.reason():
            self.error_label.setText(
                self.tr("Tulis keterangannya: alasan “Lainnya” wajib dijelaskan.")
            )
            self.note_edit.setFocus()
            return
        super().accept()
