"""The enrollment certificate: one A4 page, masked NIK, premium and benefits, verifiable QR."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from tests.support.pdf_text import opened_pdf, page_texts, phrase_box, text_rects, touching
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.premium import rupiah
from ucj_desktop.printing.cards import CardData
from ucj_desktop.printing.certificate import CertificateTerms, render_certificate
from ucj_desktop.sync.card_token import CardClaims, issue_card_token, verify_card_token

NIK = "3275014101900001"
KPJ = "01234567890"
NAME = "Ni Luh Putu Ayu D'Souza-Wijayakusuma Rahmawati Sekar Kinasih"


@pytest.fixture(scope="module")
def hub_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def card(hub_key) -> CardData:
    end = date(2026, 3, 31)
    token = issue_card_token(CardClaims(KPJ, mask_nik(NIK), NAME, end, "32.75.01.1001"), hub_key)
    return CardData(
        NAME,
        KPJ,
        NIK,
        "Margahayu",  # where the worker lives...
        "Bekasi Timur",
        date(2026, 1, 1),
        end,
        date(2026, 1, 5),
        token,
        "Bekasijaya",  # ...and the office that prints the certificate
    )


def _read(path, scale: float = 6):
    pdf = pypdfium2.PdfDocument(path)
    try:
        assert len(pdf) == 1
        page = pdf[0]
        textpage = page.get_textpage()
        boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
        text = " ".join(textpage.get_text_range().split())
        return text, page.render(scale=scale).to_pil(), page.get_size(), boxes
    finally:
        pdf.close()


def test_certificate_prints_data_benefits_premium_and_a_verifiable_qr(tmp_path, card, hub_key):
    text, image, size, boxes = _read(render_certificate(tmp_path / "cert.pdf", card))
    assert size == pytest.approx(A4, abs=0.5)
    assert "Sertifikat Kepesertaan" in text
    assert KPJ in text
    assert "327501******0001" in text
    assert NIK not in text
    assert "".join(NAME.split()) in "".join(text.split())
    assert "01-01-2026 sampai dengan 31-03-2026" in text
    for phrase in (
        "Rp16.800 / bulan",
        "Rp10.000 / bulan",
        "Rp6.800 / bulan",
        "Rp42 juta",
        "Rp20 juta",
        "Rp12 juta",
        "Rp10 juta",
        "3 bulan berturut-turut",
        "tanpa batas biaya",
        "Iuran dibayar oleh Pemerintah Kota Bekasi (APBD)",
        "Cap / stempel",
        "Lurah Bekasijaya",
        "Bekasi, 05-01-2026",
    ):
        assert phrase in text, phrase
    width, height = A4
    for left, bottom, right, top in boxes:
        assert 0 <= left <= right <= width and 0 <= bottom <= top <= height
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [card.token]
    claims = verify_card_token(found[0].text, {"hub": hub_key.public_key().public_bytes_raw()})
    assert (claims.kpj, claims.nik_masked, claims.name) == (KPJ, "327501******0001", NAME)


def test_terms_come_from_configuration(tmp_path, card):
    terms = CertificateTerms(jkm_premium=7_000, jkm_total=45_000_000, signer_title="Camat")
    text, _, _, _ = _read(render_certificate(tmp_path / "cert.pdf", card, terms), scale=1)
    assert "Rp17.000 / bulan" in text
    assert "Rp45 juta" in text
    assert "Camat Bekasijaya" in text


def test_a_short_name_prints_on_one_line(tmp_path, card):
    text, _, _, _ = _read(
        render_certificate(tmp_path / "cert.pdf", replace(card, full_name="Siti Aminah")), 1
    )
    assert "Nama Siti Aminah No. KPJ" in text


@pytest.mark.parametrize(
    ("amount", "shown"), [(0, "Rp0"), (6_800, "Rp6.800"), (201_600, "Rp201.600")]
)
def test_rupiah_uses_indonesian_thousands_separators(amount, shown):
    assert rupiah(amount) == shown


@pytest.mark.parametrize("name", ["Siti Aminah", NAME])
def test_the_qr_caption_keeps_clear_of_the_body_text(tmp_path, card, name):
    """A one-line name used to pull the body up against the caption under the QR code."""
    out = render_certificate(tmp_path / "cert.pdf", replace(card, full_name=name))
    with opened_pdf(out) as pdf:
        textpage = pdf[0].get_textpage()
        caption = phrase_box(textpage, "Pindai untuk memeriksa keaslian")
        body = phrase_box(textpage, "terdaftar sebagai peserta")
        assert not touching(text_rects(textpage))
    # The body runs the page's width, under the caption: a clear millimetre between them.
    assert caption[1] - body[3] >= 1 * mm


def test_the_certificate_is_signed_for_the_issuing_office(tmp_path, card):
    text = page_texts(render_certificate(tmp_path / "cert.pdf", card))[0]
    assert "Alamat Kelurahan Margahayu Kecamatan Bekasi Timur, Kota Bekasi" in text
    assert "Lurah Bekasijaya" in text  # the office that prints it, not the worker's home
    assert "Lurah Margahayu" not in text


def test_a_demo_certificate_says_so_and_still_scans(tmp_path, card):
    text, image, _, _ = _read(render_certificate(tmp_path / "cert.pdf", card, demo=True))
    assert text.count("CONTOH / DEMO") == 2  # under the band and in the footer
    assert "CONTOH · DEMO" in text  # the watermark
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [card.token]
    assert "CONTOH" not in _read(render_certificate(tmp_path / "real.pdf", card), 1)[0]


def test_an_unknown_kecamatan_is_left_out_of_the_address(tmp_path, card):
    """A kelurahan code the area list lacks has no kecamatan: no empty "Kecamatan ,"."""
    unknown = replace(card, kecamatan="")
    text = page_texts(render_certificate(tmp_path / "cert.pdf", unknown))[0]
    assert "Alamat Kelurahan Margahayu Kota Bekasi Kategori" in text
    assert "Kecamatan" not in text
