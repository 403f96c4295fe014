"""`ucj-desktop` as a user starts it: demo store, tour, self-test, and start-up failures."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.gui.test_app_start import start_and_sign_in
from tests.support.cli_runner import child_env
from tests.support.stores import ADMIN
from ucj_desktop.domain.permissions import allowed
from ucj_desktop.domain.roles import Role
from ucj_desktop.gui.navigation import screen_specs
from ucj_desktop.gui.tour import LOOP_STEPS
from ucj_desktop.services.demo import DEMO_PASSWORD


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


@pytest.fixture(scope="module")
def first_demo_start(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``ucj-desktop --demo --tour`` on a data folder with no demo store yet: the folder, with
    the demo store the start made in ``demo/`` and the tour in ``tour/``. Made once: the tests
    that read it copy what they change."""
    folder = tmp_path_factory.mktemp("first-demo")
    result = _run(
        ["--demo", "--data-dir", str(folder / "demo"), "--tour", str(folder / "tour")],
        folder,
        child_env(folder / "keyring.json"),
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return folder


def test_demo_tour_saves_one_png_per_screen_and_marks_the_store_demo(first_demo_start):
    pngs = sorted((first_demo_start / "tour").glob("*.png"))
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
    manifest = json.loads((first_demo_start / "demo" / "store.json").read_text())
    assert manifest["demo"] is True
    # The demo key lives in the demo folder, not in the keyring the start was given.
    assert (first_demo_start / "demo" / "demo-keyring.json").exists()
    assert not (first_demo_start / "keyring.json").exists()


def test_demo_store_is_reused_on_second_start(first_demo_start, tmp_path, cli_env):
    # The data folder as the first start left it (a copy: the second start writes to it),
    # started again as a person starts it (the login, the demo password, the main window).
    shutil.copytree(first_demo_start / "demo", tmp_path / "demo")
    first = json.loads((tmp_path / "demo" / "store.json").read_text())["store_id"]
    args = ["--demo", "--data-dir", str(tmp_path / "demo")]
    report = start_and_sign_in(args, cli_env, tmp_path, DEMO_PASSWORD)
    assert report["main"] == {"title": "UCJ Desktop — DEMO", "officer": ADMIN}
    assert report["code"] == 0
    assert json.loads((tmp_path / "demo" / "store.json").read_text())["store_id"] == first


def test_self_test_passes(tmp_path, cli_env):
    result = _run(["--self-test"], tmp_path, cli_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: OK" in result.stdout
    # The ucj program beside it ran and found the self-test's store whole.
    assert "self-test: ucj 0.1.0 ran 'ucj check' on the store: OK" in result.stdout


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


def _start_on_x(tmp_path: Path, env: dict[str, str], data_dir: Path):
    """``ucj-desktop`` as started on a Linux desktop (the xcb platform), not offscreen."""
    return subprocess.run(
        [_entry(), "--data-dir", str(data_dir)],
        cwd=tmp_path,
        env=dict(env, QT_QPA_PLATFORM="xcb"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _log_of(data_dir: Path) -> str:
    return (data_dir / "logs" / "ucj.log").read_text(encoding="utf-8")


def test_a_missing_x11_library_is_named_in_one_line_on_stderr_and_in_the_log(
    tmp_path, cli_env, store_paths, opened_store
):
    # A libxcb-icccm the loader finds first and cannot load: what a machine without the
    # package gives Qt's xcb plugin (without the check: exit 134 and not a word).
    broken = tmp_path / "broken-libs"
    broken.mkdir()
    (broken / "libxcb-icccm.so.4").write_bytes(b"")
    env = dict(cli_env, LD_LIBRARY_PATH=str(broken), DISPLAY=":0")
    result = _start_on_x(tmp_path, env, store_paths.root)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith("ucj-desktop: jendela tidak dapat dibuka: Qt (xcb) memerlukan ")
    assert "libxcb-icccm.so.4" in line and "sudo apt install" in line
    assert "libxcb-icccm4" in line.split("sudo apt install", 1)[1]
    assert line.split("ucj-desktop: ", 1)[1] in _log_of(store_paths.root)


def test_no_x_display_is_said_in_one_line_not_an_abort(
    tmp_path, cli_env, store_paths, opened_store
):
    # The libraries are there (.ci/run installs them; README lists them); the display is not.
    env = {k: v for k, v in cli_env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = _start_on_x(tmp_path, env, store_paths.root)
    assert result.returncode == 1, result.stderr  # 134 is Qt's abort
    [line] = result.stderr.splitlines()
    assert line.startswith("ucj-desktop: jendela tidak dapat dibuka: could not connect to display")
    assert "no Qt platform plugin could be initialized" in line
    assert "xcb-cursor0" not in line  # Qt's hint names a library that is there
    assert line.split("ucj-desktop: ", 1)[1] in _log_of(store_paths.root)
