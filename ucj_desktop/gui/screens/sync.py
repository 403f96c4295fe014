"""The Sinkronisasi screen: key exchange with the city hub, batches out, acknowledgements in.

Batch export, rewrite and acknowledgement import run on the TaskRunner; the key exchange is
two small file operations and runs in place. Modal boxes go through small methods
(``_ask_save_path``, ``_ask_open_path``, ``_ask_folder``, ``_confirm``) so tests can answer them
on the instance while the screen's own logic runs unchanged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.permissions import Permission, allowed
from ucj_desktop.gui.models.batches import BatchTableModel
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.file_dialogs import (
    ask_folder,
    ask_open_path,
    ask_save_path,
)
from ucj_desktop.gui.widgets.page import number_text, role_label
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE, repolish, style_table
from ucj_desktop.security.device_keys import fingerprint
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.store_access import secret_store_for
from ucj_desktop.services.sync_batches import (
    AckReport,
    BatchInfo,
    export_batch,
    import_ack,
    list_batches,
    rewrite_batch,
)
from ucj_desktop.services.sync_keys import (
    KeyInfo,
    export_enrollment,
    hub_recipient,
    import_hub_key,
    parse_key_file,
    trusted_hub_signers,
)

log = logging.getLogger(__name__)

STYLE = (
    SCREEN_STYLE
    + """
