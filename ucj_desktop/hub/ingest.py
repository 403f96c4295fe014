"""``ucj-hub ingest``: receive office batches exactly once, in any order.

Each package is verified and opened with its device's enrolled key (sync/package.py, the same
reader the offices use), every record is read as the format version its manifest names, and
the package with all its records is stored whole or not at all (hub/ingest_store.py). The
database enforces "once": the package id is a primary key and a device's sequence number is
unique, so two operators ingesting the same stick at once cannot both apply it.

Reading a batch (:func:`read_batch`: verify, decrypt, check every record) takes no database,
only what :class:`Trust` holds. For many files it runs in a helper process on the second core
(files/helper_process.py, as the office's reference import does) while this process stores.

A record unfit by itself is stored with what its NIK's digits say against its birth date and
sex; the rest (desil band, verification, kelurahan) is judged at the cycle's close
(``allocate``) by the settings then in force, as is who wins a NIK claimed twice and who gets a
seat: decided from everything received by then, so arrival order cannot change it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import operator
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pyrage

from ucj_desktop.domain.allocation import identity_problem, standing_problem
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.helper_process import helper_process as reading_helper
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.ingest_store import (
    GROUP,
    Ingested,
    Opened,
    Read,
    Refused,
    Result,
    Unopened,
    gaps_in,
    store_batches,
)
from ucj_desktop.hub.read_ahead import ReadAhead
from ucj_desktop.hub.settings import program_config
from ucj_desktop.store.hub_models import utc
from ucj_desktop.store.repos import hub_intake
from ucj_desktop.store.repos.hub_intake import SUBMISSION_COLUMNS
from ucj_desktop.sync.package import (
    Manifest,
    PackageError,
    open_package,
    read_package,
)
from ucj_desktop.sync.records import BatchRecord, RecordError

__all__ = ["Ingested", "Refused", "gaps_in", "ingest_file", "ingest_files", "package_files"]

SUFFIX = ".ucjsync"
# Files in all above which a helper process reads them: its start costs about half a second,
# the reading of some 60 packages (the reference import draws its line at the same size).
HELPER_PROCESS_BYTES = 8 << 20
# Batches read and waiting at most (about 100 KB each): two transactions' worth.
READ_AHEAD = 2 * GROUP
# Reading errors that may be out of date: a laptop enrolled, or a hub key rotated, by another
# operator since the ingest started.
_MAYBE_STALE = ("hub.device_not_enrolled", "package.wrong_recipient")


@dataclass(frozen=True)
class Signer:
    """An enrolled laptop, as reading its batches needs it."""

    device_id: str
    office_code: str
    signing_key: bytes  # raw Ed25519 public key


@dataclass(frozen=True)
class Trust:
    """What reading a batch takes from the hub, taken once for many files (and sent whole to
    the helper process): enrolled laptops by signer, the hub's age identities by recipient
    (older keys too: a batch sealed before a rotation still opens), the programme settings."""

    signers: dict[str, Signer]
    identities: dict[str, str]
    config: ProgramConfig


def package_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and the ``.ucjsync`` files of folders named (sorted by name)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.name.endswith(SUFFIX))
        else:
            yield path


def ingest_file(hub: Hub, path: Path) -> Ingested:
    """Apply one package whole, or raise (PackageError/DomainError with a code) and change
    nothing."""
    [result] = ingest_files(hub, [path], helper_process=False)
    if isinstance(result, Refused):
        raise result.error
    return result


def ingest_files(
    hub: Hub, paths: Sequence[Path], *, helper_process: bool | None = None
) -> Iterator[Result]:
    """Apply each package whole or not at all: one result per file, in the order given, each
    once stored. ``helper_process``: read in a helper process (default: for many files). A
    failure of the database raises (StoreError...); the results given before it stand."""
    if not paths:
        return
    reader = _Reader(hub)
    if helper_process is None:
        helper_process = _size(paths) > HELPER_PROCESS_BYTES
    if not helper_process:
        read = (read_batch(reader.trust, path) for path in paths)
        yield from store_batches(hub, read, _never, reader.fresh)
        return
    reading = _Reading(reader.trust, tuple(paths))
    with (
        reading_helper(
            _read_batches, reading, name="ucj-hub-reader", failure="hub.reader_failed"
        ) as produced,
        ReadAhead(produced, produced.ready, READ_AHEAD) as ahead,
    ):
        yield from store_batches(hub, ahead, ahead.ready, reader.fresh)


def _never() -> bool:
    return False


def _size(paths: Sequence[Path]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):  # read_batch says what is wrong with it
            total += path.stat().st_size
    return total


@dataclass(frozen=True)
class _Reading:
    """The helper process's one argument."""

    trust: Trust
    paths: tuple[Path, ...]


def _read_batches(reading: _Reading) -> Iterator[Read]:
    for path in reading.paths:
        yield read_batch(reading.trust, path)


