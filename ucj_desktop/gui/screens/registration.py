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

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.status import Status, can_edit
from ucj_desktop.gui.forms.ui_registration_form import Ui_RegistrationForm
from ucj_desktop.gui.language import spoken
from ucj_desktop.gui.screens.base import Screen
from ucj_desktop.gui.screens.registration_slip import referral_slip, slip_file_name
from ucj_desktop.gui.screens.registration_words import retranslate_form
from ucj_desktop.gui.task_runner import app_runner
from ucj_desktop.gui.text.eligibility_text import save_error_text
from ucj_desktop.gui.text.error_text import EXPECTED_ERRORS
from ucj_desktop.gui.text.labels import status_label
from ucj_desktop.gui.text.settings_text import rules_line
from ucj_desktop.gui.widgets.file_dialogs import ask_save_path
from ucj_desktop.gui.widgets.questions import confirm
from ucj_desktop.gui.widgets.registration_errors import FieldErrors
from ucj_desktop.gui.widgets.registration_fields import RegistrationFields
from ucj_desktop.gui.widgets.style import repolish
from ucj_desktop.printing.referral_slip import render_referral_slip
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.reference_lookup import NikLookup, lookup_nik
from ucj_desktop.services.registration_queries import get_registration
from ucj_desktop.services.registrations import (
    Assessment,
    FormEntry,
    RegistrationInvalid,
    RegistrationSummary,
    assess_registration,
    save_registration,
)
from ucj_desktop.services.settings import program_config, rules_in_force

