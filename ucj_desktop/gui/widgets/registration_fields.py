"""The registration form's fields (the Designer form's widgets), read and written as one.

``RegistrationFields`` sets the input widgets up, reads them into a ``RegistrationInput``, fills
them from a DTSEN row or a saved registration, clears them, and shows what the NIK tells (birth
date and sex, the desil, the DTSEN lookup, a registration that already holds it). It says which
field the officer changed (``edited``) and what NIK they typed (``nik_typed``), never while it
fills the form itself. The problems under the fields are ``FieldErrors``
(registration_errors.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QLocale, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy

from ucj_desktop.domain.areas import all_kelurahan, find_kelurahan, kelurahan_by_code
from ucj_desktop.domain.categories import DEFAULT_CATEGORIES
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import nik_birth_date
from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.forms.ui_registration_form import Ui_RegistrationForm
from ucj_desktop.gui.text import officer_locale
from ucj_desktop.gui.text.labels import day_text, status_label
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.services.reference_lookup import NikLookup
from ucj_desktop.wording.labels import category_words

_NOT_DIGIT = re.compile(r"\D")


class RegistrationFields(QObject):
    """The form's input widgets, read and written as one ``RegistrationInput``."""

    edited = Signal(str)  # the RegistrationInput field the officer changed
    nik_typed = Signal(str)  # the NIK's digits, after every change the officer makes

    def __init__(
        self, ui: Ui_RegistrationForm, config: ProgramConfig, locale: QLocale, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.config = config
        self._filling = False
        self._setup(locale)
        self._connect()

    def _setup(self, locale: QLocale) -> None:
        ui = self.ui
        digits = QRegularExpression(r"\d{0,16}")
        ui.nikEdit.setValidator(QRegularExpressionValidator(digits, ui.nikEdit))
        ui.kkEdit.setValidator(QRegularExpressionValidator(digits, ui.kkEdit))
        small = QRegularExpression(r"\d{0,3}")
        for edit in (ui.rtEdit, ui.rwEdit):
            edit.setValidator(QRegularExpressionValidator(small, edit))
            edit.setMaximumWidth(70)
        ui.birthRow.addStretch(1)
        ui.desilBadge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        ui.birthDateEdit.setMaximumWidth(150)
        ui.sexEdit.setMaximumWidth(130)
        # As wide as its whole example (at any font size or scale) wherever there is room, and
        # never narrower while the example shows. Typed, it may give up all but 16 digits: at
        # 125% on the laptop "Desil 3 · PRIORITAS" beside it needs that room, or the whole form
        # is pushed past the scroll area's right edge.
        metrics = ui.nikEdit.fontMetrics()
        self._nik_widths = (
            metrics.horizontalAdvance(ui.nikEdit.placeholderText()) + 24,
            metrics.horizontalAdvance("0" * 16) + 24,
        )
        ui.nikEdit.setMinimumWidth(self._nik_widths[0])
        ui.nikEdit.setMaximumWidth(max(self._nik_widths))
        ui.nikRow.setStretchFactor(ui.nikEdit, 1)  # room goes to the field before the spacer

        # Long choices ("Kayuringinjaya — Kec. Bekasi Selatan") must not widen the form past
        # its column: the combos size to a fixed number of characters instead.
        for box in (ui.kelurahanCombo, ui.occupation1Combo, ui.occupation2Combo):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(22)
        combo = ui.kelurahanCombo
        for kelurahan in all_kelurahan():
            combo.addItem(f"{kelurahan.name} — Kec. {kelurahan.kecamatan_name}", kelurahan.code)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

        ui.occupation1Combo.addItem("", "")
        ui.occupation2Combo.addItem("", "")
        self._add_categories()
        self._say_choices()

        ui.incomeSpin.setLocale(locale)
        ui.incomeSpin.setGroupSeparatorShown(True)
        ui.incomeSpin.setMinimum(0)
        ui.incomeSpin.setAccelerated(True)

    def _say_choices(self) -> None:
        """The words of the lists' empty choices (again after a language change)."""
        line = self.ui.kelurahanCombo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("ketik nama kelurahan"))
        self.ui.occupation1Combo.setItemText(0, self.tr("— pilih pekerjaan —"))
        self.ui.occupation2Combo.setItemText(0, self.tr("— tidak ada —"))

    def retranslate(self, found: NikLookup | None, editing_id: str | None) -> None:
        """The fields' words and numbers in the language spoken now; what is typed, chosen
        or filled in from DTSEN stays (``found``: the lookup of the NIK on the form)."""
        self._say_choices()
        self.ui.incomeSpin.setLocale(officer_locale())
        self.show_birth(_NOT_DIGIT.sub("", self.ui.nikEdit.text()))
        if found is not None:
            self._say_lookup(found)
            self.show_duplicate(found, editing_id)

    def _add_categories(self) -> None:
        labels = {c.code: category_words(c.code) for c in DEFAULT_CATEGORIES}
        for code in self.config.categories:
            for box in (self.ui.occupation1Combo, self.ui.occupation2Combo):
                box.addItem(labels.get(code, code), code)

    def set_config(self, config: ProgramConfig) -> None:
        """Newer programme settings came in: the occupation lists offer their categories,
        keeping what is chosen (a category they dropped stays, for the check to refuse)."""
        self.config = config
        boxes = (self.ui.occupation1Combo, self.ui.occupation2Combo)
        chosen = [box.currentData() for box in boxes]
        with self._filled_by_the_app():
            for box in boxes:
                while box.count() > 1:  # the "none chosen" item stays
                    box.removeItem(1)
            self._add_categories()
            for box, code in zip(boxes, chosen, strict=True):
                if code and box.findData(code) < 0:
                    box.addItem(str(code), code)
                box.setCurrentIndex(max(box.findData(code), 0))

    def _connect(self) -> None:
        ui = self.ui
        ui.nikEdit.textChanged.connect(self._nik_changed)
        texts = {
            "full_name": ui.nameEdit,
            "kk_number": ui.kkEdit,
            "address": ui.addressEdit,
            "rt": ui.rtEdit,
            "rw": ui.rwEdit,
            "phone": ui.phoneEdit,
        }
        for name, edit in texts.items():
            edit.textEdited.connect(lambda _t, n=name: self._changed(n))
        ui.kelurahanCombo.currentTextChanged.connect(lambda _t: self._changed("kelurahan_code"))
        ui.occupation1Combo.currentIndexChanged.connect(lambda _i: self._changed("occupations"))
        ui.occupation2Combo.currentIndexChanged.connect(lambda _i: self._changed("occupations"))
        ui.incomeSpin.valueChanged.connect(lambda _v: self._changed("declared_income"))
        ui.consentCheck.toggled.connect(lambda _on: self._changed("consent"))

    def _changed(self, field: str) -> None:
        if not self._filling:
            self.edited.emit(field)

    def _nik_changed(self, text: str) -> None:
        self.ui.nikEdit.setMinimumWidth(self._nik_widths[1 if text else 0])
        if not self._filling:
            self.nik_typed.emit(_NOT_DIGIT.sub("", text))

    @contextmanager
    def _filled_by_the_app(self) -> Iterator[None]:
        """The widgets change, but not by the officer: no ``edited``, no ``nik_typed``."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    # Reading

    def kelurahan_code(self) -> str:
        combo = self.ui.kelurahanCombo
        text = combo.currentText().strip()
        if not text:
            return ""
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(combo.itemData(index))
        found = find_kelurahan(text.split(" — ")[0])
        return found.code if found is not None else text

    def occupations(self) -> tuple[str, ...]:
        codes = (self.ui.occupation1Combo.currentData(), self.ui.occupation2Combo.currentData())
        return tuple(str(code) for code in codes if code)

    def form_input(self) -> RegistrationInput:
        ui = self.ui
        return RegistrationInput(
            nik=ui.nikEdit.text().strip(),
            kk_number=ui.kkEdit.text().strip(),
            full_name=ui.nameEdit.text(),
            birth_date=None,  # birth date and sex come from the NIK (the domain checks them)
            sex=None,
            phone=ui.phoneEdit.text().strip() or None,
            address=ui.addressEdit.text(),
            rt=ui.rtEdit.text(),
            rw=ui.rwEdit.text(),
            kelurahan_code=self.kelurahan_code(),
            occupations=self.occupations(),
            declared_income=ui.incomeSpin.value(),
            consent=ui.consentCheck.isChecked(),
        )

    def has_data(self) -> bool:
        ui = self.ui
        texts = (ui.nikEdit, ui.nameEdit, ui.kkEdit, ui.addressEdit, ui.rtEdit, ui.rwEdit)
        return (
            any(edit.text().strip() for edit in texts)
            or bool(ui.phoneEdit.text().strip())
            or bool(self.occupations())
            or ui.consentCheck.isChecked()
        )

    # Writing

    def _set_person(self, name: str, kk: str, address: str, rt: str, rw: str, kel: str) -> None:
        """The fields DTSEN and a saved registration both hold (besides the NIK)."""
        ui = self.ui
        for edit, text in (
            (ui.nameEdit, name),
            (ui.kkEdit, kk),
            (ui.addressEdit, address),
            (ui.rtEdit, rt),
            (ui.rwEdit, rw),
        ):
            edit.setText(text)
        self.set_kelurahan(kel)

    def show_lookup(self, found: NikLookup) -> None:
        """What DTSEN holds for the typed NIK: the form filled from it, or why it is not."""
        self._say_lookup(found)
        person = found.dtsen
        if person is None:
            return
        with self._filled_by_the_app():
            self._set_person(
                person.full_name,
                person.kk_number or "",
                person.address or "",
                person.rt or "",
                person.rw or "",
                person.kelurahan_code or "",
            )

    def _say_lookup(self, found: NikLookup) -> None:
        self.ui.lookupLabel.setText(
            self.tr("Terisi dari DTSEN")
            if found.dtsen is not None
            else self.tr("Tidak ada di DTSEN: isi dari KTP-el")
            if found.dtsen_loaded
            else self.tr("Data DTSEN belum diimpor")
        )

    def show_duplicate(self, found: NikLookup | None, editing_id: str | None) -> None:
        """The notice that this office already holds a registration of the NIK (not the one
        being edited), with its status."""
        existing = found.registration_id if found else None
        if existing is None or existing == editing_id or found is None:
            self.ui.duplicateFrame.hide()
            return
        status = found.registration_status or ""
        try:
            words = status_label(Status(status))
        except ValueError:
            words = status
        self.ui.duplicateLabel.setText(
            self.tr("NIK ini sudah terdaftar di kantor ini, status: {status}.").format(status=words)
        )
        self.ui.duplicateFrame.show()

    def fill(self, data: RegistrationInput) -> None:
        """A saved registration, as it was saved."""
        ui = self.ui
        with self._filled_by_the_app():
            ui.nikEdit.setText(data.nik)
            self._set_person(
                data.full_name, data.kk_number, data.address, data.rt, data.rw, data.kelurahan_code
            )
            ui.phoneEdit.setText(data.phone or "")
            for box, code in zip(
                (ui.occupation1Combo, ui.occupation2Combo),
                (*data.occupations, "", ""),
                strict=False,
            ):
                box.setCurrentIndex(max(box.findData(code), 0))
            ui.incomeSpin.setValue(data.declared_income)
            ui.consentCheck.setChecked(data.consent)
        self.show_birth(data.nik)

    def forget_person(self) -> None:
        """What DTSEN filled in (and the consent given for that person) goes, with what the
        lookup said."""
        with self._filled_by_the_app():
            self._set_person("", "", "", "", "", "")
            self.ui.consentCheck.setChecked(False)
        self._forget_lookup()

    def _forget_lookup(self) -> None:
        self.ui.lookupLabel.clear()
        self.ui.duplicateFrame.hide()

    def clear(self) -> None:
        ui = self.ui
        with self._filled_by_the_app():
            for edit in (ui.nikEdit, ui.phoneEdit, ui.birthDateEdit, ui.sexEdit):
                edit.clear()
            self._set_person("", "", "", "", "", "")
            ui.occupation1Combo.setCurrentIndex(0)
            ui.occupation2Combo.setCurrentIndex(0)
            ui.incomeSpin.setValue(self.config.min_declared_income)
            ui.consentCheck.setChecked(False)
        self._forget_lookup()

    def set_kelurahan(self, code: str) -> None:
        combo = self.ui.kelurahanCombo
        # A code outside the list (DTSEN says the person lives elsewhere) is shown as it is,
        # so the residence rule can say so instead of silently picking nothing.
        for index in range(combo.count() - 1, len(all_kelurahan()) - 1, -1):
            combo.removeItem(index)
        if not code:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
            return
        index = combo.findData(code)
        if index < 0 and kelurahan_by_code(code) is None:
            combo.addItem(self.tr("Luar Kota Bekasi ({code})").format(code=code), code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def show_birth(self, nik: str) -> None:
        """Birth date and sex as the NIK gives them (blank until it has 16 sane digits)."""
        try:
            birth, sex = nik_birth_date(nik, date.today()) if len(nik) == 16 else (None, None)
        except DomainError:
            birth, sex = None, None
        self.ui.birthDateEdit.setText(day_text(birth) if birth else "")
        self.ui.sexEdit.setText(
            ""
            if sex is None
            else self.tr("Perempuan")
            if sex.value == "P"
            else self.tr("Laki-laki")
        )

    def show_desil(self, desil: int | None) -> None:
        """The DTSEN desil beside the NIK, coloured by the program's bands."""
        badge = self.ui.desilBadge
        if desil is None:
            badge.hide()
            return
        cfg = self.config
        if cfg.desil_min <= desil <= cfg.priority_desil_max:
            kind, text = "priority", self.tr("Desil {d} · PRIORITAS")
        elif cfg.desil_min <= desil <= cfg.desil_max:
            kind, text = "extended", self.tr("Desil {d}")
        else:
            kind, text = "out", self.tr("Desil {d}")
        badge.setText(text.format(d=desil))
        badge.setProperty("kind", kind)
        repolish(badge)
        badge.show()
