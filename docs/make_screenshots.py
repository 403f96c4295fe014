"""Regenerate docs/screenshots from the demo tour (``ucj-desktop --demo --tour``).

    python docs/make_screenshots.py [--out docs/screenshots] [--prune]

The tour runs in a child process on a fresh demo store in a temporary folder, offscreen, at
1366×768 (the usual kelurahan laptop). Its PNGs (``NN-<screen>.png``) are copied under the
stable names below (a screen without one keeps its key: ``<key>.png``). PNGs the tour does not
make (PDF pages, dialogs drawn by hand) are listed as not regenerated; ``--prune`` removes them,
so the folder shows nothing but what the tour shows. A developer runs it after changing a
screen; CI can run it and fail on ``git diff --exit-code docs/screenshots``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
NAMES = {
    "login": "login.png",
    "beranda": "dashboard.png",
    "pendaftaran": "registration.png",
    "pekerja": "worker-list.png",
    "verifikasi": "verification-queue.png",
    "sinkronisasi": "sync.png",
    "cetak": "print-queue.png",
    "laporan": "reports.png",
    "referensi": "reference-import.png",
    "pengguna": "users.png",
    "audit": "audit.png",
    "cadangan": "backup.png",
    "locked": "locked.png",
    "unlock": "unlock.png",
}
TOUR_FILE = re.compile(r"^\d+-(?P<key>[a-z0-9-]+)\.png$")


def run_tour(folder: Path) -> list[Path]:
    """The tour's PNGs, made by the app itself on a new demo store in ``folder``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UCJ_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("QT_SCALE_FACTOR", None)
    pictures = folder / "png"
    command = [sys.executable, "-m", "ucj_desktop.gui.app", "--demo"]
    command += ["--data-dir", str(folder / "demo"), "--tour", str(pictures)]
    # Our own interpreter running our own module: no outside input in the command.
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, cwd=folder)  # noqa: S603
    return sorted(pictures.glob("*.png"))


def doc_name(tour_file: Path) -> str:
    found = TOUR_FILE.match(tour_file.name)
    if found is None:
        raise ValueError(f"not a tour picture: {tour_file.name}")
    return NAMES.get(found["key"], f"{found['key']}.png")


def publish(made: list[Path], out: Path, prune: bool) -> tuple[list[str], list[str]]:
    """Copy the tour's PNGs into ``out`` under their names; the names written, and the other
    PNGs there (removed when ``prune``)."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for source in made:
        name = doc_name(source)
        if name in written:
            raise ValueError(f"two tour pictures would both be {name}")
        shutil.copyfile(source, out / name)
        written.append(name)
    others = sorted(p.name for p in out.glob("*.png") if p.name not in written)
    if prune:
        for name in others:
            (out / name).unlink()
    return written, others


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS / "screenshots")
    parser.add_argument(
        "--prune", action="store_true", help="remove the PNGs the tour does not make"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ucj-screenshots-") as folder:
        made = run_tour(Path(folder))
        if not made:
            print("the tour made no pictures", file=sys.stderr)
            return 1
        written, others = publish(made, args.out, args.prune)
    for name in written:
        print(f"wrote {args.out / name}")
    for name in others:
        what = "removed" if args.prune else "not made by the tour, left as it was:"
        print(f"{what} {args.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
