"""Numbers, dates and the reasons below the GUI in both languages: one code, its words in the
catalog's language (Bahasa Indonesia by default, English when the officer chose it); an
acknowledgement's words to an office stay in the programme's language."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ucj_desktop.domain.allocation import Reason
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.sync.records import AckProblem
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows
from ucj_desktop.wording import catalog, formats
from ucj_desktop.wording.bpjs_reasons import line_problems_summary
from ucj_desktop.wording.hub_reasons import ack_words, returned_words, state_words
from ucj_desktop.wording.import_reasons import reason_text
from ucj_desktop.wording.labels import category_words, status_words
from ucj_desktop.wording.sync_reasons import ack_problem_words

TODAY = date(2026, 1, 15)
PROBLEMS = [(4, "nik", "duplicate", 3), (9, "kpj", "invalid", None)]


@pytest.fixture(autouse=True)
def back_to_indonesian() -> Iterator[None]:
    """Each test chooses its language; the next one starts in the programme's again."""
    yield
    catalog.set_language(catalog.INDONESIAN)


@pytest.fixture
def english() -> None:
    catalog.set_language(catalog.ENGLISH)


def _formatted() -> tuple[str, ...]:
    return (
        formats.number(11_666),
        formats.number(Decimal("1234.5")),
        formats.rupiah(16_800),
        formats.rupiah(-2_500),
        formats.percent(125),
        formats.percent(100),
        formats.date(date(2026, 3, 5)),
        formats.date_time(datetime(2026, 3, 5, 14, 7)),
        formats.month_year(date(2026, 8, 1)),
        formats.short_month_year(date(2026, 5, 1)),
    )


def test_numbers_money_and_dates_in_indonesian() -> None:
    assert _formatted() == (
        "11.666", "1.234,5", "Rp16.800", "-Rp2.500", "1,25%", "1%", "05-03-2026",
        "05-03-2026 14:07", "Agustus 2026", "Mei 2026",
    )  # fmt: skip


def test_numbers_money_and_dates_in_english(english) -> None:
    assert _formatted() == (
        "11,666", "1,234.5", "Rp16,800", "-Rp2,500", "1.25%", "1%", "05/03/2026",
        "05/03/2026 14:07", "August 2026", "May 2026",
    )  # fmt: skip


def test_an_official_document_on_one_thread_leaves_the_others_in_the_officers_language(
    english,
) -> None:
    seen: list[str] = []
    inside, done = threading.Event(), threading.Event()

    def printing() -> None:
        with catalog.in_language(catalog.PROGRAMME_LANGUAGE):
            seen.append(formats.number(11_666))
            inside.set()
            done.wait(5)

    worker = threading.Thread(target=printing)
    worker.start()
    assert inside.wait(5)
    seen.append(formats.number(11_666))  # this thread, while the other prints
    done.set()
    worker.join()
    assert seen == ["11.666", "11,666"]


def _import_report(opened_store, admin_session, tmp_path: Path) -> list[list[str]]:
    good = list(dtsen_rows(17, 3, TODAY))
    rows = [list(good[0]), list(good[1]), list(good[2])]
    rows[0][0] = "32750141019000"  # 14 digits
    rows[2][DTSEN_HEADER.index("DESIL")] = "12"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(DTSEN_HEADER)
    writer.writerows(rows)
    path = tmp_path / f"dtsen-{catalog.language()}.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    report = import_reference(opened_store, admin_session, "dtsen", path, today=TODAY)
    assert report.error_report is not None and not report.applied
    with report.error_report.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_an_import_error_report_in_indonesian(opened_store, admin_session, tmp_path) -> None:
    assert _import_report(opened_store, admin_session, tmp_path) == [
        ["baris", "kolom", "kode", "alasan"],
        ["2", "NIK", "nik.length", "NIK harus 16 digit (tertulis 14)"],
        ["4", "DESIL", "desil.invalid", "desil harus angka 1 sampai 10"],
    ]


def test_an_import_error_report_in_english(opened_store, admin_session, tmp_path, english):
    assert _import_report(opened_store, admin_session, tmp_path) == [
        ["line", "column", "code", "reason"],
        ["2", "NIK", "nik.length", "NIK must be 16 digits (written 14)"],
        ["4", "DESIL", "desil.invalid", "decile must be a number from 1 to 10"],
    ]


