"""The Cetak Kartu screen on a real encrypted store, fed by the real pipeline.

Workers are registered by a petugas, verified by a verifikator, exported in a batch, enrolled
by "the hub" (tests.support.ack_builder with fresh keys, real card tokens) and imported, so
the queue holds what an office really has after an acknowledgement. Print runs are drawn on a
real TaskRunner; "printing" goes to a real QPrinter writing a PDF, which the tests read back
with PDFium and whose QR codes they decode with zxing-cpp. Dialogs are answered on the
instance. Every person is synthetic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from sqlmodel import col, select

from tests.support.ack_builder import HubKeys, build_ack, enrolled_record, open_batch
from tests.support.offices import (
    OWN,  # the officers' own password
    Office,
    OfficeTemplate,
    grow_office_template,
)
from tests.support.stores import ADMIN, ADMIN_PASSWORD, copy_store
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.gui.dialogs.card_check import CardCheckDialog
from ucj_desktop.gui.dialogs.print_preview import configure_printer
from ucj_desktop.gui.main_window import MainWindow
from ucj_desktop.gui.screens.print_cards import PrintScreen
from ucj_desktop.gui.task_runner import TaskRunner
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import set_officer_disabled, sign_in
from ucj_desktop.services.card_printing import PrintRequest, print_documents, print_queue
from ucj_desktop.services.registrations import verify_registration
from ucj_desktop.services.store_access import open_store
from ucj_desktop.services.sync_batches import export_batch, import_ack
from ucj_desktop.services.sync_keys import enrollment_document, import_hub_key
from ucj_desktop.store.models import AuditEvent, Registration
from ucj_desktop.sync.card_token import verify_card_token

LEFT = Qt.MouseButton.LeftButton
WAIT = 60_000  # ms; a generous bound for a slow CI machine, never a sleep
OFFICE_CODE = "32.75.01.1001"
MM_PER_POINT = 25.4 / 72


@dataclass
class Enrolled:
    office: object  # tests/gui/conftest.py Office
    hub: HubKeys
    niks: dict[str, str]  # registration id -> full NIK
    kpjs: dict[str, str]  # registration id -> KPJ

    @property
    def opened(self):
        return self.office.opened

    def trusted(self) -> dict[str, bytes]:
        return {"hub": self.hub.signing_public}


@pytest.fixture(scope="module")
def enrolled_template(
    office_template: OfficeTemplate, tmp_path_factory: pytest.TempPathFactory
) -> tuple[OfficeTemplate, tuple[HubKeys, dict[str, str], dict[str, str]]]:
    """The office with its twelve enrolled (``_enrol_twelve``), made once for the module."""
    folder = tmp_path_factory.mktemp("enrolled")
    return grow_office_template(office_template, folder, _enrol_twelve)


@pytest.fixture
def enrolled(enrolled_template, store_paths, file_keyring, secret_store) -> Iterator[Enrolled]:
    """Twelve workers through the whole life cycle up to ENROLLED with real card tokens: a
    copy of the module's ``enrolled_template``, open."""
    template, (hub, niks, kpjs) = enrolled_template
    copy_store(template.store, store_paths, file_keyring)
    opened = open_store(store_paths, secret_store)
    try:
        office = template.office(opened, sign_in(opened, ADMIN, ADMIN_PASSWORD))
        yield Enrolled(office, hub, niks, kpjs)
    finally:
        opened.close()


