"""Membership cards: single card and 10-up sheets, read back as images and text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pypdfium2
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tests.support.format_1_tokens import FORMAT_1, OLD_HUB
from tests.support.pdf_text import drawn_chars, opened_pdf, page_texts, text_rects, touching
from ucj_desktop.domain.areas import Kelurahan, all_kelurahan, find_kelurahan
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.printing.cards import (
    CARD_HEIGHT,
    CARD_WIDTH,
    CARDS_PER_SHEET,
    CROP_LENGTH,
    CROP_OFFSET,
    FUNDING,
    PAID_BY,
    CardData,
    SheetLayout,
    fit_name,
    render_card,
    render_card_sheets,
    render_single_cards,
    sheet_layout,
)
from ucj_desktop.printing.fonts import register_fonts
from ucj_desktop.sync.card_token import CardClaims, issue_card_token, verify_card_token

LONG_NAME = "Ni Luh Putu Ayu D'Souza-Wijayakusuma Rahmawati Sekar Kinasih"
OFFICE = "32.75.01.1001"
MARGAHAYU = find_kelurahan("Margahayu")
assert MARGAHAYU is not None


@pytest.fixture(scope="module")
def hub_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _keys(hub_key: Ed25519PrivateKey) -> dict[str, bytes]:
    return {"hub": hub_key.public_key().public_bytes_raw()}


def make_card(
    hub_key: Ed25519PrivateKey,
    i: int,
    name: str = "Siti Aminah",
    home: Kelurahan = MARGAHAYU,
    issuer: str = "Bekasijaya",
) -> CardData:
    """A card printed by ``issuer``'s office for a worker who lives in ``home``."""
    nik = f"32750141019{i:05d}"
    kpj = f"{90000000000 + i:011d}"
    end = date(2026, 3, 31)
    token = issue_card_token(CardClaims(kpj, mask_nik(nik), name, end, OFFICE), hub_key)
    return CardData(
        full_name=name,
        kpj=kpj,
        nik=nik,
        kelurahan=home.name,
        kecamatan=home.kecamatan_name,
        coverage_start=date(2026, 1, 1),
        coverage_end=end,
        issued_on=date(2026, 1, 5),
        token=token,
        issuer=issuer,
    )


