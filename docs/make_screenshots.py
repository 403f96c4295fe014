"""Regenerate docs/screenshots from the app itself.

    python docs/make_screenshots.py [--out docs/screenshots] [--prune]
    python docs/make_screenshots.py --lang en   # the tours in English: docs/screenshots/en

Every picture is made by the app's own code on fresh demo stores in a temporary folder,
offscreen at 1366×768 (the usual kelurahan laptop):

- the demo tour (``ucj-desktop --demo --tour``): every screen, then one new worker from form to
  card. Its PNGs (``NN-<screen>.png``) are copied under the names in ``TOUR`` (a screen without
  one keeps its key: ``<key>.png``);
- the screen walk (tests/support/screen_walk.py, which tests/gui/test_screens_fit.py runs): the
  setup wizard, the start-up messages, the dialogs and the screens with something in them
  (an eligible and an ineligible worker, a refused import, a genuine and a forged card). The
  views in ``WALK`` are copied under their names;
- the hub desk's tour (``ucj-desktop --demo --hub --tour``, on its demo city): every hub view,
  published in ``hub/`` under its key (``hub/kuota.png``), in the order of ``HUB_TOUR``;
- printed documents, one page each rendered with pypdfium2 (``DOCUMENTS``): the card sheet,
  a certificate and a report page, made by the real print and report services on the tour's
  store, and the recovery sheet and the referral slip the walk saved through the wizard and
  the registration screen. Every PDF of a demo store carries the CONTOH mark.

``--lang en`` runs the two tours in English (``ucj-desktop --tour --lang en``) and publishes
them in ``en/`` and ``en/hub/`` under the same names (the walk and the printed documents are
published once, in the programme's language).

``--prune`` removes the PNGs in the folder that the script does not make. A developer runs it
after changing a screen or a document; CI can run it and fail on
``git diff --exit-code docs/screenshots``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium

from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.hub.bpjs import coverage_period
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.card_printing import PrintRequest, prepare_print, print_queue, save_pdf
from ucj_desktop.services.demo import DEMO_PASSWORD, open_or_create_demo_store
from ucj_desktop.services.reports import ReportRequest, export_report

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
TOUR = {
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
WALK = {
    "setup-keyring": "setup-keyring.png",
    "setup-office": "setup-office.png",
    "setup-admin": "setup-admin.png",
    "setup-recovery-code": "setup-recovery-code.png",
    "key-missing": "key-missing.png",
    "recover-key-refused": "recover-key.png",
    "restore-replace": "restore.png",
    "pendaftaran-eligible": "registration-eligible.png",
    "pendaftaran-ineligible": "registration-ineligible.png",
    "referensi-rejected": "reference-rejections.png",
    "card-check-genuine": "card-check-genuine.png",
    "card-check-forged": "card-check-forged.png",
    "print-preview": "print-preview.png",
}
# Picture: (document, page from 0, dots per inch). The documents are those ``print_documents``
# makes (``PRINTED``) and those the walk saved (its report's ``documents``).
PRINTED = ("card-sheet", "certificate", "report-premium", "report-quota", "report-roster")
DOCUMENTS = {
    "card-sheet-front.png": ("card-sheet", 0, 110),
    "card-sheet-back.png": ("card-sheet", 1, 110),  # the backs, mirrored for duplex
    "certificate.png": ("certificate", 0, 110),
    "report-premium.png": ("report-premium", 0, 110),
    "report-quota.png": ("report-quota", 0, 110),  # its charts above the table
    "report-roster.png": ("report-roster", 0, 110),
    "recovery-sheet.png": ("recovery-sheet", 0, 110),
    "referral-slip.png": ("referral-slip", 0, 160),  # A6: a little closer
}
CARDS_ON_A_SHEET = 10
PICTURE_FILE = re.compile(r"^\d+-(?P<key>[a-z0-9-]+)\.png$")


def _run(command: list[str], env: Mapping[str, str], cwd: Path) -> None:
    """Our own interpreter running one of our modules; its messages shown only if it fails."""
    done = subprocess.run(  # noqa: S603  (no outside input in the command)
        command, env=dict(env), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace")[-3000:]
        raise RuntimeError(f"{' '.join(command[1:4])} failed ({done.returncode}):\n{tail}")


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UCJ_", "QT_SCALE"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_tour(folder: Path, lang: str = "id") -> list[Path]:
    """The tour's PNGs, made by the app itself on a new demo store in ``folder / "demo"``."""
    pictures = folder / "png"
    folder.mkdir(parents=True)
    command = [sys.executable, "-m", "ucj_desktop.gui.app", "--demo", "--lang", lang]
    command += ["--data-dir", str(folder / "demo"), "--tour", str(pictures)]
    _run(command, _child_env(), folder)
    return sorted(pictures.glob("*.png"))


