"""The enrollment certificate (Sertifikat Kepesertaan), A4 portrait: the worker's data, the
programs and their benefits in plain words, the premium the city pays, the coverage dates, the
QR code with the hub-signed card token, and room for the signature and the stamp of the
issuing office (the kelurahan whose store prints it; the worker's own kelurahan is the address).
A certificate from a demo store carries the demo mark. It is an official document: always in the
programme's language (Bahasa Indonesia), its words and figures, whatever the officer reads.

Benefit amounts and premium rates are medium-confidence facts (DOMAIN.md): they come in a
``CertificateTerms`` the caller may build from configuration; the defaults are the 2025 figures.
The NIK is printed masked, never in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.printing.brand import (
    BRAND,
    INK,
    MUTED,
    RULE,
    BandLine,
    brand_band,
    draw_label,
    draw_lines,
    official_document,
)
from ucj_desktop.printing.cards import (
    FUNDING,
    CardData,
    PdfTarget,
    Progress,
    fit_name,
    pages_per_card,
)
from ucj_desktop.printing.demo_mark import draw_demo_line, draw_watermark
from ucj_desktop.printing.fonts import register_fonts, wrap_words
from ucj_desktop.printing.qr import draw_qr
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.formats import date, number, rupiah


@dataclass(frozen=True)
class CertificateTerms:
    """Rates and benefits printed on the certificate, integer rupiah."""

    # The premium figures default to the programme's own (domain/config.py), not a copy.
    min_declared_income: int = ProgramConfig.min_declared_income
    jkk_rate_permille: int = ProgramConfig.jkk_rate_basis_points // 10  # JKK = 1 % of income
    jkm_premium: int = ProgramConfig.jkm_monthly
    jkm_total: int = 42_000_000
    jkm_lump_sum: int = 20_000_000
    jkm_periodic: int = 12_000_000
    jkm_funeral: int = 10_000_000
    jkm_qualifying_months: int = 3
    signer_title: str = "Lurah"

    @property
    def jkk_premium(self) -> int:
        return self.min_declared_income * self.jkk_rate_permille // 1000

    @property
    def monthly_premium(self) -> int:
        return self.jkk_premium + self.jkm_premium


def _juta(amount: int) -> str:
    if amount % 1_000_000:
        return rupiah(amount)
    return translate("certificate", "Rp{millions} juta").format(
        millions=number(amount // 1_000_000)
    )


def _address_lines(card: CardData) -> list[str]:
    """ "Kelurahan X" over "Kecamatan Y, Kota Bekasi" (or "Kota Bekasi" alone)."""
    kelurahan, *rest = card.address_parts(
        translate("certificate", "Kelurahan"), translate("certificate", "Kecamatan")
    )
    return [kelurahan, ", ".join(rest)]


def render_certificate(
    out: Path, card: CardData, terms: CertificateTerms | None = None, demo: bool = False
) -> Path:
    """Write the one-page A4 certificate for ``card`` to ``out`` and return it."""
    render_certificates(out, [card], terms, demo=demo)
    return out


@official_document
def render_certificates(
    out: PdfTarget,
    cards: Sequence[CardData],
    terms: CertificateTerms | None = None,
    progress: Progress | None = None,
    demo: bool = False,
) -> None:
    """One A4 page per card, in one PDF (a print run at the counter); ``demo``: a demo
    store's, every page marked."""
    if not cards:
        raise ValueError("no certificates to print")

    def page(c: Canvas, card: CardData) -> None:
        _draw_certificate(c, card, terms or CertificateTerms())
        if demo:
            _mark_demo(c)
        c.showPage()

    title = translate("certificate", "Sertifikat Kepesertaan SIGAP")
    pages_per_card(out, A4, title, cards, page, progress)


