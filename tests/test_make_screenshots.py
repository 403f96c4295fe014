"""docs/make_screenshots.py: the tour's and the walk's pictures land under their documented
names, a view the walk stops showing is an error, a PDF page becomes a PNG at the asked scale,
and the pictures the script does not make leave the folder only when pruned. (The tour is
tests/gui/test_app_entry's; the walk, and that it shows every view and saves every PDF the
script needs, tests/gui/test_screens_fit's.)"""

from __future__ import annotations

from datetime import datetime
from math import ceil
from pathlib import Path

import pytest
from PIL import Image

from tests.support.docs_script import make_screenshots
from ucj_desktop.printing.recovery_sheet import render_recovery_sheet


def _made(folder: Path, *names: str) -> list[Path]:
    """Files standing in for a child process's PNGs (only their names and bytes matter)."""
    folder.mkdir()
    made = []
    for index, name in enumerate(names):
        path = folder / name
        path.write_bytes(f"png {index}".encode())
        made.append(path)
    return made


def _walk(script, folder: Path, *extra: str, leave_out: str = "") -> list[Path]:
    keys = [key for key in script.WALK if key != leave_out]
    return _made(folder, *(f"{n:02d}-{key}.png" for n, key in enumerate([*keys, *extra])))


def test_pictures_get_their_documented_names(tmp_path):
    script = make_screenshots()
    tour = _made(tmp_path / "tour", "01-beranda.png", "13-verifikasi.png", "14-ekspor.png")
    walk = _walk(script, tmp_path / "walk", "login-error")
    [page] = _made(tmp_path / "pages", "certificate.png")
    chosen = script.pictures(tour, walk, {"certificate.png": page})

    assert chosen["dashboard.png"] == tour[0]
    assert chosen["verification-queue.png"] == tour[1]
    assert chosen["ekspor.png"] == tour[2]  # a tour screen without a name keeps its key
    assert chosen["card-check-forged.png"].name.endswith("-card-check-forged.png")
    assert chosen["restore.png"].name.endswith("-restore-replace.png")
    assert chosen["certificate.png"] == page
    # Only the walk's views in WALK are published: its other views are the tour's already.
    assert not any(p.name.endswith("-login-error.png") for p in chosen.values())
    assert len(chosen) == 3 + len(script.WALK) + 1


def test_a_view_the_walk_no_longer_shows_is_an_error(tmp_path):
    script = make_screenshots()
    walk = _walk(script, tmp_path / "walk", leave_out="card-check-genuine")
    with pytest.raises(ValueError, match="no longer shows card-check-genuine"):
        script.pictures([], walk, {})


def test_two_pictures_for_one_name_are_refused(tmp_path):
    script = make_screenshots()
    walk = _walk(script, tmp_path / "walk")
    tour = _made(tmp_path / "tour", "01-beranda.png", "09-beranda.png")
    with pytest.raises(ValueError, match=r"dashboard\.png"):
        script.pictures(tour, walk, {})
    # A tour screen whose key makes a walk picture's name.
    tour = _made(tmp_path / "tour2", "03-setup-admin.png")
    with pytest.raises(ValueError, match=r"setup-admin\.png"):
        script.pictures(tour, walk, {})


def test_a_pdf_page_becomes_a_png_at_the_asked_scale(tmp_path):
    script = make_screenshots()
    sheet = render_recovery_sheet(
        tmp_path / "sheet.pdf",
        "A" * 56,
        "32.75.01.1001",
        "Bekasijaya",
        "store-id",
        "47E7 C35E",
        datetime(2026, 1, 5, 9, 30),
    )
    out = script.render_page(sheet, 0, 110, tmp_path / "sheet.png")
    with Image.open(out) as image:
        assert image.format == "PNG"
        # A4 (595 × 842 pt) at 110 dpi.
        assert image.size == (ceil(595.28 * 110 / 72), ceil(841.89 * 110 / 72))
    with pytest.raises(ValueError, match=r"sheet\.pdf has 1 pages, not 2"):
        script.render_page(sheet, 1, 110, tmp_path / "back.png")


def test_prune_removes_only_what_the_script_does_not_make(tmp_path):
    script = make_screenshots()
    out = tmp_path / "screenshots"
    out.mkdir()
    (out / "dashboard.png").write_bytes(b"old dashboard")
    (out / "hand-drawn.png").write_bytes(b"a picture the script does not make")
    [made] = _made(tmp_path / "tour", "01-beranda.png")

    others = script.publish({"dashboard.png": made}, out, prune=False)
    assert others == ["hand-drawn.png"]
    assert (out / "hand-drawn.png").read_bytes() == b"a picture the script does not make"
    assert (out / "dashboard.png").read_bytes() == b"png 0"

    others = script.publish({"dashboard.png": made}, out, prune=True)
    assert others == ["hand-drawn.png"]
    assert sorted(p.name for p in out.iterdir()) == ["dashboard.png"]