def run_hub_tour(folder: Path, lang: str = "id") -> list[Path]:
    """The hub desk tour's PNGs, made by the app itself on a new demo city in ``folder``."""
    pictures = folder / "png"
    folder.mkdir(parents=True)
    command = [sys.executable, "-m", "ucj_desktop.gui.app", "--demo", "--hub", "--lang", lang]
    command += ["--data-dir", str(folder / "demo"), "--tour", str(pictures)]
    _run(command, _child_env(), folder)
    return sorted(pictures.glob("*.png"))


def hub_pictures(tour: Iterable[Path]) -> dict[str, Path]:
    """The hub tour's pictures by their name in docs/screenshots/hub: each view's key."""
    chosen: dict[str, Path] = {}
    for source in tour:
        name = f"{_key(source)}.png"
        if name in chosen:
            raise ValueError(f"two hub pictures would both be {name}")
        chosen[name] = source
    return chosen


def run_walk(folder: Path) -> tuple[list[Path], dict[str, Path]]:
    """The screen walk's PNGs and the PDFs it saved, on a new demo store in ``folder``."""
    report = folder / "report.json"
    command = [sys.executable, "-m", "tests.support.screen_walk"]
    command += ["--data-dir", str(folder / "demo"), "--out", str(folder / "png")]
    command += ["--report", str(report)]
    _run(command, _child_env(), REPO)  # the walk sets up its laptop screen itself
    documents = json.loads(report.read_text("utf-8"))["documents"]
    return sorted((folder / "png").glob("*.png")), {k: Path(v) for k, v in documents.items()}


def print_documents(store: Path, folder: Path) -> dict[str, Path]:
    """A sheet of cards, a certificate, and the premium, quota and roster reports, drawn by the
    print and report services on the demo store in ``store`` as an officer would. The premium
    report is of the first month the demo's workers are covered: BPJS covers from the month
    after enrolment, and the demo enrolled them today."""
    folder.mkdir(parents=True, exist_ok=True)
    opened = open_or_create_demo_store(StorePaths(store))
    try:
        admin = sign_in(opened, "admin", DEMO_PASSWORD)
        ids = [e.id for e in print_queue(opened, admin, "all")[:CARDS_ON_A_SHEET]]
        made = {name: folder / f"{name}.pdf" for name in PRINTED}
        save_pdf(prepare_print(opened, admin, PrintRequest("cards", ids=ids)), made["card-sheet"])
        save_pdf(
            prepare_print(opened, admin, PrintRequest("certificates", ids=ids[:1])),
            made["certificate"],
        )
        month = coverage_period(date.today(), 1)[0]
        export_report(opened, admin, ReportRequest("premium", month=month), made["report-premium"])
        export_report(opened, admin, ReportRequest("quota"), made["report-quota"])
        export_report(opened, admin, ReportRequest("roster"), made["report-roster"])
    finally:
        opened.close()
    return made