def _draw_certificate(c: Canvas, card: CardData, terms: CertificateTerms) -> None:
    regular, bold = register_fonts()
    width, height = A4
    margin = 20 * mm
    text_width = width - 2 * margin

    # Header.
    band = 30 * mm
    brand_band(
        c,
        width,
        height,
        band,
        margin,
        BandLine(translate("certificate", "Sertifikat Kepesertaan"), bold, 20, 15 * mm),
        BandLine(
            translate(
                "certificate",
                "BPJS Ketenagakerjaan · Program SIGAP (Universal Coverage Jamsostek) Kota Bekasi",
            ),
            regular,
            10,
            22 * mm,
        ),
    )

    # Worker data, QR code on the right.
    y = height - band - 12 * mm
    qr_side = 48 * mm
    draw_qr(c, card.token, width - margin - qr_side, y - qr_side + 6 * mm, qr_side)
    caption_y = y - qr_side + 4 * mm
    c.setFillColor(MUTED)
    c.setFont(regular, 7.5)
    caption = translate("certificate", "Pindai untuk memeriksa keaslian")
    c.drawCentredString(width - margin - qr_side / 2, caption_y, caption)
    c.setFillColor(INK)
    c.setFont(regular, 10)
    c.drawString(margin, y, translate("certificate", "Dengan ini dinyatakan bahwa:"))
    y -= 9 * mm
    label_width = 34 * mm
    value_width = text_width - qr_side - label_width - 6 * mm
    size, name_lines = fit_name(card.full_name, bold, value_width, 13, 9)
    rows: list[tuple[str, list[str], float]] = [
        (translate("certificate", "Nama"), name_lines, size),
        (translate("certificate", "No. KPJ"), [card.kpj], 11),
        ("NIK", [mask_nik(card.nik)], 11),
        (translate("certificate", "Alamat"), _address_lines(card), 10),
        (
            translate("certificate", "Kategori"),
            [translate("certificate", "Bukan Penerima Upah (BPU)")],
            11,
        ),
    ]
    for label, lines, line_size in rows:
        draw_label(c, label, margin, y, 9)
        c.setFont(bold, line_size)
        y = draw_lines(c, lines, margin + label_width, y, line_size * 1.2) - 2.4 * mm
    # The body runs the full width: it starts below the QR code's caption, however few lines
    # the name took.
    y = min(y, caption_y - 4 * mm)
    c.setFillColor(INK)
    c.setFont(regular, 10)
    y -= 2 * mm
    enrolled = translate(
        "certificate",
        "terdaftar sebagai peserta BPJS Ketenagakerjaan dalam program Jaminan Kecelakaan Kerja "
        "(JKK) dan Jaminan Kematian (JKM), dengan masa perlindungan:",
    )
    y = draw_lines(c, wrap_words(enrolled, regular, 10, text_width), margin, y, 5 * mm) - 1 * mm
    c.setFont(bold, 13)
    c.drawString(
        margin,
        y,
        translate("certificate", "{start} sampai dengan {end}").format(
            start=date(card.coverage_start), end=date(card.coverage_end)
        ),
    )
    y -= 10 * mm

    def heading(text: str) -> None:
        nonlocal y
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(margin, y + 4.5 * mm, width - margin, y + 4.5 * mm)
        c.setFillColor(BRAND)
        c.setFont(bold, 11.5)
        c.drawString(margin, y, text)
        y -= 6.5 * mm

    def paragraph(text: str, indent: float = 0, size: float = 9.5) -> None:
        nonlocal y
        c.setFillColor(INK)
        c.setFont(regular, size)
        lines = wrap_words(text, regular, size, text_width - indent)
        y = draw_lines(c, lines, margin + indent, y, size * 0.47 * mm) - 1.8 * mm

    def benefit(title: str, text: str) -> None:
        """A programme's name in bold, what it gives indented under it."""
        nonlocal y
        c.setFillColor(INK)
        c.setFont(bold, 10)
        c.drawString(margin, y, title)
        y -= 5 * mm
        paragraph(text, 4 * mm)

    heading(translate("certificate", "Manfaat yang Anda terima"))
    benefit(
        translate("certificate", "Jaminan Kecelakaan Kerja (JKK)"),
        translate(
            "certificate",
            "Bila Anda mengalami kecelakaan saat bekerja, atau dalam perjalanan berangkat dan "
            "pulang kerja, biaya perawatan dan pengobatan ditanggung sesuai kebutuhan medis, "
            "tanpa batas biaya.",
        ),
    )
    jkm = translate(
        "certificate",
        "Bila peserta meninggal dunia, ahli waris menerima {total}: santunan sekaligus "
        "{lump_sum}, santunan berkala {periodic}, dan biaya pemakaman {funeral}.",
    )
    benefit(
        translate("certificate", "Jaminan Kematian (JKM)"),
        jkm.format(
            total=_juta(terms.jkm_total),
            lump_sum=_juta(terms.jkm_lump_sum),
            periodic=_juta(terms.jkm_periodic),
            funeral=_juta(terms.jkm_funeral),
        ),
    )
    paragraph(
        translate(
            "certificate",
            "Manfaat JKM penuh berlaku setelah iuran dibayar {months} bulan berturut-turut; "
            "sebelum itu, yang dibayarkan hanya biaya pemakaman.",
        ).format(months=terms.jkm_qualifying_months),
        4 * mm,
    )
    y -= 2 * mm

    heading(translate("certificate", "Iuran"))
    rows_premium = (
        (
            translate("certificate", "JKK: 1% dari penghasilan {income}").format(
                income=rupiah(terms.min_declared_income)
            ),
            rupiah(terms.jkk_premium),
        ),
        ("JKM", rupiah(terms.jkm_premium)),
    )
    per_month = translate("certificate", "{amount} / bulan")
    c.setFont(regular, 10)
    for label, amount in rows_premium:
        c.setFillColor(INK)
        c.drawString(margin + 4 * mm, y, label)
        c.drawRightString(margin + 120 * mm, y, per_month.format(amount=amount))
        y -= 5.5 * mm
    c.setStrokeColor(RULE)
    c.line(margin + 4 * mm, y + 3.6 * mm, margin + 120 * mm, y + 3.6 * mm)
    c.setFont(bold, 10)
    c.drawString(margin + 4 * mm, y, translate("certificate", "Jumlah"))
    c.drawRightString(margin + 120 * mm, y, per_month.format(amount=rupiah(terms.monthly_premium)))
    y -= 7 * mm
    paragraph(
        translate(
            "certificate",
            "{funding}. Peserta tidak membayar apa pun dan tidak dipungut biaya untuk "
            "pendaftaran maupun kartu.",
        ).format(funding=translate("cards", FUNDING))
    )

    # Signature and stamp.
    sign_x = width - margin - 70 * mm
    sign_y = 62 * mm
    c.setFillColor(INK)
    c.setFont(regular, 10)
    c.drawString(sign_x, sign_y, f"Bekasi, {date(card.issued_on)}")
    c.drawString(sign_x, sign_y - 5.5 * mm, f"{terms.signer_title} {card.issuer}")
    c.setStrokeColor(MUTED)
    c.setLineWidth(0.5)
    c.line(sign_x, sign_y - 32 * mm, sign_x + 70 * mm, sign_y - 32 * mm)
    c.setFillColor(MUTED)
    c.setFont(regular, 8)
    c.drawString(sign_x, sign_y - 36 * mm, translate("certificate", "Nama, tanda tangan, dan NIP"))
    c.setDash(2, 2)
    c.circle(margin + 22 * mm, sign_y - 18 * mm, 17 * mm, stroke=1, fill=0)
    c.setDash()
    c.drawCentredString(
        margin + 22 * mm, sign_y - 19 * mm, translate("certificate", "Cap / stempel")
    )

    c.setFont(regular, 7.5)
    c.drawString(
        margin,
        12 * mm,
        translate(
            "certificate",
            "Dicetak oleh UCJ Desktop. NIK disamarkan untuk melindungi data pribadi (UU 27/2022).",
        ),
    )


def _mark_demo(c: Canvas) -> None:
    """The demo mark over a finished page: the watermark, a line under the band, a footer."""
    width, height = A4
    margin = 20 * mm
    # Below the QR code and its caption (a watermark over the code could spoil a scan).
    draw_watermark(c, margin, 28 * mm, width - 2 * margin, height - 118 * mm)
    draw_demo_line(c, margin, height - 36 * mm, 9)
    draw_demo_line(c, margin, 17 * mm, 9)