def test_a_reason_with_money_writes_it_in_the_language() -> None:
    values = {"maximum": 100_000_000}
    assert reason_text("income.too_large", values) == (
        "penghasilan melebihi Rp100.000.000 sebulan: periksa angkanya"
    )
    catalog.set_language(catalog.ENGLISH)
    assert reason_text("income.too_large", values) == (
        "income over Rp100,000,000 a month: check the figure"
    )
    assert reason_text("no.such_code", {}) == "no.such_code"


def english_of(source: str) -> str:
    return catalog.translations(catalog.ENGLISH)[("hub_reasons", source)]


def test_a_bpjs_rejection_in_both_languages_and_in_the_ack_always_indonesian(english) -> None:
    code, note = Reason.BPJS_REJECTED.value, "NIK tidak padan dengan data Dukcapil"
    # The hub desk says it in the operator's language; BPJS's own note is data, as written.
    assert returned_words(code, note=note) == (
        "Rejected by BPJS Ketenagakerjaan: NIK tidak padan dengan data Dukcapil"
    )
    assert returned_words(Reason.REGISTERED_ELSEWHERE.value) == (
        english_of("NIK sudah didaftarkan di kantor lain")
    )
    assert returned_words(code) == english_of("Ditolak BPJS Ketenagakerjaan")
    # The ack carries no code for the office to word again: the hub writes the programme's.
    assert ack_words(code, note=note) == (
        "Ditolak BPJS Ketenagakerjaan: NIK tidak padan dengan data Dukcapil"
    )
    assert ack_words(code) == "Ditolak BPJS Ketenagakerjaan"  # no note: the sentence without one
    assert state_words()["enrolled"] == "Enrolled with BPJS"
    catalog.set_language(catalog.INDONESIAN)
    assert returned_words(code, note=note) == ack_words(code, note=note)
    assert state_words()["enrolled"] == "Terdaftar BPJS"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", "baris 4: NIK sama dengan baris 3; baris 9: KPJ bukan 11 angka; dan 2 masalah lain"),
        ("en", "line 4: the same NIK as line 3; line 9: KPJ not 11 digits; and 2 more problems"),
    ],
)
def test_bpjs_file_line_problems_in_both_languages(language, expected) -> None:
    catalog.set_language(language)
    assert line_problems_summary(PROBLEMS, 2) == expected


def test_ack_problems_statuses_and_categories_in_both_languages(english) -> None:
    english_words = {ack_problem_words(p.value) for p in AckProblem}
    assert len(english_words) == len(AckProblem)
    assert (
        ack_problem_words(AckProblem.NOT_A_KPJ.value) == "KPJ number (column kpj) is not 11 digits"
    )
    assert (status_words("verified"), category_words("PKL")) == ("Verified", "Street vendor (PKL)")
    assert category_words("NELAYAN") == "NELAYAN"  # a category the settings add is data
    catalog.set_language(catalog.INDONESIAN)
    indonesian_words = {ack_problem_words(p.value) for p in AckProblem}
    assert not english_words & indonesian_words
    assert (status_words("verified"), category_words("PKL")) == (
        "Terverifikasi",
        "Pedagang kaki lima (PKL)",
    )


def test_an_acks_words_are_said_again_in_the_officers_language():
    """The hub writes a return's reason in Indonesian; an English officer reads it in English,
    the office and BPJS's note as written; words the office does not know stay as they came."""
    from ucj_desktop.wording.hub_reasons import spoken_ack_words

    refused = ack_words(Reason.BPJS_REJECTED.value, note="NIK tidak padan dengan data Dukcapil")
    elsewhere = ack_words(Reason.REGISTERED_ELSEWHERE.value, office="32.75.01.1002")
    with catalog.in_language(catalog.ENGLISH):
        english = catalog.translations(catalog.ENGLISH)
        bpjs = english[("hub_reasons", "Ditolak BPJS Ketenagakerjaan: {note}")]
        office = english[("hub_reasons", "NIK sudah didaftarkan di kantor {office}")]
        assert spoken_ack_words(refused) == bpjs.format(note="NIK tidak padan dengan data Dukcapil")
        assert spoken_ack_words(elsewhere) == office.format(office="32.75.01.1002")
        assert spoken_ack_words("Alasan dari hub versi lama") == "Alasan dari hub versi lama"
        unnamed = ack_words(Reason.REGISTERED_ELSEWHERE.value)  # no office named
        assert spoken_ack_words(unnamed) == english_of("NIK sudah didaftarkan di kantor lain")
    assert spoken_ack_words(refused) == refused