DEBOUNCE_MS = 150
SCREEN_STYLE = """
QScrollArea#formScroll, QScrollArea#panelScroll, QWidget#qt_scrollarea_viewport {
    background: transparent; }
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
    # A half-typed form stays through a language change: the words change in place
    # (registration_words.py), the desk window does not build the screen again.
    retranslates_itself = True

    def build(self) -> None:
        try:  # the programme settings in force (the hub's newest imported); refresh() rereads
            self.config = program_config(self.opened)
        except EXPECTED_ERRORS:
            self.config = ProgramConfig()  # the check below says what is wrong with the store
        self.ui = Ui_RegistrationForm()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code
        self.setStyleSheet(SCREEN_STYLE)
        self.panel = self.ui.eligibilityPanel
        self.fields = RegistrationFields(self.ui, self.config, self._locale, self)
        places: dict[str, tuple[QLabel, QWidget]] = {
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
        self.errors = FieldErrors(places)
        self.assessment: Assessment | None = None
        self.lookup: NikLookup | None = None
        self.editing_id: str | None = None
        self._filled_nik: str | None = None  # the NIK whose DTSEN row filled the form
        self._editing: tuple[str, Status] | None = None  # the name and status being changed
        self._saving = False
        self._spoken = spoken()

        QShortcut(QKeySequence("Ctrl+S"), self, self.save_draft)
        # The pause in the typing after which the form is checked (the tests shorten it).
        self.typing_pause = QTimer(self)
        self.typing_pause.setSingleShot(True)
        self.typing_pause.setInterval(DEBOUNCE_MS)
        self.typing_pause.timeout.connect(self.assess_now)
        self._connect()
        self.clear_form()
        self.refresh()

    def refresh(self) -> None:
        """Shown again: newer programme settings may have been imported (Sinkronisasi)."""
        try:
            rules = rules_in_force(self.opened)
            if rules.version != self.config.version:
                self.config = program_config(self.opened)
                self.fields.set_config(self.config)
                self.assess_now()  # the form as it stands, judged by the new version
        except EXPECTED_ERRORS:
            self.panel.show_rules("")
        else:
            self.panel.show_rules(rules_line(rules))
        self.refresh_quota()

    def _connect(self) -> None:
        ui = self.ui
        self.fields.nik_typed.connect(self._nik_changed)
        self.fields.edited.connect(self._edited)
        ui.submitButton.clicked.connect(self.submit)
        ui.draftButton.clicked.connect(self.save_draft)
        ui.clearButton.clicked.connect(self.cancel)
        ui.openExistingButton.clicked.connect(self._open_existing)
        self.panel.referral_requested.connect(self.print_referral)

    # Reading the form

    def kelurahan_code(self) -> str:
        return self.fields.kelurahan_code()

    # Typing

    def _edited(self, field: str) -> None:
        self.errors.touched.add(field)
        self.ui.statusLabel.clear()
        self.typing_pause.start()  # checked after a short pause in the typing

    def _nik_changed(self, nik: str) -> None:
        if self._filled_nik is not None and nik != self._filled_nik:
            self._forget_person()
        self.errors.touched.add("nik")
        self.ui.statusLabel.clear()
        if len(nik) == 16 and nik != self._filled_nik:
            self._look_up(nik)
        self.fields.show_birth(nik)
        self.typing_pause.start()  # checked after a short pause in the typing

    def _look_up(self, nik: str) -> None:
        try:
            found = lookup_nik(self.opened, self.who, nik)
        except EXPECTED_ERRORS as exc:
            self.lookup = None
            self.ui.lookupLabel.setText(save_error_text(exc))
            return
        self.lookup = found
        self._filled_nik = nik
        self.fields.show_lookup(found)
        self.fields.show_duplicate(self.lookup, self.editing_id)

    def _forget_person(self) -> None:
        """The NIK changed after DTSEN filled the form: that person's data must not stay."""
        self.fields.forget_person()
        self._filled_nik = None
        self.lookup = None

    def _open_existing(self) -> None:
        if self.lookup is not None and self.lookup.registration_id:
            self.open_existing.emit(self.lookup.registration_id)

    # Checking

    def assess_now(self) -> None:
        """Check the form now (the debounce timer calls this) and show the results."""
        self.typing_pause.stop()
        if not self.ui.nikEdit.text().strip() and not self.fields.has_data():
            self.assessment = None
            self.panel.clear()
            self.errors.show(())
            self.fields.show_desil(None)
            self._update_buttons()
            self.assessed.emit()
            return
        try:
            assessment = assess_registration(
                self.opened, self.who, FormEntry(self.fields.form_input(), self.editing_id)
            )
        except EXPECTED_ERRORS as exc:
            self._status(save_error_text(exc), error=True)
            self.assessed.emit()
            return
        self.assessment = assessment
        self.panel.show_eligibility(assessment.eligibility)
        self.panel.show_premium(assessment.premium)
        self.fields.show_desil(assessment.desil)
        self.errors.show(assessment.problems)
        self._update_buttons()
        self.assessed.emit()

    def error_text_for(self, field: str) -> str:
        """The error shown next to ``field`` ('' when none)."""
        return self.errors.text_for(field)

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
        self.ui.draftButton.setEnabled(not self._saving and self.fields.has_data())
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
        if not submit and not self.fields.has_data():
            return
        data, registration_id = self.fields.form_input(), self.editing_id
        self._saving = True
        self._update_buttons()
        self._status(self.tr("Menyimpan…"))
        app_runner().run(
            lambda _progress, _cancel: save_registration(
                self.opened, self.who, FormEntry(data, registration_id), submit=submit
            ),
            on_done=self._saved,
            on_failed=self._save_failed,
            name="registration.save",
        )

    def _reveal_problems(self) -> None:
        """Enter on a form that cannot be submitted: every problem shown, cursor on the first."""
        self.errors.show_all = True
        a = self.assessment
        self.errors.show(a.problems if a else ())
        if a is not None and a.problems:
            self._status(self.tr("Ada isian yang belum benar: lihat pesan merah."), error=True)
            self.errors.focus(a.problems[0])
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
            self.errors.show_all = True
            self.errors.show(exc.problems)
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
        self.typing_pause.stop()
        self.fields.clear()
        self.editing_id = None
        self._editing = None
        self._filled_nik = None
        self.lookup = None
        self.assessment = None
        self.errors.reset()
        self.ui.statusLabel.clear()
        self.ui.modeLabel.hide()
        self.ui.clearButton.setText(self.tr("&Bersihkan"))
        self.ui.nikEdit.setReadOnly(False)
        self.assess_now()
        self.ui.nikEdit.setFocus()

    def cancel(self) -> bool:
        """Esc / Bersihkan: clear the form, asking first when it holds data."""
        if self.fields.has_data() or self.editing_id:
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
        self.fields.fill(data)
        self.editing_id = registration_id
        self._filled_nik = data.nik
        self.ui.nikEdit.setReadOnly(True)  # another NIK is another worker: register anew
        self._editing = (data.full_name, status)
        self.say_mode()
        self.ui.modeLabel.show()
        self.errors.touch_all()
        self.assess_now()
        self.ui.nameEdit.setFocus()
        return True

    def say_mode(self) -> None:
        """Which registration is being changed (nothing while a new one is typed)."""
        if self._editing is not None:
            name, status = self._editing
            self.ui.modeLabel.setText(
                self.tr("Mengubah pendaftaran {name} (status {status}).").format(
                    name=name, status=status_label(status)
                )
            )
            self.ui.clearButton.setText(self.tr("&Batal ubah"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and spoken() != self._spoken:
            self._spoken = spoken()
            retranslate_form(self)
        super().changeEvent(event)

    # Referral slip

    def print_referral(self) -> Path | None:
        code = self.panel.referral_code()
        if code is None:
            return None
        path = self._ask_pdf_path()
        if path is None:
            return None
        desil = self.assessment.desil if self.assessment else None
        office = dashboard_summary(self.opened, self.config)
        slip = referral_slip(self.fields.form_input(), code, desil, self.config, office)
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
        # The same figure as Beranda's: the hub's city count when an ack has brought one, else
        # what this office has taken of the city's quota.
        city = summary.city_quota
        if city is not None:
            used, quota = city.used, city.total
            words = self.tr("Kuota kota: {used} dari {quota}")
        else:
            used, quota = summary.quota_used, summary.quota
            words = self.tr("Kuota terpakai kantor ini: {used} dari {quota}")
        self.panel.show_quota(
            used,
            quota,
            words.format(used=self._locale.toString(used), quota=self._locale.toString(quota)),
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
        name = slip_file_name(self.ui.nikEdit.text())
        chosen = ask_save_path(
            self, self.tr("Simpan surat rujukan DTSEN"), name, self.tr("PDF (*.pdf)")
        )
        return chosen[0] if chosen else None
