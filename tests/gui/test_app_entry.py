"""`ucj-desktop` as a user starts it: demo store, tour, self-test, and start-up failures."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from ucj_desktop.domain.permissions import allowed
from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.navigation import screen_specs
from ucj_desktop.gui.tour import LOOP_STEPS


def _entry() -> str:
    found = shutil.which("ucj-desktop", path=str(Path(sys.executable).parent))
    assert found, "the package is not installed: pip install -e '.[dev]'"
    return found


def _run(args: list[str], tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = dict(env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [_entry(), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_demo_tour_saves_one_png_per_screen_and_marks_the_store_demo(tmp_path, cli_env):
    result = _run(
        ["--demo", "--data-dir", str(tmp_path / "demo"), "--tour", str(tmp_path / "tour")],
        tmp_path,
        cli_env,
    )
    assert result.returncode == 0, result.stderr
    pngs = sorted((tmp_path / "tour").glob("*.png"))
    admin_screens = [
        s.key for s in screen_specs() if s.permission is None or allowed({Role.ADMIN}, s.permission)
    ]
    others = [s.key for s in screen_specs() if s.key not in admin_screens]
    assert [p.stem.split("-", 1)[1] for p in pngs] == [
        "login",
        *admin_screens,
        "locked",
        "unlock",
        *others,
        *LOOP_STEPS,  # a new worker from form to card, through the demo hub
    ]
    for png in pngs:
        with Image.open(png) as image:
            if png.stem.split("-", 1)[1] not in ("login", "unlock"):
                assert image.size[0] >= 960 and image.size[1] >= 640
            # A blank grab would be one colour; a drawn screen has many.
            assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 20
    manifest = json.loads((tmp_path / "demo" / "store.json").read_text())
    assert manifest["demo"] is True
    # The demo key lives in the demo folder, not in the keyring the fixture registered.
    assert (tmp_path / "demo" / "demo-keyring.json").exists()
    assert "Traceback" not in result.stderr


def test_demo_store_is_reused_on_second_start(tmp_path, cli_env):
    args = ["--demo", "--data-dir", str(tmp_path / "demo"), "--tour", str(tmp_path / "t")]
    assert _run(args, tmp_path, cli_env).returncode == 0
    first = json.loads((tmp_path / "demo" / "store.json").read_text())["store_id"]
    assert _run(args, tmp_path, cli_env).returncode == 0
    assert json.loads((tmp_path / "demo" / "store.json").read_text())["store_id"] == first


def test_self_test_passes(tmp_path, cli_env):
    result = _run(["--self-test"], tmp_path, cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: OK" in result.stdout


@pytest.mark.parametrize(
    ("prepare", "expected"),
    [
        (lambda root: None, "Belum ada data kantor"),
        (lambda root: (root.mkdir(), (root / "store.json").write_text("{not json")), "store.json"),
    ],
    ids=["no-store", "damaged-manifest"],
)
def test_start_up_failure_is_one_indonesian_sentence_not_a_traceback(
    tmp_path, cli_env, prepare, expected
):
    root = tmp_path / "office"
    prepare(root)
    result = _run(["--data-dir", str(root), "--tour", str(tmp_path / "t")], tmp_path, cli_env)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "t").exists()
