"""The fast QR drawer: the same symbol segno builds, drawn as merged runs, decodable."""

from __future__ import annotations

import pypdfium2
import pytest
import segno
import zxingcpp
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.printing.qr import DEFAULT_MASK, QUIET_ZONE, draw_qr, qr_matrix

TEXT = "UCJ1.eyJlbmQiOiIyMDI2LTAzLTMxIiwia3BqIjoiMTIzNDU2Nzg5MDEifQ.c2lnbmF0dXJl"


@pytest.mark.parametrize("mask", [DEFAULT_MASK, None])
def test_runs_rebuild_exactly_the_segno_matrix(mask):
    matrix = qr_matrix(TEXT, mask=mask)
    symbol = segno.make(TEXT, error="m", micro=False, boost_error=False, mask=mask)
    expected = [list(row) for row in symbol.matrix_iter(border=0)]
    assert matrix.size == len(expected)
    rebuilt = [[0] * matrix.size for _ in range(matrix.size)]
    for row, col, length in matrix.runs:
        assert length >= 1
        for k in range(col, col + length):
            assert rebuilt[row][k] == 0  # runs never overlap
            rebuilt[row][k] = 1
    assert rebuilt == [[int(bool(v)) for v in row] for row in expected]
    dark = sum(map(sum, rebuilt))
    assert len(matrix.runs) < dark  # neighbours merged: fewer rectangles than dark modules
    assert matrix.is_dark(0, 0)  # finder pattern corner


def test_runs_are_maximal():
    matrix = qr_matrix(TEXT)
    ends = {(row, col + length) for row, col, length in matrix.runs}
    starts = {(row, col) for row, col, _ in matrix.runs}
    assert not ends & starts  # no run starts where another on the same row ends


@pytest.mark.parametrize(
    ("side", "mask"), [(30.0, DEFAULT_MASK), (90.0, DEFAULT_MASK), (90.0, None)]
)
def test_drawn_qr_decodes_back(tmp_path, side, mask):
    out = tmp_path / "qr.pdf"
    c = Canvas(str(out), pagesize=(200, 200))
    matrix = draw_qr(c, qr_matrix(TEXT, mask=mask), 20, 30, side)
    c.showPage()
    c.save()
    assert matrix.size >= 21
    pdf = pypdfium2.PdfDocument(out)
    try:
        image = pdf[0].render(scale=12).to_pil()
    finally:
        pdf.close()
    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in results] == [TEXT]


def test_quiet_zone_is_white(tmp_path):
    out = tmp_path / "qr.pdf"
    c = Canvas(str(out), pagesize=(100, 100))
    c.setFillColorRGB(0.5, 0.5, 0.5)
    c.rect(0, 0, 100, 100, stroke=0, fill=1)  # grey page: the quiet zone must paint white
    matrix = draw_qr(c, TEXT, 10, 10, 80)
    c.showPage()
    c.save()
    pdf = pypdfium2.PdfDocument(out)
    try:
        image = pdf[0].render(scale=4).to_pil().convert("L")
    finally:
        pdf.close()
    module_px = 80 * 4 / (matrix.size + 2 * QUIET_ZONE)
    inside_quiet = (int(10 * 4 + module_px), int(10 * 4 + module_px))  # (x, y) from top-left
    assert image.getpixel(inside_quiet) > 250
    assert 100 < image.getpixel((5, 5)) < 160
