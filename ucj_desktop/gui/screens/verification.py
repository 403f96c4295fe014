"""The verifier's queue: submitted records oldest first, the selected record beside it, approve
(Ctrl+Enter), reject with a reason, and bulk approval of the checked rows.

Its modal boxes: ``_confirm``, ``_ask_rejection`` (why: see ``Page``). Decisions are single short
transactions, run on the GUI thread like the other admin screens' writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QWidget,
)

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.dialogs.registration_detail import DETAIL_STYLE
from ucj_desktop.gui.dialogs.reject import RejectDialog
from ucj_desktop.gui.models.registrations import QueueTableModel, rejection_label
from ucj_desktop.gui.operations import OpProgress
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.screens.verification_record import PANE_STYLE, RecordPane
from ucj_desktop.gui.task_runner import TaskHandle
from ucj_desktop.gui.text.decision_text import decision_error_text
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.widgets.page import role_label, tab_chain, vbox
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.gui.widgets.tables import Mode, rows_table
from ucj_desktop.services.eligibility_review import EligibilityReview, review_registration
from ucj_desktop.services.registration_queries import (
    RegistrationRow,
    get_registration,
    verification_queue,
)
from ucj_desktop.services.registrations import (
    BulkVerification,
    reject_registration,
    verify_registration,
    verify_registrations,
)

STYLE = DETAIL_STYLE + PANE_STYLE


class _SpaceToggles(QObject):
    """Space on the queue toggles the current row's check box, whatever column is current."""

    def __init__(self, screen: VerificationScreen) -> None:
        super().__init__(screen)
        self._screen = screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            self._screen.toggle_current_check()
            return True
        return False


