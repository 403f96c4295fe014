"""Fast QR codes for ReportLab: the symbol is encoded once per text by zxing-cpp (C++: the
smallest version for error correction level M, and the standard's search of all eight data
masks), then drawn as one filled PDF path holding one rectangle per horizontal run of dark
modules, written straight into the page.

ReportLab's stock QR code (``QrCodeWidget``, and the platypus ``QrCode`` flowable) merges each
row's dark modules into runs too, but encodes in pure Python, and the widget then makes every
run a shape of the graphics layer, which costs more again than the encoding. Figures in
docs/PERFORMANCE.md, B5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white border the QR standard asks for around the symbol
ERROR_CORRECTION = "M"  # ~15% of the symbol may be lost (a scratched or bent card)
_DARK = re.compile(rb"\x00+")  # a run of dark modules in zxing-cpp's image (0 black, 255 white)


@dataclass(frozen=True)
class QrMatrix:
    """A QR symbol without its quiet zone: ``size`` modules square; ``runs`` holds
    (row, first column, length) of every horizontal run of dark modules, row 0 at the top."""

    size: int
    runs: tuple[tuple[int, int, int], ...]

    def is_dark(self, row: int, col: int) -> bool:
        return any(r == row and c <= col < c + n for r, c, n in self.runs)


def qr_matrix(text: str) -> QrMatrix:
    """Encode ``text`` as a QR code (never a Micro QR) at ERROR_CORRECTION and collapse its
    rows into dark runs. Digits go in numeric mode, the densest for them."""
    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION)
    # One pixel per module. With its quiet zone every row ends light, so one search over the
    # whole image finds every row's runs and none runs on into the next row.
    image = symbol.to_image(add_quiet_zones=True)
    width = image.shape[1]
    margin = (width - symbol.to_image(add_quiet_zones=False).shape[1]) // 2
    pixels = bytes(image)  # type: ignore[call-overload]  # its stub omits the buffer protocol
    runs = tuple(
        (start // width - margin, start % width - margin, end - start)
        for start, end in map(re.Match.span, _DARK.finditer(pixels))
    )
    return QrMatrix(width - 2 * margin, runs)


def draw_qr(
    canvas: Canvas,
    text_or_matrix: str | QrMatrix,
    x: float,
    y: float,
    size: float,
    *,
    quiet_zone: int = QUIET_ZONE,
) -> QrMatrix:
    """Draw a QR code whose outer square (symbol plus ``quiet_zone`` white modules on each side)
    has its lower-left corner at (x, y) and side ``size`` points. Returns the matrix drawn."""
    matrix = text_or_matrix if isinstance(text_or_matrix, QrMatrix) else qr_matrix(text_or_matrix)
    modules = matrix.size + 2 * quiet_zone
    module = size / modules
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # Work in module units with the origin at the symbol's top-left corner, y pointing up:
    # every coordinate is then a small integer, cheap to format.
    canvas.translate(x + quiet_zone * module, y + (quiet_zone + matrix.size) * module)
    canvas.scale(module, module)
    # One path, one rectangle per run, written as PDF operators: "x y w h re" ... "f".
    canvas.addLiteral(
        "\n".join([f"{col} {-row - 1} {length} 1 re" for row, col, length in matrix.runs] + ["f"])
    )
    canvas.restoreState()
    return matrix
