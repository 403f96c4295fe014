"""Issue 14: every document the office prints says CONTOH on every page when it comes from a
demo store, and never when it comes from a real one.

The demo store is the app's own (``ucj-desktop --demo``, copied per test); the real one is the
session's template store with enrolled workers whose cards a trusted hub signed. Every kind of
document is made through the same service or screen helper the app uses and read back from the
PDF's own text with PDFium.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.support.ack_builder import HubKeys, card_token
from tests.support.pdf_text import page_texts
from tests.support.registrations import PEOPLE_ON
from tests.support.stores import OFFICE
from ucj_desktop.domain.registration_form import PERSON_FIELDS, RegistrationInput
from ucj_desktop.gui.screens.registration_slip import referral_slip
from ucj_desktop.printing.referral_slip import render_referral_slip
from ucj_desktop.services.accounts import OfficerSession, sign_in
from ucj_desktop.services.card_printing import PrintRequest, prepare_print
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.demo import DEMO_PASSWORD
from ucj_desktop.services.reports import ReportRequest, export_report
from ucj_desktop.services.settings import program_config
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.services.sync_keys import import_hub_key
from ucj_desktop.synthetic import generate_people

DOCUMENTS = {
    "cards-sheet",
    "cards-single",
    "certificates",
    "report-quota",
    "report-premium",
    "report-roster",
    "referral-slip",
}


def _documents(opened: OpenStore, who: OfficerSession, folder: Path) -> dict[str, list[str]]:
    """Every kind of document the office prints, as the text of each of its pages."""
    documents = {}
    for name, kind, layout in (
        ("cards-sheet", "cards", "sheet"),
        ("cards-single", "cards", "single"),
        ("certificates", "certificates", "sheet"),
    ):
        documents[name] = page_texts(
            prepare_print(opened, who, PrintRequest(kind, layout=layout)).pdf
        )
    for kind in ("quota", "premium", "roster"):
        out = folder / f"{kind}.pdf"
        export_report(opened, who, ReportRequest(kind), out)
        documents[f"report-{kind}"] = page_texts(out)
    person = next(generate_people(77, 1, PEOPLE_ON))
    # The form as the registration screen holds it, for a worker DTSEN does not know.
    typed = RegistrationInput(**{f: getattr(person, f) for f in PERSON_FIELDS}, consent=True)
    config = program_config(opened)
    slip = referral_slip(typed, "dtsen.not_found", None, config, dashboard_summary(opened, config))
    documents["referral-slip"] = page_texts(render_referral_slip(folder / "slip.pdf", slip))
    return documents


def test_every_page_of_every_document_from_a_demo_store_says_contoh(demo_store, tmp_path):
    documents = _documents(demo_store, sign_in(demo_store, "admin", DEMO_PASSWORD), tmp_path)
    assert set(documents) == DOCUMENTS
    assert len(documents["report-roster"]) > 1  # the roster runs over several pages
    for name, pages in documents.items():
        assert pages, name
        for number, text in enumerate(pages, start=1):
            assert "CONTOH" in text, (name, number)


def test_no_page_of_any_document_from_a_real_store_says_contoh(
    opened_store, admin_session, add_registrations, tmp_path
):
    _enrol(opened_store, admin_session, add_registrations, 12, tmp_path)
    documents = _documents(opened_store, admin_session, tmp_path)
    assert set(documents) == DOCUMENTS
    for name, pages in documents.items():
        assert pages, name
        for number, text in enumerate(pages, start=1):
            assert "CONTOH" not in text and "DEMO" not in text, (name, number)


def _enrol(
    opened: OpenStore, who: OfficerSession, add_registrations, count: int, folder: Path
) -> None:
    """``count`` enrolled workers whose cards a hub signed, that hub's key imported as
    `ucj keys import` does (an ack would have brought the cards)."""
    hub = HubKeys.generate()
    key_file = folder / "hub.json"
    key_file.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    import_hub_key(opened, who, key_file)
    today = date.today()
    start, end = today.replace(day=1), date(today.year + 1, 12, 31)
    people = [p.registration_fields() for p in generate_people(41, count, PEOPLE_ON)]

    def kpj(i: int) -> str:
        return f"{26000000500 + i:011d}"

    def token(i: int) -> str:
        return card_token(hub, people[i], office_code=OFFICE, kpj=kpj(i), end=end)

    add_registrations(
        opened,
        who.officer_id,
        count,
        seed=41,
        status="enrolled",
        kpj=kpj,
        coverage_start=start,
        coverage_end=end,
        card_token=token,
    )
