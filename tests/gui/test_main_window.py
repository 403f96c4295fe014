"""The main window on a real encrypted store, driven with the keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.support.hub_link import HubLink
from tests.support.registrations import add_registrations
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.main_window import MainWindow
from ucj_desktop.gui.screens.registration import RegistrationScreen
from ucj_desktop.gui.text.labels import local_time
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.backups import create_backup
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.models import AuditEvent, Officer, Registration
from ucj_desktop.sync.records import QuotaSnapshot


def _add_registrations(opened: OpenStore, statuses: list[Status]) -> None:
    with opened.store.session() as session:
        admin_id = session.execute(select(Officer.id)).scalar_one()
    add_registrations(
        opened, admin_id, len(statuses), seed=7, desil=3, status=lambda i: statuses[i].value
    )


def test_dashboard_counts_registrations_by_status_and_quota(
    qtbot, opened_store, admin_session, gui_settings
):
    _add_registrations(
        opened_store,
        [Status.DRAFT] * 3
        + [Status.SUBMITTED] * 2
        + [Status.ENROLLED]
        + [Status.REJECTED]
        + [Status.RETURNED],
    )
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    labels = window.dashboard.count_labels
    assert labels[Status.DRAFT].text() == "3"
    assert labels[Status.SUBMITTED].text() == "2"
    assert labels[Status.ENROLLED].text() == "1"
    assert labels[Status.REJECTED].text() == "1"
    assert labels[Status.RETURNED].text() == "1"  # sent back by the hub: the officer acts on it
    # Submitted and enrolled hold quota places; drafts and rejected ones do not.
    assert "3 dari 11.666" in window.dashboard.quota_label.text()
    assert window.dashboard.quota_bar.value() == 3


def test_the_dashboard_shows_the_city_quota_once_the_hub_sent_its_count(
    qtbot, opened_store, admin_session, secret_store, gui_settings, tmp_path
):
    _add_registrations(opened_store, [Status.SUBMITTED] * 2)
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    dashboard = window.dashboard
    assert dashboard.quota_label.text() == (
        "Kuota kota terpakai oleh kantor ini: 2 dari 11.666 pekerja"
    )

    link = HubLink.connect(opened_store, admin_session, secret_store, tmp_path / "hub")
    counted = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    snapshot = QuotaSnapshot(used=11_612, total=11_666, waiting=1_240)
    link.answer([], sequence=3, quota=snapshot, created_at=counted)  # an ack of only the quota
    window.refresh()
    assert dashboard.quota_label.text() == (
        f"Kuota kota: 11.612 dari 11.666, 1.240 menunggu, per {local_time(counted, False)}"
    )
    assert (dashboard.quota_bar.maximum(), dashboard.quota_bar.value()) == (11_666, 11_612)
    # The registration form's quota line shows the same city figure, not the office's count.
    add_officer(
        opened_store, admin_session, "loket", "Petugas Loket", {Role.PETUGAS}, "temp-pass-0001"
    )
    counter = change_password(
        opened_store,
        sign_in(opened_store, "loket", "temp-pass-0001"),
        "temp-pass-0001",
        "own-pass-0002",
    )
    form = RegistrationScreen(opened_store, counter)
    qtbot.addWidget(form)
    form.refresh_quota()
    assert form.panel.quota_label.text() == "Kuota kota: 11.612 dari 11.666"
    label = dashboard.quota_label
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    # An older ack's count, imported later, does not replace it.
    link.answer([], sequence=2, quota=QuotaSnapshot(used=9_000, total=11_666, waiting=0))
    window.refresh()
    assert dashboard.quota_label.text().startswith("Kuota kota: 11.612 dari 11.666")


def test_office_name_and_code_are_shown(qtbot, opened_store, admin_session, gui_settings):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    assert "Bekasijaya" in window.ui.officeLabel.text()
    assert "32.75.01.1001" in window.ui.officeLabel.text()


def test_ctrl_number_shortcuts_switch_screens_without_the_mouse(
    qtbot, opened_store, admin_session, gui_settings
):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    # Through the QWindow, as a real key press arrives, so Qt's shortcut map sees it.
    handle = window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == window.screen_keys()[3]
    qtbot.keyClick(handle, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == "beranda"
    # Arrow keys in the navigation list move between screens too.
    window.ui.navList.setFocus()
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_Down)
    assert window.current_screen_key() == window.screen_keys()[1]


def test_dashboard_refreshes_when_shown_again(qtbot, opened_store, admin_session, gui_settings):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    assert window.dashboard.count_labels[Status.VERIFIED].text() == "0"
    window.show_screen("audit")
    _add_registrations(opened_store, [Status.VERIFIED] * 2)
    window.show_screen("beranda")
    assert window.dashboard.count_labels[Status.VERIFIED].text() == "2"


def test_demo_banner_only_on_demo_stores(qtbot, opened_store, admin_session, gui_settings):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    assert opened_store.manifest.demo is False
    assert window.ui.demoBanner.isHidden()
    assert "DEMO" not in window.windowTitle()


def _signed_in(opened, admin, roles, name):
    _info, temp = add_officer(opened, admin, name, f"Officer {name}", frozenset(roles))
    first = sign_in(opened, name, temp)
    change_password(opened, first, temp, "new-password-1")
    return sign_in(opened, name, "new-password-1")


def test_each_role_sees_only_its_screens(qtbot, opened_store, admin_session, gui_settings):
    admin_window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(admin_window)
    assert {"pengguna", "audit", "referensi"} <= set(admin_window.screen_keys())
    assert "pendaftaran" not in admin_window.screen_keys()
    assert "verifikasi" not in admin_window.screen_keys()

    registrar = _signed_in(opened_store, admin_session, {Role.PETUGAS}, "petugas1")
    window = MainWindow(opened_store, registrar, gui_settings)
    qtbot.addWidget(window)
    assert "pendaftaran" in window.screen_keys()
    assert not {"pengguna", "audit", "verifikasi"} & set(window.screen_keys())

    verifier = _signed_in(opened_store, admin_session, {Role.VERIFIKATOR}, "verif1")
    window = MainWindow(opened_store, verifier, gui_settings)
    qtbot.addWidget(window)
    assert "verifikasi" in window.screen_keys()
    assert not {"pengguna", "pendaftaran"} & set(window.screen_keys())


def test_dashboard_warns_about_verified_records_waiting_too_long_for_export(
    qtbot, opened_store, admin_session, gui_settings
):
    from datetime import timedelta

    from ucj_desktop.store.models import utcnow

    _add_registrations(opened_store, [Status.VERIFIED] * 3)
    with opened_store.store.session() as session:
        rows = session.execute(select(Registration)).scalars().all()
        for index, row in enumerate(rows):
            # Two verified 8 days ago (past the 7-day default), one just now.
            row.verified_at = utcnow() - timedelta(days=8 if index < 2 else 0)
            session.add(row)
        session.commit()
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    label = window.dashboard.backlog_label
    assert not label.isHidden()
    assert "2 pendaftaran terverifikasi menunggu ekspor lebih dari 7 hari" in label.text()


def test_dashboard_has_no_backlog_warning_when_nothing_waits(
    qtbot, opened_store, admin_session, gui_settings, secret_store, tmp_path
):
    create_backup(opened_store, admin_session, secret_store, tmp_path)
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    assert window.dashboard.backlog_label.isHidden()


def test_the_admin_is_reminded_of_a_backup_never_made_or_overdue(
    qtbot, opened_store, admin_session, gui_settings, secret_store, tmp_path
):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    label = window.dashboard.backlog_label
    assert label.text() == "Data kantor belum pernah dicadangkan: buka Cadangan Data."
    made = create_backup(opened_store, admin_session, secret_store, tmp_path)
    window.refresh()
    assert label.isHidden()
    with opened_store.store.session() as session:  # the backup was made 9 days ago
        event = session.execute(
            select(AuditEvent).where(AuditEvent.action == "store.backed_up")
        ).scalar_one()
        event.at = datetime.now(UTC) - timedelta(days=9, hours=1)
        session.add(event)
        session.commit()
    window.refresh()
    assert "Cadangan data terakhir dibuat 9 hari lalu" in label.text()
    assert made.path.exists()
    # A registrar is not the one to make backups: no reminder on their dashboard.
    add_officer(
        opened_store, admin_session, "rina", "Rina", frozenset({Role.PETUGAS}), "t-pass-0001"
    )
    rina = change_password(
        opened_store, sign_in(opened_store, "rina", "t-pass-0001"), "t-pass-0001", "r-pass-0001"
    )
    other = MainWindow(opened_store, rina, gui_settings)
    qtbot.addWidget(other)
    assert other.dashboard.backlog_label.isHidden()


def test_dashboard_counts_cards_waiting_and_not_handed_over(
    qtbot, opened_store, admin_session, gui_settings
):
    _add_registrations(opened_store, [Status.ENROLLED] * 4 + [Status.VERIFIED])
    with opened_store.store.session() as session:
        rows = (
            session.execute(
                select(Registration).where(Registration.status == Status.ENROLLED.value)
            )
            .scalars()
            .all()
        )
        rows[0].card_prints = 1  # printed, not handed over
        rows[1].card_prints, rows[1].card_handed_at = 2, datetime.now(UTC)
        session.add_all(rows[:2])
        session.commit()
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    label = window.dashboard.cards_label
    assert not label.isHidden()
    assert label.text() == (
        "2 kartu peserta menunggu dicetak; 1 kartu tercetak belum diserahkan: buka Cetak Kartu."
    )


def test_dashboard_says_nothing_about_cards_when_none_wait(
    qtbot, opened_store, admin_session, gui_settings
):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    assert window.dashboard.cards_label.isHidden()


def test_the_window_opens_with_the_dashboard_alone_and_builds_a_screen_when_first_shown(
    qtbot, opened_store, admin_session, gui_settings
):
    window = MainWindow(opened_store, admin_session, gui_settings)
    qtbot.addWidget(window)
    assert list(window.screens.built) == ["beranda"]
    keys = window.screen_keys()
    assert "cetak" in keys and "pendaftaran" not in keys  # the admin prints, never registers
    pages = window.ui.pages
    assert pages.count() == len(keys)  # a page per screen, placeholders for the unbuilt

    window.show_screen("cetak")
    printing = window.screens.built["cetak"]
    assert pages.currentWidget() is printing
    assert pages.indexOf(printing) == keys.index("cetak")
    assert pages.count() == len(keys)
    assert window.current_screen_key() == "cetak"

    window.show_screen("beranda")
    window.show_screen("cetak")  # built once: the same widget again
    assert window.screens.built["cetak"] is printing
    assert set(window.screens.built) == {"beranda", "cetak"}

    assert window.registration is None  # not the admin's: asking builds nothing
    assert set(window.screens.built) == {"beranda", "cetak"}


def test_a_screen_asked_for_by_another_is_built_in_its_place_without_being_shown(
    qtbot, opened_store, admin_session, gui_settings
):
    registrar = _signed_in(opened_store, admin_session, {Role.PETUGAS}, "petugas1")
    window = MainWindow(opened_store, registrar, gui_settings)
    qtbot.addWidget(window)
    assert list(window.screens.built) == ["beranda"]
    form = window.registration  # the worker list's "edit" asks for the form this way
    assert isinstance(form, RegistrationScreen)
    assert window.ui.pages.indexOf(form) == window.screen_keys().index("pendaftaran")
    assert window.current_screen_key() == "beranda"
