"""One registration in full (NIK unmasked) with its history; "Ubah" for records an officer may
still edit. Also the read-only field panel the verification screen shows beside its queue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ucj_desktop.domain.areas import kelurahan_by_code
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status, can_edit
from ucj_desktop.gui.models.registrations import (
    HistoryTableModel,
    occupations_text,
    reason_text,
    status_tooltip,
)
from ucj_desktop.gui.text import money, officer_locale
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS, error_text
from ucj_desktop.gui.text.labels import day_text, local_time, registration_status_text
from ucj_desktop.gui.widgets.page import (
    button_row,
    error_label,
    fit_to_screen,
    push_button,
    role_label,
    vbox,
)
from ucj_desktop.gui.widgets.style import SCREEN_STYLE
from ucj_desktop.gui.widgets.tables import rows_table
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.registration_queries import (
    RegistrationDetail,
    get_registration,
    registration_history,
)
from ucj_desktop.services.store_access import OpenStore

DETAIL_STYLE = (
    SCREEN_STYLE
    + """
QLabel[role="detailName"] { font-size: 18px; font-weight: bold; color: #15303d; }
QLabel[role="statusBadge"] { background: #e8eef2; color: #15303d; border-radius: 9px;
                             padding: 2px 10px; font-weight: bold; }
QLabel[role="fieldName"] { color: #4a5b66; }
QLabel[role="fieldValue"] { color: #15303d; }
QFrame[role="reasonBox"] { background: #fdecea; border: 1px solid #e8a39d; border-radius: 6px; }
QLabel[role="reasonText"] { color: #b3261e; font-weight: bold; font-size: 14px; }
QLabel[role="sectionTitle"] { font-size: 14px; font-weight: bold; color: #15303d; }
"""
)


NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"


def _value(text: str) -> QLabel:
    label = role_label(text, "fieldValue", wrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RegistrationFields(QWidget):
    """Name, status, the reason of a rejection (prominent) and every field, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = officer_locale()
        layout = vbox(self, margins=(0, 0, 0, 0), spacing=8)
        top = QHBoxLayout()
        self.name_label = role_label(role="detailName", wrap=True)
        self.status_label = role_label(role="statusBadge")
        top.addWidget(self.name_label, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.reason_box = QFrame()
        self.reason_box.setProperty("role", "reasonBox")
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(12, 8, 12, 8)
        self.reason_label = role_label(role="reasonText", wrap=True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reason_layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_box)
        self.reason_box.hide()

        # A grid, not a QFormLayout: in a scroll area QFormLayout can keep the row heights it
        # computed for another width (a wrapped value then loses its second line); a grid
        # lays its rows out from the height-for-width of the width it is given.
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.values: dict[str, QLabel] = {}
        for row, (key, text) in enumerate(
            (
                ("nik", self.tr("NIK")),
                ("kk", self.tr("No. KK")),
                ("birth", self.tr("Tanggal lahir")),
                ("sex", self.tr("Jenis kelamin")),
                ("phone", self.tr("Telepon")),
                ("address", self.tr("Alamat")),
                ("kelurahan", self.tr("Kelurahan")),
                ("desil", self.tr("Desil DTSEN")),
                ("occupations", self.tr("Pekerjaan")),
                ("income", self.tr("Penghasilan/bulan")),
                ("kpj", self.tr("KPJ")),
                ("created", self.tr("Dibuat")),
            )
        ):
            name = role_label(text, "fieldName")
            value = _value("")
            value.setObjectName(f"field_{key}")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        layout.addStretch(1)

    def show_detail(self, detail: RegistrationDetail) -> None:
        row, data = detail.row, detail.data
        self.name_label.setText(row.full_name)
        self.status_label.setText(registration_status_text(row.status, row.hub_rank))
        self.status_label.setToolTip(status_tooltip(row) or "")
        reason = reason_text(row.decision_code, row.decision_note)
        if reason and row.status in (Status.REJECTED, Status.RETURNED, Status.CANCELLED):
            lead = {
                Status.REJECTED: self.tr("Ditolak verifikator: {reason}"),
                Status.RETURNED: self.tr("Dikembalikan hub: {reason}"),
                Status.CANCELLED: self.tr("Dibatalkan: {reason}"),
            }[row.status]
            self.reason_label.setText(lead.format(reason=reason))
            self.reason_box.show()
        else:
            self.reason_label.clear()
            self.reason_box.hide()
        area = kelurahan_by_code(data.kelurahan_code)
        place = f"{area.name}, Kec. {area.kecamatan_name}" if area else data.kelurahan_code
        coverage = ""
        if detail.coverage_start and detail.coverage_end:
            coverage = self.tr(" (berlaku {start} s.d. {end})").format(
                start=day_text(detail.coverage_start),
                end=day_text(detail.coverage_end),
            )
        texts = {
            "nik": data.nik,
            "kk": data.kk_number,
            "birth": day_text(data.birth_date) if data.birth_date else "—",
            "sex": {"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")}.get(
                data.sex or "", data.sex or "—"
            ),
            "phone": data.phone or "—",
            # "RT 011/RW 005" never breaks over two lines: no-break spaces, a word joiner.
            "address": self.tr("{address}, {rt_rw}").format(
                address=data.address,
                rt_rw=self.tr("RT {rt}/RW {rw}")
                .format(rt=data.rt, rw=data.rw)
                .replace(" ", NO_BREAK_SPACE)
                .replace("/", "/" + WORD_JOINER),
            ),
            "kelurahan": place,
            "desil": "—" if row.desil is None else str(row.desil),
            "occupations": occupations_text(data.occupations) or "—",
            "income": money(data.declared_income),
            "kpj": (detail.kpj or "—") + coverage,
            "created": self.tr("{when} oleh {who}").format(
                when=local_time(row.created_at, with_seconds=False), who=row.created_by
            ),
        }
        for key, text in texts.items():
            self.values[key].setText(text)


class RegistrationDetailDialog(QDialog):
    """A record and its full history. ``edit_requested(id)`` when the officer chooses "Ubah"
    (offered only to petugas, for draft, rejected and returned records)."""

    edit_requested = Signal(str)

    def __init__(
        self,
        opened: OpenStore,
        who: OfficerSession,
        registration_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registrationDetail")
        self.setWindowTitle(self.tr("Rincian pendaftaran"))
        self.setStyleSheet(DETAIL_STYLE)
        fit_to_screen(self, 760, 640)
        self.opened = opened
        self.who = who
        self.registration_id = registration_id
        self.detail: RegistrationDetail | None = None

        layout = vbox(self, margins=(22, 18, 22, 16), spacing=10)
        self.fields = RegistrationFields()
        layout.addWidget(self.fields)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)

        history_title = role_label(self.tr("Riwayat"), "sectionTitle")
        layout.addWidget(history_title)
        self.history_model = HistoryTableModel(self)
        self.history_table = rows_table(self.history_model)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryTableModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        history_title.setBuddy(self.history_table)
        layout.addWidget(self.history_table, 1)

        self.edit_button = push_button(self.tr("&Ubah"), self._edit)
        self.close_button = push_button(self.tr("&Tutup"), self.reject, default=True)
        layout.addLayout(button_row(self.edit_button, self.close_button))
        self.edit_button.hide()
        self.load()

    def load(self) -> None:
        try:
            detail = get_registration(self.opened, self.who, self.registration_id)
            history = registration_history(self.opened, self.who, self.registration_id)
        except EXPECTED_ERRORS as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.detail = detail
        self.fields.show_detail(detail)
        self.history_model.set_history(history, detail.row.decision_note)
        self.edit_button.setVisible(self.can_edit())

    def can_edit(self) -> bool:
        return (
            self.detail is not None
            and can_edit(self.detail.row.status)
            and Role.PETUGAS in self.who.roles
        )

    def _edit(self) -> None:
        if self.can_edit():
            self.edit_requested.emit(self.registration_id)
            self.accept()
