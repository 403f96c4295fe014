"""What a hub holds, by natural keys, so that two hubs that went through the same scenario can
be compared whatever their row ids, times and random bytes (tests/faults/hub_kills.py).

:func:`dump_run` reads one run's hub and files; :func:`differences` compares two dumps;
:func:`problems` lists what must hold in any one hub (audit chain, quota, a NIK seated once, the
files on disk being the ones recorded) and :func:`leftovers` the temp files and staging folders
a killed writer left behind.

Not compared, by design: ids and times the database or the clock give (submission ids, audit
events, decided_at), the sealed bytes of acks (age sealing is randomized: the records inside
are compared) and card tokens (their verified claims are compared).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlmodel import col, select

from tests.support.hub_scenario import ACKS, Scenario, open_run
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.atomic import TEMP_PREFIX
from ucj_desktop.files.workbook import XLSX_STAGING
from ucj_desktop.hub.acks import ack_file_name
from ucj_desktop.hub.audit import check_hub_chain
from ucj_desktop.hub.bpjs import export_bpjs
from ucj_desktop.hub.settings import program_config
from ucj_desktop.store.hub_models import (
    HubAck,
    HubAllocation,
    HubBpjsFile,
    HubBpjsResult,
    HubKey,
    HubOutcome,
    HubPackage,
    HubQuotaSlot,
    HubSubmission,
)
from ucj_desktop.sync.card_token import CardClaims, verify_card_token
from ucj_desktop.sync.package import open_package

HOLDING = ("allocated", "sent", "enrolled")


@dataclass
class Dump:
    """Every section maps a natural key to plain values (equal dumps: equal hubs)."""

    sections: dict[str, dict[Any, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # broken in this hub by itself


def _claims(token: str | None, keys: dict[str, bytes]) -> CardClaims | str | None:
    """A card token's verified claims (tokens differ between hubs; their claims must not)."""
    if token is None:
        return None
    try:
        return verify_card_token(token, keys)
    except DomainError as exc:  # a token that does not verify: said in the dump
        return f"bad token: {exc.code}"


def _temp(path: Path) -> bool:
    """A temp file (reported by :func:`leftovers`, not read as the file it was to become)."""
    return path.name.startswith(TEMP_PREFIX)


def _sheet(path: Path) -> list[tuple[Any, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


@dataclass
class _Read:
    """The hub's rows, read in one transaction."""

    keys: dict[str, bytes]
    packages: list[HubPackage]
    rows: list[tuple[HubSubmission, HubOutcome | None]]
    seats: list[tuple[HubAllocation, HubSubmission]]
    slots: int
    files: list[HubBpjsFile]
    results: list[HubBpjsResult]
    acks: list[HubAck]
    quota: int
    breaks: list[Any]


def _read(run: Path) -> _Read:
    hub = open_run(run)
    try:
        with hub.transaction() as tx:
            return _Read(
                keys={k.signer: bytes.fromhex(k.signing_key) for k in tx.exec(select(HubKey))},
                packages=list(tx.exec(select(HubPackage))),
                rows=[
                    (sub, o)
                    for sub, o in tx.exec(
                        select(HubSubmission, HubOutcome).outerjoin(
                            HubOutcome, col(HubOutcome.submission_id) == col(HubSubmission.id)
                        )
                    )
                ],
                seats=[
                    (a, sub)
                    for a, sub in tx.exec(
                        select(HubAllocation, HubSubmission).join(
                            HubSubmission,
                            col(HubSubmission.id) == col(HubAllocation.submission_id),
                        )
                    )
                ],
                slots=len(tx.exec(select(HubQuotaSlot.slot)).all()),
                files=list(tx.exec(select(HubBpjsFile))),
                results=list(tx.exec(select(HubBpjsResult))),
                acks=list(tx.exec(select(HubAck))),
                quota=program_config(tx).quota,
                breaks=check_hub_chain(tx),
            )
    finally:
        hub.close()


def _words(o: HubOutcome | None, told: dict[str, tuple[str, int]], keys: dict[str, bytes]) -> Any:
    """An outcome by value: the ack that told it by (office, sequence), the token by claims."""
    if o is None:
        return None
    return (
        o.state,
        o.reason,
        o.other_office,
        o.note,
        o.rank,
        o.told_rank,
        told.get(o.told_in or "", o.told_in),
        o.bpjs_file,
        o.bpjs_line,
        o.kpj,
        o.coverage_start,
        o.coverage_end,
        _claims(o.card_token, keys),
    )


def _ack_records(records: tuple[dict[str, object], ...], keys: dict[str, bytes]) -> Any:
    found = []
    for record in records:
        token = record.get("card_token")
        value = {**record, "card_token": _claims(str(token), keys)} if token else record
        found.append(tuple(sorted(value.items())))
    return tuple(found)


def dump_run(scenario: Scenario, run: Path) -> Dump:
    """Read one run's hub and files (the hub closed again on return)."""
    r = _read(run)
    told = {a.package_id: (a.office_code, a.sequence) for a in r.acks}
    by_imported = sorted(r.results, key=lambda x: x.imported_at)
    written = sorted(p for p in (run / "out").glob("*.xlsx") if not _temp(p))
    folder = run / ACKS
    on_disk = (
        {p.name: p.read_bytes() for p in folder.iterdir() if not _temp(p)}
        if folder.is_dir()
        else {}
    )
    identities = {o.code: o.keys.age_identity for o in scenario.offices}
    acks = {}
    for ack in r.acks:
        opened = open_package(
            ack.data,
            trusted_signers=r.keys,
            identity=identities[ack.office_code],
            expected_kind="ack",
        )
        m = opened.manifest
        acks[(ack.office_code, ack.sequence)] = (
            ack.round,
            ack.record_count,
            (m.office_code, m.sequence, m.kind, m.quota),
            _ack_records(opened.records, r.keys),
        )
    dump = Dump(
        {
            "packages": {
                p.package_id: (p.office_code, p.sequence, p.sha256, p.record_count)
                for p in r.packages
            },
            "outcomes": {
                (sub.office_code, sub.registration_id, sub.package_id): _words(o, told, r.keys)
                for sub, o in r.rows
            },
            "seats": {a.nik: (a.slot, sub.office_code, sub.registration_id) for a, sub in r.seats},
            "quota": {"seats": r.slots, "held": len(r.seats), "quota": r.quota},
            "bpjs files": {f.id: (f.row_count, f.months, f.column_map, f.sha256) for f in r.files},
            "bpjs results": {n: (x.enrolled, x.rejected) for n, x in enumerate(by_imported, 1)},
            "bpjs written": {
                p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), _sheet(p)) for p in written
            },
            "acks": acks,
            "ack files": dict.fromkeys(on_disk, "present"),  # bytes: against the hub's, below
        }
    )
    dump.problems = [
        *(f"audit chain broken: {b}" for b in r.breaks),
        *_place_problems(r),
        *_file_problems(dump.sections, r.acks, on_disk),
        *_written_again(scenario, run),
    ]
    return dump


