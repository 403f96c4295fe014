"""The demo goes the whole way with nothing set up: in a fresh demo store, a registrar types
a new worker from the sample extract, a verifier approves, the batch goes out, the demo hub
answers with an ack, and the worker's card prints with the KPJ the ack brought."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
from PySide6.QtCore import Qt

from ucj_desktop.domain.status import Status
from ucj_desktop.gui.screens.print_cards import PrintScreen
from ucj_desktop.gui.screens.registration import RegistrationScreen
from ucj_desktop.gui.screens.sync import SyncScreen
from ucj_desktop.gui.screens.verification import VerificationScreen
from ucj_desktop.services import demo
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.demo import DEMO_PASSWORD, demo_people, open_or_create_demo_store
from ucj_desktop.services.registration_queries import get_registration

WAIT = 15_000


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_demo_register_verify_export_hub_ack_print(qtbot, demo_paths, tmp_path):
    opened = open_or_create_demo_store(demo_paths)
    try:
        petugas = sign_in(opened, "petugas", DEMO_PASSWORD)
        verifikator = sign_in(opened, "verifikator", DEMO_PASSWORD)
        person = next(demo_people(opened, petugas, date.today()))

        # 1. The registrar types the NIK; the extract fills the rest; every rule passes.
        form = _shown(qtbot, RegistrationScreen(opened, petugas))
        form.typing_pause.setInterval(0)  # checked at once: the test waits for nobody's typing
        form.activateWindow()
        form.ui.nikEdit.setFocus()
        with qtbot.waitSignal(form.assessed, timeout=WAIT):
            qtbot.keyClicks(form.ui.nikEdit, person.nik)
        assert form.ui.nameEdit.text() == person.full_name
        form.ui.occupation1Combo.setFocus()
        qtbot.keyClick(form.ui.occupation1Combo, Qt.Key.Key_Down)
        form.ui.consentCheck.setFocus()
        with qtbot.waitSignal(form.assessed, timeout=WAIT):
            qtbot.keyClick(form.ui.consentCheck, Qt.Key.Key_Space)
        assert form.can_submit()
        with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
            qtbot.keyClick(form.ui.consentCheck, Qt.Key.Key_Return)
        reg_id, status = saved.args
        assert status == Status.SUBMITTED.value

        # 2. The verifier approves it in the queue.
        queue = _shown(qtbot, VerificationScreen(opened, verifikator))
        queue.select_record(reg_id)
        assert queue.current_id == reg_id
        assert queue.approve_current()

        # 3. The batch goes out; 4. the demo hub answers and the ack is imported.
        sync = _shown(qtbot, SyncScreen(opened, verifikator))
        assert sync.demo_hub_button.isVisible() and sync.demo_hub_button.isEnabled()
        with qtbot.waitSignal(sync.batch_exported, timeout=WAIT) as exported:
            sync.export_batch(tmp_path / "flashdisk")
        assert exported.args[0].record_count == demo.VERIFIED + 1
        with qtbot.waitSignal(sync.ack_imported, timeout=WAIT) as imported:
            qtbot.mouseClick(sync.demo_hub_button, Qt.MouseButton.LeftButton)
        report = imported.args[0]
        # The second demo batch (waiting at the hub) and this one: every worker enrolled.
        assert (report.enrolled, report.returned) == (demo.SECOND_BATCH + demo.VERIFIED + 1, 0)
        assert "terdaftar" in sync.message_title.text()
        detail = get_registration(opened, petugas, reg_id)
        assert detail.row.status is Status.ENROLLED and detail.kpj is not None

        # 5. The card prints, with the KPJ from the ack.
        printing = _shown(qtbot, PrintScreen(opened, petugas))
        printing._show_dialog = lambda dialog: None  # the preview is driven below
        printing.select_ids({reg_id})
        assert [e.id for e in printing.selected_entries()] == [reg_id]
        with qtbot.waitSignal(printing.task_ended, timeout=WAIT):
            qtbot.mouseClick(printing.print_cards_button, Qt.MouseButton.LeftButton)
        preview = printing.preview_dialog
        assert preview is not None
        out = tmp_path / "kartu.pdf"
        with qtbot.waitSignal(printing.printed, timeout=WAIT):
            assert preview.save_to(out) == out
        pdf = pdfium.PdfDocument(str(out))
        try:
            front = pdf[0].get_textpage().get_text_range()
        finally:
            pdf.close()
        assert detail.kpj in front
        assert person.nik not in front  # the card shows the NIK masked
    finally:
        opened.close()
