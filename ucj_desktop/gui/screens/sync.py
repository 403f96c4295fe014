"""The Sinkronisasi screen: key exchange with the city hub, the programme settings in force
(and the hub's newer ones in), batches out, acknowledgements in.

Batch export, rewrite, acknowledgement and settings import run on the TaskRunner, one at a time
(``Screen.run_op``); the key exchange above them (sync_keys.KeyExchange) is two small file
operations and runs in place. Its modal boxes: ``_ask_save_path``, ``_ask_open_path``,
``_ask_folder``, ``_confirm`` (why: see ``Page``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ucj_desktop.domain.permissions import Permission, allowed
from ucj_desktop.gui.models.batches import BatchTableModel
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.screens.sync_keys import KeyExchange
from ucj_desktop.gui.screens.sync_settings import SETTINGS_CARD_STYLE, SettingsCard
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.settings_text import behind_text, imported_detail, imported_title
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.file_dialogs import (
    ask_folder,
    ask_open_path,
    ask_save_path,
)
from ucj_desktop.gui.widgets.key_card import KEY_CARD_STYLE
from ucj_desktop.gui.widgets.page import number_text, role_label, tab_chain
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE
from ucj_desktop.gui.widgets.tables import read_only_table, select_row
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.demo_hub import answer_from_demo_hub
from ucj_desktop.services.settings_import import SettingsImported, import_settings
from ucj_desktop.services.store_access import OpenStore, secret_store_for
from ucj_desktop.services.sync_batches import (
    AckReport,
    BatchInfo,
    export_batch,
    import_ack,
    list_batches,
    rewrite_batch,
)

log = logging.getLogger(__name__)

# The batch heading and the empty list take the key cards' "cardTitle" and "empty" looks.
STYLE = SCREEN_STYLE + KEY_CARD_STYLE + RESULT_STYLE + SETTINGS_CARD_STYLE


class SyncScreen(Screen):
    """Keys, batches and acknowledgements of this office.

    Every background task ends with ``task_ended`` after ``batch_exported(BatchInfo)``,
    ``batch_rewritten(BatchInfo)``, ``ack_imported(AckReport)``,
    ``settings_imported(SettingsImported)`` or ``task_failed(exception)``.
    """

    batch_exported = Signal(object)
    batch_rewritten = Signal(object)
    ack_imported = Signal(object)  # AckReport (the demo hub's pass: the sum of its acks)
    settings_imported = Signal(object)
    task_failed = Signal(object)

    key = "sinkronisasi"
    style_sheet = STYLE

    def build(self) -> None:
        self._secrets: SecretStore | None = None
        self.can_manage_keys = allowed(self.who.roles, Permission.KEYS_MANAGE)
        self.can_export = allowed(self.who.roles, Permission.BATCH_EXPORT)
        self.can_import_ack = allowed(self.who.roles, Permission.ACK_IMPORT)
        self.can_import_settings = allowed(self.who.roles, Permission.SETTINGS_IMPORT)
        layout = self.page_layout(
            self.tr("Sinkronisasi"),
            self.tr(
                "Kirim pendaftaran terverifikasi ke hub kota dalam batch, lalu impor tanda "
                "terima dari hub. Berkas dipindah dengan flashdisk; isinya disegel dan "
                "ditandatangani."
            ),
        )
        self.keys = KeyExchange(self)
        self.device_card, self.hub_card = self.keys.device_card, self.keys.hub_card
        self.export_enrollment_button = self.device_card.button
        self.import_hub_button = self.hub_card.button
        self.settings_card = SettingsCard()
        self.import_settings_button = self.settings_card.button
        self.import_settings_button.clicked.connect(lambda: self.import_settings())
        layout.addWidget(self.keys)
        layout.addWidget(self.settings_card)
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
        # A demo store has its own city hub in its folder: one click plays the city's part.
        self.demo_hub_button = QPushButton(self.tr("Jawaban hub &DEMO"))
        self.demo_hub_button.setObjectName("demoHubButton")
        self.demo_hub_button.clicked.connect(lambda: self.answer_from_demo_hub())
        self.demo_hub_button.setVisible(self.opened.manifest.demo)
        actions.addWidget(self.demo_hub_button)
        layout.addLayout(actions)

        self.message = MessageBanner()
        self.message_title, self.message_detail = self.message.title, self.message.detail
        self.message.add_to(layout)

        self.model = BatchTableModel(self)
        self.table = read_only_table(self.model, BatchTableModel.COL_STATUS, name="batchTable")
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.empty_label = role_label(
            self.tr("Belum ada batch. Batch pertama dibuat dengan tombol “Buat batch…”."),
            "empty",
        )
        layout.addWidget(self.empty_label)

        tab_chain(
            self.export_enrollment_button,
            self.import_hub_button,
            self.import_settings_button,
            self.export_button,
            self.rewrite_button,
            self.import_ack_button,
            self.demo_hub_button,
            self.table,
        )
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
        self.keys.show_device_key()
        self.keys.show_hub_key()
        self.settings_card.show_rules(self.opened)
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

    def selected_batch(self) -> BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        batch = rows[0].data(BatchTableModel.BATCH_ROLE)
        return batch if isinstance(batch, BatchInfo) else None

    def _select(self, sequence: int) -> None:
        row = self.model.row_of(sequence)
        if row is not None:
            select_row(self.table, row)

    def _update_buttons(self, *_args: Any) -> None:
        idle = self.task is None
        only_admin = self.tr("Hanya admin yang dapat mengelola kunci hub.")
        batch_roles = self.tr("Hanya verifikator atau admin yang dapat membuat batch.")
        ack_roles = self.tr("Hanya verifikator atau admin yang dapat mengimpor tanda terima.")
        settings_roles = self.tr(
            "Hanya verifikator atau admin yang dapat mengimpor pengaturan program."
        )
        states = (
            (self.export_enrollment_button, self.can_manage_keys, only_admin, ""),
            (self.import_hub_button, self.can_manage_keys, only_admin, ""),
            (
                self.import_settings_button,
                self.can_import_settings,
                settings_roles,
                self.tr("Terapkan paket pengaturan program (.ucjsync) yang ditandatangani hub."),
            ),
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
            (
                self.demo_hub_button,
                self.can_import_ack,
                ack_roles,
                self.tr(
                    "Latihan: hub DEMO menerima batch yang belum dijawab, BPJS DEMO memberi "
                    "KPJ, lalu tanda terimanya langsung diimpor."
                ),
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

    # Batches and acknowledgements (on the runner)

    def export_batch(self, folder: Path | None = None) -> TaskHandle | None:
        """Put every verified, not yet exported registration into one batch file in ``folder``."""
        if self.task is not None:
            return None
        if folder is None:
            folder = self._ask_folder(self.tr("Simpan batch ke folder"))
            if folder is None:
                return None
        return self._start(
            "export-batch",
            lambda opened, who, secrets: export_batch(opened, who, secrets, folder),
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
        sequence = batch.sequence
        return self._start(
            "rewrite-batch",
            lambda opened, who, _secrets: rewrite_batch(opened, who, sequence, folder),
            self._rewritten,
            self.tr("Menulis ulang batch {n}…").format(n=sequence),
        )

    def import_ack(self, path: Path | None = None) -> TaskHandle | None:
        """Apply an acknowledgement file from the hub."""
        words = self.tr("Impor tanda terima dari hub"), self.tr("Mengimpor tanda terima {file}…")
        return self._import_package("import-ack", import_ack, self._ack_done, path, *words)

    def import_settings(self, path: Path | None = None) -> TaskHandle | None:
        """Put the programme settings package from the hub in force."""
        title = self.tr("Impor pengaturan program dari hub")
        busy = self.tr("Mengimpor pengaturan program {file}…")
        return self._import_package(
            "import-settings", import_settings, self._settings_done, path, title, busy
        )

    def _import_package(
        self,
        name: str,
        service: Callable[[OpenStore, OfficerSession, SecretStore, Path], object],
        on_done: Callable[[Any], None],
        path: Path | None,
        title: str,
        busy: str,
    ) -> TaskHandle | None:
        """A package from the hub (``path``, or the one the officer picks) given to
        ``service`` on the runner."""
        if self.task is not None:
            return None
        if path is None:
            path = self._ask_open_path(
                title, self.tr("Berkas sinkronisasi (*.ucjsync);;Semua berkas (*)")
            )
            if path is None:
                return None
        return self._start(
            name,
            lambda opened, who, secrets: service(opened, who, secrets, path),
            on_done,
            busy.format(file=path.name),
        )

    def answer_from_demo_hub(self) -> TaskHandle | None:
        """Demo stores: the demo hub takes the unanswered batches and its acks come back."""
        if self.task is not None:
            return None
        return self._start(
            "demo-hub",
            lambda opened, who, secrets: answer_from_demo_hub(opened, who, secrets).as_ack_report(),
            self._ack_done,
            self.tr("Hub DEMO memproses batch…"),
        )

    def _start(
        self,
        name: str,
        work: Callable[[OpenStore, OfficerSession, SecretStore], object],
        on_done: Callable[[Any], None],
        busy: str,
    ) -> TaskHandle | None:
        """``work(store, officer, keyring)`` on the runner: the screen's own, taken here on the
        GUI thread."""
        self._set_message(busy, self.tr("Jendela tetap dapat dipakai."))
        opened, who, secrets = self.opened, self.who, self.secrets
        task = self.run_op(
            lambda _progress, _cancel: work(opened, who, secrets),
            on_success=on_done,
            on_failure=self._failed,
            name=name,
        )
        self._update_buttons()
        return task

    # What a task leaves (run_op has cleared ``task`` before and emits ``task_ended`` after)

    def _exported(self, info: BatchInfo) -> None:
        if info.completed:  # an earlier export was cut off after it was recorded
            self._show_written(
                info,
                self.tr(
                    "Batch {n} sebelumnya terputus; berkasnya kini lengkap ({count} pendaftaran)"
                ),
                self.tr(
                    "Berkas: {path}. Serahkan berkas ini ke hub kota, lalu buat batch lagi "
                    "untuk pendaftaran yang diverifikasi sesudahnya."
                ),
            )
        else:
            self._show_written(
                info,
                self.tr("Batch {n} dibuat: {count} pendaftaran"),
                self.tr("Berkas: {path}. Serahkan berkas ini ke hub kota."),
            )
        self.batch_exported.emit(info)

    def _rewritten(self, info: BatchInfo) -> None:
        self._show_written(
            info,
            self.tr("Batch {n} ditulis ulang ({count} pendaftaran)"),
            self.tr("Berkas: {path}. Isinya sama persis dengan batch aslinya."),
        )
        self.batch_rewritten.emit(info)

    def _show_written(self, info: BatchInfo, title: str, detail: str) -> None:
        """The list again with the batch just written selected, and where its file is."""
        self.refresh()
        self._select(info.sequence)
        self._set_message(
            title.format(n=info.sequence, count=number_text(info.record_count)),
            detail.format(path=QDir.toNativeSeparators(str(info.path))),
            tone="good",
        )

    def _ack_done(self, report: AckReport) -> None:
        self.refresh()
        if report.already_imported:
            self._set_message(
                self.tr("Tanda terima ini sudah pernah diimpor; tidak ada yang berubah"), ""
            )
        else:
            title = self.tr(
                "Tanda terima diimpor: {enrolled} terdaftar, {returned} dikembalikan"
            ).format(enrolled=number_text(report.enrolled), returned=number_text(report.returned))
            detail = self.tr(
                "Pendaftaran yang terdaftar kini punya nomor KPJ; yang dikembalikan dapat "
                "dilihat alasannya di Daftar Pekerja."
            )
            if report.waiting:
                title += self.tr(", {n} menunggu kuota").format(n=number_text(report.waiting))
                detail += " " + self.tr(
                    "Yang menunggu kuota tetap terkirim; peringkatnya ada di Daftar Pekerja."
                )
            if report.stale:
                detail += " " + self.tr(
                    "{n} jawaban menunggu diabaikan karena hub sudah menjawab lebih baru."
                ).format(n=number_text(report.stale))
            if report.city_quota is not None:
                detail += " " + self.tr("Angka kuota kota di Beranda diperbarui.")
            if report.rules is not None and report.rules.behind:
                detail += " " + behind_text(report.rules)
            self._set_message(title, detail, tone="good")
        self.ack_imported.emit(report)

    def _settings_done(self, done: SettingsImported) -> None:
        self.refresh()
        self._set_message(
            imported_title(done.version, done.previous), imported_detail(done.changed), "good"
        )
        self.settings_imported.emit(done)

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("sync task failed", exc_info=exc)
        self._set_message(self.tr("Tidak berhasil"), error_text(exc), tone="bad")
        self.task_failed.emit(exc)

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
