"""The fast QR drawer: zxing-cpp's symbol, drawn as merged runs, decodable; a card's format-2
token makes a smaller code than format 1 did."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.pdfgen.canvas import Canvas

from tests.support.format_1_tokens import FORMAT_1, SITI
from ucj_desktop.printing.qr import QUIET_ZONE, draw_qr, qr_matrix
from ucj_desktop.sync.card_token import issue_card_token

TOKEN = issue_card_token(SITI, Ed25519PrivateKey.generate())
OLD_TOKEN = next(t for t, claims in FORMAT_1.items() if claims == SITI)


def _symbol(text: str) -> list[list[int]]:
    """The symbol as zxing-cpp's writer draws it, module by module (1 dark)."""
    image = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(
        add_quiet_zones=False
    )
    size = image.shape[0]
    pixels = bytes(image)
    return [[int(pixels[r * size + c] < 128) for c in range(size)] for r in range(size)]


@pytest.mark.parametrize("text", [TOKEN, OLD_TOKEN, "1"])
def test_runs_rebuild_exactly_the_symbol(text):
    matrix = qr_matrix(text)
    expected = _symbol(text)
    assert matrix.size == len(expected)
    rebuilt = [[0] * matrix.size for _ in range(matrix.size)]
    for row, col, length in matrix.runs:
        assert length >= 1 and col >= 0 and col + length <= matrix.size
        for k in range(col, col + length):
            assert rebuilt[row][k] == 0  # runs never overlap
            rebuilt[row][k] = 1
    assert rebuilt == expected
    dark = sum(map(sum, rebuilt))
    assert len(matrix.runs) < dark  # neighbours merged: fewer rectangles than dark modules
    assert matrix.is_dark(0, 0) and matrix.is_dark(matrix.size - 1, 0)  # finder corners


def test_runs_are_maximal():
    matrix = qr_matrix(TOKEN)
    ends = {(row, col + length) for row, col, length in matrix.runs}
    starts = {(row, col) for row, col, _ in matrix.runs}
    assert not ends & starts  # no run starts where another on the same row ends


def test_a_format_2_token_is_a_smaller_code_than_format_1_of_the_same_claims():
    # Version v has 17 + 4v modules a side: format 2 in numeric mode is a version 6 code,
    # format 1 of the same claims (255 characters of base64, byte mode) a version 12.
    assert qr_matrix(TOKEN).size == 17 + 4 * 6
    assert qr_matrix(OLD_TOKEN).size == 17 + 4 * 12


def _decoded(tmp_path, text: str, side: float, dpi: int) -> list[zxingcpp.Barcode]:
    out = tmp_path / "qr.pdf"
    c = Canvas(str(out), pagesize=(200, 200))
    draw_qr(c, text, 20, 30, side)
    c.showPage()
    c.save()
    pdf = pypdfium2.PdfDocument(out)
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


@pytest.mark.parametrize("text", [TOKEN, OLD_TOKEN])
@pytest.mark.parametrize("dpi", [300, 80])
def test_a_drawn_code_decodes_back_at_level_m(tmp_path, text, dpi):
    side = 34 / 25.4 * 72  # the card's 34 mm
    [found] = _decoded(tmp_path, text, side, dpi)
    assert found.text == text
    assert found.ec_level == "M"


def test_quiet_zone_is_white(tmp_path):
    out = tmp_path / "qr.pdf"
    c = Canvas(str(out), pagesize=(100, 100))
    c.setFillColorRGB(0.5, 0.5, 0.5)
    c.rect(0, 0, 100, 100, stroke=0, fill=1)  # grey page: the quiet zone must paint white
    matrix = draw_qr(c, TOKEN, 10, 10, 80)
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


def test_the_token_issued_for_a_long_name_still_fits_a_card_code():
    claims = replace(SITI, name="Ni Luh Putu Ayu " * 6 + "Dewi", coverage_end=date(2027, 1, 1))
    matrix = qr_matrix(issue_card_token(claims, Ed25519PrivateKey.generate()))
    assert matrix.size <= 17 + 4 * 11  # 100 characters: still no bigger than format 1's usual
