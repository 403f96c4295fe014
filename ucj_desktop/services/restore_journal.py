"""A restore's swap of files, written down first so that a kill in the middle is finished.

Swapping a store is several renames (the old files aside, the staged ones in). Before the
first, ``restore-journal.json`` in the data folder names the staging folder, the aside folder,
the old store's files and a fingerprint (SHA-256) of each staged file. Whoever next touches the
folder (open, check, init, restore) finds the journal, takes the store's exclusive lock and
rolls the swap forward: what is still old goes aside, what is still staged goes in, checked
against its fingerprint. If a staged file is gone and not in place, the old files come back
instead. Either way the folder holds one whole store, the old one in one aside folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.atomic import (
    atomic_write_text,
    leftover_temp_files,
    make_durable,
    move_into_place,
    temp_in_use,
)
from ucj_desktop.files.staging import sweep_staging_folders
from ucj_desktop.files.workbook import XLSX_STAGING
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.backup_archive import file_sha256
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.store.lock import StoreLock

log = logging.getLogger(__name__)

# The work folders a backup and a restore stage their files in, inside the data folder.
BACKUP_STAGING = ".ucjbak-"
RESTORE_STAGING = ".restore-"


@dataclass(frozen=True)
class Journal:
    work: str  # the staging folder's name in the data folder
    aside: str  # where the old files go, relative to the data folder
    staged: dict[str, str]  # file name -> SHA-256
    existing: list[str]  # the old store's file names


def journal_path(paths: StorePaths) -> Path:
    return paths.restore_journal


def begin(
    paths: StorePaths, work: Path, aside: Path, staged: list[Path], existing: list[Path]
) -> None:
    """Make the staged files durable, then write the journal (the point of no return)."""
    for path in staged:
        make_durable(path)
    journal = Journal(
        work.name,
        str(aside.relative_to(paths.root)),
        {path.name: file_sha256(path)[0] for path in staged},
        [path.name for path in existing],
    )
    atomic_write_text(journal_path(paths), json.dumps(asdict(journal), indent=2))


def end(paths: StorePaths) -> None:
    """The swap is whole: forget it."""
    journal_path(paths).unlink(missing_ok=True)


def _sweep_temp_files(paths: StorePaths) -> None:
    """Remove the half-written files of killed writers in the data folder and its error-report
    folder (an import's report, the store's manifest); files a live writer holds stay."""
    for folder in (paths.root, paths.root / "reports"):
        for temp in leftover_temp_files(folder):
            if not temp_in_use(temp):
                with contextlib.suppress(OSError):
                    temp.unlink()


_NAME = re.compile(r"[A-Za-z0-9._-]+")


def _read(paths: StorePaths) -> Journal | None:
    """The journal, None when there is none. One that is damaged or names anything but a
    staging folder, a replaced-* folder and plain file names is set aside (kept as
    ``restore-journal.damaged-*``) and treated as none: the old store is whole in its aside
    folder or still in place, the new one is still in its backup file; nothing is lost, and a
    journal must never steer a rename or a delete outside those folders."""
    path = journal_path(paths)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        journal = Journal(
            str(data["work"]), str(data["aside"]), dict(data["staged"]), list(data["existing"])
        )
        names = [*journal.staged, *journal.existing]
        if not (
            journal.work.startswith(RESTORE_STAGING)
            and _NAME.fullmatch(journal.work)
            and re.fullmatch(r"backups/replaced-[0-9TZ]+", journal.aside.replace("\\", "/"))
            and all(isinstance(n, str) and _NAME.fullmatch(n) for n in names)
        ):
            raise ValueError("names outside the restore's folders")
        return journal
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("restore journal unusable, set aside: %s", type(exc).__name__)
        with contextlib.suppress(OSError):
            path.replace(path.with_name(f"restore-journal.damaged-{time.time_ns()}.json"))
        return None


def _fingerprint(path: Path) -> str | None:
    return file_sha256(path)[0] if path.is_file() else None


def settle_interrupted_restore(paths: StorePaths) -> bool:
    """Finish a restore that was killed during its swap (True when there was one), and remove
    the staging folders of backups and restores killed before theirs."""
    journal = _read(paths)
    if journal is None:
        sweep_staging_folders(paths.root, RESTORE_STAGING)
        sweep_staging_folders(paths.root, BACKUP_STAGING)
        sweep_staging_folders(paths.root, XLSX_STAGING)
        _sweep_temp_files(paths)
        return False
    lock = StoreLock(paths.database)
    if not lock.acquire(exclusive=True):
        raise StoreError(Problem.LOCKED, paths.root, "a restore is replacing this store")
    try:
        if journal_path(paths).exists():  # not finished by another process meanwhile
            _roll(paths, journal)
    finally:
        lock.release()
    return True


def _roll(paths: StorePaths, journal: Journal) -> None:
    root, work, aside = paths.root, paths.root / journal.work, paths.root / journal.aside
    in_place = {n for n, digest in journal.staged.items() if _fingerprint(root / n) == digest}
    ready = {n for n, digest in journal.staged.items() if _fingerprint(work / n) == digest}
    if in_place | ready == set(journal.staged):
        aside.mkdir(parents=True, exist_ok=True)
        for name in journal.existing:
            if name not in in_place and (root / name).exists():
                move_into_place(root / name, aside / name)
            elif name in in_place and not (aside / name).exists():
                # The old file had the staged one's very bytes (the same store's manifest):
                # a copy keeps the old store whole in its aside folder.
                shutil.copy2(root / name, aside / name)
                make_durable(aside / name)
        for name in journal.staged:
            if name not in in_place:
                move_into_place(work / name, root / name)
    else:  # a staged file is lost: the old store comes back whole
        for name in journal.staged:
            if name in in_place and name not in journal.existing:
                (root / name).unlink()
        for name in journal.existing:
            if (aside / name).exists():
                move_into_place(aside / name, root / name)
        with contextlib.suppress(OSError):
            aside.rmdir()
        if any(not (root / name).exists() for name in journal.existing):
            raise DomainError("backup.restore_incomplete", field="data_dir", path=str(aside))
    end(paths)
    shutil.rmtree(work, ignore_errors=True)
    with contextlib.suppress(OSError):  # the dead restorer's lock beside its staging folder
        work.with_name(work.name + ".lock").unlink()
