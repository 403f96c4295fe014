"""The programme settings strip of the Sinkronisasi screen: the version this office judges by,
since when, whether the hub uses a newer one, and the button that imports the hub's package
(the screen runs the import as an operation, as it runs an ack import). One row under the key
cards: a third card beside them would not fit the laptop's width at 125%."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.settings_text import in_force_detail, version_text
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.services.settings import RulesInForce, rules_in_force
from ucj_desktop.services.store_access import OpenStore

# With KEY_CARD_STYLE's roles: the version in the fingerprint's look, the detail in amber and
# bold while the hub is ahead.
SETTINGS_CARD_STYLE = """
QFrame#card_settings QLabel[role="cardLabel"][behind="true"] { color: #8a5300; font-weight: bold; }
"""


class SettingsCard(QFrame):
    """ "Aturan program yang berlaku", the version big, what it means, the import button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_settings")
        self.setProperty("role", "card")
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 10, 18, 10)
        row.setSpacing(18)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(role_label(self.tr("Aturan program yang berlaku"), "cardTitle"))
        self.version_label = role_label(role="fingerprint")
        heading.addWidget(self.version_label)
        row.addLayout(heading)
        self.detail_label = role_label(role="cardLabel", wrap=True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.detail_label, 1)
        self.button = QPushButton(self.tr("Impor &pengaturan…"))
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.rules: RulesInForce | None = None

    def show_rules(self, opened: OpenStore) -> None:
        """Read the settings in force from the store and show them."""
        try:
            self.rules = rules_in_force(opened)
        except EXPECTED_ERRORS as exc:
            self.rules = None
            self._show(self.tr("Tidak dapat dibaca"), error_text(exc), behind=False)
            return
        rules = self.rules
        self._show(version_text(rules.version), in_force_detail(rules), behind=rules.behind)

    def _show(self, version: str, detail: str, *, behind: bool) -> None:
        self.version_label.setText(version)
        self.detail_label.setText(detail)
        self.detail_label.setProperty("behind", "true" if behind else "false")
        repolish(self.detail_label)
