"""The "Periksa kartu" dialog on a real encrypted store with the real card check service.

"The hub" is a freshly generated HubKeys whose public-key file the office imports, as in
tests/cli/test_cli_verify_card.py; its card tokens are real. The scanner is simulated as it
behaves at the counter: it types the code into the focused field and presses Enter. Every
person is synthetic.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from tests.support.ack_builder import HubKeys
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.dialogs import card_check as card_check_dialog
from ucj_desktop.gui.dialogs.card_check import CardCheckDialog
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.services.accounts import (
    add_officer,
    change_password,
    set_officer_disabled,
    sign_in,
)
from ucj_desktop.services.card_check import CardCheck, check_card
from ucj_desktop.services.sync_keys import import_hub_key, trusted_hub_signers
from ucj_desktop.store.models import Officer, Registration
from ucj_desktop.sync.card_token import CardClaims, issue_card_token
from ucj_desktop.synthetic import generate_people

TODAY = date(2026, 11, 24)
OFFICE = "32.75.01.1001"  # Bekasijaya, the store's office (tests/support/stores.py)
KPJ = "26000000042"
END = date(2027, 11, 30)
FIELDS = ("nameValue", "kpjValue", "nikValue", "endValue", "officeValue", "localValue")


@pytest.fixture
def hub() -> HubKeys:
    return HubKeys.generate()


@pytest.fixture
def trusted(tmp_path, opened_store, admin_session, hub) -> HubKeys:
    """The hub whose public key this office imported."""
    path = tmp_path / "hub-key.json"
    path.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    import_hub_key(opened_store, admin_session, path)
    return hub


@pytest.fixture
def worker(opened_store) -> tuple[str, CardClaims]:
    """An enrolled worker of this office (inserted straight into the store, like the CLI test):
    the full NIK and the claims on their card."""
    person = next(iter(generate_people(23, 1, TODAY)))
    claims = CardClaims(KPJ, mask_nik(person.nik), person.full_name, END, OFFICE)
    with opened_store.store.session() as session:
        admin_id = session.execute(select(Officer.id)).scalars().first()
        session.add(
            Registration(
                id=str(uuid.uuid4()),
                nik=person.nik,
                kk_number=person.kk_number,
                full_name=person.full_name,
                birth_date=person.birth_date,
                sex=person.sex,
                address=person.address,
                rt=person.rt,
                rw=person.rw,
                kelurahan_code=OFFICE,
                occupations=json.dumps(list(person.occupations)),
                declared_income=person.declared_income,
                consent=True,
                desil=2,
                status="enrolled",
                created_by=admin_id,
                kpj=KPJ,
                coverage_start=date(2026, 12, 1),
                coverage_end=END,
            )
        )
        session.commit()
    return person.nik, claims


def make_dialog(qtbot, opened, who, today: date = TODAY) -> CardCheckDialog:
    dialog = CardCheckDialog(opened, who, today=lambda: today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.token_edit.hasFocus)
    return dialog


def scan(qtbot, dialog: CardCheckDialog, text: str) -> list[object]:
    """Type ``text`` and Enter into the focused field, as a USB scanner does; what
    ``checked`` reported."""
    reported: list[object] = []
    dialog.checked.connect(reported.append)
    qtbot.keyClicks(dialog.focusWidget(), text)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    dialog.checked.disconnect(reported.append)
    return reported


def label_texts(dialog: CardCheckDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def value(dialog: CardCheckDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def verdict(dialog: CardCheckDialog) -> tuple[str, str]:
    label = dialog.findChild(QLabel, "verdictLabel")
    assert label is not None
    return label.text(), str(label.property("tone"))


def test_the_dialog_opens_ready_for_a_scan(qtbot, opened_store, admin_session):
    dialog = make_dialog(qtbot, opened_store, admin_session)
    assert dialog.windowTitle() == "Periksa Kartu Peserta"
    assert dialog.objectName() == "cardCheckDialog"
    assert dialog.focusWidget() is dialog.token_edit
    assert dialog.token_edit.objectName() == "tokenEdit"
    assert "Pindai QR" in dialog.token_edit.placeholderText()
    assert dialog.check_button.objectName() == "checkButton"
    assert not dialog.details.isVisible()


def test_a_scanned_genuine_card_shows_kartu_asli_and_whose_card_it_is(
    qtbot, opened_store, admin_session, trusted, worker
):
    nik, claims = worker
    token = issue_card_token(claims, trusted.signing)
    dialog = make_dialog(qtbot, opened_store, admin_session)

    reported = scan(qtbot, dialog, token)

    assert len(reported) == 1  # Enter checks once (no default button checking a second time)
    result = reported[0]
    assert isinstance(result, CardCheck)
    assert result.claims == claims and result.local_status == "enrolled"
    assert dialog.last_result == result
    assert verdict(dialog) == ("✓ KARTU ASLI", "good")
    assert dialog.details.isVisible()
    assert value(dialog, "nameValue") == claims.name
    assert value(dialog, "kpjValue") == KPJ
    assert value(dialog, "nikValue") == claims.nik_masked
    assert value(dialog, "endValue") == "30-11-2027"
    assert "Bekasijaya" in value(dialog, "officeValue")
    assert value(dialog, "localValue") == "Terdaftar BPJS"
    assert any("KTP" in text for text in label_texts(dialog))
    # The card carries the masked NIK only, and the dialog shows nothing else.
    assert "*" in claims.nik_masked
    assert not [text for text in label_texts(dialog) if nik in text]


def test_an_expired_card_is_genuine_but_says_when_its_cover_ended(
    qtbot, opened_store, admin_session, trusted, worker
):
    _nik, claims = worker
    token = issue_card_token(claims, trusted.signing)
    dialog = make_dialog(qtbot, opened_store, admin_session, today=date(2027, 12, 1))

    scan(qtbot, dialog, token)

    assert verdict(dialog) == ("⚠ KARTU ASLI, MASA BERLAKU HABIS", "warn")
    assert value(dialog, "nameValue") == claims.name
    assert value(dialog, "endValue") == "30-11-2027"
    assert any("berakhir pada 30-11-2027" in text for text in label_texts(dialog))

    # The last day of cover is still a valid day.
    on_the_day = make_dialog(qtbot, opened_store, admin_session, today=END)
    assert on_the_day.check(token) is not None
    assert verdict(on_the_day) == ("✓ KARTU ASLI", "good")


def test_a_card_signed_by_another_key_is_not_genuine_and_shows_nothing_it_claims(
    qtbot, opened_store, admin_session, trusted, worker
):
    _nik, claims = worker
    dialog = make_dialog(qtbot, opened_store, admin_session)
    dialog.check(issue_card_token(claims, trusted.signing))  # a genuine card first
    forged = issue_card_token(claims, HubKeys.generate().signing)

    reported = scan(qtbot, dialog, forged)

    assert dialog.last_result is None
    assert len(reported) == 1
    assert isinstance(reported[0], DomainError) and reported[0].code == "card.bad_signature"
    assert verdict(dialog) == ("✗ BUKAN KARTU ASLI", "bad")
    texts = " ".join(label_texts(dialog))
    assert "supervisor" in texts
    assert not dialog.details.isVisible()
    for claimed in (claims.name, claims.kpj, claims.nik_masked, "30-11-2027", "Bekasijaya"):
        assert claimed not in texts
    assert not any(value(dialog, name) for name in FIELDS)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda token: "hello", id="garbage"),
        pytest.param(lambda token: "https://example.org/kartu", id="a-url"),
        pytest.param(lambda token: token[: len(token) // 3], id="cut-in-the-payload"),
        pytest.param(lambda token: token[:-3], id="cut-in-the-signature"),
        pytest.param(lambda token: token[:90] + token[91:], id="a-digit-lost"),
        pytest.param(lambda token: token + "4", id="a-digit-gained"),
    ],
)
def test_garbage_and_truncated_codes_read_as_unreadable_not_as_forged(
    qtbot, opened_store, admin_session, trusted, worker, damage
):
    _nik, claims = worker
    dialog = make_dialog(qtbot, opened_store, admin_session)

    reported = scan(qtbot, dialog, damage(issue_card_token(claims, trusted.signing)))

    assert verdict(dialog) == ("? KODE TIDAK TERBACA", "bad")
    assert isinstance(reported[0], DomainError) and reported[0].code == "card.not_a_token"
    texts = " ".join(label_texts(dialog))
    assert "deret angka" in texts and "Pindai ulang" in texts
    assert claims.name not in texts


def test_a_card_from_another_kelurahan_has_no_record_at_this_office(
    qtbot, opened_store, admin_session, trusted, worker
):
    claims = CardClaims("26000000777", "327505******0123", "Budi Santoso", END, "32.75.05.1001")
    dialog = make_dialog(qtbot, opened_store, admin_session)

    result = dialog.check(issue_card_token(claims, trusted.signing))

    assert result is not None and result.local_status is None
    assert verdict(dialog) == ("✓ KARTU ASLI", "good")
    assert value(dialog, "nameValue") == "Budi Santoso"
    assert "Bojong Rawalumbu" in value(dialog, "officeValue")
    assert value(dialog, "localValue") == (
        "Tidak ada catatan di kantor ini (kartu dari kelurahan lain)"
    )


def test_a_long_verdict_grows_the_dialog_instead_of_clipping_it(
    qtbot, opened_store, admin_session, trusted
):
    name = "Raden Ajeng Siti Nurhasanah Kusumawardhani Prawiranegara"
    claims = CardClaims("26000000779", "327508******0125", name, date(2025, 6, 30), "32.75.08.1006")
    dialog = make_dialog(qtbot, opened_store, admin_session)
    dialog.resize(dialog.minimumWidth(), dialog.minimumHeight())
    qtbot.waitUntil(lambda: dialog.width() == dialog.minimumWidth())

    dialog.check(issue_card_token(claims, trusted.signing))

    def whole(label: QLabel) -> bool:
        return label.height() >= label.heightForWidth(label.width())

    shown = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert value(dialog, "nameValue") == name
    qtbot.waitUntil(lambda: all(whole(label) for label in shown))
    assert dialog.height() > dialog.minimumHeight()


def test_an_unknown_office_code_is_shown_as_the_code(qtbot, opened_store, admin_session, trusted):
    claims = CardClaims("26000000778", "327505******0124", "Rina", END, "32.75.99.9999")
    dialog = make_dialog(qtbot, opened_store, admin_session)
    dialog.check(issue_card_token(claims, trusted.signing))
    assert value(dialog, "officeValue") == "32.75.99.9999"


def test_without_a_trusted_hub_key_the_dialog_asks_for_the_key_not_calls_the_card_forged(
    qtbot, opened_store, admin_session, hub, worker
):
    _nik, claims = worker
    token = issue_card_token(claims, hub.signing)
    # The service refuses to judge a card it has no key for (a genuine card would fail).
    assert trusted_hub_signers(opened_store) == {}
    with pytest.raises(DomainError) as refused:
        check_card(opened_store, admin_session, token)
    assert refused.value.code == "keys.no_hub_key"
    dialog = make_dialog(qtbot, opened_store, admin_session)

    reported = scan(qtbot, dialog, token)

    assert verdict(dialog) == ("Belum dapat memeriksa kartu", "warn")
    assert isinstance(reported[0], DomainError) and reported[0].code == "keys.no_hub_key"
    texts = " ".join(label_texts(dialog))
    assert "kunci hub" in texts and "Sinkronisasi" in texts
    assert "BUKAN KARTU ASLI" not in texts
    assert claims.name not in texts and not dialog.details.isVisible()


def test_empty_text_gives_a_hint_and_calls_no_service(
    qtbot, opened_store, admin_session, monkeypatch
):
    def no_call(*_args):
        raise AssertionError("check_card called for an empty field")

    monkeypatch.setattr(card_check_dialog, "check_card", no_call)
    dialog = make_dialog(qtbot, opened_store, admin_session)
    with qtbot.assertNotEmitted(dialog.checked):
        assert dialog.check() is None
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert dialog.check("   ") is None
    assert verdict(dialog)[0] == "Belum ada kode"
    assert not dialog.details.isVisible()


def test_after_a_check_the_text_is_selected_so_the_next_scan_replaces_it(
    qtbot, opened_store, admin_session, trusted, worker
):
    _nik, claims = worker
    token = issue_card_token(claims, trusted.signing)
    dialog = make_dialog(qtbot, opened_store, admin_session)

    scan(qtbot, dialog, token)
    assert dialog.token_edit.hasFocus()
    assert dialog.token_edit.selectedText() == token

    other = issue_card_token(
        CardClaims("26000000777", "327505******0123", "Budi Santoso", END, "32.75.05.1001"),
        trusted.signing,
    )
    scan(qtbot, dialog, other)
    assert dialog.token_edit.text() == other
    assert value(dialog, "nameValue") == "Budi Santoso"

    # The button checks too, and hands the focus back to the field for the next scan.
    reported: list[object] = []
    dialog.checked.connect(reported.append)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert len(reported) == 1 and isinstance(reported[0], CardCheck)
    assert dialog.token_edit.hasFocus()
    assert dialog.token_edit.selectedText() == other


def test_a_pasted_code_with_surrounding_whitespace_is_checked(
    qtbot, opened_store, admin_session, trusted, worker
):
    _nik, claims = worker
    dialog = make_dialog(qtbot, opened_store, admin_session)
    result = dialog.check("  " + issue_card_token(claims, trusted.signing) + "  ")
    assert result is not None and result.claims == claims


def test_an_officer_disabled_meanwhile_is_told_why_in_words(
    qtbot, opened_store, admin_session, trusted, worker
):
    _nik, claims = worker
    add_officer(
        opened_store, admin_session, "rina", "Rina", frozenset({Role.PETUGAS}), "temp-pass-0001"
    )
    rina = change_password(
        opened_store,
        sign_in(opened_store, "rina", "temp-pass-0001"),
        "temp-pass-0001",
        "own-pass-0002",
    )
    dialog = make_dialog(qtbot, opened_store, rina)
    assert dialog.check(issue_card_token(claims, trusted.signing)) is not None
    set_officer_disabled(opened_store, admin_session, "rina", True)

    reported = scan(qtbot, dialog, "x")  # appended to the selected token: replaces it

    assert dialog.token_edit.text() == "x"
    assert verdict(dialog) == ("Tidak dapat memeriksa", "bad")
    assert isinstance(reported[0], DomainError) and reported[0].code == "auth.session_ended"
    texts = label_texts(dialog)
    assert error_text(reported[0]) in texts
    assert not any("Traceback" in t or "DomainError" in t for t in texts)
    assert not dialog.details.isVisible()


def test_tutup_closes_the_dialog(qtbot, opened_store, admin_session):
    dialog = make_dialog(qtbot, opened_store, admin_session)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
