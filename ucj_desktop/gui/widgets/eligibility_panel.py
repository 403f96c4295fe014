"""The panel beside the registration form: every eligibility rule with its reason, the quota,
the premium, the DTSEN referral slip button, and which version of the programme settings
judges (given by the screen; hidden until then).

It only shows what it is given (an Eligibility, a Premium, quota numbers); the registration
screen asks the services.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ucj_desktop.domain.eligibility import Eligibility, Outcome, Rule
from ucj_desktop.domain.premium import Premium
from ucj_desktop.gui.text import money as rupiah
from ucj_desktop.gui.text.eligibility_text import rule_text, rule_title

# Rule results that send the worker to update their DTSEN data (the referral slip).
REFERRAL_CODES = frozenset({"dtsen.not_found", "desil.out_of_range"})

PANEL_STYLE = """
EligibilityPanel { background: #ffffff; border: 1px solid #d9e1e7; border-radius: 8px; }
QLabel#panelTitle { font-size: 15px; font-weight: bold; color: #15303d; }
QLabel#verdictLabel { font-size: 14px; font-weight: bold; padding: 6px 10px; border-radius: 6px; }
QLabel#verdictLabel[verdict="eligible"] { background: #e3f4ea; color: #145c3c; }
QLabel#verdictLabel[verdict="submittable"] { background: #e3f4ea; color: #145c3c; }
QLabel#verdictLabel[verdict="ineligible"] { background: #fbe5e3; color: #8c1d16; }
QLabel#verdictLabel[verdict="unchecked"] { background: #fff3d6; color: #6b4a00; }
QLabel#verdictLabel[verdict="empty"] { background: #eef3f6; color: #4a5b66; }
QLabel[role="marker"] { min-width: 22px; max-width: 22px; min-height: 22px; max-height: 22px;
                        border-radius: 11px; font-weight: bold; font-size: 13px;
                        qproperty-alignment: AlignCenter; }
QLabel[role="marker"][outcome="pass"] { background: #1b8a5a; color: #ffffff; }
QLabel[role="marker"][outcome="fail"] { background: #b3261e; color: #ffffff; }
QLabel[role="marker"][outcome="cannot_check"] { background: #e0a100; color: #ffffff; }
QLabel[role="marker"][outcome="none"] { background: #d9e1e7; color: #4a5b66; }
QLabel[role="ruleTitle"] { font-weight: bold; color: #15303d; }
QLabel[role="ruleReason"] { color: #15303d; }
QLabel[role="ruleReason"][outcome="fail"] { color: #8c1d16; }
QLabel#priorityBadge { background: #0b4f6c; color: #ffffff; font-weight: bold; padding: 2px 8px;
                       border-radius: 4px; }
QLabel#quotaLabel, QLabel#premiumLabel { color: #15303d; }
QLabel#rulesLabel { color: #4a5b66; font-size: 12px; }
QFrame#panelRule { background: #d9e1e7; max-height: 1px; border: none; }
"""

_MARKS = {Outcome.PASS: "✓", Outcome.FAIL: "✗", Outcome.CANNOT_CHECK: "?"}


def _restyle(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class _RuleRow:
    def __init__(self, rule: Rule, grid: QGridLayout, row: int) -> None:
        self.rule = rule
        self.marker = QLabel()
        self.marker.setProperty("role", "marker")
        self.marker.setObjectName(f"marker_{rule.value}")
        self.title = QLabel(rule_title(rule))
        self.title.setProperty("role", "ruleTitle")
        self.reason = QLabel()
        self.reason.setProperty("role", "ruleReason")
        self.reason.setObjectName(f"reason_{rule.value}")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.marker, row, 0, top)
        grid.addWidget(self.title, row, 1, top | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.reason, row, 2, top)
        self.outcome = "none"

    def show(self, outcome: str, mark: str, text: str) -> None:
        self.outcome = outcome
        self.marker.setText(mark)
        self.marker.setProperty("outcome", outcome)
        self.reason.setProperty("outcome", outcome)
        self.reason.setText(text)
        self.marker.setAccessibleName(f"{rule_title(self.rule)}: {outcome}")
        _restyle(self.marker)
        _restyle(self.reason)


class EligibilityPanel(QFrame):
    """Verdict, one row per rule (marker + reason), quota, premium, referral slip button."""

    referral_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, referral: bool = True) -> None:
        super().__init__(parent)
        self.setStyleSheet(PANEL_STYLE)
        self.eligibility: Eligibility | None = None
        self._offers_referral = referral  # the registration form prints the slip; others not
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)

        title = QLabel(self.tr("Kelayakan"))
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("rulesLabel")
        self.rules_label.setWordWrap(True)
        self.rules_label.hide()
        layout.addWidget(self.rules_label)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.priority_badge = QLabel(self.tr("PRIORITAS"))
        self.priority_badge.setObjectName("priorityBadge")
        self.priority_badge.setToolTip(self.tr("Desil 1–3 didahulukan"))
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.priority_badge, 0, Qt.AlignmentFlag.AlignLeft)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(2, 1)
        self.rows = {rule: _RuleRow(rule, grid, index) for index, rule in enumerate(Rule)}
        layout.addLayout(grid)

        layout.addWidget(self._line())
        self.quota_label = QLabel()
        self.quota_label.setObjectName("quotaLabel")
        self.premium_label = QLabel()
        self.premium_label.setObjectName("premiumLabel")
        self.premium_label.setWordWrap(True)
        layout.addWidget(self.quota_label)
        layout.addWidget(self.premium_label)
        layout.addStretch(1)
        self.referral_note = QLabel(
            self.tr(
                "Pekerja belum dapat didaftarkan. Berikan surat rujukan untuk memperbarui "
                "data DTSEN di kelurahan/kecamatan."
            )
        )
        self.referral_note.setWordWrap(True)
        self.referral_note.setProperty("role", "pageHint")
        self.referral_button = QPushButton(self.tr("&Cetak surat rujukan DTSEN…"))
        self.referral_button.clicked.connect(self.referral_requested)
        layout.addWidget(self.referral_note)
        layout.addWidget(self.referral_button)
        self.clear()

    def _line(self) -> QFrame:
        line = QFrame()
        line.setObjectName("panelRule")
        line.setFrameShape(QFrame.Shape.HLine)
        return line

    def clear(self) -> None:
        """Nothing typed yet: neutral rows, no verdict."""
        self.eligibility = None
        self._verdict("empty", self.tr("Ketik NIK pekerja untuk memeriksa kelayakan."))
        for row in self.rows.values():
            row.show("none", "–", self.tr("belum diperiksa"))
        self.priority_badge.hide()
        self.premium_label.clear()
        self.set_referral(False)

    def _verdict(self, kind: str, text: str) -> None:
        self.verdict_label.setProperty("verdict", kind)
        self.verdict_label.setText(text)
        _restyle(self.verdict_label)

    def show_eligibility(self, eligibility: Eligibility) -> None:
        self.eligibility = eligibility
        for result in eligibility.results:
            row = self.rows.get(Rule(result.rule))
            if row is not None:
                row.show(result.outcome.value, _MARKS[result.outcome], rule_text(result))
        if eligibility.eligible:
            self._verdict("eligible", self.tr("Memenuhi syarat"))
        elif eligibility.submittable:
            self._verdict("submittable", self.tr("Dapat diajukan (hub kota memeriksa cakupan)"))
        elif eligibility.failures:
            count = len(eligibility.failures)
            self._verdict(
                "ineligible",
                self.tr("Tidak memenuhi syarat: {n} aturan tidak terpenuhi").format(n=count)
                if count > 1
                else self.tr("Tidak memenuhi syarat"),
            )
        else:
            self._verdict("unchecked", self.tr("Belum dapat diperiksa lengkap"))
        self.priority_badge.setVisible(eligibility.priority)
        self.set_referral(self.needs_referral())

    def needs_referral(self) -> bool:
        """Not in DTSEN or desil out of range (with a valid NIK): the worker needs the slip."""
        if self.eligibility is None:
            return False
        nik_ok = self.eligibility.result(Rule.NIK).outcome is Outcome.PASS
        return nik_ok and self.eligibility.result(Rule.DTSEN).code in REFERRAL_CODES

    def set_referral(self, visible: bool) -> None:
        self.referral_note.setVisible(visible and self._offers_referral)
        self.referral_button.setVisible(visible and self._offers_referral)

    def referral_code(self) -> str | None:
        if not self.needs_referral() or self.eligibility is None:
            return None
        return self.eligibility.result(Rule.DTSEN).code

    def show_rules(self, text: str) -> None:
        """Which programme settings judge (``rules_line``); hidden when ``text`` is empty."""
        self.rules_label.setText(text)
        self.rules_label.setVisible(bool(text))

    def show_quota(self, used: int, quota: int, text: str) -> None:
        self.quota_label.setVisible(bool(text))
        self.quota_label.setText(text)
        self.quota_label.setProperty("used", used)
        self.quota_label.setProperty("quota", quota)

    def show_premium(self, premium: Premium | None) -> None:
        if premium is None:
            self.premium_label.clear()
            return
        self.premium_label.setText(
            self.tr("Iuran {total}/bulan dibayar Pemkot (JKK {jkk} + JKM {jkm})").format(
                total=rupiah(premium.total), jkk=rupiah(premium.jkk), jkm=rupiah(premium.jkm)
            )
        )
