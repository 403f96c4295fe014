"""The Cadangan Data screen (admin): when the last backup was made, and a new one on a stick.

The backup runs on the TaskRunner (a consistent encrypted copy of a large store takes seconds).
The save dialog goes through ``_ask_save_path`` so tests answer it on the instance.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ucj_desktop.domain.backup_policy import backup_overdue
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.gui.widgets.banner import MessageBanner
from ucj_desktop.gui.widgets.file_dialogs import ask_save_path
from ucj_desktop.gui.widgets.page import number_text, role_label
from ucj_desktop.gui.widgets.style import RESULT_STYLE, SCREEN_STYLE, repolish
from ucj_desktop.services.backups import (
    SUFFIX,
    BackupFile,
    backup_age_days,
    create_backup,
    default_backup_name,
    last_backup,
)
from ucj_desktop.services.store_access import secret_store_for

log = logging.getLogger(__name__)

STYLE = (
    SCREEN_STYLE
    + """
QFrame#lastBackupCard { background: #ffffff; border: 1px solid #d9e1e7; border-radius: 8px; }
QLabel[role="cardTitle"] { font-size: 15px; font-weight: bold; color: #15303d; }
QLabel[role="status"] { font-size: 14px; color: #15303d; }
QLabel[role="status"][tone="bad"] { color: #b3261e; font-weight: bold; }
QLabel[role="status"][tone="good"] { color: #1b6e47; }
"""
    + RESULT_STYLE
)


class BackupScreen(Screen):
    """``backed_up(BackupFile)`` fires after a backup was written; ``task_ended`` after every
    backup run, whatever its end."""

    backed_up = Signal(object)

    key = "cadangan"
    style_sheet = STYLE

    def build(self) -> None:
        layout = self.page_layout(
            self.tr("Cadangan Data"),
            self.tr(
                "Salin seluruh data kantor ke flashdisk atau folder lain. Berkas cadangan "
                "terenkripsi dengan kunci data kantor: tanpa komputer ini atau kode pemulihan, "
                "isinya tidak dapat dibaca."
            ),
        )
        card = QFrame()
        card.setObjectName("lastBackupCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(18, 14, 18, 14)
        card_layout.addWidget(role_label(self.tr("Cadangan terakhir"), "cardTitle"))
        self.status_label = role_label(role="status", wrap=True, name="lastBackupLabel")
        card_layout.addWidget(self.status_label)
        layout.addWidget(card)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Buat cadangan sekarang…"))
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(lambda: self.make_backup())
        actions.addWidget(self.backup_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # one copy: no steps to count
        self.progress.setMaximumWidth(240)
        actions.addWidget(self.progress)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.message = MessageBanner()
        self.message.add_to(layout)
        layout.addSpacing(8)
        layout.addWidget(role_label(self.tr("Memulihkan"), "cardTitle"))
        layout.addWidget(
            role_label(
                self.tr(
                    "Di komputer pengganti: pasang UCJ Desktop, lalu pada penyiapan awal pilih "
                    "“Pulihkan dari cadangan…” dan masukkan kode pemulihan yang dicetak saat "
                    "penyiapan. Pekerjaan sesudah cadangan dibuat tidak ikut kembali; batch "
                    "yang sudah dikirim sesudahnya perlu dicocokkan dengan hub."
                ),
                "pageHint",
                wrap=True,
            )
        )
        layout.addStretch(1)
        self.progress.hide()
        self.refresh()

    def refresh(self) -> None:
        last = last_backup(self.opened, self.who)
        age = backup_age_days(last)
        if last is None:
            text, tone = self.tr("Belum pernah dibuat cadangan. Buat sekarang."), "bad"
        else:
            text = self.tr("{when} oleh {who} · {n} pendaftaran · {file}").format(
                when=local_time(last.at, with_seconds=False),
                who=last.by,
                n=number_text(last.registrations),
                file=last.file,
            )
            if backup_overdue(age):
                text += "\n" + self.tr("Sudah {days} hari; buat cadangan baru.").format(days=age)
                tone = "bad"
            else:
                tone = "good"
        self.status_label.setText(text)
        self.status_label.setProperty("tone", tone)
        repolish(self.status_label)

    def make_backup(self, path: Path | None = None) -> TaskHandle | None:
        """Write a backup to ``path`` (default: ask where) on the runner."""
        if self.task is not None:
            return None
        if path is None:
            path = self._ask_save_path(default_backup_name(self.opened.manifest.office_code))
            if path is None:
                return None
        opened, who = self.opened, self.who
        secrets = secret_store_for(opened.paths)

        def work(_progress: Any, _cancel: Any) -> BackupFile:
            return create_backup(opened, who, secrets, path, datetime.now(UTC))

        self.backup_button.setEnabled(False)
        self.progress.show()
        self.message.show(self.tr("Membuat cadangan…"), self.tr("Jendela tetap dapat dipakai."))
        self.task = self.runner.run(work, on_done=self._done, on_failed=self._failed, name="backup")
        return self.task

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.backup_button.setEnabled(True)

    def _done(self, made: BackupFile) -> None:
        self._finish()
        size = made.path.stat().st_size / 1_000_000
        self.message.show(
            self.tr("Cadangan dibuat ({size} MB)").format(size=f"{size:.1f}".replace(".", ",")),
            self.tr(
                "Berkas: {path}. Simpan terpisah dari komputer ini, dan simpan kode pemulihan "
                "di tempat lain lagi."
            ).format(path=QDir.toNativeSeparators(str(made.path))),
            "good",
        )
        self.refresh()
        self.backed_up.emit(made)
        self.task_ended.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if not isinstance(exc, EXPECTED_ERRORS):
            log.error("backup failed", exc_info=exc)
        self.message.show(self.tr("Cadangan tidak dibuat"), error_text(exc), "bad")
        self.task_ended.emit()

    # Modal boxes (tests answer these on the instance)

    def _ask_save_path(self, name: str) -> Path | None:
        chosen = ask_save_path(
            self,
            self.tr("Simpan cadangan"),
            name,
            self.tr("Cadangan UCJ (*{suffix})").format(suffix=SUFFIX),
        )
        return chosen[0] if chosen else None