class _Reader:
    """The Trust of an ingest, taken again when a batch shows it out of date."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.trust = trust_of(hub)

    def fresh(self, item: Read, config: ProgramConfig) -> Read:
        """``item``, read again if it was read with settings other than ``config`` (those in
        force where it is stored) or refused for a laptop or key the Trust did not hold."""
        stale = (isinstance(item, Opened) and item.config != config) or (
            isinstance(item, Unopened) and item.error.code in _MAYBE_STALE
        )
        if not stale:
            return item
        self.trust = trust_of(self.hub)
        return read_batch(self.trust, item.path)


def trust_of(hub: Hub) -> Trust:
    with hub.transaction() as tx:
        devices = hub_intake.devices(tx)
        config = program_config(tx)
    identities: dict[str, str] = {}
    for identity in hub.identities():
        public = str(pyrage.x25519.Identity.from_str(identity).to_public())
        identities.setdefault(public, identity)
    signers = {
        d.signer: Signer(d.device_id, d.office_code, bytes.fromhex(d.signing_key)) for d in devices
    }
    return Trust(signers, identities, config)


# --- reading: no database --------------------------------------------------------------------


def read_batch(trust: Trust, path: Path) -> Read:
    """Read, verify, decrypt and check one batch file (never raises a DomainError)."""
    try:
        data, digest, manifest = read_package(path)
    except DomainError as exc:
        return Unopened(path, exc)
    if manifest.kind != "batch":
        error = PackageError("package.wrong_kind", kind=manifest.kind, expected="batch")
        return Unopened(path, error)
    try:
        return _open_batch(trust, path, data, digest, manifest)
    except DomainError as exc:
        return Unopened(path, exc, manifest.package_id, digest)


def _open_batch(trust: Trust, path: Path, data: bytes, digest: str, manifest: Manifest) -> Opened:
    signer = trust.signers.get(manifest.signer)
    if signer is None:
        raise PackageError("hub.device_not_enrolled", signer=manifest.signer[:16])
    identity = trust.identities.get(manifest.recipient)
    if identity is None:  # sealed to a key this hub never had
        raise PackageError("package.wrong_recipient")
    opened = open_package(
        data,
        trusted_signers={manifest.signer: signer.signing_key},
        identity=identity,
        expected_kind="batch",
    )
    manifest = opened.manifest
    if manifest.office_code != signer.office_code or manifest.device_id != signer.device_id:
        raise PackageError("hub.office_mismatch", office=manifest.office_code)
    records = _records(opened.records, manifest.version)
    made = _created_at(manifest)
    today = made.date()
    rows: list[tuple[object, ...]] = []
    unfit = 0
    for r in records:
        row = _row(manifest, r, today)
        rows.append(_in_order(row))
        # What allocate will find under today's settings: the identity's verdict (stored
        # with the row), else the standing's (what ingest reports as unfit).
        unfit += row["problem"] is not None or _standing_unfit(r, trust.config)
    return Opened(path, digest, manifest, signer.device_id, made, tuple(rows), unfit, trust.config)


def _records(records: tuple[dict[str, object], ...], version: int) -> list[BatchRecord]:
    read: list[BatchRecord] = []
    seen: set[str] = set()
    for line, raw in enumerate(records, start=1):
        try:
            record = BatchRecord.from_dict(raw, version)
        except RecordError as exc:
            raise DomainError(
                "hub.bad_record", field=exc.field, record=line, reason=str(exc.problem)
            ) from None
        if record.registration_id in seen:
            raise DomainError("hub.duplicate_record", field="registration_id", record=line)
        seen.add(record.registration_id)
        read.append(record)
    return read


def _created_at(manifest: Manifest) -> datetime:
    try:
        return utc(datetime.fromisoformat(manifest.created_at))
    except ValueError:
        raise PackageError("package.bad_manifest", reason="created_at") from None


_in_order = operator.itemgetter(*SUBMISSION_COLUMNS)  # a row's values, SUBMISSION_COLUMNS order


@functools.lru_cache(maxsize=4096)
def _occupations_text(occupations: tuple[str, ...]) -> str:
    """How hub_submission keeps a record's occupations (a city has a few dozen choices)."""
    return json.dumps(list(occupations), ensure_ascii=False)


def _row(manifest: Manifest, r: BatchRecord, today: date) -> dict[str, object]:
    verified = None if r.verified_at is None else utc(r.verified_at)
    # Only what the NIK's digits say is stored: the desil band and the city are settings,
    # judged by allocate with the settings of its day.
    problem = identity_problem(nik=r.nik, birth_date=r.birth_date, sex=r.sex, today=today)
    return {
        "package_id": manifest.package_id,
        "registration_id": r.registration_id,
        "office_code": manifest.office_code,
        "nik": r.nik,  # every field bounded when read (BatchRecord.from_dict), never cut here
        "kk_number": r.kk_number,
        "full_name": r.full_name,
        "birth_date": r.birth_date,
        "sex": r.sex,
        "phone": r.phone,
        "address": r.address,
        "rt": r.rt,
        "rw": r.rw,
        "kelurahan_code": r.kelurahan_code,
        "occupations": _occupations_text(r.occupations),
        "declared_income": r.declared_income,
        "desil": r.desil,
        "verified_at": verified,
        "problem": None if problem is None else problem.value,
    }


def _standing_unfit(r: BatchRecord, config: ProgramConfig) -> bool:
    """Whether allocate will return a record whose NIK agrees with it, under ``config``."""
    verified = None if r.verified_at is None else utc(r.verified_at)
    found = standing_problem(
        desil=r.desil, verified_at=verified, kelurahan_code=r.kelurahan_code, config=config
    )
    return found is not None
