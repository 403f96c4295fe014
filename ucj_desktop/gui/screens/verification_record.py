"""The verification screen's right half: the selected record, what changed since it was
submitted, its eligibility judged now (the registration form's own panel), and the decision
buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QWidget

from ucj_desktop.gui.dialogs.registration_detail import RegistrationFields
from ucj_desktop.gui.text.review_text import review_details, review_summary
from ucj_desktop.gui.widgets.eligibility_panel import EligibilityPanel
from ucj_desktop.gui.widgets.page import button_row, role_label, vbox
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.services.eligibility_review import EligibilityReview

PANE_STYLE = """
QScrollArea#fieldsScroll, QWidget#fieldsBody { background: transparent; }
QLabel[role="notice"] { color: #1b6e47; font-weight: bold; }
QLabel[role="notice"][tone="bad"] { color: #b3261e; }
QLabel[role="ownNote"] { color: #8a5a00; background: #fff4d6; border-radius: 5px;
                         padding: 5px 8px; }
QLabel[role="review"] { border-radius: 5px; padding: 5px 8px; font-weight: bold; }
QLabel[role="review"][tone="good"] { color: #145c3c; background: #e3f4ea; }
QLabel[role="review"][tone="warn"] { color: #6b4a00; background: #fff3d6; }
QLabel[role="review"][tone="bad"] { color: #8c1d16; background: #fbe5e3; }
QLabel#changesLabel { color: #4d3600; background: #fff3d6; border: 1px solid #e0c06a;
                      border-radius: 6px; padding: 6px 10px; }
"""


class RecordPane(QFrame):
    """The record beside the queue; the screen connects the buttons and says what to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName("detailPane")
        box = vbox(self, margins=(16, 14, 16, 14), spacing=8)
        self.empty_label = role_label(
            self.tr("Tidak ada pendaftaran yang menunggu verifikasi."), "pageHint", wrap=True
        )
        box.addWidget(self.empty_label)
        # The record, what changed since it was submitted, and its eligibility judged now: the
        # same rule-by-rule panel the registrar saw while typing.
        body = QWidget()
        body.setObjectName("fieldsBody")
        body_layout = vbox(body, margins=(0, 0, 4, 0), spacing=10)
        self.fields = RegistrationFields()
        body_layout.addWidget(self.fields)
        self.changes_label = QLabel()
        self.changes_label.setObjectName("changesLabel")
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_label.hide()
        body_layout.addWidget(self.changes_label)
        self.panel = EligibilityPanel(referral=False)
        self.panel.setObjectName("eligibilityPanel")
        body_layout.addWidget(self.panel)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("fieldsScroll")
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fields_scroll = scroll
        box.addWidget(scroll, 1)
        self.own_label = role_label(
            self.tr("Anda yang mendaftarkan pendaftaran ini: verifikator lain yang memeriksanya."),
            "ownNote",
            wrap=True,
        )
        self.own_label.hide()
        box.addWidget(self.own_label)
        self.review_label = role_label(role="review", wrap=True, name="reviewLabel")
        self.review_label.hide()
        box.addWidget(self.review_label)
        self.notice_label = role_label(role="notice", wrap=True, name="noticeLabel")
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.notice_label)
        self.approve_button = QPushButton(self.tr("&Setujui"))
        self.approve_button.setToolTip(self.tr("Setujui pendaftaran ini (Ctrl+Enter)"))
        self.reject_button = QPushButton(self.tr("&Tolak…"))
        box.addLayout(button_row(self.reject_button, self.approve_button))

    def show_review(self, review: EligibilityReview | None) -> None:
        """The record's eligibility judged now and what changed since it was submitted."""
        if review is None:
            self.review_label.hide()
            self.changes_label.hide()
            return
        self.panel.show_eligibility(review.now)
        self.panel.show_premium(review.premium)
        text, tone = review_summary(review, self.panel.verdict_label.text())
        self.review_label.setText(text)
        self.review_label.setProperty("tone", tone)
        repolish(self.review_label)
        self.review_label.show()
        details = review_details(review)
        self.changes_label.setText("\n".join(f"• {line}" for line in details))
        self.changes_label.setVisible(bool(details))
