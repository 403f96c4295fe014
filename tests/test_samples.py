"""The sample files in resources/samples: made by the seeded generator (nobody real), the
same people in the CSV and the XLSX, and both read by the real importer without a rejection."""

from __future__ import annotations

from importlib.resources import as_file

import pytest
from openpyxl import load_workbook

from ucj_desktop.paths import resources
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.synthetic import (
    SAMPLE_COVERAGE,
    SAMPLE_CSV,
    SAMPLE_DAY,
    SAMPLE_ROWS,
    SAMPLE_XLSX,
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
    assert made_csv.read_bytes().startswith(b"\xef\xbb\xbfNIK;NO_KK;NAMA;")


@pytest.mark.parametrize("name", [SAMPLE_CSV, SAMPLE_XLSX])
def test_each_sample_extract_imports_whole(opened_store, admin_session, name):
    with as_file(SAMPLES / name) as sample:
        report = import_reference(opened_store, admin_session, "dtsen", sample, today=SAMPLE_DAY)
    assert report.applied
    assert (report.rows_accepted, report.rows_rejected) == (SAMPLE_ROWS, 0)
