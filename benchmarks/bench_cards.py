"""B5: membership cards on 10-up A4 sheets, our QR drawing against ReportLab's stock QR code.

    python benchmarks/bench_cards.py [--cards 300] [--busy-only | --idle-only]

Renders the same N cards (fronts and duplex backs, crop marks) through ``render_card_sheets``
in this process, once per QR painter; only the painter of the backs' QR code differs:
- ours: format-2 tokens (digits, numeric mode) drawn by ``ucj_desktop.printing.qr.draw_qr``
  (zxing-cpp encodes, with the standard's search of all eight masks; one path of merged runs);
- ReportLab's stock ``QrCodeWidget`` (graphics layer, one shape per run), and its stock
  ``QrCode`` flowable (one ``canvas.rect`` per run), each given its best: every code encoded
  once (no ``getBounds()``, which runs ``draw()`` and so a second encoding) with one fixed mask
  (no mask search: less work than ours does), once on the format-1 tokens the cards carried
  before (``UCJ1.`` base64, a version-11/12 code: the issue's baseline) and once on the same
  format-2 tokens as ours;
- no QR code at all: what the rest of the card costs, the floor under every row.
Tokens are signed before timing. Each row gives wall and CPU seconds (the CPU time of this
process: the machine is shared, so the ratios are taken on it) and runs twice, idle and with
the second core busy (benchmarks/machine.py). Exits 1 when ours is not at least 15x the stock
widget on the format-1 tokens (the issue's fair baseline).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from machine import MODES, load, maybe_busy
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode, QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from tests.support.format_1_tokens import format_1_token
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.printing.cards import CardData, render_card_sheets
from ucj_desktop.printing.qr import draw_qr
from ucj_desktop.sync.card_token import CardClaims, issue_card_token

TARGET_RATIO = 15.0
STOCK_MASK = 2  # any fixed mask: every decoder reads all eight
FIRST_NAMES = ("Siti", "Muhammad", "Dewi", "Agus", "Nur", "Ni Luh Putu", "Rizky", "Sri")
LAST_NAMES = ("Aminah", "Pratama", "D'Souza-Wijaya", "Hidayat", "Rahmawati", "Kusuma")

Painter = Callable[[Canvas, str, float, float, float], object]


class _OneMask(qrencoder.QRCode):
    """ReportLab's encoder without its mask search: the fixed mask, as the stock side's best."""

    def make(self) -> None:
        if self.version is None:
            self.version = self.calculate_version()
        self.makeImpl(False, STOCK_MASK)


def _one_mask(encoder: qrencoder.QRCode) -> _OneMask:
    fixed = _OneMask(None, encoder.errorCorrectLevel)
    fixed.dataList = encoder.dataList  # the segments the stock code chose for the text
    return fixed


def stock_widget(c: Canvas, text: str, x: float, y: float, side: float) -> None:
    """The QR (level M, 4-module quiet zone) through ReportLab's widget, encoded once."""
    widget = QrCodeWidget(text, barLevel="M", barBorder=4, barWidth=side, barHeight=side)
    widget.__dict__["qr"] = _one_mask(widget.qr)
    drawing = Drawing(side, side)
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


def stock_flowable(c: Canvas, text: str, x: float, y: float, side: float) -> None:
    """The same QR through ReportLab's ``QrCode`` flowable, drawn straight on the canvas."""
    flowable = QrCode(text, qrLevel="M", qrBorder=4, width=side, height=side)
    flowable.qr = _one_mask(flowable.qr)
    flowable.drawOn(c, x, y)


def no_qr(c: Canvas, text: str, x: float, y: float, side: float) -> None:
    """No QR code: the card's text, rules and page output alone."""


def make_cards(n: int) -> tuple[list[CardData], list[CardData]]:
    """N cards with format-2 tokens, and the same cards with format-1 tokens."""
    key = Ed25519PrivateKey.generate()
    end = date(2026, 3, 31)
    cards, old = [], []
    for i in range(n):
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[i % len(LAST_NAMES)]}"
        nik = f"32750141019{i % 100000:05d}"
        kpj = f"{90000000000 + i:011d}"
        claims = CardClaims(kpj, mask_nik(nik), name, end, "32.75.01.1001")
        card = CardData(
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
        cards.append(card)
        old.append(dataclasses.replace(card, token=format_1_token(claims, key)))
    return cards, old


def timed(out: Path, cards: list[CardData], painter: Painter) -> tuple[float, float]:
    """(wall, CPU) seconds of one print run."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    render_card_sheets(out, cards, painter)
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=300)
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument("--idle-only", action="store_true")
    modes.add_argument("--busy-only", action="store_true")
    args = parser.parse_args(argv)
    cards, old = make_cards(args.cards)
    variants: list[tuple[str, list[CardData], Painter]] = [
        ("ours: format 2, zxing-cpp + one path", cards, draw_qr),
        ("stock widget, format 1 (baseline)", old, stock_widget),
        ("stock widget, format 2", cards, stock_widget),
        ("stock flowable, format 1", old, stock_flowable),
        ("stock flowable, format 2", cards, stock_flowable),
        ("no QR code (floor)", cards, no_qr),
    ]
    chosen = [
        m for m in MODES if not (args.idle_only and m[1]) and not (args.busy_only and not m[1])
    ]
    print(f"B5 membership cards, {args.cards} cards on {-(-args.cards // 10)} 10-up sheets")
    print(f"{'mode':<6}{'variant':<38}{'wall s':>8}{'CPU s':>8}{'CPU ms/card':>13}{'ours x':>8}")
    missed = False
    with tempfile.TemporaryDirectory() as tmp:
        # Warm-up: fonts registered, modules imported, caches filled for no side's benefit.
        for _label, deck, painter in variants:
            render_card_sheets(Path(tmp) / "warm.pdf", deck[:10], painter)
        for mode, busy in chosen:
            with maybe_busy(busy):
                before = load()
                results = [
                    (label, *timed(Path(tmp) / "out.pdf", deck, p)) for label, deck, p in variants
                ]
                after = load()
            ours_cpu = results[0][2]
            for label, wall, cpu in results:
                ratio = cpu / ours_cpu
                print(
                    f"{mode:<6}{label:<38}{wall:>8.2f}{cpu:>8.2f}"
                    f"{cpu / args.cards * 1000:>13.2f}{ratio:>7.1f}x"
                )
            baseline = results[1][2] / ours_cpu
            verdict = "ok" if baseline >= TARGET_RATIO else "MISSED"
            missed |= baseline < TARGET_RATIO
            print(
                f"{mode}: ours vs the stock widget on format 1: {baseline:.1f}x "
                f"(target >= {TARGET_RATIO:.0f}x) {verdict}; load {before:.2f} -> {after:.2f}"
            )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
