"""Fast QR codes for ReportLab: the matrix is built once per text with ``segno``, then drawn as
one filled PDF path holding one rectangle per horizontal run of dark modules.

ReportLab's stock ``QrCodeWidget`` builds a Drawing with one shape per dark module and renders
it through the graphics layer; on a 10-up sheet run of thousands of cards that dominates the
time (benchmark B5). Here a version-12 symbol is some hundreds of rectangles in one path.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white border the QR standard asks for around the symbol
# Data mask pattern used unless told otherwise. ISO/IEC 18004 has encoders pick the mask with
# the lowest penalty score, and every decoder reads all eight; choosing it means building and
# scoring eight symbols, which is three quarters of segno's time per token (about 17 ms against
# 4 ms for a version-11 card token). Card tokens are base64 of a signature, pseudo-random data
# on which all masks score alike, so batch printing uses a fixed one. Pass mask=None to search.
DEFAULT_MASK: int | None = 2


@dataclass(frozen=True)
class QrMatrix:
    """A QR symbol without its quiet zone: ``size`` modules square; ``runs`` holds
    (row, first column, length) of every horizontal run of dark modules, row 0 at the top."""

    size: int
    runs: tuple[tuple[int, int, int], ...]

    def is_dark(self, row: int, col: int) -> bool:
        return any(r == row and c <= col < c + n for r, c, n in self.runs)


def qr_matrix(text: str, error: str = "m", mask: int | None = DEFAULT_MASK) -> QrMatrix:
    """Encode ``text`` (never as a Micro QR; ``mask`` None picks the best data mask) and
    collapse its rows into dark runs."""
    symbol = segno.make(text, error=error, micro=False, boost_error=False, mask=mask)
    runs: list[tuple[int, int, int]] = []
    size = 0
    for row, modules in enumerate(symbol.matrix_iter(border=0)):
        size += 1
        start = -1
        col = 0
        for col, dark in enumerate(modules):
            if dark:
                if start < 0:
                    start = col
            elif start >= 0:
                runs.append((row, start, col - start))
                start = -1
        if start >= 0:
            runs.append((row, start, col + 1 - start))
    return QrMatrix(size, tuple(runs))


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