def _place_problems(r: _Read) -> list[str]:
    """The quota kept, a NIK holding one place at most, a KPJ given once."""
    holding = Counter(sub.nik for sub, o in r.rows if o is not None and o.state in HOLDING)
    found = [f"NIK {nik[:6]}... holds {n} places" for nik, n in holding.items() if n > 1]
    seated = {a.nik for a, _ in r.seats}
    if set(holding) != seated or len(r.seats) > r.quota or r.slots != r.quota:
        found.append(
            f"{len(holding)} records hold a place, {len(r.seats)} seats held, "
            f"{r.slots} seats for a quota of {r.quota}"
        )
    kpjs = Counter(o.kpj for _, o in r.rows if o is not None and o.kpj is not None)
    return found + [f"KPJ {k} given {n} times" for k, n in kpjs.items() if n > 1]


def _file_problems(
    s: dict[str, dict[Any, Any]], acks: list[HubAck], on_disk: dict[str, bytes]
) -> list[str]:
    """The BPJS files and acks on disk against what the hub recorded of them."""
    found: list[str] = []
    recorded = sorted(str(f[3]) for f in s["bpjs files"].values())
    disk = sorted(v[0] for v in s["bpjs written"].values())
    if recorded != disk:
        found.append(f"BPJS files recorded {recorded}, on disk {disk}")
    expected = {ack_file_name(a.office_code, a.sequence, a.package_id): a.data for a in acks}
    for name, data in expected.items():
        if on_disk.get(name) != data:
            found.append(f"ack {name}: {'missing' if name not in on_disk else 'other bytes'}")
    found += [f"ack folder holds {n}, no ack's" for n in sorted(set(on_disk) - set(expected))]
    return found


def _written_again(scenario: Scenario, run: Path) -> list[str]:
    """export-bpjs with nothing new writes the newest unanswered file once more (the operator's
    way to a lost copy): byte for byte the file the export step wrote."""
    exports = [s.path(run) for s in scenario.steps if s.command == "export-bpjs"]
    hub = open_run(run)
    try:
        again = export_bpjs(hub, run / "again" / "kolektif.xlsx")
    except DomainError as exc:
        return [] if exc.code == "hub.nothing_to_send" else [f"export-bpjs again: {exc.code}"]
    finally:
        hub.close()
    if not again.again or again.file_id > len(exports):
        return [f"export-bpjs again made file {again.file_id} (again: {again.again})"]
    if again.path.read_bytes() != exports[again.file_id - 1].read_bytes():
        return [f"BPJS file {again.file_id} written again has other bytes"]
    return []


def leftovers(run: Path) -> list[str]:
    """Temp files (``.ucjtmp-*``) anywhere in the run's folder and staging folders
    (``.ucjxlsx-*``) in the hub's: what a killed writer left and nothing removed."""
    found = [*run.rglob(TEMP_PREFIX + "*"), *run.rglob(XLSX_STAGING + "*")]
    return sorted({str(p.relative_to(run)) for p in found})


def differences(reference: Dump, other: Dump, limit: int = 5) -> list[str]:
    """Where ``other`` differs from ``reference``, section by section (the first few keys)."""
    found: list[str] = []
    for name, ref in reference.sections.items():
        got = other.sections.get(name, {})
        keys = sorted(set(ref) | set(got), key=repr)
        diff = [k for k in keys if ref.get(k, "<missing>") != got.get(k, "<missing>")]
        for k in diff[:limit]:
            found.append(
                f"{name} {_short(k)}: reference {_short(ref.get(k, '<missing>'))}, "
                f"got {_short(got.get(k, '<missing>'))}"
            )
        if len(diff) > limit:
            found.append(f"{name}: {len(diff) - limit} more differences")
    return found


def _short(value: object, size: int = 240) -> str:
    text = repr(value)
    return text if len(text) <= size else text[: size - 3] + "..."
