"""The key exchange at the top of the Sinkronisasi screen: this device's fingerprint and its
enrollment file for the hub, the hub key in force and its import after a check by phone.

Both are small file operations and run in place, on the GUI thread. The panel speaks through
its screen: the screen's message line, its modal boxes (which tests answer on the screen) and
its refresh once a hub key is trusted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QWidget

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.key_card import KeyCard
from ucj_desktop.gui.widgets.page import hbox
from ucj_desktop.security.device_keys import fingerprint
from ucj_desktop.services.sync_keys import (
    KeyInfo,
    export_enrollment,
    hub_recipient,
    import_hub_key,
    parse_key_file,
    trusted_hub_signers,
)

if TYPE_CHECKING:
    from ucj_desktop.gui.screens.sync import SyncScreen


class KeyExchange(QWidget):
    """This device's card beside the hub's, each with the one action it takes."""

    def __init__(self, screen: SyncScreen) -> None:
        super().__init__(screen)
        self.host = screen  # not ``self.screen``: that is QWidget.screen(), the display
        cards = hbox(self, margins=(0, 0, 0, 0), spacing=12)
        self.device_card = KeyCard(
            "card_device",
            self.tr("Sidik jari perangkat ini"),
            self.tr("&Ekspor berkas pendaftaran perangkat…"),
        )
        self.hub_card = KeyCard(
            "card_hub", self.tr("Kunci hub yang berlaku"), self.tr("Impor &kunci hub…")
        )
        self.device_card.button.clicked.connect(lambda: self.export_enrollment())
        self.hub_card.button.clicked.connect(lambda: self.import_hub_key())
        cards.addWidget(self.device_card, 1)
        cards.addWidget(self.hub_card, 1)

    # What the cards show

    def show_device_key(self, exported_to: Path | None = None) -> None:
        try:
            spoken = self.host.opened.device_fingerprint()
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

    def show_hub_key(self) -> None:
        try:
            recipient = hub_recipient(self.host.opened)
            signers = trusted_hub_signers(self.host.opened)
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

    # What the buttons do

    def export_enrollment(self, path: Path | None = None) -> KeyInfo | None:
        """Write this device's enrollment file for the hub."""
        host = self.host
        if path is None:
            path = host._ask_save_path(
                self.tr("Ekspor berkas pendaftaran perangkat"),
                f"UCJ-{host.opened.manifest.office_code.replace('.', '')}-perangkat.json",
                self.tr("Berkas pendaftaran (*.json)"),
            )
            if path is None:
                return None
        try:
            info = export_enrollment(host.opened, host.who, host.secrets, path)
        except EXPECTED_ERRORS as exc:
            host.message.show(
                self.tr("Berkas pendaftaran tidak dibuat"), error_text(exc), tone="bad"
            )
            return None
        self.show_device_key(exported_to=path)
        host.message.show(
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
        host = self.host
        if path is None:
            path = host._ask_open_path(
                self.tr("Impor kunci hub"), self.tr("Berkas kunci hub (*.json);;Semua berkas (*)")
            )
            if path is None:
                return None
        not_imported = self.tr("Kunci hub tidak diimpor")
        try:
            data = parse_key_file(path, "hub")
        except EXPECTED_ERRORS as exc:
            host.message.show(not_imported, error_text(exc), tone="bad")
            return None
        spoken = fingerprint(data["signing_key"], data["age_recipient"])
        question = self.tr(
            "Kunci dari berkas ini: {name}\n\nSidik jari:\n{fingerprint}\n\n"
            "Telepon hub dan minta petugasnya membacakan sidik jari kunci hub. Lanjutkan hanya "
            "bila semua angka dan huruf sama persis.\n\nPercayai kunci hub ini?"
        ).format(name=data["name"], fingerprint=spoken)
        if not host._confirm(self.tr("Periksa sidik jari kunci hub"), question):
            host.message.show(
                not_imported, self.tr("Dibatalkan; kunci hub yang berlaku tidak berubah.")
            )
            return None
        try:
            info = import_hub_key(host.opened, host.who, path)
        except EXPECTED_ERRORS as exc:
            host.message.show(not_imported, error_text(exc), tone="bad")
            return None
        host.refresh()
        host.message.show(
            self.tr("Kunci hub dipercaya"),
            self.tr("{name}, sidik jari {fingerprint}. Batch berikutnya disegel untuknya.").format(
                name=info.name, fingerprint=info.fingerprint
            ),
            tone="good",
        )
        return info
