"""Keep the English catalog in step with the code: Qt Linguist's tools, run from the repo.

``python -m ucj_desktop.wording.linguist update`` runs ``pyside6-lupdate`` over each part of
the package into ``resources/translations/en_<part>.ts`` (new words arrive ``unfinished``;
words no longer in the code are dropped) and then ``release``: ``pyside6-lrelease`` compiles
every ``en_*.ts`` into ``ucj_en.qm``, which the GUI loads. ``check`` says what is stale or
untranslated (tests/wording/test_catalog_files.py fails on the same). The ``.qm`` is checked
in: the app, the frozen bundle and an editable install then need no Qt tool to run, and the
test rebuilds it to prove it matches its sources.

Not imported by the app; the tools come with PySide6 (the dev install).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from ucj_desktop.files.atomic import atomic_path, atomic_write_text
from ucj_desktop.wording.catalog import read_ts

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
QM = "ucj_en.qm"

# One .ts a part, so a part's words can be translated (and reviewed) on their own.
PARTS: dict[str, tuple[str, ...]] = {
    "cli": ("ucj_desktop/cli",),
    "gui_text": ("ucj_desktop/gui/text",),
    "gui_screens": ("ucj_desktop/gui/screens",),
    "gui_hub": ("ucj_desktop/gui/hub",),
    "gui_shell": (
        "ucj_desktop/gui/*.py",
        "ucj_desktop/gui/dialogs",
        "ucj_desktop/gui/widgets",
        "ucj_desktop/gui/models",
        "ui",
    ),
    "words": (
        "ucj_desktop/*.py",
        "ucj_desktop/domain",
        "ucj_desktop/files",
        "ucj_desktop/hub",
        "ucj_desktop/printing",
        "ucj_desktop/security",
        "ucj_desktop/services",
        "ucj_desktop/store/*.py",
        "ucj_desktop/store/repos",
        "ucj_desktop/sync",
        "ucj_desktop/wording",
    ),
}


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the dev extras (pip install -e '.[dev]')")
    return found


def sources(part: str, repo: Path = REPO) -> list[Path]:
    files: list[Path] = []
    for pattern in PARTS[part]:
        if pattern.endswith("*.py"):
            files += sorted((repo / pattern[: -len("/*.py")]).glob("*.py"))
        else:
            folder = repo / pattern
            files += sorted(folder.rglob("*.py")) + sorted(folder.rglob("*.ui"))
    return [path for path in files if "__pycache__" not in path.parts]


def lupdate(part: str, target: Path, repo: Path = REPO) -> None:
    """lupdate ``target`` (kept translations stay) through a temp file beside it."""
    with atomic_path(target) as scratch:
        if target.exists():
            shutil.copyfile(target, scratch)
        _lupdate(part, scratch, repo)


def _lupdate(part: str, target: Path, repo: Path) -> None:
    subprocess.run(  # noqa: S603  (Qt's own tool on our own files)
        [tool("pyside6-lupdate"), *map(str, sources(part, repo)), "-locations", "none",
         "-no-obsolete", "-source-language", "id_ID", "-target-language", "en_GB",
         "-ts", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip


def release(folder: Path = TRANSLATIONS, target: Path | None = None) -> Path:
    target = target or folder / QM
    ts_files = sorted(folder.glob("en_*.ts"))
    with atomic_path(target) as scratch:
        _lrelease(ts_files, scratch)
    return target


def _lrelease(ts_files: list[Path], target: Path) -> None:
    subprocess.run(  # noqa: S603  (Qt's own tool on our own files)
        [tool("pyside6-lrelease"), *map(str, ts_files), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def update(repo: Path = REPO) -> None:
    folder = repo / "resources" / "translations"
    folder.mkdir(exist_ok=True)
    for part in PARTS:
        lupdate(part, folder / f"en_{part}.ts", repo)
    release(folder)


def _parse(path: Path) -> ElementTree.ElementTree[ElementTree.Element]:
    return ElementTree.parse(path)  # noqa: S314 (our own file, written by lupdate)


def unfinished(path: Path) -> list[str]:
    """The sources in ``path`` without a finished translation."""
    root = _parse(path).getroot()
    finished = set(read_ts(path))
    return [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (context.findtext("name") or "", message.findtext("source") or "") not in finished
    ]


def stale(repo: Path = REPO) -> list[str]:
    """The parts whose .ts lupdate would change, and whether the .qm is older than them."""
    folder = repo / "resources" / "translations"
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        for part in PARTS:
            kept = folder / f"en_{part}.ts"
            copy = Path(scratch) / kept.name
            if kept.exists():
                shutil.copy(kept, copy)
            lupdate(part, copy, repo)
            if not kept.exists() or copy.read_bytes() != kept.read_bytes():
                found.append(kept.name)
        built = release(folder, Path(scratch) / QM)
        qm = folder / QM
        if not qm.exists() or built.read_bytes() != qm.read_bytes():
            found.append(QM)
    return found


def todo(part: str, repo: Path = REPO) -> list[dict[str, str]]:
    """The unfinished messages of one part, for a translator to fill and give to ``fill``."""
    path = repo / "resources" / "translations" / f"en_{part}.ts"
    return [
        {"context": context, "source": source, "translation": ""}
        for context, source in (line.split(": ", 1) for line in unfinished(path))
    ]


def fill(path: Path, known: dict[tuple[str, str], str]) -> int:
    """Give each unfinished message of ``path`` its translation from ``known``, keeping
    lupdate's layout (it rewrites the file on the next update). Returns how many."""
    tree = _parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is None or translation.get("type") != "unfinished":
                continue
            if known.get(key):
                translation.text = known[key]
                del translation.attrib["type"]
                filled += 1
    if filled:
        with atomic_path(path) as scratch:
            tree.write(scratch, encoding="utf-8", xml_declaration=True)
    return filled


def reuse(repo: Path = REPO) -> int:
    """Update, and fill unfinished messages whose Indonesian source was translated under
    another context before (a word moved to another class or module keeps its English)."""
    folder = repo / "resources" / "translations"
    by_source: dict[str, str] = {}
    for path in sorted(folder.glob("en_*.ts")):
        for (_context, source), text in read_ts(path).items():
            by_source.setdefault(source, text)
    update(repo)
    filled = 0
    for path in sorted(folder.glob("en_*.ts")):
        root = _parse(path).getroot()
        wanted = {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
        }
        filled += fill(path, {key: by_source[key[1]] for key in wanted if key[1] in by_source})
    return filled


def main(argv: list[str] | None = None) -> int:
    """``update`` | ``release`` | ``check`` | ``todo PART OUT.json`` | ``fill PART IN.json``
    | ``reuse``."""
    import json

    command = (argv if argv is not None else sys.argv[1:]) or ["check"]
    if command[0] == "todo":
        atomic_write_text(
            Path(command[2]), json.dumps(todo(command[1]), ensure_ascii=False, indent=1)
        )
        return 0
    if command[0] == "fill":
        rows = json.loads(Path(command[2]).read_text(encoding="utf-8"))
        known = {(row["context"], row["source"]): row["translation"] for row in rows}
        print(fill(TRANSLATIONS / f"en_{command[1]}.ts", known), "filled")
        update()
    elif command[0] == "reuse":
        print(reuse(), "filled from another context")
        update()
    elif command[0] == "update":
        update()
    elif command[0] == "release":
        release()
    problems = stale() + [
        f"{path.name}: untranslated: {line}"
        for path in sorted(TRANSLATIONS.glob("en_*.ts"))
        for line in unfinished(path)
    ]
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
