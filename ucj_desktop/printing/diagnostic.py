"""A one-page diagnostic PDF: proves ReportLab, the embedded font and the output path work."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.printing.fonts import register_fonts


def render_diagnostic_page(out: Path, title: str, lines: Sequence[str]) -> Path:
    regular, bold = register_fonts()
    buffer = io.BytesIO()  # written whole by atomic_write: never half a PDF
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    _width, height = A4
    canvas.setFont(bold, 16)
    canvas.drawString(20 * mm, height - 25 * mm, title)
    canvas.setFont(regular, 11)
    y = height - 38 * mm
    for line in lines:
        canvas.drawString(20 * mm, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()
    atomic_write(out, buffer.getvalue())
    return out
