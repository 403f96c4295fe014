"""The programme settings card of the Sinkronisasi screen: the version this office judges by,
since when, whether the hub uses a newer one, and the button that imports the hub's package
(the screen runs the import as an operation, as it runs an ack import)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.settings_text import in_force_detail, version_text
from ucj_desktop.gui.widgets.key_card import KeyCard
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.services.settings import RulesInForce, rules_in_force
from ucj_desktop.services.store_access import OpenStore

SETTINGS_CARD_STYLE = """
KeyCard#card_settings QLabel[role="cardLabel"][behind="true"] { color: #8a5300; font-weight: bold; }
"""


class SettingsCard(KeyCard):
    """ "Aturan program yang berlaku": the version in force here, big, like a fingerprint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "card_settings",
            self.tr("Aturan program yang berlaku"),
            self.tr("Impor &pengaturan…"),
            parent,
        )
        self.rules: RulesInForce | None = None

    def show_rules(self, opened: OpenStore) -> None:
        """Read the settings in force from the store and show them."""
        try:
            self.rules = rules_in_force(opened)
        except EXPECTED_ERRORS as exc:
            self.rules = None
            self.show_empty(self.tr("Tidak dapat dibaca"), error_text(exc))
            self._behind(False)
            return
        self.show_fingerprint(version_text(self.rules.version), in_force_detail(self.rules))
        self._behind(self.rules.behind)

    def _behind(self, behind: bool) -> None:
        self.detail_label.setProperty("behind", "true" if behind else "false")
        repolish(self.detail_label)
