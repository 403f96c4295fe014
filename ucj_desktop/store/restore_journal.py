"""A journal of the file moves of a restore, so a power cut half-way never leaves a folder
without a store: the next open finishes a restore whose files are all in place, and undoes
one that is not (the old store comes back from backups/replaced-*)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

JOURNAL = "restore-journal.json"


def journal_path(root: Path) -> Path:
    return root / JOURNAL


def begin(root: Path, work: Path, aside: Path, staged: list[str]) -> None:
    """Before the first move: where the new files wait and where the old ones go."""
    data = {"work": work.name, "aside": str(aside.relative_to(root)), "staged": staged}
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".journal-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    Path(tmp).replace(journal_path(root))


def end(root: Path) -> None:
    """After the last move (or a rollback that put everything back)."""
    journal_path(root).unlink(missing_ok=True)


def recover(root: Path) -> str | None:
    """Settle a restore cut off between ``begin`` and ``end``: "completed" when every new
    file had reached the folder, "undone" when the old store was put back; None if there was
    nothing to settle."""
    path = journal_path(root)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    work, aside = root / str(data["work"]), root / str(data["aside"])
    staged = [str(name) for name in data["staged"]]
    moved_in = [n for n in staged if not (work / n).exists() and (root / n).exists()]
    if len(moved_in) == len(staged):
        outcome = "completed"
    else:
        outcome = "undone"
        work.mkdir(exist_ok=True)
        for name in moved_in:  # the new files go back where they waited
            (root / name).replace(work / name)
        if aside.is_dir():
            for old in aside.iterdir():
                if not (root / old.name).exists():
                    old.replace(root / old.name)
            if not any(aside.iterdir()):
                aside.rmdir()
    end(root)
    shutil.rmtree(work, ignore_errors=True)
    return outcome
