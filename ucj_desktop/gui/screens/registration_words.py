"""The registration form says its words again in the language spoken now, keeping what the
officer typed: a worker's half-typed registration survives the language switch.

The Designer form's words (``retranslateUi``), the fields' own (registration_fields.py), the
panel beside the form (made anew: it holds only what the services said, which is asked again)
and the quota line; the typed and chosen values, the person DTSEN filled in, the record being
changed and the errors shown stay as they are, their words in the new language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ucj_desktop.gui.widgets.eligibility_panel import EligibilityPanel

if TYPE_CHECKING:
    from ucj_desktop.gui.screens.registration import RegistrationScreen


def retranslate_form(screen: RegistrationScreen) -> None:
    ui = screen.ui
    ui.retranslateUi(screen)  # type: ignore[no-untyped-call]  # generated code
    screen.say_mode()
    screen.fields.retranslate(screen.lookup, screen.editing_id)
    old = ui.panelScroll.takeWidget()
    panel = EligibilityPanel()
    panel.setObjectName("eligibilityPanel")
    ui.panelScroll.setWidget(panel)
    if old is not None:
        old.deleteLater()
    ui.eligibilityPanel = screen.panel = panel
    panel.referral_requested.connect(screen.print_referral)
    screen.refresh()  # the programme line and the quota
    screen.assess_now()  # the verdict, each rule's reason, the premium and the field errors
