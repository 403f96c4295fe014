"""B5: membership cards on 10-up A4 sheets, fast QR drawing against ReportLab's stock widget.

    python benchmarks/bench_cards.py [--cards 11666]

Renders the same N cards (fronts and duplex backs, crop marks) twice in this process through
``render_card_sheets``: once with ``ucj_desktop.printing.qr.draw_qr`` (segno matrix, one path of
merged runs) and once with the QR drawn by ``reportlab.graphics.barcode.qr.QrCodeWidget`` at the
same place and size. Tokens are signed before timing. Prints one table; exits 1 when ours is
not at least 8x faster.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.printing.cards import CardData, render_card_sheets
from ucj_desktop.printing.qr import DEFAULT_MASK, draw_qr, qr_matrix
from ucj_desktop.sync.card_token import CardClaims, issue_card_token

TARGET_RATIO = 8.0
FIRST_NAMES = ("Siti", "Muhammad", "Dewi", "Agus", "Nur", "Ni Luh Putu", "Rizky", "Sri")
LAST_NAMES = ("Aminah", "Pratama", "D'Souza-Wijaya", "Hidayat", "Rahmawati", "Kusuma")


def stock_qr(c: Canvas, text: str, x: float, y: float, side: float) -> None:
    """The same QR (level M, 4-module quiet zone) through ReportLab's widget."""
    widget = QrCodeWidget(text, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


def best_mask_qr(c: Canvas, text: str, x: float, y: float, side: float) -> None:
    draw_qr(c, qr_matrix(text, mask=None), x, y, side)


def make_cards(n: int) -> list[CardData]:
    key = Ed25519PrivateKey.generate()
    end = date(2026, 3, 31)
    cards = []
    for i in range(n):
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[i % len(LAST_NAMES)]}"
        nik = f"32750141019{i % 100000:05d}"
        kpj = f"{90000000000 + i:011d}"
        claims = CardClaims(kpj, mask_nik(nik), name, end, "32.75.01.1001")
        cards.append(
            CardData(
                name,
                kpj,
                nik,
                "Bekasijaya",
                "Bekasi Timur",
                date(2026, 1, 1),
                end,
                date(2026, 1, 5),
                issue_card_token(claims, key),
                "Margahayu",
            )
        )
    return cards


def timed(out: Path, cards: list[CardData], painter) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    gc.collect()
    start = time.perf_counter()
    render_card_sheets(out, cards, painter)
    seconds = time.perf_counter() - start
    return seconds, out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=11_666)
    parser.add_argument(
        "--best-mask",
        action="store_true",
        help="let segno score all eight data masks per token instead of the fixed default",
    )
    args = parser.parse_args(argv)
    cards = make_cards(args.cards)
    ours_qr = best_mask_qr if args.best_mask else draw_qr
    with tempfile.TemporaryDirectory() as tmp:
        # Warm-up: fonts registered, modules imported, caches filled for neither side's benefit.
        render_card_sheets(Path(tmp) / "warm.pdf", cards[:10], ours_qr)
        render_card_sheets(Path(tmp) / "warm2.pdf", cards[:10], stock_qr)
        ours, ours_size = timed(Path(tmp) / "ours.pdf", cards, ours_qr)
        stock, stock_size = timed(Path(tmp) / "stock.pdf", cards, stock_qr)
    ratio = stock / ours
    sheets = -(-args.cards // 10)
    mask = "best mask searched" if args.best_mask else f"fixed mask {DEFAULT_MASK}"
    print(f"B5 membership cards, {args.cards} cards on {sheets} 10-up sheets (front + back)")
    print(f"ours: {mask}; stock: QrCodeWidget level M, its own mask search")
    print(f"{'variant':<30}{'seconds':>10}{'cards/s':>10}{'PDF MB':>9}")
    for label, seconds, size in (
        ("segno + merged runs (ours)", ours, ours_size),
        ("ReportLab QrCodeWidget", stock, stock_size),
    ):
        print(f"{label:<30}{seconds:>10.2f}{args.cards / seconds:>10.0f}{size / 1e6:>9.1f}")
    verdict = "ok" if ratio >= TARGET_RATIO else "MISSED"
    print(f"ratio (stock / ours): {ratio:.1f}x  target >= {TARGET_RATIO:.0f}x  {verdict}")
    return 0 if ratio >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
