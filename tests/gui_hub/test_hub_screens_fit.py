"""Every view of the hub desk on the laptop's screen, at 1366×768 and at 125% scaling: the
hub tour on a copy of the demo city, each view measured for clipped text
(tests/gui_hub/hub_walk.py, a child process per scale walking its languages in turn, as
tests/gui/test_screens_fit.py walks the office's), in Bahasa Indonesia, in English and
pseudo-localised."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.walks import SCALES, clipped, run_walks, stray_words
from ucj_desktop.gui.hub.tour import HUB_TOUR


@pytest.mark.parametrize("scale", SCALES)
def test_every_hub_view_shows_its_whole_text(
    tmp_path: Path, demo_city_template: Path, scale: str
) -> None:
    reports = run_walks("tests.gui_hub.hub_walk", tmp_path, demo_city_template, scale)
    for language, report in reports.items():
        folder = tmp_path / language
        assert report["views"] == list(HUB_TOUR), language
        assert len(list((folder / "png").glob("*.png"))) == len(HUB_TOUR), language
        assert not clipped(report, folder), clipped(report, folder)
        if language != "pseudo":
            assert not stray_words(report, language), stray_words(report, language)