def render_page(pdf: Path, page: int, dpi: int, out: Path) -> Path:
    """Page ``page`` of ``pdf`` as a PNG at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    try:
        if page >= len(document):
            raise ValueError(f"{pdf.name} has {len(document)} pages, not {page + 1}")
        image = document[page].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    atomic_write(out, buffer.getvalue())
    return out


def _key(picture: Path) -> str:
    found = PICTURE_FILE.match(picture.name)
    if found is None:
        raise ValueError(f"not a tour or walk picture: {picture.name}")
    return found["key"]


def pictures(
    tour: Iterable[Path], walk: Iterable[Path], pages: Mapping[str, Path]
) -> dict[str, Path]:
    """Every picture the script makes, by its name in docs/screenshots: the tour's (all of
    them), the walk's views in ``WALK`` and the rendered ``pages``. A view in ``WALK`` the walk
    no longer shows, or two pictures for one name, are errors."""
    chosen: dict[str, Path] = {}

    def put(name: str, source: Path) -> None:
        if name in chosen:
            raise ValueError(f"two pictures would both be {name}")
        chosen[name] = source

    for source in tour:
        key = _key(source)
        put(TOUR.get(key, f"{key}.png"), source)
    shown = {_key(source): source for source in walk}
    missing = sorted(set(WALK) - set(shown))
    if missing:
        raise ValueError(f"the screen walk no longer shows {', '.join(missing)}")
    for key, name in WALK.items():
        put(name, shown[key])
    for name, source in pages.items():
        put(name, source)
    return chosen


def publish(chosen: Mapping[str, Path], out: Path, prune: bool) -> list[str]:
    """Copy the pictures into ``out`` under their names; the other PNGs there (removed when
    ``prune``)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, source in chosen.items():
        atomic_write(out / name, source.read_bytes())
    others = sorted(p.name for p in out.glob("*.png") if p.name not in chosen)
    if prune:
        for name in others:
            (out / name).unlink()
    return others


def make_all(folder: Path) -> dict[str, Path]:
    """Run the tour and the walk, print the documents and render their pages in ``folder``."""
    tour = run_tour(folder / "tour")
    walk, documents = run_walk(folder / "walk")
    documents.update(print_documents(folder / "tour" / "demo", folder / "pdf"))
    missing = sorted({source for source, _, _ in DOCUMENTS.values()} - set(documents))
    if missing:
        raise ValueError(f"no PDF was made for {', '.join(missing)}")
    rendered = folder / "pages"
    rendered.mkdir()
    pages = {
        name: render_page(documents[source], page, dpi, rendered / name)
        for name, (source, page, dpi) in DOCUMENTS.items()
    }
    return pictures(tour, walk, pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--prune", action="store_true", help="remove the PNGs this script does not make"
    )
    parser.add_argument(
        "--lang", choices=("id", "en"), default="id", help="the tours' language (en: en/)"
    )
    args = parser.parse_args(argv)
    english = args.lang != "id"
    if args.out is None:
        args.out = DOCS / "screenshots" / (args.lang if english else "")
    with tempfile.TemporaryDirectory(prefix="ucj-screenshots-") as folder:
        try:
            if english:  # the tours only, each view under its published name
                tour = run_tour(Path(folder) / "tour", args.lang)
                chosen = {TOUR.get(_key(s), f"{_key(s)}.png"): s for s in tour}
            else:
                chosen = make_all(Path(folder))
            hub = hub_pictures(run_hub_tour(Path(folder) / "hub-tour", args.lang))
        except (RuntimeError, ValueError) as exc:
            print(f"no screenshots written: {exc}", file=sys.stderr)
            return 1
        others = publish(chosen, args.out, args.prune)
        hub_others = publish(hub, args.out / "hub", args.prune)
    for out, made, left in ((args.out, chosen, others), (args.out / "hub", hub, hub_others)):
        for name in sorted(made):
            print(f"wrote {out / name}")
        for name in left:
            what = "removed" if args.prune else "not made by this script, left as it was:"
            print(f"{what} {out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
