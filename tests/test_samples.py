"""The sample files in resources/samples: made by the seeded generator (nobody real), the
same people in the CSV and the XLSX, and both read by the real importer without a rejection."""

from __future__ import annotations

import csv
import io
from importlib.resources import as_file

import pytest
from openpyxl import load_workbook

from ucj_desktop.paths import resources
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.reference_lookup import lookup_nik
from ucj_desktop.synthetic import (
    SAMPLE_COVERAGE,
    SAMPLE_CSV,
    SAMPLE_DAY,
    SAMPLE_MARK,
    SAMPLE_MARK_COLUMN,
    SAMPLE_ROWS,
    SAMPLE_SHEET,
    SAMPLE_XLSX,
    sample_coverage_rows,
    sample_dtsen_rows,
    write_dtsen_samples,
)

SAMPLES = resources() / "samples"


def _cells(path) -> list[tuple[str, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(str(v) for v in row) for row in book.active.iter_rows(values_only=True)]
    finally:
        book.close()


def test_the_shipped_samples_are_what_the_seeded_generator_makes(tmp_path):
    made_csv, made_xlsx, made_coverage = write_dtsen_samples(tmp_path)
    for made, name in ((made_csv, SAMPLE_CSV), (made_coverage, SAMPLE_COVERAGE)):
        assert (SAMPLES / name).read_bytes() == made.read_bytes(), name
    with as_file(SAMPLES / SAMPLE_XLSX) as shipped:
        assert _cells(shipped) == _cells(made_xlsx)
    # As an Indonesian Excel saves a CSV: BOM, semicolons, CRLF.
    assert made_csv.read_bytes().startswith(b"\xef\xbb\xbfCATATAN;NIK;NO_KK;NAMA;")


@pytest.mark.parametrize("name", [SAMPLE_CSV, SAMPLE_XLSX])
def test_each_sample_extract_imports_whole(opened_store, admin_session, name):
    with as_file(SAMPLES / name) as sample:
        report = import_reference(opened_store, admin_session, "dtsen", sample, today=SAMPLE_DAY)
    assert report.applied
    assert (report.rows_accepted, report.rows_rejected) == (SAMPLE_ROWS, 0)
    # The mark column is not taken for anything: the people are the generator's.
    first = sample_dtsen_rows()[0]
    person = lookup_nik(opened_store, admin_session, first[0]).dtsen
    assert person is not None and (person.full_name, person.desil) == (first[2], int(first[9]))


def test_the_sample_coverage_list_imports_whole(opened_store, admin_session):
    with as_file(SAMPLES / SAMPLE_COVERAGE) as sample:
        report = import_reference(opened_store, admin_session, "coverage", sample)
    assert report.applied
    assert (report.rows_accepted, report.rows_rejected) == (len(sample_coverage_rows()), 0)


def _csv_lines(name: str) -> list[list[str]]:
    text = (SAMPLES / name).read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


@pytest.mark.parametrize("name", [SAMPLE_CSV, SAMPLE_COVERAGE])
def test_every_line_of_a_sample_csv_says_it_is_synthetic(name):
    header, *lines = _csv_lines(name)
    assert header[0] == SAMPLE_MARK_COLUMN and lines
    assert all(line[0] == SAMPLE_MARK for line in lines)
    assert "CONTOH" in SAMPLE_MARK and "sintetis" in SAMPLE_MARK


def test_the_sample_workbook_says_it_is_synthetic_in_its_sheet_properties_and_lines():
    with as_file(SAMPLES / SAMPLE_XLSX) as shipped:
        book = load_workbook(shipped, read_only=True)
        try:
            assert book.sheetnames == [SAMPLE_SHEET] and "CONTOH" in SAMPLE_SHEET
            assert SAMPLE_MARK in (book.properties.title or "")
            header, *lines = book.active.iter_rows(values_only=True)
        finally:
            book.close()
    assert header[0] == SAMPLE_MARK_COLUMN and len(lines) == SAMPLE_ROWS
    assert all(line[0] == SAMPLE_MARK for line in lines)