class VerificationScreen(Screen):
    """The verifier's queue. ``decided(id, outcome)`` after each decision ("verified" or
    "rejected"), so other screens can refresh."""

    decided = Signal(str, str)

    key = "verifikasi"
    style_sheet = STYLE

    def build(self) -> None:
        self.approved = 0  # how many the last bulk approval approved
        self._bulk_ids: tuple[str, ...] = ()
        self.current_id: str | None = None
        self.review: EligibilityReview | None = None  # of the record shown

        layout = self.page_layout(
            self.tr("Verifikasi"),
            self.tr(
                "Pendaftaran yang menunggu pemeriksaan, terlama di atas. Periksa datanya, lalu "
                "setujui (Ctrl+Enter) atau tolak dengan alasan."
            ),
            spacing=None,
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_queue())
        self.pane = RecordPane()
        self.pane.approve_button.clicked.connect(self.approve_current)
        self.pane.reject_button.clicked.connect(self.reject_current)
        pane = self.pane  # its parts under the names the screen's callers know
        self.empty_label, self.fields, self.panel = pane.empty_label, pane.fields, pane.panel
        self.fields_scroll, self.changes_label = pane.fields_scroll, pane.changes_label
        self.own_label, self.review_label = pane.own_label, pane.review_label
        self.notice_label = pane.notice_label
        self.approve_button, self.reject_button = pane.approve_button, pane.reject_button
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 380])
        self.stack_pages(layout, splitter)

        self.table.installEventFilter(_SpaceToggles(self))

        tab_chain(
            self.table, self.check_all, self.bulk_button, self.approve_button, self.reject_button
        )
        self.setFocusProxy(self.table)
        self.refresh()

    def _build_queue(self) -> QWidget:
        panel = QWidget()
        box = vbox(panel, margins=(0, 0, 8, 0), spacing=8)
        top = QHBoxLayout()
        self.count_label = role_label(role="cardLabel")
        self.check_all = QCheckBox(self.tr("Centang se&mua"))
        self.check_all.toggled.connect(self._check_all_toggled)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.check_all)
        box.addLayout(top)

        self.model = QueueTableModel(self.who.username, self)
        self.table = rows_table(self.model, name="queueTable", selection=Mode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QueueTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            QueueTableModel.COL_KELURAHAN,
            QueueTableModel.COL_DESIL,
            QueueTableModel.COL_OCCUPATIONS,
            QueueTableModel.COL_OFFICER,
        ):
            self.table.hideColumn(column)  # shown in the detail pane; the queue stays narrow
        box.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur))

        bottom = QHBoxLayout()
        self.bulk_button = QPushButton(self.tr("Setujui yang &dicentang…"))
        self.bulk_button.clicked.connect(self.approve_checked)
        self.model.checked_changed.connect(self._checked_changed)
        bottom.addWidget(self.bulk_button)
        self.bulk_progress = QProgressBar()
        self.bulk_progress.setMaximumWidth(240)
        self.bulk_progress.hide()
        bottom.addWidget(self.bulk_progress)
        bottom.addStretch(1)
        box.addLayout(bottom)
        return panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter from anywhere on the screen (keys the table and buttons ignore rise here).
        ctrl = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and ctrl == Qt.KeyboardModifier.ControlModifier
        ):
            self.approve_current()
            event.accept()
            return
        super().keyPressEvent(event)

    # Reading

    def refresh(self, select_row: int = 0) -> None:
        """Reload the queue and select ``select_row`` (clamped), or the first record."""
        try:
            rows = verification_queue(self.opened, self.who)
        except EXPECTED_ERRORS as exc:
            self.show_error(exc)
            self.model.set_rows([])
            return
        self.show_content()
        self.model.set_rows(rows)
        self.count_label.setText(
            self.tr("{n} menunggu verifikasi").format(n=self._locale.toString(len(rows)))
        )
        if rows:
            row = min(max(select_row, 0), len(rows) - 1)
            self.table.setCurrentIndex(self.model.index(row, QueueTableModel.COL_NAME))
            self.table.selectRow(row)
            self._show(self.model.index(row, QueueTableModel.COL_NAME))
        else:
            self._show(None)

    def _show(self, index: QModelIndex | None) -> None:
        reg = self._row_for(index)
        self.current_id = reg.id if reg else None
        self.empty_label.setVisible(reg is None)
        self.fields_scroll.setVisible(reg is not None)
        self.approve_button.setEnabled(reg is not None)
        self.reject_button.setEnabled(reg is not None)
        self.own_label.setVisible(reg is not None and self.model.is_own(reg))
        self.review = None
        self.pane.show_review(None)
        if reg is None:
            return
        try:
            detail = get_registration(self.opened, self.who, reg.id)
            review = review_registration(self.opened, self.who, reg.id, self.today)
        except EXPECTED_ERRORS as exc:
            self._notice(error_text(exc), bad=True)
            return
        self.fields.show_detail(detail)
        self.review = review
        self.pane.show_review(review)

    def _row_for(self, index: QModelIndex | None) -> RegistrationRow | None:
        if index is None or not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def current_row(self) -> RegistrationRow | None:
        if self.current_id is None:
            return None
        row = self.model.row_of(self.current_id)
        return None if row is None else self.model.row_at(row)

    def select_record(self, registration_id: str) -> None:
        row = self.model.row_of(registration_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, QueueTableModel.COL_NAME))
            self.table.selectRow(row)

    # Checks

    def toggle_current_check(self) -> None:
        reg = self.current_row()
        if reg is not None:
            self.model.set_checked(reg.id, reg.id not in self.model.checked_ids())

    def _check_all_toggled(self, checked: bool) -> None:
        self.model.set_all_checked(checked)

    def _checked_changed(self, count: int) -> None:
        self.bulk_button.setEnabled(count > 0)
        self.bulk_button.setText(
            self.tr("Setujui yang &dicentang ({n})…").format(n=count)
            if count
            else self.tr("Setujui yang &dicentang…")
        )
        all_checked = count > 0 and count == self.model.rowCount()
        if self.check_all.isChecked() != all_checked:
            self.check_all.blockSignals(True)
            self.check_all.setChecked(all_checked)
            self.check_all.blockSignals(False)

    # Decisions

    def approve_current(self) -> bool:
        reg = self.current_row()
        if reg is None:
            return False
        position = self.model.row_of(reg.id) or 0
        try:
            verify_registration(self.opened, self.who, reg.id)
        except EXPECTED_ERRORS as exc:
            self._decision_failed(exc, position)
            return False
        self.refresh(position)
        self._notice(self.tr("{name} disetujui.").format(name=reg.full_name))
        self.decided.emit(reg.id, "verified")
        return True

    def reject_current(self) -> bool:
        reg = self.current_row()
        if reg is None:
            return False
        answer = self._ask_rejection(reg)
        if answer is None:
            return False
        code, note = answer
        position = self.model.row_of(reg.id) or 0
        try:
            reject_registration(self.opened, self.who, reg.id, code, note)
        except EXPECTED_ERRORS as exc:
            self._decision_failed(exc, position)
            return False
        self.refresh(position)
        self._notice(
            self.tr("{name} ditolak: {reason}.").format(
                name=reg.full_name, reason=rejection_label(code)
            )
        )
        self.decided.emit(reg.id, "rejected")
        return True

    def approve_checked(self) -> TaskHandle | None:
        """Approve every checked record after one confirmation, as one operation (progress
        under the queue); ``approved`` holds how many passed once ``task_ended`` fires."""
        self.approved = 0
        ids = self.model.checked_ids()
        if not ids:
            self._notice(self.tr("Centang dulu pendaftaran yang akan disetujui."), bad=True)
            return None
        n = self._locale.toString(len(ids))
        if not self._confirm(
            self.tr("Setujui {n} pendaftaran yang dicentang sekaligus?").format(n=n)
        ):
            return None
        opened, who = self.opened, self.who
        self._bulk_ids = tuple(ids)

        def op(progress: OpProgress, _cancel: object) -> BulkVerification:
            return verify_registrations(opened, who, ids, progress)

        return self.run_op(
            op,
            on_success=self._bulk_done,
            on_failure=self._bulk_failed,
            busy=(self.bulk_button,),
            progress_bar=self.bulk_progress,
            name="bulk-verify",
        )

    def _bulk_done(self, result: BulkVerification) -> None:
        self._bulk_outcome(result.verified, result.refused)

    def _bulk_failed(self, exc: BaseException) -> None:
        if isinstance(exc, EXPECTED_ERRORS):  # e.g. no longer a verifier: none approved, why
            self._bulk_outcome((), [(i, exc) for i in self._bulk_ids])
            return
        self.model.set_all_checked(False)
        self.refresh()
        self._notice(decision_error_text(exc), bad=True)

    def _bulk_outcome(
        self, verified: Sequence[str], refused: Sequence[tuple[str, BaseException]]
    ) -> None:
        problems: dict[str, int] = {}
        for _registration_id, exc in refused:
            text = decision_error_text(exc)
            problems[text] = problems.get(text, 0) + 1
        for registration_id in verified:
            self.decided.emit(registration_id, "verified")
        self.approved = len(verified)
        self.model.set_all_checked(False)
        self.refresh()
        self._notice(self._bulk_summary(self.approved, problems), bad=bool(problems))

    def _bulk_summary(self, approved: int, problems: Mapping[str, int]) -> str:
        text = self.tr("{n} pendaftaran disetujui.").format(n=self._locale.toString(approved))
        for reason, count in problems.items():
            text += " " + self.tr("{n} tidak disetujui: {reason}").format(
                n=self._locale.toString(count), reason=reason
            )
        return text

    def _decision_failed(self, exc: BaseException, position: int) -> None:
        if isinstance(exc, DomainError) and exc.code in (
            "status.illegal",
            "registration.unknown",
        ):
            self.refresh(position)
        self._notice(decision_error_text(exc), bad=True)

    def _notice(self, text: str, bad: bool = False) -> None:
        self.notice_label.setText(text)
        self.notice_label.setProperty("tone", "bad" if bad else "good")
        repolish(self.notice_label)

    # Modal boxes (tests answer these on the instance)

    def _confirm(self, text: str) -> bool:
        return confirm(self, self.tr("Verifikasi"), text)

    def _ask_rejection(self, reg: RegistrationRow) -> tuple[str, str] | None:
        dialog = RejectDialog(reg.full_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason()
