"""The printable recovery sheet handed to the office head at setup (A4, one page).

Printed in the programme's language whatever the officer reads, like the card: the sheet is kept
locked away for years and is read by whoever holds the office then (a new head, the technician
who replaces the laptop), not by the officer who printed it; Bahasa Indonesia is the one
language every one of them is sure to read."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.printing.brand import BRAND, official_document
from ucj_desktop.printing.fonts import register_fonts, wrap_words
from ucj_desktop.security.recovery import code_lines
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.formats import date_time


@official_document
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
    c.setTitle(translate("recovery_sheet", "Kode Pemulihan UCJ Desktop"))
    left = 22 * mm
    y = height - 28 * mm
    c.setFont(bold, 18)
    c.drawString(left, y, translate("recovery_sheet", "Kode Pemulihan Data — UCJ Desktop"))
    y -= 9 * mm
    c.setFont(regular, 11)
    office = translate("recovery_sheet", "Kelurahan {name} ({code})")
    c.drawString(left, y, office.format(name=office_name, code=office_code))
    y -= 6 * mm
    made = translate("recovery_sheet", "Dibuat: {moment}   ID data: {store}")
    c.drawString(left, y, made.format(moment=date_time(created), store=store_id))
    y -= 6 * mm
    device = translate("recovery_sheet", "Sidik jari perangkat: {fingerprint}")
    c.drawString(left, y, device.format(fingerprint=device_fingerprint))

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
    keep = translate(
        "recovery_sheet", "Simpan lembar ini di lemari terkunci. Jangan difoto, jangan dikirim."
    )
    c.drawString(left, y, keep)
    c.setFont(regular, 11)
    note = translate(
        "recovery_sheet",
        "Kode ini adalah kunci data kantor. Bila laptop diganti atau brankas kunci (keyring) "
        "hilang, UCJ Desktop memintanya saat dibuka (di baris perintah: ucj recover KODE). "
        "Tanpa kode ini dan tanpa keyring, data terenkripsi tidak dapat dibuka oleh siapa pun. "
        "Siapa pun yang memegang kode ini dan berkas data dapat membaca data warga: "
        "perlakukan seperti kunci brankas (UU 27/2022 tentang Pelindungan Data Pribadi).",
    )
    for line in wrap_words(note, regular, 11, width - 2 * left):
        y -= 6.5 * mm
        c.drawString(left, y, line)
    y -= 22 * mm
    c.drawString(left, y, translate("recovery_sheet", "Diterima oleh (nama, tanda tangan):"))
    c.line(left + 70 * mm, y - 1 * mm, width - left, y - 1 * mm)
    c.showPage()
    c.save()
    # The sheet IS the store key: atomic_write's temp file is made readable by its owner
    # only (mkstemp) and keeps that mode when it takes the name; chmod says it again.
    atomic_write(out, buffer.getvalue())
    out.chmod(0o600)
    return out
