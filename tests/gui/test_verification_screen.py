"""The verification screen with real services on a temporary encrypted store: queue order,
approve, reject with a reason, the maker-checker refusal, bulk approval, the keyboard."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from tests.support.clipping import clipped_texts
from tests.support.offices import reimport_with_desil
from ucj_desktop.domain.eligibility import Rule
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.dialogs.reject import RejectDialog
from ucj_desktop.gui.screens.verification import VerificationScreen
from ucj_desktop.gui.text.decision_text import decision_error_text
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.registration_queries import get_registration
from ucj_desktop.services.registrations import reject_registration


def _screen(qtbot, office, who: OfficerSession | None = None) -> VerificationScreen:
    screen = VerificationScreen(office.opened, who or office.verifikator)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.asked: list[str] = []
    return screen


def _approve_checked(qtbot, screen) -> int:
    """Run the bulk approval and wait for its operation: how many it approved."""
    if screen.approve_checked() is not None:
        qtbot.waitUntil(lambda: screen.task is None, timeout=20_000)
    return screen.approved


def _status(office, registration_id: str) -> Status:
    return get_registration(office.opened, office.admin, registration_id).row.status


def _queue_ids(screen: VerificationScreen) -> list[str]:
    return [screen.model.row_at(r).id for r in range(screen.model.rowCount())]


def test_queue_is_oldest_first_and_the_first_is_selected(qtbot, office):
    ids = [office.register(index) for index in range(3)]
    office.register(3, submit=False)  # a draft never reaches the queue
    screen = _screen(qtbot, office)
    assert _queue_ids(screen) == ids
    assert screen.current_id == ids[0]
    assert screen.fields.values["nik"].text() == office.people[0][0]
    assert screen.count_label.text() == "3 menunggu verifikasi"


def test_approve_selects_the_next_record(qtbot, office):
    ids = [office.register(index) for index in range(3)]
    screen = _screen(qtbot, office)
    screen.select_record(ids[1])
    assert screen.current_id == ids[1]
    with qtbot.waitSignal(screen.decided) as decided:
        screen.approve_button.click()
    assert decided.args == [ids[1], "verified"]
    assert _status(office, ids[1]) is Status.VERIFIED
    assert _queue_ids(screen) == [ids[0], ids[2]]
    assert screen.current_id == ids[2]  # the next one, in the same place
    assert screen.notice_label.text() == f"{office.people[1][2]} disetujui."


def test_ctrl_enter_approves(qtbot, office):
    first = office.register(0)
    screen = _screen(qtbot, office)
    screen.show()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _status(office, first) is Status.VERIFIED
    assert _queue_ids(screen) == []
    assert not screen.approve_button.isEnabled()


def test_reject_with_reason_and_note(qtbot, office):
    ids = [office.register(index) for index in range(2)]
    screen = _screen(qtbot, office)
    screen._ask_rejection = lambda reg: ("DOKUMEN_KURANG", "  KTP   buram ")
    with qtbot.waitSignal(screen.decided) as decided:
        screen.reject_button.click()
    assert decided.args == [ids[0], "rejected"]
    row = get_registration(office.opened, office.admin, ids[0]).row
    assert row.status is Status.REJECTED
    assert (row.decision_code, row.decision_note) == ("DOKUMEN_KURANG", "KTP buram")
    assert screen.current_id == ids[1]
    assert "ditolak: Dokumen kurang" in screen.notice_label.text()


def test_other_reason_without_a_note_is_refused(qtbot, office):
    first = office.register(0)
    screen = _screen(qtbot, office)
    screen._ask_rejection = lambda reg: ("LAINNYA", "   ")
    assert not screen.reject_current()
    assert _status(office, first) is Status.SUBMITTED
    assert screen.notice_label.text() == decision_error_text(
        DomainError("registration.reason_note_required")
    )
    assert "Lainnya" in screen.notice_label.text()


def test_reject_dialog_needs_a_note_for_other_and_lists_every_code(qtbot):
    dialog = RejectDialog("Budi")
    qtbot.addWidget(dialog)
    labels = [dialog.reason_combo.itemText(i) for i in range(dialog.reason_combo.count())]
    assert labels == [
        "Data tidak sesuai dokumen",
        "Dokumen kurang",
        "Tidak memenuhi syarat",
        "Pendaftaran ganda",
        "Lainnya",
    ]
    dialog.set_reason("LAINNYA")
    dialog.reject_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    dialog.note_edit.setPlainText("Alamat tidak lengkap")
    with qtbot.waitSignal(dialog.accepted):
        dialog.reject_button.click()
    assert dialog.reason() == ("LAINNYA", "Alamat tidak lengkap")


def test_own_record_is_shown_but_approving_it_is_refused_in_words(qtbot, office):
    both = office.officer("dwi", {Role.PETUGAS, Role.VERIFIKATOR})
    own = office.register(0, who=both)
    screen = _screen(qtbot, office, both)
    screen.show()
    assert _queue_ids(screen) == [own]
    assert screen.own_label.isVisible()
    assert not screen.approve_current()
    assert _status(office, own) is Status.SUBMITTED
    text = screen.notice_label.text()
    assert text == decision_error_text(DomainError("registration.own_record"))
    assert "verifikator lain" in text and "kode kesalahan" not in text


def test_bulk_approve_asks_with_the_count_then_approves_the_checked(qtbot, office):
    ids = [office.register(index) for index in range(4)]
    screen = _screen(qtbot, office)
    assert not screen.bulk_button.isEnabled()
    screen.model.set_checked(ids[0], True)
    screen.select_record(ids[2])
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Space)  # the keyboard checks the current row
    assert screen.model.checked_ids() == [ids[0], ids[2]]
    assert screen.bulk_button.text() == "Setujui yang &dicentang (2)…"

    screen._confirm = lambda text: screen.asked.append(text) or False
    assert _approve_checked(qtbot, screen) == 0
    assert _status(office, ids[0]) is Status.SUBMITTED

    screen._confirm = lambda text: screen.asked.append(text) or True
    assert _approve_checked(qtbot, screen) == 2
    assert screen.asked == ["Setujui 2 pendaftaran yang dicentang sekaligus?"] * 2
    assert [_status(office, i) for i in ids] == [
        Status.VERIFIED,
        Status.SUBMITTED,
        Status.VERIFIED,
        Status.SUBMITTED,
    ]
    assert _queue_ids(screen) == [ids[1], ids[3]]
    assert screen.model.checked_ids() == []
    assert screen.notice_label.text() == "2 pendaftaran disetujui."


def test_bulk_approve_reports_own_records_it_could_not_approve(qtbot, office):
    both = office.officer("dwi", {Role.PETUGAS, Role.VERIFIKATOR})
    other = office.register(0)
    own = office.register(1, who=both)
    screen = _screen(qtbot, office, both)
    screen.check_all.setChecked(True)
    screen._confirm = lambda text: True
    assert _approve_checked(qtbot, screen) == 1
    assert _status(office, other) is Status.VERIFIED
    assert _status(office, own) is Status.SUBMITTED
    assert screen.notice_label.text().startswith("1 pendaftaran disetujui. 1 tidak disetujui: ")


def test_petugas_sees_a_permission_sentence(qtbot, office):
    screen = _screen(qtbot, office, office.petugas)
    screen.show()
    assert screen.stack.currentIndex() == 1
    assert "Peran Anda" in screen.message_label.text()


# The eligibility beside the record (issue 14, item 7)


def test_the_record_shows_its_eligibility_judged_now(qtbot, office):
    office.register(0)
    screen = _screen(qtbot, office)
    assert screen.panel.isVisibleTo(screen)
    outcomes = {rule: row.outcome for rule, row in screen.panel.rows.items()}
    assert outcomes[Rule.DTSEN] == "pass"
    assert outcomes[Rule.NIK] == "pass"
    assert screen.panel.verdict_label.text().startswith(("Memenuhi syarat", "Dapat diajukan"))
    assert not screen.panel.referral_button.isVisibleTo(screen)  # the form's job, not this one
    assert "Sama seperti saat diajukan" in screen.review_label.text()
    assert screen.review_label.property("tone") == "good"
    assert not screen.changes_label.isVisibleTo(screen)


def test_a_rule_failing_since_submission_is_shown_beside_the_record(qtbot, office, tmp_path):
    office.register(0)
    reimport_with_desil(office, tmp_path, 0, "9")
    screen = _screen(qtbot, office)
    assert screen.panel.rows[Rule.DTSEN].outcome == "fail"
    assert screen.panel.verdict_label.text() == "Tidak memenuhi syarat"
    assert screen.review_label.property("tone") == "bad"
    assert "1 aturan berubah sejak diajukan" in screen.review_label.text()
    changes = screen.changes_label.text()
    assert screen.changes_label.isVisibleTo(screen)
    assert changes.startswith("• DTSEN: saat diajukan terpenuhi")
    assert "sekarang tidak terpenuhi" in changes and "9" in changes


def test_fields_edited_since_the_rejection_are_named(qtbot, office):
    registration_id = office.register(0)
    reject_registration(office.opened, office.verifikator, registration_id, "DOKUMEN_KURANG")
    data = replace(office.registration_input(0), address="Jl. Melati No. 7", rt="012")
    assert office.save_edit(registration_id, data) == "submitted"
    screen = _screen(qtbot, office)
    assert screen.review_label.property("tone") == "warn"
    assert "Diubah petugas sejak pengajuan sebelumnya: Alamat, RT." in screen.changes_label.text()


def _wrapped_lines(text: str, font, width: int) -> list[str]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_rt_and_rw_stay_on_one_line_at_any_pane_width(qtbot, office):
    office.register(0)
    screen = _screen(qtbot, office)
    label = screen.fields.values["address"]
    row = office.people[0]
    rt_rw = f"RT\u00a0{row[6]}/\u2060RW\u00a0{row[7]}"
    assert rt_rw in label.text()
    for width in range(60, 420, 4):  # every width the pane can give the value
        lines = _wrapped_lines(label.text(), label.font(), width)
        assert any(rt_rw in line for line in lines), (width, lines)


def test_a_wrapped_field_shows_every_line_at_any_pane_width(qtbot, office):
    """The record's fields sit in a scroll area beside the queue: a value that wraps gets the
    height of all its lines, whatever width the splitter gives the pane (a QFormLayout there
    kept the row heights of another width and dropped the occupation's second line)."""
    office.register(0, occupations=("ORGANDA", "OJEK_PANGKALAN"))
    whole = "Anggota Organda (pengemudi angkutan umum), Pengemudi ojek pangkalan"
    wrapped = 0
    for width in range(860, 1200, 20):  # the screen beside the navigation, 125% to 100%
        screen = VerificationScreen(office.opened, office.verifikator)
        qtbot.addWidget(screen)
        screen.resize(width, 700)
        assert screen.minimumSizeHint().width() <= width
        screen.show()  # filled before its first layout, as when the window opens on it
        qtbot.waitExposed(screen)
        label = screen.fields.values["occupations"]
        assert label.text() == whole
        for _ in range(3):  # the layout settles in a pass or two, as in the screen walk
            QApplication.processEvents()
        assert clipped_texts(screen) == [], width
        assert label.height() >= label.heightForWidth(label.width()), width
        wrapped += label.heightForWidth(label.width()) > label.fontMetrics().height() * 2
        screen.close()
    assert wrapped  # some widths wrap it over three lines or more
