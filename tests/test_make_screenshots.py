"""docs/make_screenshots.py: the tour's pictures land under their documented names and the
pictures the tour does not make leave the folder only when pruned (the tour itself is
tests/gui/test_app_entry's)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "make_screenshots.py"


def _script():
    spec = importlib.util.spec_from_file_location("make_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tour(folder: Path, *names: str) -> list[Path]:
    folder.mkdir()
    made = []
    for index, name in enumerate(names):
        path = folder / name
        path.write_bytes(f"png {index}".encode())
        made.append(path)
    return made


def test_tour_pictures_get_their_documented_names_and_stale_ones_go(tmp_path):
    script = _script()
    out = tmp_path / "screenshots"
    out.mkdir()
    (out / "dashboard.png").write_bytes(b"old dashboard")
    (out / "certificate.png").write_bytes(b"a picture the tour does not make")
    made = _tour(tmp_path / "tour", "01-beranda.png", "13-verifikasi.png", "14-ekspor.png")
    written, removed = script.publish(made, out, prune=True)
    assert written == ["dashboard.png", "verification-queue.png", "ekspor.png"]
    assert removed == ["certificate.png"]
    assert (out / "dashboard.png").read_bytes() == b"png 0"
    assert sorted(p.name for p in out.iterdir()) == sorted(written)


def test_without_prune_pictures_the_tour_does_not_make_stay(tmp_path):
    script = _script()
    out = tmp_path / "screenshots"
    out.mkdir()
    (out / "certificate.png").write_bytes(b"kept")
    made = _tour(tmp_path / "tour", "00-login.png")
    written, removed = script.publish(made, out, prune=False)
    assert (written, removed) == (["login.png"], ["certificate.png"])
    assert (out / "certificate.png").read_bytes() == b"kept"


def test_two_pictures_for_one_name_are_refused(tmp_path):
    script = _script()
    made = _tour(tmp_path / "tour", "01-beranda.png", "09-beranda.png")
    with pytest.raises(ValueError, match=r"dashboard\.png"):
        script.publish(made, tmp_path / "out", prune=True)
