"""The printable recovery sheet handed to the office head at setup (A4, one page)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.printing.brand import BRAND
from ucj_desktop.printing.fonts import register_fonts
from ucj_desktop.security.recovery import code_lines


def render_recovery_sheet(
    out: Path,
    recovery_code: str,
    office_code: str,
    office_name: str,
    store_id: str,
    device_fingerprint: str,
    created: datetime,
) -> Path:
    """Write the sheet; the code is printed in four lines of groups, large and spaced."""
    regular, bold = register_fonts()
    width, height = A4
    buffer = io.BytesIO()  # written whole by atomic_write: never half a sheet
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle("Kode Pemulihan UCJ Desktop")
    left = 22 * mm
    y = height - 28 * mm
    c.setFont(bold, 18)
    c.drawString(left, y, "Kode Pemulihan Data — UCJ Desktop")
    y -= 9 * mm
    c.setFont(regular, 11)
    c.drawString(left, y, f"Kelurahan {office_name} ({office_code})")
    y -= 6 * mm
    c.drawString(left, y, f"Dibuat: {created:%d-%m-%Y %H:%M}   ID data: {store_id}")
    y -= 6 * mm
    c.drawString(left, y, f"Sidik jari perangkat: {device_fingerprint}")

    y -= 16 * mm
    box_top = y + 8 * mm
    rows = code_lines(recovery_code)
    box_height = (len(rows) * 12 + 10) * mm
    c.setStrokeColor(BRAND)
    c.setLineWidth(1.5)
    c.roundRect(left - 4 * mm, box_top - box_height, width - 2 * left + 8 * mm, box_height, 4 * mm)
    c.setFont(bold, 20)
    for row in rows:
        y -= 4 * mm
        c.drawString(left + 4 * mm, y, "   ".join(row))
        y -= 8 * mm

    y = box_top - box_height - 14 * mm
    c.setFont(bold, 12)
    c.drawString(left, y, "Simpan lembar ini di lemari terkunci. Jangan difoto, jangan dikirim.")
    c.setFont(regular, 11)
    lines = [
        "Kode ini adalah kunci data kantor. Bila laptop diganti atau brankas kunci (keyring)",
        "hilang, UCJ Desktop memintanya saat dibuka (di baris perintah: ucj recover KODE).",
        "Tanpa kode ini dan tanpa keyring, data terenkripsi tidak dapat dibuka oleh siapa pun.",
        "Siapa pun yang memegang kode ini dan berkas data dapat membaca data warga:",
        "perlakukan seperti kunci brankas (UU 27/2022 tentang Pelindungan Data Pribadi).",
    ]
    for line in lines:
        y -= 6.5 * mm
        c.drawString(left, y, line)
    y -= 22 * mm
    c.drawString(left, y, "Diterima oleh (nama, tanda tangan):")
    c.line(left + 70 * mm, y - 1 * mm, width - left, y - 1 * mm)
    c.showPage()
    c.save()
    # The sheet IS the store key: atomic_write's temp file is made readable by its owner
    # only (mkstemp) and keeps that mode when it takes the name; chmod says it again.
    atomic_write(out, buffer.getvalue())
    out.chmod(0o600)
    return out
