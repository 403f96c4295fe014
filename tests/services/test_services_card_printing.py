"""The print queue on a real store: print runs, reprints with a reason, hand-over, audit."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pypdfium2 as pdfium
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import col, select

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.services.card_printing import hand_over, print_documents, print_queue
from ucj_desktop.services.synthetic import generate_people
from ucj_desktop.store.models import AuditEvent, Registration
from ucj_desktop.sync.card_token import CardClaims, issue_card_token

TODAY = date(2026, 11, 24)
HUB = Ed25519PrivateKey.generate()


def _enrolled(opened, officer_id, count, status="enrolled"):
    people = list(generate_people(31, count, TODAY))
    ids = []
    with opened.store.session() as session:
        for index, p in enumerate(people):
            kpj = f"{26000000100 + index:011d}"
            token = issue_card_token(
                CardClaims(kpj, mask_nik(p.nik), p.full_name, date(2027, 11, 30), "32.75.01.1001"),
                HUB,
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
    assert print_documents(opened_store, admin_session, "cards", out, today=TODAY) == 12
    text = _text(out)
    for _id, nik, kpj in people:
        assert kpj in text and mask_nik(nik) in text
        assert nik not in text
    assert len(pdfium.PdfDocument(str(out))) == 4  # two sheets: fronts and backs
    assert print_queue(opened_store, admin_session) == []
    assert len(_events(opened_store, "card.printed")) == 12
    with pytest.raises(DomainError) as caught:
        print_documents(opened_store, admin_session, "cards", tmp_path / "again.pdf")
    assert caught.value.code == "print.nothing"


def test_a_reprint_needs_a_reason_and_is_audited(opened_store, admin_session, tmp_path):
    [(reg_id, _nik, _kpj)] = _enrolled(opened_store, admin_session.officer_id, 1)
    print_documents(opened_store, admin_session, "cards", tmp_path / "a.pdf", ids=[reg_id])
    with pytest.raises(DomainError) as caught:
        print_documents(opened_store, admin_session, "cards", tmp_path / "b.pdf", ids=[reg_id])
    assert caught.value.code == "print.reprint_reason"
    assert not (tmp_path / "b.pdf").exists()
    print_documents(
        opened_store,
        admin_session,
        "cards",
        tmp_path / "b.pdf",
        ids=[reg_id],
        reprint_reason="kartu hilang",
    )
    [event] = _events(opened_store, "card.reprinted")
    assert event.entity_id == reg_id and json.loads(event.detail) == {"reason": "kartu hilang"}
    with opened_store.store.session() as session:
        assert session.get(Registration, reg_id).card_prints == 2


def test_hand_over_only_for_printed_cards(opened_store, admin_session, tmp_path):
    (first, _, _), (second, _, _) = _enrolled(opened_store, admin_session.officer_id, 2)
    print_documents(opened_store, admin_session, "cards", tmp_path / "a.pdf", ids=[first])
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
    assert print_documents(opened_store, admin_session, "certificates", out, ids=ids) == 3
    assert len(pdfium.PdfDocument(str(out))) == 3
    assert len(print_queue(opened_store, admin_session)) == 3  # cards still to print
    assert len(_events(opened_store, "certificate.printed")) == 3


def test_a_worker_not_yet_enrolled_cannot_get_a_card(opened_store, admin_session, tmp_path):
    [(reg_id, _, _)] = _enrolled(opened_store, admin_session.officer_id, 1, status="verified")
    with pytest.raises(DomainError) as caught:
        print_documents(opened_store, admin_session, "cards", tmp_path / "x.pdf", ids=[reg_id])
    assert caught.value.code == "print.not_enrolled"
    assert not (tmp_path / "x.pdf").exists()
