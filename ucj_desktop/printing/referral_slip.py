"""The DTSEN referral slip (A6 portrait): handed to a worker who cannot be registered because
they are not in DTSEN or their desil is outside the programme's range, telling them where to
ask for their welfare data to be updated. The NIK is printed masked, never in full. A demo
store's slip carries the demo mark. The worker takes it home: in the programme's language
whatever the officer reads, like the card.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.printing.brand import (
    INK,
    MUTED,
    BandLine,
    brand_band,
    draw_lines,
    official_document,
)
from ucj_desktop.printing.demo_mark import draw_demo_line, draw_watermark
from ucj_desktop.printing.fonts import register_fonts, wrap_words
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.formats import date as day_text

REASONS = ("dtsen.not_found", "desil.out_of_range")


@dataclass(frozen=True)
class ReferralSlip:
    """What the slip says; ``reason`` is the DTSEN rule code (one of REASONS); ``demo``: the
    office's store is a demo store."""

    nik: str
    full_name: str
    reason: str
    desil: int | None
    desil_min: int
    desil_max: int
    kelurahan_name: str | None
    kecamatan_name: str | None
    office_name: str
    office_code: str
    printed_on: date
    demo: bool = False


def _reason_text(slip: ReferralSlip) -> str:
    if slip.reason == "desil.out_of_range":
        return translate(
            "referral_slip",
            "Menurut data DTSEN yang diterima kantor ini, keluarga Anda berada pada desil "
            "{desil}. Program SIGAP hanya untuk desil {low}–{high}.",
        ).format(desil=slip.desil, low=slip.desil_min, high=slip.desil_max)
    return translate(
        "referral_slip",
        "Nama Anda tidak ditemukan dalam data DTSEN (Data Tunggal Sosial Ekonomi Nasional) "
        "yang diterima kantor ini. Program SIGAP hanya untuk warga yang tercatat di DTSEN.",
    )


@official_document
def render_referral_slip(out: Path, slip: ReferralSlip) -> Path:
    """Write the one-page slip to ``out`` and return it."""
    if slip.reason not in REASONS:
        raise ValueError(f"no referral slip for {slip.reason!r}")
    regular, bold = register_fonts()
    width, height = A6
    margin = 9 * mm
    text_width = width - 2 * margin
    buffer = io.BytesIO()  # written whole by atomic_write: never half a PDF
    c = Canvas(buffer, pagesize=A6, pageCompression=1)
    title = translate("referral_slip", "Surat Rujukan Pembaruan Data DTSEN")
    office = translate("referral_slip", "Kelurahan {name} ({code})").format(
        name=slip.office_name, code=slip.office_code
    )
    c.setTitle(title)
    c.setAuthor(f"UCJ Desktop — {office}")

    brand_band(
        c,
        width,
        height,
        17 * mm,
        margin,
        BandLine(title, bold, 11, 8.5 * mm),
        BandLine(
            translate("referral_slip", "Program SIGAP — Pemerintah Kota Bekasi"),
            regular,
            7.5,
            13 * mm,
        ),
    )

    c.setFillColor(INK)
    y = height - 25 * mm
    c.setFont(regular, 8)
    for label, value in (
        (translate("referral_slip", "Nama"), slip.full_name or "—"),
        ("NIK", mask_nik(slip.nik)),
        (translate("referral_slip", "Tanggal"), day_text(slip.printed_on)),
        (translate("referral_slip", "Dari"), office),
    ):
        c.setFont(regular, 8)
        c.drawString(margin, y, label)
        c.setFont(bold, 8)
        c.drawString(margin + 17 * mm, y, value)
        y -= 4.6 * mm

    def paragraph(text: str, font: str = regular, size: float = 8, gap: float = 2.2) -> None:
        nonlocal y
        c.setFont(font, size)
        lines = wrap_words(text, font, size, text_width)
        y = draw_lines(c, lines, margin, y, size * 0.45 * mm) - gap * mm

    y -= 1.5 * mm
    paragraph(translate("referral_slip", "Mengapa belum dapat didaftarkan"), bold, 9, 0.8)
    paragraph(_reason_text(slip))
    place = translate("referral_slip", "kantor kelurahan atau kecamatan tempat tinggal Anda")
    if slip.kelurahan_name and slip.kecamatan_name:
        place = translate(
            "referral_slip", "Kantor Kelurahan {kelurahan} atau Kecamatan {kecamatan}"
        ).format(kelurahan=slip.kelurahan_name, kecamatan=slip.kecamatan_name)
    paragraph(translate("referral_slip", "Yang perlu dilakukan"), bold, 9, 0.8)
    steps = (
        translate(
            "referral_slip", "1. Datang ke {place} dengan membawa KTP-el dan Kartu Keluarga."
        ).format(place=place),
        translate(
            "referral_slip",
            "2. Minta pembaruan data DTSEN (usulan pemutakhiran data sosial ekonomi), atau "
            "ajukan melalui kanal pembaruan DTSEN yang resmi.",
        ),
        translate(
            "referral_slip",
            "3. DTSEN diperbarui setiap triwulan. Setelah data Anda diperbarui, datang lagi ke "
            "loket ini dengan membawa surat ini.",
        ),
    )
    for step in steps:
        paragraph(step, gap=1.2)
    y -= 1 * mm
    paragraph(
        translate(
            "referral_slip",
            "Surat ini bukan penolakan permanen. Pendaftaran SIGAP tidak dipungut biaya.",
        ),
        bold,
        7.5,
    )
    c.setFont(regular, 6.5)
    c.setFillColor(MUTED)
    c.drawString(
        margin,
        7 * mm,
        translate(
            "referral_slip", "Dicetak oleh UCJ Desktop. NIK disamarkan untuk melindungi data."
        ),
    )
    if slip.demo:
        draw_watermark(c, margin, 12 * mm, text_width, height - 32 * mm)
        draw_demo_line(c, margin, 11 * mm, 6.5)
    c.showPage()
    c.save()
    atomic_write(out, buffer.getvalue())
    return out