def _enrol_twelve(
    office: Office, secret_store: SecretStore, folder: Path
) -> tuple[HubKeys, dict[str, str], dict[str, str]]:
    """Twelve workers registered, verified, sent in a batch and enrolled by "the hub"
    (fresh keys, real card tokens, KPJs of the test's own); the hub and their NIKs and KPJs
    by registration id."""
    ids = [office.register(i) for i in range(12)]
    for rid in ids:
        verify_registration(office.opened, office.verifikator, rid)
    hub = HubKeys.generate()
    key_file = folder / "hub.json"
    key_file.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    import_hub_key(office.opened, office.admin, key_file)
    flashdisk = folder / "flashdisk"
    flashdisk.mkdir()
    info = export_batch(office.opened, office.admin, secret_store, flashdisk)
    enrollment = enrollment_document(office.opened, office.admin, secret_store)
    batch = open_batch(info.path.read_bytes(), hub, enrollment)
    start = office.today.replace(day=1)
    end = start + timedelta(days=365)
    records, niks, kpjs = [], {}, {}
    for n, record in enumerate(batch.records):
        kpj = f"{26_100_000_000 + n:011d}"
        records.append(
            enrolled_record(hub, record, office_code=OFFICE_CODE, kpj=kpj, start=start, end=end)
        )
        niks[str(record["registration_id"])] = str(record["nik"])
        kpjs[str(record["registration_id"])] = kpj
    ack = flashdisk / "ack.ucjsync"
    ack.write_bytes(build_ack(hub, enrollment, records))
    import_ack(office.opened, office.admin, secret_store, ack)
    return hub, niks, kpjs


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def screen(qtbot, enrolled, runner) -> PrintScreen:
    widget = PrintScreen(enrolled.opened, enrolled.office.petugas, runner=runner)
    widget._show_dialog = lambda dialog: None  # tests drive the dialogs themselves
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _select_rows(screen: PrintScreen, rows: list[int]) -> None:
    screen.table.clearSelection()
    selection = screen.table.selectionModel()
    for row in rows:
        selection.select(
            screen.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _draw(qtbot, screen: PrintScreen, button) -> object:
    with qtbot.waitSignal(screen.task_ended, timeout=WAIT):
        qtbot.mouseClick(button, LEFT)
    assert screen.preview_dialog is not None, screen.message_detail.text()
    return screen.preview_dialog


def _events(opened, action: str) -> list[AuditEvent]:
    with opened.store.session() as session:
        return list(session.exec(select(AuditEvent).where(col(AuditEvent.action) == action)))


def _pages(path: Path, scale: float) -> list[tuple[str, object, tuple[float, float]]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [
            (
                page.get_textpage().get_text_range(),
                page.render(scale=scale).to_pil(),
                page.get_size(),
            )
            for page in pdf
        ]
    finally:
        pdf.close()


def _all_label_text(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def _displayed(screen: PrintScreen) -> str:
    model = screen.proxy
    return " ".join(
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def test_queue_shows_enrolled_workers_with_masked_nik_only(screen, enrolled):
    assert screen.proxy.rowCount() == 12
    assert screen.count_label.text() == "12 pekerja"
    shown = _displayed(screen)
    for rid, nik in enrolled.niks.items():
        assert mask_nik(nik) in shown and enrolled.kpjs[rid] in shown
        assert nik not in shown
    assert screen.print_cards_button.text() == "Cetak &kartu (12)…"
    assert not screen.hand_over_button.isEnabled()  # nothing selected, nothing printed
    assert not screen.empty_label.isVisible()


def test_selected_cards_preview_then_save_pdf_records_the_run(qtbot, screen, enrolled, tmp_path):
    _select_rows(screen, [0, 2])
    chosen = [e.id for e in screen.selected_entries()]
    assert screen.print_cards_button.text() == "Cetak &kartu (2)…"
    assert screen.count_label.text() == "12 pekerja · 2 dipilih"
    preview = _draw(qtbot, screen, screen.print_cards_button)
    assert preview.page_count == 2  # one sheet: fronts, then mirrored backs
    assert "2 kartu pada 1 lembar A4" in preview.summary_label.text()
    assert not preview.current_image().isNull()
    # A preview is not a print: nothing recorded, no file anywhere.
    assert len(print_queue(enrolled.opened, enrolled.office.petugas)) == 12
    assert _events(enrolled.opened, "card.printed") == []

    out = tmp_path / "kartu.pdf"
    with qtbot.waitSignal(screen.printed, timeout=WAIT) as printed:
        assert preview.save_to(out) == out
    assert printed.args == [2]
    pages = _pages(out, scale=6)
    assert len(pages) == 2
    for rid in chosen:
        nik = enrolled.niks[rid]
        assert enrolled.kpjs[rid] in pages[0][0] and mask_nik(nik) in pages[0][0]
        assert all(nik not in text for text, _, _ in pages)
    tokens = sorted(
        r.text for r in zxingcpp.read_barcodes(pages[1][1], formats=zxingcpp.BarcodeFormat.QRCode)
    )
    claims = [verify_card_token(t, enrolled.trusted()) for t in tokens]
    assert sorted(c.kpj for c in claims) == sorted(enrolled.kpjs[rid] for rid in chosen)

    assert screen.proxy.rowCount() == 10
    assert {e.entity_id for e in _events(enrolled.opened, "card.printed")} == set(chosen)
    assert json.loads(_events(enrolled.opened, "card.printed")[0].detail)["to"] == "pdf"
    assert screen.message_title.text() == "2 kartu disimpan sebagai PDF"
    assert str(out) in screen.message_detail.text()


def test_closing_the_preview_records_nothing(qtbot, screen, enrolled):
    preview = _draw(qtbot, screen, screen.print_certificates_button)
    assert preview.page_count == 12  # one A4 certificate per worker shown
    preview.reject()
    assert _events(enrolled.opened, "certificate.printed") == []
    assert screen.proxy.rowCount() == 12


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(300)
    return printer


def _print(qtbot, screen, preview, printer_out: Path) -> None:
    printer = _pdf_printer(printer_out)
    first = pdfium.PdfDocument(preview.run.pdf)
    try:
        configure_printer(printer, preview.run, first[0].get_size())
    finally:
        first.close()
    with qtbot.waitSignal(screen.printed, timeout=WAIT):
        assert preview.print_to(printer) is not None
        assert not preview.save_button.isEnabled()  # frozen while the job goes out


def test_printing_sends_every_page_to_the_printer(qtbot, screen, enrolled, tmp_path):
    preview = _draw(qtbot, screen, screen.print_cards_button)
    assert preview.page_count == 4  # 12 cards: two sheets, each front and back
    printed = tmp_path / "printer-output.pdf"
    _print(qtbot, screen, preview, printed)
    pages = _pages(printed, scale=300 / 72)
    assert len(pages) == 4
    for _, _, (width, height) in pages:
        assert (round(width * MM_PER_POINT), round(height * MM_PER_POINT)) == (210, 297)
    # The backs went out as images: their QR codes still decode and verify.
    tokens = [
        r.text for r in zxingcpp.read_barcodes(pages[1][1], formats=zxingcpp.BarcodeFormat.QRCode)
    ]
    tokens += [
        r.text for r in zxingcpp.read_barcodes(pages[3][1], formats=zxingcpp.BarcodeFormat.QRCode)
    ]
    assert sorted(verify_card_token(t, enrolled.trusted()).kpj for t in tokens) == sorted(
        enrolled.kpjs.values()
    )
    assert screen.proxy.rowCount() == 0
    assert screen.empty_label.isVisible()
    assert screen.message_title.text() == "12 kartu dikirim ke printer"
    details = {json.loads(e.detail)["to"] for e in _events(enrolled.opened, "card.printed")}
    assert details == {"printer"}


def test_other_paper_in_the_print_dialog_does_not_stretch_the_cards(
    qtbot, screen, enrolled, tmp_path
):
    preview = _draw(qtbot, screen, screen.print_cards_button)
    printer = _pdf_printer(tmp_path / "letter.pdf")
    first = pdfium.PdfDocument(preview.run.pdf)
    try:
        configure_printer(printer, preview.run, first[0].get_size())
    finally:
        first.close()
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # the officer picks Letter
    with qtbot.waitSignal(screen.printed, timeout=WAIT):
        preview.print_to(printer)
    _text, image, (width, height) = _pages(tmp_path / "letter.pdf", scale=300 / 72)[1]
    assert (round(width * MM_PER_POINT), round(height * MM_PER_POINT)) == (216, 279)
    codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert codes
    for code in codes:  # square modules: drawn at the run's own scale on both axes
        box = code.position
        across = box.top_right.x - box.top_left.x
        down = box.bottom_left.y - box.top_left.y
        assert abs(across - down) <= 0.01 * across, (across, down)


def test_card_printer_layout_prints_card_sized_pages(qtbot, screen, enrolled, tmp_path):
    screen.layout_combo.setCurrentIndex(screen.LAYOUTS.index("single"))
    _select_rows(screen, [3])
    preview = _draw(qtbot, screen, screen.print_cards_button)
    assert preview.page_count == 2
    printed = tmp_path / "card-printer.pdf"
    _print(qtbot, screen, preview, printed)
    pages = _pages(printed, scale=600 / 72)
    assert len(pages) == 2
    for _, _, (width, height) in pages:
        assert (round(width * MM_PER_POINT, 0), round(height * MM_PER_POINT, 0)) == (86, 54)
    [found] = zxingcpp.read_barcodes(pages[1][1], formats=zxingcpp.BarcodeFormat.QRCode)
    assert verify_card_token(found.text, enrolled.trusted()).kpj in enrolled.kpjs.values()


def test_a_reprint_asks_why_and_the_reason_is_audited(qtbot, screen, enrolled, tmp_path):
    _select_rows(screen, [0])
    first = screen.selected_entries()[0]
    _draw(qtbot, screen, screen.print_cards_button).save_to(tmp_path / "a.pdf")
    screen.set_scope("all")
    screen.select_ids({first.id})
    asked: list[int] = []
    screen._ask_reprint_reason = lambda count: asked.append(count)  # officer cancels
    qtbot.mouseClick(screen.print_cards_button, LEFT)
    assert asked == [1] and screen.task is None and screen.preview_dialog.isHidden()
    assert screen.message_title.text() == "Tidak jadi dicetak"

    screen._ask_reprint_reason = lambda count: "Kartu hilang"
    preview = _draw(qtbot, screen, screen.print_cards_button)
    assert "1 di antaranya cetak ulang (Kartu hilang)" in preview.summary_label.text()
    with qtbot.waitSignal(screen.printed, timeout=WAIT):
        preview.save_to(tmp_path / "b.pdf")
    [event] = _events(enrolled.opened, "card.reprinted")
    assert event.entity_id == first.id
    assert json.loads(event.detail)["reason"] == "Kartu hilang"
    [entry] = [e for e in screen.shown_entries() if e.id == first.id]
    assert entry.printed == 2


def test_hand_over_only_printed_cards_after_a_confirm(qtbot, screen, enrolled, tmp_path):
    _select_rows(screen, [0, 1])
    ids = {e.id for e in screen.selected_entries()}
    _draw(qtbot, screen, screen.print_cards_button).save_to(tmp_path / "a.pdf")
    screen.set_scope("not_handed")
    assert {e.id for e in screen.shown_entries()} == ids
    _select_rows(screen, [0, 1])
    assert screen.hand_over_button.isEnabled()
    screen._confirm = lambda title, text: False
    qtbot.mouseClick(screen.hand_over_button, LEFT)
    assert screen.proxy.rowCount() == 2
    questions: list[str] = []
    screen._confirm = lambda title, text: questions.append(text) or True
    qtbot.mouseClick(screen.hand_over_button, LEFT)
    assert "Catat 2 kartu" in questions[0] and "Rina" in questions[0]
    assert screen.proxy.rowCount() == 0
    assert screen.message_title.text() == "2 kartu tercatat sudah diserahkan"
    screen.set_scope("all")
    handed = [e for e in screen.shown_entries() if e.handed_over]
    assert {e.id for e in handed} == ids
    assert {e.handed_by for e in handed} == {"Rina"}
    with enrolled.opened.store.session() as session:
        row = session.get(Registration, next(iter(ids)))
        assert row.card_handed_by == enrolled.office.petugas.officer_id
    screen.set_scope("waiting")
    _select_rows(screen, [0])
    assert not screen.hand_over_button.isEnabled()  # a card never printed cannot be handed


def test_a_card_printed_elsewhere_since_the_list_was_read_asks_why_before_paper(
    qtbot, screen, enrolled, tmp_path
):
    _select_rows(screen, [0])
    entry = screen.selected_entries()[0]
    assert not entry.printed  # as the screen read it
    # Meanwhile the command line (or another desk) prints that card.
    print_documents(
        enrolled.opened,
        enrolled.office.petugas,
        PrintRequest("cards", ids=[entry.id]),
        tmp_path / "cli.pdf",
    )
    asked: list[int] = []
    screen._ask_reprint_reason = lambda count: asked.append(count) or "Kartu rusak"
    preview = _draw(qtbot, screen, screen.print_cards_button)
    assert asked == [1]
    assert "1 di antaranya cetak ulang (Kartu rusak)" in preview.summary_label.text()
    with qtbot.waitSignal(screen.printed, timeout=WAIT):
        preview.save_to(tmp_path / "desk.pdf")
    [event] = _events(enrolled.opened, "card.reprinted")
    assert (event.entity_id, json.loads(event.detail)["reason"]) == (entry.id, "Kartu rusak")


def test_a_card_handed_over_is_not_offered_for_hand_over_again(qtbot, screen, enrolled, tmp_path):
    _select_rows(screen, [0])
    _draw(qtbot, screen, screen.print_cards_button).save_to(tmp_path / "a.pdf")
    screen.set_scope("not_handed")
    _select_rows(screen, [0])
    screen._confirm = lambda title, text: True
    assert screen.hand_over_selected() == 1
    screen.set_scope("all")
    [handed] = [row for row, e in enumerate(screen.shown_entries()) if e.handed_over]
    _select_rows(screen, [handed])
    assert not screen.hand_over_button.isEnabled()
    assert screen.hand_over_selected() == 0
    assert len(_events(enrolled.opened, "card.handed_over")) == 1


def test_the_screen_lock_hides_open_print_dialogs_and_brings_them_back(
    qtbot, enrolled, gui_settings
):
    window = MainWindow(enrolled.opened, enrolled.office.petugas, gui_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_screen("cetak")
    screen = window.screens["cetak"]
    card_check = screen.open_card_check()  # shown with open(), as the officer opens it
    qtbot.waitUntil(card_check.isVisible, timeout=WAIT)
    window.lock()
    assert not card_check.isVisible()  # no holder data for passers-by
    with qtbot.waitSignal(window.unlocked, timeout=WAIT):
        qtbot.keyClicks(window.lock_dialog.ui.passwordEdit, OWN)
        qtbot.keyClick(window.lock_dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert card_check.isVisible()


def test_search_narrows_what_is_printed(qtbot, screen, enrolled):
    target = screen.shown_entries()[5]
    screen.search_edit.setText(target.kpj)  # the test KPJs share their middle digits
    qtbot.waitUntil(lambda: screen.proxy.rowCount() < 12, timeout=WAIT)
    assert [e.id for e in screen.shown_entries()] == [target.id]
    assert screen.count_label.text() == "1 dari 12 pekerja"
    assert screen.print_cards_button.text() == "Cetak &kartu (1)…"
    preview = _draw(qtbot, screen, screen.print_cards_button)
    assert preview.run.ids == (target.id,)
    screen.search_edit.setText("tidak ada nama seperti ini")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 0, timeout=WAIT)
    assert screen.empty_label.text() == "Tidak ada yang cocok dengan pencarian."
    assert not screen.print_cards_button.isEnabled()


def test_cancelling_the_drawing_records_nothing(qtbot, screen, enrolled):
    with qtbot.waitSignal(screen.task_ended, timeout=WAIT):
        handle = screen.print_run("certificates")
        handle.cancel()
    assert screen.preview_dialog is None
    assert screen.message_title.text() == "Dibatalkan; tidak ada yang dicetak"
    assert screen.print_cards_button.isEnabled()
    assert _events(enrolled.opened, "certificate.printed") == []


def test_a_pdf_that_cannot_be_written_says_why_and_records_nothing(
    qtbot, screen, enrolled, tmp_path
):
    preview = _draw(qtbot, screen, screen.print_cards_button)
    with qtbot.waitSignal(preview.output_failed, timeout=WAIT):
        assert preview.save_to(tmp_path / "no-such-folder" / "kartu.pdf") is None
    assert preview.status_label.text()
    assert "Traceback" not in preview.status_label.text()
    # Still there for another try: not finished, buttons live again.
    assert preview.result() == 0 and preview.save_button.isEnabled()
    assert len(print_queue(enrolled.opened, enrolled.office.petugas)) == 12
    assert _events(enrolled.opened, "card.printed") == []


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the failure under test
def test_a_printer_that_will_not_start_says_so_in_words_and_records_nothing(
    qtbot, screen, enrolled, tmp_path
):
    preview = _draw(qtbot, screen, screen.print_cards_button)
    dead = _pdf_printer(tmp_path / "no-such-folder" / "out.pdf")  # begin() fails
    with qtbot.waitSignal(preview.output_failed, timeout=WAIT):
        preview.print_to(dead)
    assert preview.status_label.text().startswith("Printer tidak dapat memulai pencetakan.")
    assert preview.print_button.isEnabled()
    assert _events(enrolled.opened, "card.printed") == []


def test_a_pdf_is_written_only_if_it_is_recorded(qtbot, screen, enrolled, tmp_path):
    preview = _draw(qtbot, screen, screen.print_cards_button)
    # While the preview is open, the admin disables the registrar's account.
    set_officer_disabled(enrolled.opened, enrolled.office.admin, "rina", True)
    out = tmp_path / "kartu.pdf"
    with qtbot.waitSignal(preview.output_failed, timeout=WAIT):
        assert preview.save_to(out) is None
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []
    assert _events(enrolled.opened, "card.printed") == []
    assert preview.status_label.text()  # said in words, in the preview


def test_preview_pages_step_with_the_buttons(qtbot, screen):
    preview = _draw(qtbot, screen, screen.print_cards_button)
    assert preview.position_label.text() == "Halaman 1 dari 4"
    assert not preview.previous_button.isEnabled()
    first = preview.current_image()
    qtbot.mouseClick(preview.next_button, LEFT)
    assert preview.position_label.text() == "Halaman 2 dari 4"
    assert preview.current_image() != first
    for _ in range(5):
        qtbot.mouseClick(preview.next_button, LEFT) if preview.next_button.isEnabled() else None
    assert preview.position_label.text() == "Halaman 4 dari 4"
    assert not preview.next_button.isEnabled()


def test_card_check_opens_from_the_screen_and_knows_the_hub_key(qtbot, screen, enrolled):
    qtbot.mouseClick(screen.check_card_button, LEFT)
    dialog = screen.card_check_dialog
    assert isinstance(dialog, CardCheckDialog)
    rid = next(iter(enrolled.niks))
    with enrolled.opened.store.session() as session:
        token = session.get(Registration, rid).card_token
    result = dialog.check(token)
    assert result is not None and result.claims.kpj == enrolled.kpjs[rid]
    assert "KARTU ASLI" in dialog.findChild(QLabel, "verdictLabel").text()
    assert enrolled.niks[rid] not in _all_label_text(dialog)


def test_verified_but_not_enrolled_workers_are_not_in_the_queue(qtbot, office, runner):
    rid = office.register(0)
    verify_registration(office.opened, office.verifikator, rid)
    widget = PrintScreen(office.opened, office.petugas, runner=runner)
    qtbot.addWidget(widget)
    assert widget.proxy.rowCount() == 0
    assert "tanda terima dari hub" in widget.empty_label.text()
    widget.set_scope("all")
    assert widget.empty_label.text() == "Belum ada pekerja yang terdaftar di BPJS Ketenagakerjaan."
