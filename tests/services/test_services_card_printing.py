"""The print queue on a real store: print runs, reprints with a reason, hand-over, audit."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, timedelta

import pypdfium2 as pdfium
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, select

from tests.support.format_1_tokens import format_1_token
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.files.atomic import TEMP_PREFIX
from ucj_desktop.services.card_printing import (
    PrintRequest,
    hand_over,
    prepare_print,
    print_documents,
    print_queue,
    record_print,
    save_and_record_pdf,
    save_pdf,
)
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.models import AuditEvent, Registration, TrustedKey
from ucj_desktop.sync.card_token import CardClaims, issue_card_token
from ucj_desktop.sync.package import key_fingerprint
from ucj_desktop.synthetic import generate_people

TODAY = date(2026, 11, 24)
HUB = Ed25519PrivateKey.generate()


@pytest.fixture(autouse=True)
def trusted_hub(opened_store):
    """The hub key trusted as `ucj keys import` would (cards are checked before printing)."""
    public = HUB.public_key().public_bytes_raw()
    with opened_store.store.session() as session:
        session.add(
            TrustedKey(
                role="hub",
                name="Hub uji",
                signing_key=public.hex(),
                fingerprint=key_fingerprint(public),
                age_recipient="age1test",
            )
        )
        session.commit()


def _enrolled(opened, officer_id, count, status="enrolled", seed=31, key=HUB, hub_name=None):
    people = list(generate_people(seed, count, TODAY))
    ids = []
    with opened.store.session() as session:
        for index, p in enumerate(people):
            kpj = f"{26000000100 + index:011d}"
            name = hub_name or p.full_name
            token = issue_card_token(
                CardClaims(kpj, mask_nik(p.nik), name, date(2027, 11, 30), "32.75.01.1001"), key
            )
            row = Registration(
                id=str(uuid.uuid4()),
                nik=p.nik,
                kk_number=p.kk_number,
                full_name=p.full_name,
                birth_date=p.birth_date,
                sex=p.sex,
                address=p.address,
                rt=p.rt,
                rw=p.rw,
                kelurahan_code=p.kelurahan_code,
                occupations=json.dumps(["PKL"]),
                declared_income=1_000_000,
                consent=True,
                desil=2,
                status=status,
                created_by=officer_id,
                kpj=kpj if status == "enrolled" else None,
                coverage_start=date(2026, 12, 1) if status == "enrolled" else None,
                coverage_end=date(2027, 11, 30) if status == "enrolled" else None,
                card_token=token if status == "enrolled" else None,
            )
            session.add(row)
            ids.append((row.id, p.nik, kpj))
        session.commit()
    return ids


def _text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _events(opened, action):
    with opened.store.session() as session:
        return session.exec(select(AuditEvent).where(col(AuditEvent.action) == action)).all()


def test_printing_the_queue_marks_cards_printed_and_empties_the_queue(
    opened_store, admin_session, tmp_path
):
    people = _enrolled(opened_store, admin_session.officer_id, 12)
    assert len(print_queue(opened_store, admin_session)) == 12
    out = tmp_path / "kartu.pdf"
    assert (
        print_documents(opened_store, admin_session, PrintRequest("cards", today=TODAY), out) == 12
    )
    text = _text(out)
    for _id, nik, kpj in people:
        assert kpj in text and mask_nik(nik) in text
        assert nik not in text
    assert len(pdfium.PdfDocument(str(out))) == 4  # two sheets: fronts and backs
    assert print_queue(opened_store, admin_session) == []
    assert len(_events(opened_store, "card.printed")) == 12
    with pytest.raises(DomainError) as caught:
        print_documents(opened_store, admin_session, PrintRequest("cards"), tmp_path / "again.pdf")
    assert caught.value.code == "print.nothing"


def test_a_reprint_needs_a_reason_and_is_audited(opened_store, admin_session, tmp_path):
    [(reg_id, _nik, _kpj)] = _enrolled(opened_store, admin_session.officer_id, 1)
    print_documents(
        opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), tmp_path / "a.pdf"
    )
    with pytest.raises(DomainError) as caught:
        print_documents(
            opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), tmp_path / "b.pdf"
        )
    assert caught.value.code == "print.reprint_reason"
    assert not (tmp_path / "b.pdf").exists()
    print_documents(
        opened_store,
        admin_session,
        PrintRequest("cards", ids=[reg_id]),
        tmp_path / "b.pdf",
        reprint_reason="kartu hilang",
    )
    [event] = _events(opened_store, "card.reprinted")
    assert event.entity_id == reg_id
    assert json.loads(event.detail) == {"reason": "kartu hilang", "to": "pdf", "layout": "sheet"}
    with opened_store.store.session() as session:
        assert session.get(Registration, reg_id).card_prints == 2


def test_hand_over_only_for_printed_cards(opened_store, admin_session, tmp_path):
    (first, _, _), (second, _, _) = _enrolled(opened_store, admin_session.officer_id, 2)
    print_documents(
        opened_store, admin_session, PrintRequest("cards", ids=[first]), tmp_path / "a.pdf"
    )
    with pytest.raises(DomainError) as caught:
        hand_over(opened_store, admin_session, [second])
    assert caught.value.code == "print.not_printed"
    assert hand_over(opened_store, admin_session, [first]) == 1
    with opened_store.store.session() as session:
        row = session.get(Registration, first)
        assert row.card_handed_at is not None
        assert row.card_handed_by == admin_session.officer_id


def test_certificates_are_one_page_each_and_do_not_count_as_card_prints(
    opened_store, admin_session, tmp_path
):
    people = _enrolled(opened_store, admin_session.officer_id, 3)
    out = tmp_path / "sertifikat.pdf"
    ids = [p[0] for p in people]
    assert (
        print_documents(opened_store, admin_session, PrintRequest("certificates", ids=ids), out)
        == 3
    )
    assert len(pdfium.PdfDocument(str(out))) == 3
    assert len(print_queue(opened_store, admin_session)) == 3  # cards still to print
    assert len(_events(opened_store, "certificate.printed")) == 3


def test_a_worker_not_yet_enrolled_cannot_get_a_card(opened_store, admin_session, tmp_path):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1, status="verified")
    with pytest.raises(DomainError) as caught:
        print_documents(
            opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), tmp_path / "x.pdf"
        )
    assert caught.value.code == "print.not_enrolled"
    assert not (tmp_path / "x.pdf").exists()


def _row(opened, reg_id):
    with opened.store.session() as session:
        return session.get(Registration, reg_id)


def test_a_preview_records_nothing_and_writes_no_file(opened_store, admin_session, tmp_path):
    people = _enrolled(opened_store, admin_session.officer_id, 3)
    audit_before = len(_events(opened_store, "card.printed"))
    files_before = sorted(tmp_path.rglob("*"))
    run = prepare_print(opened_store, admin_session, PrintRequest("cards", today=TODAY))
    assert run.ids == tuple(p[0] for p in people) and run.reprints == ()
    pdf = pdfium.PdfDocument(run.pdf)
    assert len(pdf) == 2  # one sheet: fronts, then backs
    pdf.close()
    assert len(print_queue(opened_store, admin_session)) == 3
    assert len(_events(opened_store, "card.printed")) == audit_before
    assert sorted(tmp_path.rglob("*")) == files_before
    assert record_print(opened_store, admin_session, run, "printer") == 3
    assert print_queue(opened_store, admin_session) == []
    [detail] = {e.detail for e in _events(opened_store, "card.printed")}
    assert json.loads(detail) == {"to": "printer", "layout": "sheet"}


def test_single_card_layout_is_one_card_sized_page_per_side(opened_store, admin_session):
    people = _enrolled(opened_store, admin_session.officer_id, 2)
    run = prepare_print(
        opened_store,
        admin_session,
        PrintRequest("cards", ids=[p[0] for p in reversed(people)], layout="single"),
    )
    pdf = pdfium.PdfDocument(run.pdf)
    try:
        assert len(pdf) == 4  # front and back of each card
        width, height = pdf[0].get_size()
        assert (round(width / 72 * 25.4, 1), round(height / 72 * 25.4, 1)) == (85.6, 54.0)
        first_front = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert people[1][2] in first_front  # the officer's order is kept
    with pytest.raises(DomainError) as caught:
        prepare_print(opened_store, admin_session, PrintRequest("cards", layout="poster"))
    assert caught.value.code == "print.unknown_layout"


def test_a_card_printed_elsewhere_during_the_preview_is_recorded_as_a_marked_reprint(
    opened_store, admin_session
):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1)
    first_preview = prepare_print(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]))
    second_preview = prepare_print(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]))
    record_print(opened_store, admin_session, first_preview, "printer")
    # The second run's paper is out by now: refusing would leave a print without a record.
    record_print(opened_store, admin_session, second_preview, "printer")
    assert _row(opened_store, reg_id).card_prints == 2
    [event] = _events(opened_store, "card.reprinted")
    assert json.loads(event.detail) == {
        "to": "printer",
        "layout": "sheet",
        "reason": "",
        "printed_elsewhere_during_preview": True,
    }
    # A reprint the run knew about still needs its reason, before anything is recorded.
    third_preview = prepare_print(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]))
    with pytest.raises(DomainError) as caught:
        record_print(opened_store, admin_session, third_preview, "printer")
    assert caught.value.code == "print.reprint_reason"
    assert _row(opened_store, reg_id).card_prints == 2
    record_print(opened_store, admin_session, third_preview, "printer", "  printer   macet ")
    assert _row(opened_store, reg_id).card_prints == 3
    assert json.loads(_events(opened_store, "card.reprinted")[-1].detail)["reason"] == (
        "printer macet"
    )


def test_a_card_is_handed_over_once_per_print(opened_store, admin_session, tmp_path):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1)
    print_documents(
        opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), tmp_path / "a.pdf"
    )
    hand_over(opened_store, admin_session, [reg_id])
    handed_at = _row(opened_store, reg_id).card_handed_at
    with pytest.raises(DomainError) as caught:
        hand_over(opened_store, admin_session, [reg_id])
    assert (caught.value.code, caught.value.values["count"]) == ("print.already_handed", 1)
    assert _row(opened_store, reg_id).card_handed_at == handed_at
    assert len(_events(opened_store, "card.handed_over")) == 1


def test_a_reprint_must_be_handed_over_again(opened_store, admin_session, tmp_path):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1)
    print_documents(
        opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), tmp_path / "a.pdf"
    )
    hand_over(opened_store, admin_session, [reg_id])
    assert print_queue(opened_store, admin_session, "not_handed") == []
    [entry] = print_queue(opened_store, admin_session, "all")
    assert entry.handed_over and entry.handed_by == admin_session.full_name
    print_documents(
        opened_store,
        admin_session,
        PrintRequest("cards", ids=[reg_id]),
        tmp_path / "b.pdf",
        reprint_reason="kartu rusak",
    )
    [entry] = print_queue(opened_store, admin_session, "not_handed")
    assert (entry.printed, entry.handed_over, entry.handed_by) == (2, False, "")
    assert len(_events(opened_store, "card.handed_over")) == 1


def test_queue_scopes(opened_store, admin_session, tmp_path):
    people = _enrolled(opened_store, admin_session.officer_id, 3)
    _enrolled(opened_store, admin_session.officer_id, 1, status="verified", seed=32)
    ids = [p[0] for p in people]
    print_documents(
        opened_store, admin_session, PrintRequest("cards", ids=ids[:2]), tmp_path / "a.pdf"
    )
    hand_over(opened_store, admin_session, ids[:1])
    scope = {
        s: [e.id for e in print_queue(opened_store, admin_session, s)]
        for s in ("waiting", "not_handed", "all")
    }
    assert scope == {"waiting": ids[2:], "not_handed": ids[1:2], "all": ids}
    [entry] = [e for e in print_queue(opened_store, admin_session, "all") if e.id == ids[2]]
    assert entry.nik_masked == mask_nik(people[2][1]) and entry.printed == 0
    with pytest.raises(DomainError) as caught:
        print_queue(opened_store, admin_session, "everything")
    assert caught.value.code == "print.unknown_scope"


def test_a_failed_write_leaves_no_file_and_records_nothing(opened_store, admin_session, tmp_path):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1)
    out = tmp_path / "missing-folder" / "kartu.pdf"
    with pytest.raises(DomainError) as caught:
        print_documents(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), out)
    assert caught.value.code == "print.write_failed" and caught.value.field == "out"
    assert _row(opened_store, reg_id).card_prints == 0
    run = prepare_print(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]))
    target = tmp_path / "kartu.pdf"
    target.mkdir()  # a folder where the file should go: the rename fails after the write
    with pytest.raises(DomainError):
        save_pdf(run, target)
    assert target.is_dir() and list(tmp_path.glob(TEMP_PREFIX + "*")) == []


def test_hand_over_needs_ids(opened_store, admin_session):
    with pytest.raises(DomainError) as caught:
        hand_over(opened_store, admin_session, [])
    assert caught.value.code == "print.nothing_selected"


def test_a_card_whose_token_does_not_verify_is_never_printed(opened_store, admin_session, tmp_path):
    [(reg_id, _, _)] = _enrolled(
        opened_store, admin_session.officer_id, 1, key=Ed25519PrivateKey.generate()
    )
    out = tmp_path / "kartu.pdf"
    with pytest.raises(DomainError) as caught:
        print_documents(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), out)
    assert caught.value.code == "print.bad_token" and caught.value.values["id"] == reg_id[:8]
    assert not out.exists() and _row(opened_store, reg_id).card_prints == 0


@pytest.mark.parametrize("field", ["coverage_end", "nik"])
def test_a_genuine_card_of_other_facts_than_the_record_is_never_printed(
    opened_store, admin_session, tmp_path, field
):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1)
    with opened_store.store.session() as session:
        row = session.get(Registration, reg_id)
        if field == "coverage_end":
            row.coverage_end = row.coverage_end + timedelta(days=1)
        else:  # another person's NIK: other last four digits
            row.nik = row.nik[:12] + ("0000" if row.nik[12:] != "0000" else "1111")
        session.add(row)
        session.commit()
    out = tmp_path / "kartu.pdf"
    with pytest.raises(DomainError) as caught:
        print_documents(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), out)
    assert caught.value.code == "print.bad_token"
    assert not out.exists() and _row(opened_store, reg_id).card_prints == 0


def test_the_card_prints_the_name_the_hub_enrolled(opened_store, admin_session, tmp_path):
    [(reg_id, _, _)] = _enrolled(
        opened_store, admin_session.officer_id, 1, hub_name="Nama Dari Dukcapil"
    )
    out = tmp_path / "kartu.pdf"
    print_documents(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]), out)
    assert "Nama Dari Dukcapil" in _text(out)
    assert _row(opened_store, reg_id).full_name not in _text(out)


def test_a_pdf_that_cannot_be_recorded_leaves_the_file_it_would_have_overwritten(
    opened_store, admin_session, tmp_path, monkeypatch
):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1)
    out = tmp_path / "kartu.pdf"
    out.write_bytes(b"%PDF- an earlier run, already recorded")
    run = prepare_print(opened_store, admin_session, PrintRequest("cards", ids=[reg_id]))

    def commit_fails(self):  # the disk fills as SQLite commits (SQLAlchemy's error, not ours)
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(Session, "commit", commit_fails)
    with pytest.raises(StoreError) as caught:  # in words the officer can act on
        save_and_record_pdf(opened_store, admin_session, run, out)
    monkeypatch.undo()
    assert caught.value.problem is Problem.DISK_FULL
    assert out.read_bytes() == b"%PDF- an earlier run, already recorded"
    assert sorted(p.name for p in tmp_path.iterdir() if "kartu" in p.name) == ["kartu.pdf"]
    assert _events(opened_store, "card.printed") == []
    assert _row(opened_store, reg_id).card_prints == 0


def test_a_card_whose_stored_token_is_format_1_prints_with_that_token(
    opened_store, admin_session, tmp_path
):
    """A worker enrolled before the hub issued format 2: the print run's check reads the old
    token, and the card's QR code carries it unchanged."""
    [(reg_id, nik, kpj)] = _enrolled(opened_store, admin_session.officer_id, 1)
    with opened_store.store.session() as session:
        row = session.get(Registration, reg_id)
        claims = CardClaims(kpj, mask_nik(nik), row.full_name, date(2027, 11, 30), "32.75.01.1001")
        row.card_token = format_1_token(claims, HUB)
        session.add(row)
        session.commit()
    out = tmp_path / "kartu.pdf"
    assert (
        print_documents(opened_store, admin_session, PrintRequest("cards", today=TODAY), out) == 1
    )
    pdf = pdfium.PdfDocument(str(out))
    try:
        back = pdf[1].render(scale=80 / 72).to_pil()
    finally:
        pdf.close()
    [found] = zxingcpp.read_barcodes(back, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found.text == format_1_token(claims, HUB)
