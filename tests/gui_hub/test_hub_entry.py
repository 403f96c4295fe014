"""``ucj-desktop --hub`` as a user starts it: the demo city's tour (one PNG per hub view, the
demo city made once and kept), and a tour refused on a real hub."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from tests.gui.test_app_entry import _run  # ucj-desktop started as a user starts it
from tests.gui.test_app_start import start_and_sign_in
from ucj_desktop.gui.hub.tour import HUB_TOUR
from ucj_desktop.services.demo import DEMO_PASSWORD


def test_the_demo_hub_tour_saves_every_hub_view(tmp_path: Path, cli_env) -> None:
    args = ["--demo", "--hub", "--data-dir", str(tmp_path / "demo"), "--tour", str(tmp_path / "t")]
    result = _run(args, tmp_path, cli_env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    pngs = sorted((tmp_path / "t").glob("*.png"))
    assert [p.stem.split("-", 1)[1] for p in pngs] == list(HUB_TOUR)
    for png in pngs:
        with Image.open(png) as image:
            if png.stem.split("-", 1)[1] not in ("login", "first-operator", "unlock"):
                assert image.size == (1366, 768)
            assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 20
    city = tmp_path / "demo" / "hub-kota-demo"
    first = json.loads((city / "hub.json").read_text())["hub_id"]
    # Started again as an operator starts it: the same city behind the sign-in (made once).
    again = ["--demo", "--hub", "--data-dir", str(tmp_path / "demo")]
    report = start_and_sign_in(again, cli_env, tmp_path, DEMO_PASSWORD, "Masuk — UCJ Hub")
    assert report["main"] == {"title": "UCJ Hub — Disnaker — DEMO", "officer": "admin"}
    assert report["code"] == 0
    assert json.loads((city / "hub.json").read_text())["hub_id"] == first


def test_a_tour_never_runs_on_a_real_hub(tmp_path: Path, cli_env) -> None:
    args = ["--hub", "--data-dir", str(tmp_path / "data"), "--tour", str(tmp_path / "t")]
    result = _run(args, tmp_path, cli_env)
    assert result.returncode == 2
    assert "demo city only" in result.stdout
    assert not (tmp_path / "t").exists()