def _pages(path, scale: float):
    """(text, image, size) of every page."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        pages = []
        for page in pdf:
            text = " ".join(page.get_textpage().get_text_range().split())
            pages.append((text, page.render(scale=scale).to_pil(), page.get_size()))
        return pages
    finally:
        pdf.close()


def test_single_card_has_front_and_back_and_a_verifiable_qr(tmp_path, hub_key):
    card = make_card(hub_key, 7, LONG_NAME)
    pages = _pages(render_card(tmp_path / "card.pdf", card), scale=10)
    assert len(pages) == 2
    for _, _, size in pages:
        assert size == pytest.approx((CARD_WIDTH, CARD_HEIGHT), abs=0.1)
    front, back = pages[0][0], pages[1][0]
    assert card.kpj in front
    assert mask_nik(card.nik) == "327501******0007"
    assert "327501******0007" in front
    assert FUNDING in front
    assert "01-01-2026 s.d. 31-03-2026" in front
    assert "JKK" in back and "JKM" in back
    assert PAID_BY in back and back.count("Iuran") == 1  # the label, not said twice
    for text, _, _ in pages:
        assert card.nik not in text
    assert not zxingcpp.read_barcodes(
        pages[0][1], formats=zxingcpp.BarcodeFormat.QRCode
    )  # the QR is on the back
    found = zxingcpp.read_barcodes(pages[1][1], formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [card.token]
    claims = verify_card_token(found[0].text, _keys(hub_key))
    assert (claims.kpj, claims.name, claims.nik_masked) == (card.kpj, LONG_NAME, mask_nik(card.nik))


def test_a_60_character_name_stays_inside_the_card(tmp_path, hub_key):
    assert len(LONG_NAME) == 60
    out = render_card(tmp_path / "card.pdf", make_card(hub_key, 1, LONG_NAME))
    pdf = pypdfium2.PdfDocument(out)
    try:
        textpage = pdf[0].get_textpage()
        text = textpage.get_text_range()
        compact = "".join(text.split())
        assert "".join(LONG_NAME.split()) in compact  # apostrophe and hyphen print as is
        count = textpage.count_chars()
        assert count > 60
        for index in range(count):
            left, bottom, right, top = textpage.get_charbox(index)
            if right == left == 0:
                continue  # generated spaces / line breaks have no box
            assert left >= 0 and right <= CARD_WIDTH, (index, text[index])
            assert bottom >= 0 and top <= CARD_HEIGHT, (index, text[index])
    finally:
        pdf.close()


@pytest.mark.parametrize(
    "name",
    [
        "Siti Aminah",
        LONG_NAME,
        "A" * 60,  # no space to wrap at: broken inside the word
        "Wolfeschlegelsteinhausenbergerdorff " * 4,  # too long even for two lines
        "Nguyễn Thị Ánh-Dương O'Brien",
    ],
)
def test_fit_name_never_exceeds_the_width(name):
    _, bold = register_fonts()
    width = 150.0
    size, lines = fit_name(name, bold, width)
    assert 1 <= len(lines) <= 2
    assert 6.5 <= size <= 10
    for line in lines:
        assert stringWidth(line, bold, size) <= width
    if name == "Siti Aminah":
        assert (size, lines) == (10, ["Siti Aminah"])


def test_sheet_layout_mirrors_columns_for_long_edge_duplex():
    layout = sheet_layout()
    page_width, page_height = A4
    assert len(layout.fronts) == len(layout.backs) == CARDS_PER_SHEET
    for i, (front, back) in enumerate(zip(layout.fronts, layout.backs, strict=True)):
        column, row = SheetLayout.slot(i)
        assert (column, row) == (i % 2, i // 2)
        # Flipping the sheet on its long (vertical) edge maps x to page_width - x.
        assert back.x == pytest.approx(page_width - front.right)
        assert back.y == pytest.approx(front.y)
        mirror = layout.fronts[i - column + SheetLayout.back_column(column)]
        assert back == mirror
        assert front.x > 0 and front.right < page_width
        assert front.y > 0 and front.top < page_height
    # Cards never overlap.
    for a in layout.fronts:
        for b in layout.fronts:
            if a is not b:
                assert a.right <= b.x or b.right <= a.x or a.top <= b.y or b.top <= a.y


def test_sheets_decode_every_card_behind_its_front(tmp_path, hub_key):
    cards = [
        make_card(hub_key, i, LONG_NAME if i % 3 == 0 else f"Pekerja Nomor {i}") for i in range(12)
    ]
    scale = 4.0
    out = tmp_path / "sheets.pdf"
    layout = render_card_sheets(out, cards)
    pages = _pages(out, scale)
    assert len(pages) == 4  # front, back, front, back
    for text, _, size in pages:
        assert size == pytest.approx(A4, abs=0.5)
        for card in cards:
            assert card.nik not in text
    for sheet in range(2):
        batch = cards[sheet * CARDS_PER_SHEET : (sheet + 1) * CARDS_PER_SHEET]
        front_text, _, _ = pages[2 * sheet]
        for card in batch:
            assert card.kpj in front_text
            assert mask_nik(card.nik) in front_text
        _, back_image, _ = pages[2 * sheet + 1]
        found = zxingcpp.read_barcodes(back_image, formats=zxingcpp.BarcodeFormat.QRCode)
        assert len(found) == len(batch)
        page_height = layout.page_height
        for result in found:
            claims = verify_card_token(result.text, _keys(hub_key))
            index = next(i for i, card in enumerate(batch) if card.token == result.text)
            assert claims.kpj == batch[index].kpj
            # The QR sits inside the back rectangle of the same card.
            rect = layout.backs[index]
            pos = result.position
            for point in (pos.top_left, pos.top_right, pos.bottom_left, pos.bottom_right):
                x, y = point.x / scale, page_height - point.y / scale
                assert rect.x < x < rect.right and rect.y < y < rect.top


@pytest.mark.parametrize("dpi", [300, 80])
def test_every_code_of_a_sheet_decodes_at_300_and_at_80_dpi(tmp_path, hub_key, dpi):
    """80 dpi: a phone held far off, or a cheap webcam; every code of the sheet still reads."""
    cards = [make_card(hub_key, i, LONG_NAME if i % 4 == 0 else "Siti Aminah") for i in range(10)]
    out = tmp_path / "sheets.pdf"
    render_card_sheets(out, cards)
    [(_, _, _), (_, back_image, _)] = _pages(out, dpi / 72)
    found = zxingcpp.read_barcodes(back_image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert sorted(r.text for r in found) == sorted(card.token for card in cards)
    for result in found:
        assert result.ec_level == "M"
        assert verify_card_token(result.text, _keys(hub_key)).kpj in {c.kpj for c in cards}


def test_a_card_printed_again_with_its_format_1_token_carries_it_unchanged(tmp_path):
    token, claims = next(iter(FORMAT_1.items()))
    card = replace(make_card(OLD_HUB, 5, claims.name), token=token)
    pages = _pages(render_card(tmp_path / "card.pdf", card), scale=80 / 72)
    [found] = zxingcpp.read_barcodes(pages[1][1], formats=zxingcpp.BarcodeFormat.QRCode)
    assert found.text == token
    assert verify_card_token(found.text, _keys(OLD_HUB)) == claims


def test_sheets_have_crop_marks_in_the_margins(tmp_path, hub_key):
    scale = 4.0
    out = tmp_path / "sheet.pdf"
    layout = render_card_sheets(out, [make_card(hub_key, i) for i in range(3)])
    front = _pages(out, scale)[0][1].convert("L")
    page_height = layout.page_height
    mid = CROP_OFFSET + CROP_LENGTH / 2

    def dark(x: float, y: float) -> bool:
        px, py = round(x * scale), round((page_height - y) * scale)
        return (
            min(front.getpixel((px + dx, py + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)) < 128
        )

    top = max(r.top for r in layout.fronts)
    bottom = min(r.y for r in layout.fronts)
    left = min(r.x for r in layout.fronts)
    right = max(r.right for r in layout.fronts)
    for rect in layout.fronts:  # every slot, even the empty ones, is marked
        for x in (rect.x, rect.right):
            assert dark(x, top + mid) and dark(x, bottom - mid)
        for y in (rect.y, rect.top):
            assert dark(left - mid, y) and dark(right + mid, y)
    # ...and the margin is blank between the marks.
    assert not dark(left - mid, (layout.fronts[0].y + layout.fronts[0].top) / 2)
    assert not dark((layout.fronts[0].x + layout.fronts[0].right) / 2, top + mid)


def test_sheets_refuse_an_empty_batch(tmp_path):
    with pytest.raises(ValueError, match="no cards"):
        render_card_sheets(tmp_path / "x.pdf", [])


def test_the_card_names_the_issuing_office_and_the_workers_address(tmp_path, hub_key):
    # The worker lives in Margahayu; the Bekasijaya office registered and prints the card.
    front, back = page_texts(render_card(tmp_path / "card.pdf", make_card(hub_key, 3)))
    assert "Alamat Kel. Margahayu, Kec. Bekasi Timur, Kota Bekasi" in front
    assert "Diterbitkan oleh Kel. Bekasijaya" in front
    assert "Diterbitkan 05-01-2026 oleh Kelurahan Bekasijaya" in back
    assert "Kelurahan Margahayu" not in back and "Kel. Margahayu" not in back


@pytest.mark.parametrize("layout", ["single", "sheet"])
def test_card_text_is_at_least_6_pt_whole_and_clear_of_other_text(tmp_path, hub_key, layout):
    """Every kelurahan once as the worker's home and as the issuer, long and short names:
    nothing under 6 pt, no address or office cut short, no line touching another."""
    cards = [
        make_card(hub_key, i, LONG_NAME if i % 2 else "Siti Aminah", home=k, issuer=k.name)
        for i, k in enumerate(all_kelurahan())
    ]
    out = tmp_path / "cards.pdf"
    if layout == "single":
        render_single_cards(out, cards)
    else:
        render_card_sheets(out, cards)
    with opened_pdf(out) as pdf:
        for number, page in enumerate(pdf, start=1):
            textpage = page.get_textpage()
            small = {(c.char, round(c.size, 2)) for c in drawn_chars(textpage) if c.size < 6}
            assert not small, (number, small)
            assert not touching(text_rects(textpage)), number
    if layout == "single":
        fronts = page_texts(out)[::2]
        for card, front in zip(cards, fronts, strict=True):
            assert card.address in front and f"Kel. {card.issuer}" in front
            assert "…" not in front.replace(card.full_name[:20], "")  # only a name may be cut


def test_font_sizes_are_read_from_the_pdf_itself(tmp_path):
    """The 6 pt check above reads real sizes: the old 4.6 pt note would have been found."""
    out = tmp_path / "small.pdf"
    canvas = Canvas(str(out), pagesize=(CARD_WIDTH, CARD_HEIGHT))
    regular, _bold = register_fonts()
    canvas.setFont(regular, 4.6)
    canvas.drawString(10, 10, "Pindai kode QR")
    canvas.save()
    with opened_pdf(out) as pdf:
        sizes = {round(c.size, 2) for c in drawn_chars(pdf[0].get_textpage())}
    assert sizes == {4.6}


def test_a_demo_card_is_marked_on_both_faces_and_still_scans(tmp_path, hub_key):
    card = make_card(hub_key, 4)
    pages = _pages(render_card(tmp_path / "card.pdf", card, demo=True), scale=10)
    for text, _, _ in pages:
        assert "CONTOH" in text and "bukan kartu peserta yang sah" in text
    assert FUNDING not in pages[0][0]  # the demo line takes the funding line's place
    found = zxingcpp.read_barcodes(pages[1][1], formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [card.token]
    real = page_texts(render_card(tmp_path / "real.pdf", card))
    assert not any("CONTOH" in text or "DEMO" in text for text in real)


def test_an_unknown_kecamatan_is_left_out_of_the_cards_address(tmp_path, hub_key):
    unknown = replace(make_card(hub_key, 3), kecamatan="")
    front, _back = page_texts(render_card(tmp_path / "card.pdf", unknown))
    assert "Alamat Kel. Margahayu, Kota Bekasi" in front
    assert "Kec." not in front


def test_reportlab_draws_with_its_c_accelerator():
    """reportlab[accel]: without rl_accel ReportLab silently falls back to pure Python, and a
    print run of cards takes some 45% longer (B5)."""
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "asciiBase85Encode", "escapePDF"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name
