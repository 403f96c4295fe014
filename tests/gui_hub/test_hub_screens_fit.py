"""Every view of the hub desk on the laptop's screen, at 1366×768 and at 125% scaling: the
hub tour on a copy of the demo city, each view measured for clipped text
(tests/gui_hub/hub_walk.py, a child process per scale, as tests/gui/test_screens_fit.py walks
the office's), in Bahasa Indonesia, in English and pseudo-localised."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.walks import WALKS, clipped, run_walk, stray_words
from ucj_desktop.gui.hub.tour import HUB_TOUR


@pytest.mark.parametrize(("scale", "language"), WALKS)
def test_every_hub_view_shows_its_whole_text(
    tmp_path: Path, demo_city_template: Path, scale: str, language: str
) -> None:
    report = run_walk("tests.gui_hub.hub_walk", tmp_path, demo_city_template, scale, language)
    assert report["views"] == list(HUB_TOUR)
    assert len(list((tmp_path / "png").glob("*.png"))) == len(HUB_TOUR)
    assert not clipped(report, tmp_path), clipped(report, tmp_path)
    if language != "pseudo":
        assert not stray_words(report, language), stray_words(report, language)
