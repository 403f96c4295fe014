"""Every view of the hub desk on the laptop's screen, at 1366×768 and at 125% scaling: the
hub tour on a new demo city, each view measured for clipped text (tests/gui_hub/hub_walk.py, a
child process per scale, as tests/gui/test_screens_fit.py walks the office's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.walks import clipped, run_walk
from ucj_desktop.gui.hub.tour import HUB_TOUR


@pytest.mark.parametrize("scale", ["1", "1.25"])
def test_every_hub_view_shows_its_whole_text(tmp_path: Path, scale: str) -> None:
    report = run_walk("tests.gui_hub.hub_walk", tmp_path, scale)
    assert report["views"] == list(HUB_TOUR)
    assert len(list((tmp_path / "png").glob("*.png"))) == len(HUB_TOUR)
    assert not clipped(report, tmp_path), clipped(report, tmp_path)
