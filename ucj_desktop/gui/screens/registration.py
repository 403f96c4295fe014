"""The registration form: NIK first, DTSEN fills the rest, eligibility explained beside it.

Keyboard: Tab follows the form; Enter submits for verification when the worker may be
submitted, and otherwise saves nothing but shows every problem and puts the cursor on the first
one (a draft is always an explicit choice, Ctrl+S, so an ineligible worker's form stays on
screen for the referral slip); Esc clears the form (asking first when it holds data).

Checks run on a short debounce (``assess_registration`` is a local indexed read, a few ms) and
saves go through the app's single writer task runner. Modal boxes and the file dialog are small
methods (``_confirm``, ``_ask_pdf_path``) that tests replace on the instance.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ucj_desktop.domain.areas import all_kelurahan, find_kelurahan, kelurahan_by_code
from ucj_desktop.domain.categories import DEFAULT_CATEGORIES
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik, nik_birth_date
from ucj_desktop.domain.registration_form import FieldProblem, RegistrationInput
from ucj_desktop.domain.status import Status, can_edit
from ucj_desktop.gui.forms.ui_registration_form import Ui_RegistrationForm
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.task_runner import app_runner
from ucj_desktop.gui.text.eligibility_text import field_text, save_error_text
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS
from ucj_desktop.gui.text.labels import status_label
from ucj_desktop.gui.widgets.file_dialogs import ask_save_path
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.printing.referral_slip import ReferralSlip, render_referral_slip
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.reference_lookup import NikLookup, lookup_nik
from ucj_desktop.services.registration_queries import get_registration
from ucj_desktop.services.registrations import (
    Assessment,
    RegistrationInvalid,
    RegistrationSummary,
    assess_registration,
    save_registration,
)

DEBOUNCE_MS = 150
SCREEN_STYLE = """
QLabel[role="fieldError"] { color: #b3261e; font-size: 12px; }
QLabel[role="fieldHint"] { color: #4a5b66; font-size: 12px; }
QFrame[role="notice"], QLabel[role="notice"] { background: #fff3d6; border: 1px solid #e0c06a;
                                              border-radius: 6px; color: #4d3600; }
QLabel[role="notice"] { padding: 6px 10px; }
QLabel#desilBadge { font-weight: bold; padding: 2px 8px; border-radius: 4px; }
QLabel#desilBadge[kind="priority"] { background: #0b4f6c; color: #ffffff; }
QLabel#desilBadge[kind="extended"] { background: #e3f4ea; color: #145c3c; }
QLabel#desilBadge[kind="out"] { background: #fbe5e3; color: #8c1d16; }
QLabel#statusLabel[kind="ok"] { color: #145c3c; font-weight: bold; }
QLabel#statusLabel[kind="error"] { color: #b3261e; font-weight: bold; }
QLineEdit[readOnly="true"] { background: #eef3f6; color: #15303d; }
QPushButton { padding: 6px 16px; }
QPushButton#submitButton { background: #0b4f6c; color: #ffffff; border-radius: 5px;
                           font-weight: bold; }
QPushButton#submitButton:disabled { background: #b8c7d0; color: #eef3f6; }
"""
_NOT_DIGIT = re.compile(r"\D")


class RegistrationScreen(Screen):
    """Register one worker after another; ``edit(id)`` loads an editable record instead.

    Signals: ``saved(id, status)`` after a save, ``open_existing(id)`` when the officer asks to
    open the registration that already holds the typed NIK, ``assessed()`` after every check
    (the panel and field errors are up to date), ``slip_printed(path)``.
    """

    saved = Signal(str, str)
    open_existing = Signal(str)
    assessed = Signal()
    slip_printed = Signal(str)
    save_failed = Signal(str)

    key = "pendaftaran"
    style_sheet = SCREEN_STYLE

    def build(self) -> None:
        self.config = ProgramConfig()
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self.ui = Ui_RegistrationForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code
        self.setStyleSheet(SCREEN_STYLE)
        self.panel = self.ui.eligibilityPanel
        self.assessment: Assessment | None = None
        self.lookup: NikLookup | None = None
        self.editing_id: str | None = None
        self._filled_nik: str | None = None  # the NIK whose DTSEN row filled the form
        self._touched: set[str] = set()
        self._show_all_errors = False
        self._saving = False
        self._loading = False

        self._errors: dict[str, tuple[QLabel, QWidget]] = {
            "nik": (self.ui.nikError, self.ui.nikEdit),
            "full_name": (self.ui.nameError, self.ui.nameEdit),
            "kk_number": (self.ui.kkError, self.ui.kkEdit),
            "birth_date": (self.ui.birthError, self.ui.nikEdit),
            "sex": (self.ui.birthError, self.ui.nikEdit),
            "address": (self.ui.addressError, self.ui.addressEdit),
            "rt": (self.ui.rtError, self.ui.rtEdit),
            "rw": (self.ui.rtError, self.ui.rwEdit),
            "kelurahan_code": (self.ui.kelurahanError, self.ui.kelurahanCombo),
            "phone": (self.ui.phoneError, self.ui.phoneEdit),
            "occupations": (self.ui.occupationError, self.ui.occupation1Combo),
            "declared_income": (self.ui.incomeError, self.ui.incomeSpin),
            "consent": (self.ui.consentError, self.ui.consentCheck),
        }
        self._setup_fields()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.assess_now)
        self._connect()
        self.clear_form()
        self.refresh_quota()

    # Setup

    def _setup_fields(self) -> None:
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
        ui.nikEdit.setMinimumWidth(190)
        ui.nikEdit.setMaximumWidth(210)

        combo = ui.kelurahanCombo
        for kelurahan in all_kelurahan():
            combo.addItem(f"{kelurahan.name} — Kec. {kelurahan.kecamatan_name}", kelurahan.code)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("ketik nama kelurahan"))
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)

        labels = {c.code: c.label_id for c in DEFAULT_CATEGORIES}
        ui.occupation1Combo.addItem(self.tr("— pilih pekerjaan —"), "")
        ui.occupation2Combo.addItem(self.tr("— tidak ada —"), "")
        for code in self.config.categories:
            for box in (ui.occupation1Combo, ui.occupation2Combo):
                box.addItem(labels.get(code, code), code)

        ui.incomeSpin.setLocale(self._locale)
        ui.incomeSpin.setGroupSeparatorShown(True)
        ui.incomeSpin.setMinimum(0)
        ui.incomeSpin.setAccelerated(True)

        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)

    def _connect(self) -> None:
        ui = self.ui
        ui.nikEdit.textChanged.connect(self._nik_changed)
        for name, edit in (
            ("full_name", ui.nameEdit),
            ("kk_number", ui.kkEdit),
            ("address", ui.addressEdit),
            ("rt", ui.rtEdit),
            ("rw", ui.rwEdit),
            ("phone", ui.phoneEdit),
        ):
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
        ui.kelurahanCombo.currentTextChanged.connect(lambda _t: self._edited("kelurahan_code"))
        ui.occupation1Combo.currentIndexChanged.connect(lambda _i: self._edited("occupations"))
        ui.occupation2Combo.currentIndexChanged.connect(lambda _i: self._edited("occupations"))
        ui.incomeSpin.valueChanged.connect(lambda _v: self._edited("declared_income"))
        ui.consentCheck.toggled.connect(lambda _on: self._edited("consent"))
        ui.submitButton.clicked.connect(self.submit)
        ui.draftButton.clicked.connect(self.save_draft)
        ui.clearButton.clicked.connect(self.cancel)
        ui.openExistingButton.clicked.connect(self._open_existing)
        self.panel.referral_requested.connect(self.print_referral)

    # Reading the form

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

    # Typing

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self._touched.add(field)
        self.ui.statusLabel.clear()
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    def _nik_changed(self, text: str) -> None:
        if self._loading:
            return
        nik = _NOT_DIGIT.sub("", text)
        if self._filled_nik is not None and nik != self._filled_nik:
            self._forget_person()
        self._touched.add("nik")
        self.ui.statusLabel.clear()
        if len(nik) == 16 and nik != self._filled_nik:
            self._look_up(nik)
        self._show_birth(nik)
        self._schedule()

    def _look_up(self, nik: str) -> None:
        try:
            found = lookup_nik(self.opened, self.who, nik)
        except EXPECTED_ERRORS as exc:
            self.lookup = None
            self.ui.lookupLabel.setText(save_error_text(exc))
            return
        self.lookup = found
        self._filled_nik = nik
        person = found.dtsen
        if person is None:
            self.ui.lookupLabel.setText(
                self.tr("Tidak ada di DTSEN: isi dari KTP-el")
                if found.dtsen_loaded
                else self.tr("Data DTSEN belum diimpor")
            )
        else:
            self.ui.lookupLabel.setText(self.tr("Terisi dari DTSEN"))
            self._loading = True
            try:
                self.ui.nameEdit.setText(person.full_name)
                self.ui.kkEdit.setText(person.kk_number or "")
                self.ui.addressEdit.setText(person.address or "")
                self.ui.rtEdit.setText(person.rt or "")
                self.ui.rwEdit.setText(person.rw or "")
                self._set_kelurahan(person.kelurahan_code or "")
            finally:
                self._loading = False
        self._show_duplicate()

    def _forget_person(self) -> None:
        """The NIK changed after DTSEN filled the form: that person's data must not stay."""
        self._loading = True
        try:
            for edit in (
                self.ui.nameEdit,
                self.ui.kkEdit,
                self.ui.addressEdit,
                self.ui.rtEdit,
                self.ui.rwEdit,
            ):
                edit.clear()
            self._set_kelurahan("")
            self.ui.consentCheck.setChecked(False)
        finally:
            self._loading = False
        self._filled_nik = None
        self.lookup = None
        self.ui.lookupLabel.clear()
        self._show_duplicate()

    def _set_kelurahan(self, code: str) -> None:
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

    def _show_birth(self, nik: str) -> None:
        try:
            birth, sex = nik_birth_date(nik, date.today()) if len(nik) == 16 else (None, None)
        except DomainError:
            birth, sex = None, None
        self.ui.birthDateEdit.setText(birth.strftime("%d-%m-%Y") if birth else "")
        self.ui.sexEdit.setText(
            ""
            if sex is None
            else self.tr("Perempuan")
            if sex.value == "P"
            else self.tr("Laki-laki")
        )

    def _show_duplicate(self) -> None:
        found = self.lookup
        existing = found.registration_id if found else None
        if existing is None or existing == self.editing_id or found is None:
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

    def _open_existing(self) -> None:
        if self.lookup is not None and self.lookup.registration_id:
            self.open_existing.emit(self.lookup.registration_id)

    # Checking

    def assess_now(self) -> None:
        """Check the form now (the debounce timer calls this) and show the results."""
        self._timer.stop()
        if not self.ui.nikEdit.text().strip() and not self.has_data():
            self.assessment = None
            self.panel.clear()
            self._show_problems(())
            self.ui.desilBadge.hide()
            self._update_buttons()
            self.assessed.emit()
            return
        try:
            assessment = assess_registration(
                self.opened, self.who, self.form_input(), self.editing_id
            )
        except EXPECTED_ERRORS as exc:
            self._status(save_error_text(exc), error=True)
            self.assessed.emit()
            return
        self.assessment = assessment
        self.panel.show_eligibility(assessment.eligibility)
        self.panel.show_premium(assessment.premium)
        self._show_desil(assessment.desil)
        self._show_problems(assessment.problems)
        self._update_buttons()
        self.assessed.emit()

    def _show_desil(self, desil: int | None) -> None:
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

    def _visible(self, problem: FieldProblem) -> bool:
        if self._show_all_errors:
            return True
        if problem.field not in self._touched and not (
            problem.field in ("birth_date", "sex") and "nik" in self._touched
        ):
            return False
        # Half a NIK is not an error yet while the officer is still typing it.
        return not (problem.code == "nik.length" and self.ui.nikEdit.hasFocus())

    def _show_problems(self, problems: tuple[FieldProblem, ...]) -> None:
        texts: dict[int, list[str]] = {}
        labels: dict[int, QLabel] = {}
        for label, _focus in self._errors.values():
            labels[id(label)] = label
            texts.setdefault(id(label), [])
        for problem in problems:
            if problem.field in self._errors and self._visible(problem):
                label = self._errors[problem.field][0]
                text = field_text(problem)
                if text not in texts[id(label)]:
                    texts[id(label)].append(text)
        for key, label in labels.items():
            label.setText(" ".join(texts[key]))
            label.setVisible(bool(texts[key]))

    def error_text_for(self, field: str) -> str:
        """The error shown next to ``field`` ('' when none)."""
        label = self._errors[field][0]
        return "" if label.isHidden() else label.text()

    def can_submit(self) -> bool:
        a = self.assessment
        return (
            a is not None
            and a.clean is not None
            and not a.problems
            and a.existing_id is None
            and a.eligibility.submittable
        )

    def _update_buttons(self) -> None:
        self.ui.submitButton.setEnabled(not self._saving and self.can_submit())
        self.ui.draftButton.setEnabled(not self._saving and self.has_data())
        self.ui.clearButton.setEnabled(not self._saving)

    # Saving

    def submit(self) -> None:
        self._save(submit=True)

    def save_draft(self) -> None:
        self._save(submit=False)

    def _save(self, submit: bool) -> None:
        if self._saving:
            return
        self.assess_now()  # the latest keystrokes, not the ones before the debounce
        if submit and not self.can_submit():
            self._reveal_problems()
            return
        if not submit and not self.has_data():
            return
        data, registration_id = self.form_input(), self.editing_id
        self._saving = True
        self._update_buttons()
        self._status(self.tr("Menyimpan…"))
        app_runner().run(
            lambda _progress, _cancel: save_registration(
                self.opened, self.who, data, submit=submit, registration_id=registration_id
            ),
            on_done=self._saved,
            on_failed=self._save_failed,
            name="registration.save",
        )

    def _reveal_problems(self) -> None:
        """Enter on a form that cannot be submitted: every problem shown, cursor on the first."""
        self._show_all_errors = True
        a = self.assessment
        self._show_problems(a.problems if a else ())
        if a is not None and a.problems:
            self._status(self.tr("Ada isian yang belum benar: lihat pesan merah."), error=True)
            self._errors.get(a.problems[0].field, self._errors["nik"])[1].setFocus()
        elif a is not None and a.existing_id is not None:
            self._status(self.tr("NIK ini sudah terdaftar: buka pendaftaran yang ada."), True)
        elif a is not None:
            self._status(
                self.tr(
                    "Belum dapat diajukan: lihat alasan di panel kelayakan. "
                    "Simpan draf dengan Ctrl+S bila perlu."
                ),
                error=True,
            )
        else:
            self.ui.nikEdit.setFocus()

    def _saved(self, summary: RegistrationSummary) -> None:
        self._saving = False
        submitted = summary.status is Status.SUBMITTED
        message = (
            self.tr("Diajukan untuk verifikasi: {name} (NIK {nik}).")
            if submitted
            else self.tr("Tersimpan sebagai draf: {name} (NIK {nik}).")
        ).format(name=summary.full_name, nik=mask_nik(summary.nik))
        self.clear_form()
        self._status(message)
        self.refresh_quota()
        self.ui.nikEdit.setFocus()
        self.saved.emit(summary.id, summary.status.value)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if not isinstance(exc, EXPECTED_ERRORS):
            self._update_buttons()
            raise exc
        if isinstance(exc, RegistrationInvalid):
            self._show_all_errors = True
            self._show_problems(exc.problems)
        self.assess_now()
        if isinstance(exc, RegistrationInvalid):
            self._reveal_problems()
        text = save_error_text(exc)
        self._status(text, error=True)
        self.save_failed.emit(text)

    def _status(self, text: str, error: bool = False) -> None:
        label = self.ui.statusLabel
        label.setText(text)
        label.setProperty("kind", "error" if error else "ok")
        repolish(label)

    # Clearing, cancelling, editing

    def clear_form(self) -> None:
        """Empty form, ready for the next worker, cursor in NIK."""
        self._timer.stop()
        self._loading = True
        try:
            ui = self.ui
            for edit in (
                ui.nikEdit,
                ui.nameEdit,
                ui.kkEdit,
                ui.addressEdit,
                ui.rtEdit,
                ui.rwEdit,
                ui.phoneEdit,
                ui.birthDateEdit,
                ui.sexEdit,
            ):
                edit.clear()
            self._set_kelurahan("")
            ui.occupation1Combo.setCurrentIndex(0)
            ui.occupation2Combo.setCurrentIndex(0)
            ui.incomeSpin.setValue(self.config.min_declared_income)
            ui.consentCheck.setChecked(False)
        finally:
            self._loading = False
        self.editing_id = None
        self._filled_nik = None
        self.lookup = None
        self.assessment = None
        self._touched.clear()
        self._show_all_errors = False
        self.ui.lookupLabel.clear()
        self.ui.statusLabel.clear()
        self.ui.duplicateFrame.hide()
        self.ui.modeLabel.hide()
        self.ui.clearButton.setText(self.tr("&Bersihkan"))
        self.ui.nikEdit.setReadOnly(False)
        self.assess_now()
        self.ui.nikEdit.setFocus()

    def cancel(self) -> bool:
        """Esc / Bersihkan: clear the form, asking first when it holds data."""
        if self.has_data() or self.editing_id:
            question = (
                self.tr("Batalkan perubahan pendaftaran ini? Perubahan yang belum disimpan hilang.")
                if self.editing_id
                else self.tr("Bersihkan formulir? Data yang sudah diketik hilang.")
            )
            if not self._confirm(question, self.tr("Bersihkan")):
                return False
        self.clear_form()
        return True

    def edit(self, registration_id: str) -> bool:
        """Load an existing registration to change it; False (and a message) if not editable."""
        try:
            detail = get_registration(self.opened, self.who, registration_id)
        except EXPECTED_ERRORS as exc:
            self._status(save_error_text(exc), error=True)
            return False
        status = detail.row.status
        if not can_edit(status):
            self._status(
                self.tr("Pendaftaran berstatus {status} tidak dapat diubah.").format(
                    status=status_label(status)
                ),
                error=True,
            )
            return False
        self.clear_form()
        data = detail.data
        self._loading = True
        try:
            ui = self.ui
            ui.nikEdit.setText(data.nik)
            ui.nameEdit.setText(data.full_name)
            ui.kkEdit.setText(data.kk_number)
            ui.addressEdit.setText(data.address)
            ui.rtEdit.setText(data.rt)
            ui.rwEdit.setText(data.rw)
            ui.phoneEdit.setText(data.phone or "")
            self._set_kelurahan(data.kelurahan_code)
            for box, code in zip(
                (ui.occupation1Combo, ui.occupation2Combo),
                (*data.occupations, "", ""),
                strict=False,
            ):
                box.setCurrentIndex(max(box.findData(code), 0))
            ui.incomeSpin.setValue(data.declared_income)
            ui.consentCheck.setChecked(data.consent)
        finally:
            self._loading = False
        self.editing_id = registration_id
        self._filled_nik = data.nik
        self._show_birth(data.nik)
        self.ui.nikEdit.setReadOnly(True)  # another NIK is another worker: register anew
        self.ui.modeLabel.setText(
            self.tr("Mengubah pendaftaran {name} (status {status}).").format(
                name=data.full_name, status=status_label(status)
            )
        )
        self.ui.modeLabel.show()
        self.ui.clearButton.setText(self.tr("&Batal ubah"))
        self._touched.update(self._errors)
        self.assess_now()
        self.ui.nameEdit.setFocus()
        return True

    # Referral slip

    def print_referral(self) -> Path | None:
        code = self.panel.referral_code()
        if code is None:
            return None
        path = self._ask_pdf_path()
        if path is None:
            return None
        data = self.form_input()
        kelurahan = kelurahan_by_code(data.kelurahan_code) if data.kelurahan_code else None
        summary = dashboard_summary(self.opened, self.config)
        slip = ReferralSlip(
            nik=data.nik,
            full_name=" ".join(data.full_name.split()),
            reason=code,
            desil=self.assessment.desil if self.assessment else None,
            desil_min=self.config.desil_min,
            desil_max=self.config.desil_max,
            kelurahan_name=kelurahan.name if kelurahan else None,
            kecamatan_name=kelurahan.kecamatan_name if kelurahan else None,
            office_name=summary.office_name,
            office_code=summary.office_code,
            printed_on=date.today(),
        )
        app_runner().run(
            lambda _progress, _cancel: render_referral_slip(path, slip),
            on_done=self._slip_done,
            on_failed=self._save_failed,
            writes=False,
            name="referral.print",
        )
        return path

    def _slip_done(self, path: Path) -> None:
        self._status(self.tr("Surat rujukan disimpan: {path}").format(path=path.name))
        self.slip_printed.emit(str(path))

    # Quota

    def refresh_quota(self) -> None:
        try:
            summary = dashboard_summary(self.opened, self.config)
        except EXPECTED_ERRORS:
            return
        used = summary.quota_used
        self.panel.show_quota(
            used,
            summary.quota,
            self.tr("Kuota: {used} dari {quota}").format(
                used=self._locale.toString(used), quota=self._locale.toString(summary.quota)
            ),
        )

    # Keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
                focus.click()  # Enter on a focused button presses that button
            else:
                self.submit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    # Modal boxes and file dialogs (tests replace these on the instance)

    def _confirm(self, text: str, action: str) -> bool:
        return confirm(
            self, self.tr("Pendaftaran"), text, action=action, cancel=self.tr("Kembali ke formulir")
        )

    def _ask_pdf_path(self) -> Path | None:
        name = f"rujukan-dtsen-{mask_nik(self.ui.nikEdit.text()).replace('*', 'x')}.pdf"
        chosen = ask_save_path(
            self, self.tr("Simpan surat rujukan DTSEN"), name, self.tr("PDF (*.pdf)")
        )
        return chosen[0] if chosen else None
