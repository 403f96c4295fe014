"""The Sinkronisasi screen on a real encrypted store with the real sync services.

"The hub" is tests.support.ack_builder with freshly generated test keys: it opens the batch
the screen wrote and answers it with a signed, sealed acknowledgement. Batch export and ack
import run on a real TaskRunner; the tests wait for the screen's signals (no sleeps). File and
folder dialogs and the confirmation box are answered on the instance. Every person is synthetic.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.support.ack_builder import (
    HubKeys,
    build_ack,
    enrolled_record,
    open_batch,
    waiting_record,
)
from tests.support.registrations import add_registrations
from tests.support.settings_packages import build_settings
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.roles import Role
from ucj_desktop.domain.status import Status
from ucj_desktop.gui.models.batches import BatchTableModel
from ucj_desktop.gui.screens.sync import SyncScreen
from ucj_desktop.gui.task_runner import TaskRunner
from ucj_desktop.gui.text.error_text import code_text
from ucj_desktop.security.device_keys import fingerprint
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.settings import program_config
from ucj_desktop.services.settings_import import SettingsImported
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_batches import (
    AckReport,
    BatchInfo,
    list_batches,
)
from ucj_desktop.services.sync_keys import enrollment_document
from ucj_desktop.store.models import Officer, ProgramSettings, Registration, Setting
from ucj_desktop.sync.records import QuotaSnapshot
from ucj_desktop.wording.sync_reasons import ACK_RECORD_REASONS, CARD_NOT_FROM_HUB

LEFT = Qt.MouseButton.LeftButton
WAIT = 60_000  # ms; a generous bound for a slow CI machine, never a sleep


def add_verified(opened: OpenStore, count: int, seed: int = 11) -> list[str]:
    """VERIFIED registrations inserted straight into the store.

    Test-only shortcut: the register/submit/verify services would need a DTSEN extract and two
    officers per record; this screen only cares that verified rows wait for export.
    """
    with opened.store.session() as session:
        admin_id = session.execute(select(Officer.id)).scalars().first()
    assert admin_id is not None
    rows = add_registrations(
        opened,
        admin_id,
        count,
        seed=seed,
        desil=3,
        status=Status.VERIFIED.value,
        verified_at=lambda _: datetime.now(UTC),
    )
    return [row.id for row in rows]


def statuses(opened: OpenStore) -> dict[str, str]:
    with opened.store.session() as session:
        rows = session.execute(select(Registration.id, Registration.status)).all()
    return {rid: status for rid, status in rows}


def officer(opened, admin, name: str, roles: set[Role]):
    _info, temp = add_officer(opened, admin, name, f"Petugas {name}", frozenset(roles))
    first = sign_in(opened, name, temp)
    change_password(opened, first, temp, "new-password-1")
    return sign_in(opened, name, "new-password-1")


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


@pytest.fixture
def hub() -> HubKeys:
    return HubKeys.generate()


@pytest.fixture
def hub_file(tmp_path, hub) -> Path:
    path = tmp_path / "hub-key.json"
    path.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    return path


def make_screen(qtbot, opened, who, runner) -> SyncScreen:
    widget = SyncScreen(opened, who, runner=runner)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget._ask_save_path = lambda *a: pytest.fail("unexpected save dialog")
    widget._ask_open_path = lambda *a: pytest.fail("unexpected open dialog")
    widget._ask_folder = lambda *a: pytest.fail("unexpected folder dialog")
    widget._confirm = lambda *a: pytest.fail("unexpected confirmation")
    return widget


@pytest.fixture
def screen(qtbot, opened_store, admin_session, secret_store, runner) -> SyncScreen:
    return make_screen(qtbot, opened_store, admin_session, runner)


def trust_hub(screen: SyncScreen, path: Path) -> list[str]:
    """Import the hub key through the button; returns the texts the confirmation showed."""
    asked: list[str] = []
    screen._ask_open_path = lambda *a: path

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return True

    screen._confirm = confirm
    screen.import_hub_button.click()
    return asked


def export(qtbot, screen: SyncScreen, folder: Path) -> BatchInfo:
    screen._ask_folder = lambda *a: folder
    with qtbot.waitSignal(screen.batch_exported, timeout=WAIT) as done:
        qtbot.mouseClick(screen.export_button, LEFT)
    return done.args[0]


def import_file(qtbot, screen: SyncScreen, button, done, path: Path):
    """Click ``button``, answer the dialog with ``path``, wait until the task ends; its result
    (what ``done`` or ``task_failed`` carried)."""
    screen._ask_open_path = lambda *a: path
    results: list[object] = []
    done.connect(results.append)
    screen.task_failed.connect(results.append)
    with qtbot.waitSignal(screen.task_ended, timeout=WAIT):
        qtbot.mouseClick(button, LEFT)
    return results[-1]


def import_ack_file(qtbot, screen: SyncScreen, path: Path):
    """Click Impor tanda terima with ``path``; the AckReport or the failure."""
    return import_file(qtbot, screen, screen.import_ack_button, screen.ack_imported, path)


def column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


@pytest.fixture
def exported(qtbot, screen, opened_store, admin_session, secret_store, hub_file, tmp_path):
    """Hub key trusted, 3 verified registrations exported into one batch file."""
    trust_hub(screen, hub_file)
    ids = add_verified(opened_store, 3)
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    info = export(qtbot, screen, folder)
    return info, ids


def hub_ack(
    opened, admin, secrets, hub: HubKeys, info: BatchInfo, card_signer: HubKeys | None = None
) -> bytes:
    """The test hub opens the batch and enrols all but the last record, which it returns.

    The cards are signed by ``card_signer`` when given (a key the office does not trust)."""
    assert info.path is not None
    enrollment = enrollment_document(opened, admin, secrets)
    opened_batch = open_batch(info.path.read_bytes(), hub, enrollment)
    records: list[dict[str, object]] = [
        enrolled_record(
            card_signer or hub,
            record,
            office_code=str(enrollment["office_code"]),
            kpj=f"{12345678900 + i:011d}",
            start=date(2026, 12, 1),
            end=date(2027, 5, 31),
        )
        for i, record in enumerate(opened_batch.records[:-1])
    ]
    last = str(opened_batch.records[-1]["registration_id"])
    records.append({"registration_id": last, "result": "returned", "reason": "NIK ganda"})
    return build_ack(hub, enrollment, records)


# Keys


def test_without_a_hub_key_the_card_says_so_and_export_explains(
    qtbot, screen, opened_store, tmp_path
):
    assert screen.hub_card.fingerprint_label.text() == "Belum ada kunci hub"
    assert screen.device_card.fingerprint_label.text() == opened_store.device_fingerprint()
    assert screen.empty_label.isVisible()
    add_verified(opened_store, 1)
    screen._ask_folder = lambda *a: tmp_path
    with qtbot.waitSignal(screen.task_failed, timeout=WAIT):
        qtbot.mouseClick(screen.export_button, LEFT)
    assert screen.message_detail.text() == code_text("keys.no_hub_key")
    assert list(tmp_path.glob("*.ucjsync")) == []


def test_importing_the_hub_key_shows_its_fingerprint_to_confirm(screen, hub, hub_file):
    spoken = fingerprint(hub.signing_public.hex(), hub.recipient)
    asked = trust_hub(screen, hub_file)
    assert len(asked) == 1 and spoken in asked[0]
    assert screen.hub_card.fingerprint_label.text() == spoken
    assert screen.message_title.text() == "Kunci hub dipercaya"
    assert spoken in screen.message_detail.text()


def test_declining_the_fingerprint_trusts_nothing(screen, hub_file):
    screen._ask_open_path = lambda *a: hub_file
    screen._confirm = lambda *a: False
    screen.import_hub_button.click()
    assert screen.hub_card.fingerprint_label.text() == "Belum ada kunci hub"
    assert screen.message_title.text() == "Kunci hub tidak diimpor"


def test_a_device_file_offered_as_hub_key_is_refused_in_indonesian(
    screen, opened_store, admin_session, secret_store, tmp_path
):
    device_file = tmp_path / "device.json"
    device_file.write_text(
        json.dumps(enrollment_document(opened_store, admin_session, secret_store)),
        encoding="utf-8",
    )
    screen._ask_open_path = lambda *a: device_file
    screen.import_hub_button.click()  # refused before any confirmation is asked
    assert screen.message_detail.text() == code_text("keys.wrong_role")
    assert screen.hub_card.fingerprint_label.text() == "Belum ada kunci hub"


def test_exporting_the_enrollment_file_writes_it_and_shows_the_fingerprint(
    screen, opened_store, tmp_path
):
    out = tmp_path / "perangkat.json"
    screen._ask_save_path = lambda *a: out
    screen.export_enrollment_button.click()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["role"] == "device"
    assert document["fingerprint"] == opened_store.device_fingerprint()
    assert screen.device_card.fingerprint_label.text() == document["fingerprint"]
    assert screen.message_title.text() == "Berkas pendaftaran perangkat dibuat"
    assert str(out) in screen.device_card.detail_label.text()


# Batches and acknowledgements


def test_export_writes_the_batch_file_and_lists_it_as_waiting(
    screen, exported, opened_store, tmp_path
):
    info, ids = exported
    assert info.path is not None and info.path.parent == tmp_path / "flashdisk"
    assert info.path.exists() and info.record_count == 3
    model = screen.model
    assert column(model, BatchTableModel.COL_SEQUENCE) == ["1"]
    assert column(model, BatchTableModel.COL_COUNT) == ["3"]
    assert column(model, BatchTableModel.COL_STATUS) == ["Menunggu tanda terima"]
    sha = model.index(0, BatchTableModel.COL_SHA256)
    assert sha.data() == info.sha256[:16]
    assert sha.data(Qt.ItemDataRole.ToolTipRole) == info.sha256
    assert screen.message_title.text() == "Batch 1 dibuat: 3 pendaftaran"
    assert str(info.path) in screen.message_detail.text()
    assert screen.selected_batch() is not None and screen.selected_batch().sequence == 1
    assert screen.rewrite_button.isEnabled()
    assert not screen.empty_label.isVisible()
    assert {statuses(opened_store)[rid] for rid in ids} == {Status.EXPORTED.value}


def test_nothing_verified_means_no_batch(qtbot, screen, hub_file, tmp_path):
    trust_hub(screen, hub_file)
    screen._ask_folder = lambda *a: tmp_path
    with qtbot.waitSignal(screen.task_failed, timeout=WAIT):
        qtbot.mouseClick(screen.export_button, LEFT)
    assert screen.message_detail.text() == code_text("batch.nothing_to_export")
    assert screen.model.rowCount() == 0


def test_an_export_cut_off_before_its_file_got_its_name_is_completed_by_the_next_click(
    qtbot, screen, exported
):
    # What a kill between the commit and the rename leaves: the bytes under a temp name.
    info, _ids = exported
    assert info.path is not None
    info.path.rename(info.path.with_name(".ucjtmp-cutoff.ucjsync"))
    again = export(qtbot, screen, info.path.parent)
    assert again.completed and again.sequence == 1 and again.path == info.path
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]
    assert screen.message_title.text() == (
        "Batch 1 sebelumnya terputus; berkasnya kini lengkap (3 pendaftaran)"
    )
    assert screen.model.rowCount() == 1


def test_an_ack_with_waiting_answers_and_the_city_quota_says_so(
    qtbot, screen, exported, opened_store, admin_session, secret_store, hub, tmp_path
):
    _info, ids = exported
    enrollment = enrollment_document(opened_store, admin_session, secret_store)
    quota = QuotaSnapshot(used=11_666, total=11_666, waiting=1_240)
    newer = tmp_path / "ack-2.ucjsync"
    newer.write_bytes(
        build_ack(
            hub,
            enrollment,
            [waiting_record(rid, n) for n, rid in enumerate(ids, 1)],
            sequence=2,
            quota=quota,
        )
    )
    report = import_ack_file(qtbot, screen, newer)
    assert isinstance(report, AckReport) and report.waiting == 3
    assert screen.message_title.text() == (
        "Tanda terima diimpor: 0 terdaftar, 0 dikembalikan, 3 menunggu kuota"
    )
    assert "peringkatnya ada di Daftar Pekerja" in screen.message_detail.text()
    assert "Angka kuota kota di Beranda diperbarui." in screen.message_detail.text()
    assert column(screen.model, BatchTableModel.COL_STATUS) == ["Sudah diterima hub"]
    assert sorted(statuses(opened_store)[rid] for rid in ids) == [Status.EXPORTED.value] * 3

    older = tmp_path / "ack-1.ucjsync"
    older.write_bytes(build_ack(hub, enrollment, [waiting_record(ids[0], 9)], sequence=1))
    import_ack_file(qtbot, screen, older)
    assert screen.message_title.text() == ("Tanda terima diimpor: 0 terdaftar, 0 dikembalikan")
    assert "1 jawaban menunggu diabaikan karena hub sudah menjawab lebih baru." in (
        screen.message_detail.text()
    )
    assert "Beranda" not in screen.message_detail.text()


def test_rewriting_the_selected_batch_writes_the_same_bytes(qtbot, screen, exported, tmp_path):
    info, _ids = exported
    again = tmp_path / "flashdisk-baru"
    screen._ask_folder = lambda *a: again
    with qtbot.waitSignal(screen.batch_rewritten, timeout=WAIT) as done:
        qtbot.mouseClick(screen.rewrite_button, LEFT)
    rewritten = done.args[0]
    assert rewritten.path.parent == again
    assert rewritten.path.read_bytes() == info.path.read_bytes()
    assert screen.message_title.text() == "Batch 1 ditulis ulang (3 pendaftaran)"


def test_the_hubs_ack_marks_the_batch_received_and_counts_the_results(
    qtbot, screen, exported, opened_store, admin_session, secret_store, hub, tmp_path
):
    info, ids = exported
    ack = tmp_path / "ack-1.ucjsync"
    ack.write_bytes(hub_ack(opened_store, admin_session, secret_store, hub, info))

    report = import_ack_file(qtbot, screen, ack)
    assert isinstance(report, AckReport) and not report.already_imported
    assert screen.message_title.text() == ("Tanda terima diimpor: 2 terdaftar, 1 dikembalikan")
    assert column(screen.model, BatchTableModel.COL_STATUS) == ["Sudah diterima hub"]
    assert sorted(statuses(opened_store)[rid] for rid in ids) == sorted(
        [Status.ENROLLED.value] * 2 + [Status.RETURNED.value]
    )

    again = import_ack_file(qtbot, screen, ack)
    assert isinstance(again, AckReport) and again.already_imported
    assert screen.message_title.text() == (
        "Tanda terima ini sudah pernah diimpor; tidak ada yang berubah"
    )
    assert column(screen.model, BatchTableModel.COL_STATUS) == ["Sudah diterima hub"]


def test_a_tampered_ack_is_refused_in_indonesian_and_changes_nothing(
    qtbot, screen, exported, opened_store, admin_session, secret_store, hub, tmp_path
):
    info, _ids = exported
    data = bytearray(hub_ack(opened_store, admin_session, secret_store, hub, info))
    data[len(data) // 2] ^= 0x01  # one bit, in the sealed payload
    ack = tmp_path / "ack-rusak.ucjsync"
    ack.write_bytes(bytes(data))
    before = statuses(opened_store)

    failure = import_ack_file(qtbot, screen, ack)
    assert getattr(failure, "code", None) == "package.corrupt"
    assert screen.message_detail.text() == code_text("package.corrupt")
    assert screen.message_detail.text().startswith("Berkas rusak atau diubah")
    assert screen.message_title.property("tone") == "bad"
    assert statuses(opened_store) == before
    assert column(screen.model, BatchTableModel.COL_STATUS) == ["Menunggu tanda terima"]
    assert not list_batches(opened_store, admin_session)[0].acked
    assert screen.import_ack_button.isEnabled()  # ready for the right file


def test_an_ack_with_a_forged_card_token_is_refused_naming_the_record_and_why(
    qtbot, screen, exported, opened_store, admin_session, secret_store, hub, tmp_path
):
    info, _ids = exported
    forged = hub_ack(
        opened_store, admin_session, secret_store, hub, info, card_signer=HubKeys.generate()
    )
    ack = tmp_path / "ack-kartu-palsu.ucjsync"
    ack.write_bytes(forged)
    before = statuses(opened_store)

    failure = import_ack_file(qtbot, screen, ack)
    assert getattr(failure, "code", None) == "ack.bad_record"
    assert getattr(failure, "field", None) == "card_token"
    values = getattr(failure, "values", {})
    assert values["reason"] == CARD_NOT_FROM_HUB
    text = screen.message_detail.text()
    assert text == code_text("ack.bad_record", values)
    assert text == (
        f"Tanda terima ditolak: pada data ke-1 (pendaftaran {values['registration']}…), kode "
        "kartu (kolom card_token) tidak ditandatangani kunci hub yang dipercaya. Hubungi hub. "
        "Tidak ada yang diubah."
    )
    with opened_store.store.session() as session:
        people = session.execute(select(Registration.nik, Registration.full_name)).all()
    for nik, name in people:
        assert nik not in text and nik[:6] not in text and name not in text
    assert screen.message_title.property("tone") == "bad"
    assert statuses(opened_store) == before
    assert not list_batches(opened_store, admin_session)[0].acked


def test_every_reason_an_ack_record_is_refused_for_has_its_own_indonesian_text() -> None:
    generic = code_text("ack.bad_record", {})
    texts = [
        code_text("ack.bad_record", {"record": 2, "registration": "0123abcd", "reason": reason})
        for reason in ACK_RECORD_REASONS
    ]
    assert generic not in texts
    assert len(set(texts)) == len(ACK_RECORD_REASONS)
    assert all(text.startswith("Tanda terima ditolak: pada data ke-2 (") for text in texts)
    assert all("(kolom " in text for text in texts)


def test_an_ack_for_another_device_is_refused(
    qtbot, screen, exported, opened_store, admin_session, secret_store, hub, tmp_path
):
    enrollment = dict(enrollment_document(opened_store, admin_session, secret_store))
    enrollment["age_recipient"] = HubKeys.generate().recipient  # sealed to some other device
    ack = tmp_path / "ack-lain.ucjsync"
    ack.write_bytes(build_ack(hub, enrollment, []))
    import_ack_file(qtbot, screen, ack)
    assert screen.message_detail.text() == code_text("package.wrong_recipient")
    assert screen.message_detail.text().startswith("Tanda terima untuk perangkat lain")


# Roles


def test_a_petugas_sees_every_action_disabled_with_the_reason(
    qtbot, opened_store, admin_session, secret_store, runner
):
    petugas = officer(opened_store, admin_session, "petugas1", {Role.PETUGAS})
    screen = make_screen(qtbot, opened_store, petugas, runner)
    for button in (
        screen.export_enrollment_button,
        screen.import_hub_button,
        screen.export_button,
        screen.rewrite_button,
        screen.import_ack_button,
    ):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Hanya ")
    assert "verifikator atau admin" in screen.export_button.toolTip()


def test_a_verifikator_may_export_but_not_manage_keys(
    qtbot, opened_store, admin_session, secret_store, runner
):
    verifier = officer(opened_store, admin_session, "verif1", {Role.VERIFIKATOR})
    screen = make_screen(qtbot, opened_store, verifier, runner)
    assert screen.export_button.isEnabled() and screen.import_ack_button.isEnabled()
    assert not screen.import_hub_button.isEnabled()
    assert not screen.export_enrollment_button.isEnabled()
    assert not screen.rewrite_button.isEnabled()  # nothing selected yet


# The model, without widgets


def test_batch_model_columns_sort_role_and_status_text():
    now = datetime(2026, 12, 1, 3, 4, tzinfo=UTC)
    model = BatchTableModel()
    model.set_batches(
        [
            BatchInfo("b", 2, 1234, "f" * 64, now, False),
            BatchInfo("a", 1, 7, "a" * 64, now, True),
        ]
    )
    assert model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Batch #", "Dibuat", "Jumlah", "Status", "SHA-256"]
    assert column(model, BatchTableModel.COL_COUNT) == ["1.234", "7"]
    assert column(model, BatchTableModel.COL_STATUS) == [
        "Menunggu tanda terima",
        "Sudah diterima hub",
    ]
    assert column(model, BatchTableModel.COL_SHA256) == ["f" * 16, "a" * 16]
    sort = BatchTableModel.SORT_ROLE
    assert model.index(0, BatchTableModel.COL_COUNT).data(sort) == 1234
    assert model.index(1, BatchTableModel.COL_SEQUENCE).data(sort) == 1
    assert model.index(1, 0).data(BatchTableModel.BATCH_ROLE).id == "a"
    assert model.row_of(1) == 1 and model.row_of(9) is None


# Programme settings from the hub


def settings_rows(opened: OpenStore) -> tuple[list[object], list[object]]:
    with opened.store.session() as session:
        return (
            list(session.execute(select(Setting.key, Setting.value)).all()),
            list(session.execute(select(ProgramSettings)).scalars().all()),
        )


def import_settings_file(qtbot, screen: SyncScreen, path: Path):
    """Click Impor pengaturan with ``path``; the SettingsImported or the failure."""
    return import_file(qtbot, screen, screen.import_settings_button, screen.settings_imported, path)


def test_the_settings_button_puts_the_hubs_newer_settings_in_force_and_refuses_them_twice(
    qtbot, screen, opened_store, admin_session, secret_store, hub, hub_file, tmp_path
):
    trust_hub(screen, hub_file)
    card = screen.settings_card
    assert card.version_label.text() == "Versi 1"
    assert card.detail_label.text().startswith("Berlaku sejak ")
    assert screen.import_settings_button.isEnabled()
    enrollment = enrollment_document(opened_store, admin_session, secret_store)
    package = tmp_path / "pengaturan-v2.ucjsync"
    package.write_bytes(build_settings(hub, enrollment, ProgramConfig(quota=500, version=2)))

    done = import_settings_file(qtbot, screen, package)

    assert isinstance(done, SettingsImported) and (done.version, done.changed) == (2, ("quota",))
    assert screen.message_title.text() == "Pengaturan program versi 2 berlaku (sebelumnya versi 1)"
    assert screen.message_detail.text().startswith("Yang berubah: quota.")
    assert card.version_label.text() == "Versi 2"
    assert program_config(opened_store).quota == 500

    before = settings_rows(opened_store)
    refused = import_settings_file(qtbot, screen, package)
    assert isinstance(refused, DomainError) and refused.code == "settings.already_in_force"
    assert screen.message_detail.text() == (
        "Pengaturan program versi 2 sudah berlaku di kantor ini. Tidak ada yang diubah."
    )
    assert settings_rows(opened_store) == before
    assert card.version_label.text() == "Versi 2"


def test_an_ack_from_a_hub_on_newer_settings_says_the_office_is_behind(
    qtbot, screen, exported, opened_store, admin_session, secret_store, hub, tmp_path
):
    _info, ids = exported
    enrollment = enrollment_document(opened_store, admin_session, secret_store)
    ack = tmp_path / "ack.ucjsync"
    records = [{**waiting_record(rid, n), "settings_version": 3} for n, rid in enumerate(ids, 1)]
    ack.write_bytes(build_ack(hub, enrollment, records))
    report = import_ack_file(qtbot, screen, ack)
    behind = (
        "Pengaturan program di kantor ini versi 1; hub memakai versi 3: impor paket "
        "pengaturan terbaru."
    )
    assert isinstance(report, AckReport) and report.hub_settings_version == 3
    assert screen.message_detail.text().endswith(behind)
    assert screen.settings_card.detail_label.text().endswith(behind)
    assert screen.settings_card.detail_label.property("behind") == "true"


def test_a_petugas_may_not_import_settings(qtbot, opened_store, admin_session, runner):
    petugas = officer(opened_store, admin_session, "petugas2", {Role.PETUGAS})
    screen = make_screen(qtbot, opened_store, petugas, runner)
    assert not screen.import_settings_button.isEnabled()
    assert screen.import_settings_button.toolTip() == (
        "Hanya verifikator atau admin yang dapat mengimpor pengaturan program."
    )
