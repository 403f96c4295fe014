"""The reference screen's "Cari di DTSEN" page: a name box and the people found, NIKs masked.
The page asks (``search_requested``); the screen calls the service and shows the answer here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ucj_desktop.gui.models.reference import PeopleTableModel
from ucj_desktop.gui.widgets.page import role_label
from ucj_desktop.gui.widgets.reference_parts import tab_page_layout
from ucj_desktop.gui.widgets.tables import Mode, read_only_table
from ucj_desktop.services.reference_lookup import DtsenPersonView

SEARCH_LIMIT = 50  # people listed at most; more letters narrow the search


class PeopleSearchPage(QWidget):
    """Search box, a line saying how many were found (or why none), and the people table."""

    search_requested = Signal()  # Enter in the box, or Cari

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        box = tab_page_layout(self, "searchBox")
        box.addWidget(
            role_label(
                self.tr("Cari nama di DTSEN yang berlaku (Ctrl+F). NIK ditampilkan tersamar."),
                "pageHint",
            )
        )
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Bagian nama, minimal 3 huruf"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search_requested)
        self.search_button = QPushButton(self.tr("C&ari"))
        self.search_button.clicked.connect(self.search_requested)
        self.search_edit.setMaximumWidth(460)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        row.addStretch(0)
        box.addLayout(row)
        self.search_message = role_label(role="cardLabel", wrap=True)
        self.search_message.hide()
        box.addWidget(self.search_message)
        self.people_model = PeopleTableModel(self)
        self.people_table = read_only_table(
            self.people_model, PeopleTableModel.COL_NAME, selection=Mode.ExtendedSelection
        )
        box.addWidget(self.people_table, 1)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def show_people(self, people: Sequence[DtsenPersonView]) -> None:
        self.people_model.set_people(people)
        if not people:
            text = self.tr("Tidak ada nama yang cocok.")
        elif len(people) >= SEARCH_LIMIT:
            text = self.tr("{n} orang pertama. Ketik lebih banyak huruf untuk mempersempit.")
        else:
            text = self.tr("{n} orang ditemukan.")
        self._say(text.format(n=self._locale.toString(len(people))))

    def show_error(self, text: str) -> None:
        """The search could not run (too short, store trouble): no people, and why."""
        self.people_model.set_people([])
        self._say(text)

    def _say(self, text: str) -> None:
        self.search_message.setText(text)
        self.search_message.show()
