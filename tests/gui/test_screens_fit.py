"""Every view before the first window (the setup wizard, the start-up messages of a store that
cannot open and the dialogs they offer), then every screen and the dialogs reachable from them,
on the demo store, at 1366×768 and at 125% scaling: no label, button, field, header or cell
shows less than its whole text.

Each scale runs in a child process (tests/support/screen_walk.py; it walks the scale's
languages in turn) because Qt fixes the scale factor when the application starts.
QT_SCALE_FACTOR=1.25 on a 1366×768 offscreen screen is what Windows' 125% gives a Qt app:
device pixel ratio 1.25, a 1093×614 logical screen that dialogs size themselves to, text laid
out for 1.25× pixels. A 1093×614 window at 100% would only approximate it (other glyph
rounding, a screen that is not the laptop's).
The PNGs of every view stay in the test's folder to be looked at. docs/make_screenshots.py
publishes some of them and the PDFs the walk saves: the walk must keep showing and saving
those.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.docs_script import make_screenshots
from tests.support.pdf_text import page_texts
from tests.support.walks import SCALES, clipped, run_walks, stray_words
from ucj_desktop.paths import StorePaths

# The walk must reach these; a view that stops being shown must not pass by being absent.
VIEWS = {
    # Before the first window: the first-run wizard, page by page (no keyring; the office, the
    # admin refused, the recovery code saved), and the start-up messages of a store this
    # computer cannot open, with the recovery-code dialog they offer (refused, then accepted).
    "setup-keyring",
    "setup-office",
    "setup-office-chosen",
    "setup-admin",
    "setup-recovery-code",
    "key-missing",
    "recover-key",
    "recover-key-refused",
    "key-wrong",
    "store-damaged",
    "restore-replace",  # offered by the damaged store's message: a backup chosen, code typed
    "login",
    "login-error",
    "beranda",
    "pendaftaran",
    "pendaftaran-registered",
    "pendaftaran-eligible",  # filled from DTSEN: every rule met
    "pendaftaran-ineligible",  # filled from DTSEN, desil too high: the referral slip offered
    "pendaftaran-problems",
    "pekerja",
    "pekerja-rejected",
    "registration-detail",
    "registration-detail-occupations",
    "verifikasi",
    "verifikasi-kelayakan",
    "reject",
    "sinkronisasi",
    "sinkronisasi-batch",  # a batch just written: its file named
    "sinkronisasi-hub",  # after the demo hub's answer: every batch acknowledged
    "cetak",
    "laporan",
    "referensi",
    "referensi-rejected",  # a bad extract refused whole, every rejected row listed
    "pengguna",
    "officer-new",
    "audit",
    "cadangan",
    "restore",
    "change-password",
    "card-check",
    "card-check-genuine",  # the code read off a card the print preview drew
    "card-check-forged",  # the same claims signed by another key
    "reprint-reason",
    "print-preview",
    "locked",
    "unlock",
}


@pytest.mark.parametrize("scale", SCALES)
def test_every_screen_shows_its_whole_text(
    tmp_path: Path, demo_template: StorePaths, scale: str
) -> None:
    reports = run_walks("tests.support.screen_walk", tmp_path, demo_template.root, scale)
    for language, report in reports.items():
        folder = tmp_path / language
        assert set(report["views"]) >= VIEWS, (language, VIEWS - set(report["views"]))
        if language == "id":
            _the_walk_makes_what_the_screenshots_need(report)
        assert len(list((folder / "png").glob("*.png"))) == len(report["views"]), language
        assert not clipped(report, folder), clipped(report, folder)
        if language != "pseudo":
            assert not stray_words(report, language), stray_words(report, language)


def _the_walk_makes_what_the_screenshots_need(report: dict) -> None:
    script = make_screenshots()
    assert set(report["views"]) >= set(script.WALK), set(script.WALK) - set(report["views"])
    wanted = {source for source, _, _ in script.DOCUMENTS.values()} - set(script.PRINTED)
    assert set(report["documents"]) == wanted
    texts = {name: page_texts(Path(path)) for name, path in report["documents"].items()}
    # The referral slip of a demo worker says DEMO; the recovery sheet is the wizard's own
    # store's (not a demo), its code in the box.
    assert "Surat Rujukan" in texts["referral-slip"][0] and "CONTOH" in texts["referral-slip"][0]
    assert "Kode Pemulihan" in texts["recovery-sheet"][0]
    assert "CONTOH" not in texts["recovery-sheet"][0]