QLabel[role="cardTitle"] { font-size: 15px; font-weight: bold; color: #15303d; }
QLabel[role="fingerprint"] { font-size: 17px; font-weight: bold; color: #0b4f6c; }
QLabel[role="empty"] { font-size: 14px; color: #7a8a94; font-style: italic; }
"""
    + RESULT_STYLE
)


class KeyCard(QFrame):
    """One side of the key exchange: a title, a fingerprint (or why there is none), a button."""

    def __init__(self, name: str, title: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(4)
        layout.addWidget(role_label(title, "cardTitle"))
        self.fingerprint_label = role_label(role="fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setWeight(QFont.Weight.Bold)
        self._mono = font
        self.detail_label = role_label(role="cardLabel", wrap=True)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.detail_label)
        layout.addStretch(1)
        self.button = QPushButton(button)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(row)

    def show_fingerprint(self, spoken: str, detail: str) -> None:
        self.fingerprint_label.setText(spoken)
        self.fingerprint_label.setProperty("role", "fingerprint")
        self.fingerprint_label.setFont(self._mono)
        self.detail_label.setText(detail)
        repolish(self.fingerprint_label)

    def show_empty(self, text: str, detail: str) -> None:
        self.fingerprint_label.setText(text)
        self.fingerprint_label.setProperty("role", "empty")
        self.fingerprint_label.setFont(QFont())
        self.detail_label.setText(detail)
        repolish(self.fingerprint_label)


class SyncScreen(Screen):
    """Keys, batches and acknowledgements of this office.

    Every background task ends with ``task_ended`` after ``batch_exported(BatchInfo)``,
    ``batch_rewritten(BatchInfo)``, ``ack_imported(AckReport)`` or ``task_failed(exception)``.
    """

    batch_exported = Signal(object)
    batch_rewritten = Signal(object)
    ack_imported = Signal(object)
    task_failed = Signal(object)

    key = "sinkronisasi"
    style_sheet = STYLE

    def build(self) -> None:
        self._secrets: SecretStore | None = None
        self.can_manage_keys = allowed(self.who.roles, Permission.KEYS_MANAGE)
        self.can_export = allowed(self.who.roles, Permission.BATCH_EXPORT)
        self.can_import_ack = allowed(self.who.roles, Permission.ACK_IMPORT)
        layout = self.page_layout(
            self.tr("Sinkronisasi"),
            self.tr(
                "Kirim pendaftaran terverifikasi ke hub kota dalam batch, lalu impor tanda "
                "terima dari hub. Berkas dipindah dengan flashdisk; isinya disegel dan "
                "ditandatangani."
            ),
        )
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.device_card = KeyCard(
            "card_device",
            self.tr("Sidik jari perangkat ini"),
            self.tr("&Ekspor berkas pendaftaran perangkat…"),
        )
        self.hub_card = KeyCard(
            "card_hub", self.tr("Kunci hub yang berlaku"), self.tr("Impor &kunci hub…")
        )
        self.export_enrollment_button = self.device_card.button
        self.import_hub_button = self.hub_card.button
        self.export_enrollment_button.clicked.connect(lambda: self.export_enrollment())
        self.import_hub_button.clicked.connect(lambda: self.import_hub_key())
        cards.addWidget(self.device_card, 1)
        cards.addWidget(self.hub_card, 1)
        layout.addLayout(cards)
        layout.addSpacing(6)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(role_label(self.tr("Batch ke hub"), "cardTitle"))
        actions.addStretch(1)
        self.export_button = QPushButton(self.tr("&Buat batch…"))
        self.rewrite_button = QPushButton(self.tr("&Tulis ulang batch…"))
        self.import_ack_button = QPushButton(self.tr("Impor tanda &terima…"))
        self.export_button.clicked.connect(lambda: self.export_batch())
        self.rewrite_button.clicked.connect(lambda: self.rewrite_batch())
        self.import_ack_button.clicked.connect(lambda: self.import_ack())
        for button in (self.export_button, self.rewrite_button, self.import_ack_button):
            actions.addWidget(button)
        layout.addLayout(actions)

        self.message = MessageBanner()
        self.message_title, self.message_detail = self.message.title, self.message.detail
        self.message.add_to(layout)

        self.model = BatchTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("batchTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        style_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BatchTableModel.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.empty_label = role_label(
            self.tr("Belum ada batch. Batch pertama dibuat dengan tombol “Buat batch…”."),
            "empty",
        )
        layout.addWidget(self.empty_label)

        QWidget.setTabOrder(self.export_enrollment_button, self.import_hub_button)
        QWidget.setTabOrder(self.import_hub_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.rewrite_button)
        QWidget.setTabOrder(self.rewrite_button, self.import_ack_button)
        QWidget.setTabOrder(self.import_ack_button, self.table)
        self._set_message("", "")
        self.refresh()

    @property
    def secrets(self) -> SecretStore:
        """The keyring holding this device's private keys (made on first use)."""
        if self._secrets is None:
            self._secrets = secret_store_for(self.opened.paths)
        return self._secrets

    # What the screen shows

    def refresh(self) -> None:
        """Reload the fingerprints and the batch list from the store."""
        self._show_device_key()
        self._show_hub_key()
        selected = self.selected_batch()
        try:
            batches = list_batches(self.opened, self.who)
        except EXPECTED_ERRORS as exc:
            batches = []
            self._set_message(self.tr("Daftar batch tidak dapat dimuat"), error_text(exc), "bad")
        self.model.set_batches(batches)
        self.empty_label.setVisible(not batches)
        if selected is not None:
            self._select(selected.sequence)
        self._update_buttons()

    def _show_device_key(self, exported_to: Path | None = None) -> None:
        try:
            spoken = self.opened.device_fingerprint()
        except EXPECTED_ERRORS as exc:
            self.device_card.show_empty(self.tr("Tidak dapat dibaca"), error_text(exc))
            return
        if not spoken:
            self.device_card.show_empty(
                self.tr("Belum ada kunci perangkat"),
                self.tr("Kunci perangkat dibuat saat data kantor dibuka."),
            )
            return
        if exported_to is None:
            detail = self.tr(
                "Kirim berkas pendaftaran ke hub, lalu bacakan sidik jari ini lewat telepon."
            )
        else:
            detail = self.tr("Berkas pendaftaran: {path}").format(
                path=QDir.toNativeSeparators(str(exported_to))
            )
        self.device_card.show_fingerprint(spoken, detail)

    def _show_hub_key(self) -> None:
        try:
            recipient = hub_recipient(self.opened)
            signers = trusted_hub_signers(self.opened)
        except DomainError:
            self.hub_card.show_empty(
                self.tr("Belum ada kunci hub"),
                self.tr("Impor berkas kunci hub dari Disnaker sebelum membuat batch."),
            )
            return
        except EXPECTED_ERRORS as exc:
            self.hub_card.show_empty(self.tr("Tidak dapat dibaca"), error_text(exc))
            return
        # The newest trusted hub key is the one in force: importing a key retires the others.
        signing = list(signers.values())[-1]
        older = len(signers) - 1
        detail = self.tr("Batch disegel untuk kunci ini.")
        if older:
            detail += " " + self.tr(
                "{n} kunci lama tetap diterima untuk tanda terima lama."
            ).format(n=older)
        self.hub_card.show_fingerprint(fingerprint(signing.hex(), recipient), detail)

    def selected_batch(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        batch = rows[0].data(BatchTableModel.BATCH_ROLE)
        return batch if isinstance(batch, BatchInfo) else None

    def _select(self, sequence: int) -> None:
        row = self.model.row_of(sequence)
        if row is None:
            return
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _update_buttons(self, *_args: Any) -> None:
        idle = self.task is None
        only_admin = self.tr("Hanya admin yang dapat mengelola kunci hub.")
        batch_roles = self.tr("Hanya verifikator atau admin yang dapat membuat batch.")
        ack_roles = self.tr("Hanya verifikator atau admin yang dapat mengimpor tanda terima.")
        states = (
            (self.export_enrollment_button, self.can_manage_keys, only_admin, ""),
            (self.import_hub_button, self.can_manage_keys, only_admin, ""),
            (
                self.export_button,
                self.can_export,
                batch_roles,
                self.tr("Semua pendaftaran terverifikasi yang belum dikirim masuk satu batch."),
            ),
            (
                self.rewrite_button,
                self.can_export,
                batch_roles,
                self.tr("Tulis lagi berkas batch yang dipilih, sama persis byte demi byte."),
            ),
            (
                self.import_ack_button,
                self.can_import_ack,
                ack_roles,
                self.tr("Terapkan tanda terima (.ucjsync) dari hub."),
            ),
        )
        for button, permitted, denied, hint in states:
            enabled = permitted and idle
            if button is self.rewrite_button:
                enabled = enabled and self.selected_batch() is not None
            button.setEnabled(enabled)
            button.setToolTip(hint if permitted else denied)

    def _set_message(self, title: str, detail: str, tone: str = "") -> None:
        self.message.show(title, detail, tone)

    # Keys (small files: done in place)

    def export_enrollment(self, path: Path | None = None) -> KeyInfo | None:
        """Write this device's enrollment file for the hub."""
        if path is None:
            path = self._ask_save_path(
                self.tr("Ekspor berkas pendaftaran perangkat"),
                f"UCJ-{self.opened.manifest.office_code.replace('.', '')}-perangkat.json",
                self.tr("Berkas pendaftaran (*.json)"),
            )
            if path is None:
                return None
        try:
            info = export_enrollment(self.opened, self.who, self.secrets, path)
        except EXPECTED_ERRORS as exc:
            self._set_message(
                self.tr("Berkas pendaftaran tidak dibuat"), error_text(exc), tone="bad"
            )
            return None
        self._show_device_key(exported_to=path)
        self._set_message(
            self.tr("Berkas pendaftaran perangkat dibuat"),
            self.tr(
                "Kirim {path} ke hub, lalu bacakan sidik jari {fingerprint} kepada petugas hub "
                "lewat telepon."
            ).format(path=QDir.toNativeSeparators(str(path)), fingerprint=info.fingerprint),
            tone="good",
        )
        return info

    def import_hub_key(self, path: Path | None = None) -> KeyInfo | None:
        """Read a hub key file, show its fingerprint to check by phone, trust it if confirmed."""
        if path is None:
            path = self._ask_open_path(
                self.tr("Impor kunci hub"), self.tr("Berkas kunci hub (*.json);;Semua berkas (*)")
            )
            if path is None:
                return None
        try:
            data = parse_key_file(path, "hub")
        except EXPECTED_ERRORS as exc:
            self._set_message(self.tr("Kunci hub tidak diimpor"), error_text(exc), tone="bad")
            return None
        spoken = fingerprint(data["signing_key"], data["age_recipient"])
        question = self.tr(
            "Kunci dari berkas ini: {name}\n\nSidik jari:\n{fingerprint}\n\n"
            "Telepon hub dan minta petugasnya membacakan sidik jari kunci hub. Lanjutkan hanya "
            "bila semua angka dan huruf sama persis.\n\nPercayai kunci hub ini?"
        ).format(name=data["name"], fingerprint=spoken)
        if not self._confirm(self.tr("Periksa sidik jari kunci hub"), question):
            self._set_message(
                self.tr("Kunci hub tidak diimpor"),
                self.tr("Dibatalkan; kunci hub yang berlaku tidak berubah."),
            )
            return None
        try:
            info = import_hub_key(self.opened, self.who, path)
        except EXPECTED_ERRORS as exc:
            self._set_message(self.tr("Kunci hub tidak diimpor"), error_text(exc), tone="bad")
            return None
        self.refresh()
        self._set_message(
            self.tr("Kunci hub dipercaya"),
            self.tr("{name}, sidik jari {fingerprint}. Batch berikutnya disegel untuknya.").format(
                name=info.name, fingerprint=info.fingerprint
            ),
            tone="good",
        )
        return info

    # Batches and acknowledgements (on the runner)

    def export_batch(self, folder: Path | None = None) -> TaskHandle | None:
        """Put every verified, not yet exported registration into one batch file in ``folder``."""
        if self.task is not None:
            return None
        if folder is None:
            folder = self._ask_folder(self.tr("Simpan batch ke folder"))
            if folder is None:
                return None
        opened, who, secrets = self.opened, self.who, self.secrets
        return self._start(
            "export-batch",
            lambda: export_batch(opened, who, secrets, folder),
            self._exported,
            self.tr("Membuat batch…"),
        )

    def rewrite_batch(self, folder: Path | None = None) -> TaskHandle | None:
        """Write the selected batch again, byte for byte (a lost or broken flash drive)."""
        batch = self.selected_batch()
        if self.task is not None or batch is None:
            return None
        if folder is None:
            folder = self._ask_folder(
                self.tr("Tulis ulang batch {n} ke folder").format(n=batch.sequence)
            )
            if folder is None:
                return None
        opened, who, sequence = self.opened, self.who, batch.sequence
        return self._start(
            "rewrite-batch",
            lambda: rewrite_batch(opened, who, sequence, folder),
            self._rewritten,
            self.tr("Menulis ulang batch {n}…").format(n=sequence),
        )

    def import_ack(self, path: Path | None = None) -> TaskHandle | None:
        """Apply an acknowledgement file from the hub."""
        if self.task is not None:
            return None
        if path is None:
            path = self._ask_open_path(
                self.tr("Impor tanda terima dari hub"),
                self.tr("Berkas sinkronisasi (*.ucjsync);;Semua berkas (*)"),
            )
            if path is None:
                return None
        opened, who, secrets = self.opened, self.who, self.secrets
        return self._start(
            "import-ack",
            lambda: import_ack(opened, who, secrets, path),
            self._ack_done,
            self.tr("Mengimpor tanda terima {file}…").format(file=path.name),
        )

    def _start(
        self, name: str, work: Callable[[], object], on_done: Callable[[Any], None], busy: str
    ) -> TaskHandle:
        self._set_message(busy, self.tr("Jendela tetap dapat dipakai."))
        self.task = self.runner.run(
            lambda _progress, _cancel: work(),
            on_done=on_done,
            on_failed=self._failed,
            name=name,
        )
        self._update_buttons()
        return self.task

    def _finish(self) -> None:
        self.task = None
        self.refresh()

    def _exported(self, info: BatchInfo) -> None:
        self._finish()
        self._select(info.sequence)
        self._set_message(
            self.tr("Batch {n} dibuat: {count} pendaftaran").format(
                n=info.sequence, count=number_text(info.record_count)
            ),
            self.tr("Berkas: {path}. Serahkan berkas ini ke hub kota.").format(
                path=QDir.toNativeSeparators(str(info.path))
            ),
            tone="good",
        )
        self.batch_exported.emit(info)
        self.task_ended.emit()

    def _rewritten(self, info: BatchInfo) -> None:
        self._finish()
        self._select(info.sequence)
        self._set_message(
            self.tr("Batch {n} ditulis ulang ({count} pendaftaran)").format(
                n=info.sequence, count=number_text(info.record_count)
            ),
            self.tr("Berkas: {path}. Isinya sama persis dengan batch aslinya.").format(
                path=QDir.toNativeSeparators(str(info.path))
            ),
            tone="good",
        )
        self.batch_rewritten.emit(info)
        self.task_ended.emit()

    def _ack_done(self, report: AckReport) -> None:
        self._finish()
        if report.already_imported:
            self._set_message(
                self.tr("Tanda terima ini sudah pernah diimpor; tidak ada yang berubah"), ""
            )
        else:
            self._set_message(
                self.tr(
                    "Tanda terima diimpor: {enrolled} terdaftar, {returned} dikembalikan"
                ).format(
                    enrolled=number_text(report.enrolled), returned=number_text(report.returned)
                ),
                self.tr(
                    "Pendaftaran yang terdaftar kini punya nomor KPJ; yang dikembalikan dapat "
                    "dilihat alasannya di Daftar Pekerja."
                ),
                tone="good",
            )
        self.ack_imported.emit(report)
        self.task_ended.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("sync task failed", exc_info=exc)
        self._set_message(self.tr("Tidak berhasil"), error_text(exc), tone="bad")
        self.task_failed.emit(exc)
        self.task_ended.emit()

    # Modal boxes (tests answer these on the instance)

    def _ask_save_path(self, title: str, name: str, filter_text: str) -> Path | None:
        chosen = ask_save_path(self, title, name, filter_text)
        return chosen[0] if chosen else None

    def _ask_open_path(self, title: str, filter_text: str) -> Path | None:
        return ask_open_path(self, title, filter_text)

    def _ask_folder(self, title: str) -> Path | None:
        return ask_folder(self, title)

    def _confirm(self, title: str, text: str) -> bool:
        return confirm(self, title, text)
