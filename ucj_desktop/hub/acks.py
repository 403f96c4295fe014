"""``ucj-hub emit-acks``: per office, one signed ack sealed to its laptop in use, carrying every
final word not yet sent (enrolled with KPJ, coverage and card token; returned with the reason),
every waiting rank that moved, and the city's quota snapshot. Every record also says which
version of the programme settings is in force at the hub (``settings_version``), so an office
still judging by an older one is told to import the newer settings package.

An ack is made, stored with its bytes and marked as told in one transaction; the files are
written after it. Run again with nothing new, the command writes the newest round's acks again
(the same bytes: age sealing is randomized, so the stored bytes are what is written); a kill
after the commit is mended that way too.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path

from ucj_desktop.files.atomic import atomic_write
from ucj_desktop.hub.access import Hub
from ucj_desktop.hub.audit import record_hub_event
from ucj_desktop.hub.settings import program_config
from ucj_desktop.store.hub_models import HubAck, utc
from ucj_desktop.store.repos import hub_intake, hub_outcomes
from ucj_desktop.store.repos.hub_outcomes import AckLine
from ucj_desktop.store.unit_of_work import Transaction
from ucj_desktop.sync.package import (
    build_package,
)
from ucj_desktop.sync.records import AckRecord, QuotaSnapshot
from ucj_desktop.wording.hub_reasons import ack_words

_NAMESPACE = uuid.UUID("0b7e8f56-2c4e-4d5b-9a55-3f7f3b0d1c22")
SUFFIX = ".ucjsync"


@dataclass(frozen=True)
class AckWritten:
    office_code: str
    sequence: int
    records: int
    path: Path


@dataclass(frozen=True)
class AckRound:
    round: int
    acks: tuple[AckWritten, ...]
    again: bool  # nothing new: the newest round written once more
    quota: QuotaSnapshot


def ack_file_name(office: str, sequence: int, package_id: str) -> str:
    return f"UCJ-{office.replace('.', '')}-ack-{sequence:05d}-{package_id[:8]}{SUFFIX}"


def _record(line: AckLine, settings_version: int) -> dict[str, object]:
    """The payload object answering ``line``, with the settings version in force."""
    return replace(_answer(line), settings_version=settings_version).to_dict()


def _answer(line: AckLine) -> AckRecord:
    o = line
    if o.state == "enrolled":
        assert o.kpj and o.coverage_start and o.coverage_end and o.card_token
        return AckRecord.enrolled(
            line.registration_id,
            kpj=o.kpj,
            start=o.coverage_start,
            end=o.coverage_end,
            card_token=o.card_token,
        )
    if o.state == "returned":
        words = ack_words(o.reason or "", office=o.other_office, note=o.note)
        return AckRecord.returned(line.registration_id, words)
    assert o.rank is not None
    return AckRecord.waiting(line.registration_id, o.rank)


def quota_snapshot(tx: Transaction) -> QuotaSnapshot:
    config = program_config(tx)
    counts: Counter[str] = Counter()
    for (_office, state), n in hub_outcomes.state_counts(tx).items():
        counts[state] += n
    return QuotaSnapshot(
        used=hub_outcomes.seats_in_use(tx), total=config.quota, waiting=counts["waiting"]
    )


def emit_acks(hub: Hub, out_dir: Path) -> AckRound:
    key, keys = hub.signing_keys()
    signer = keys.signer()
    with hub.transaction() as tx:
        hub_intake.hub_info(tx, lock=True)
        lines = hub_outcomes.untold(tx)
        snapshot = quota_snapshot(tx)
        settings_version = program_config(tx).version
        round_no = hub_outcomes.last_ack_round(tx)
        again = not lines
        if not again:
            round_no += 1
            now = utc()
            finals: list[tuple[int, str]] = []
            ranks: list[int] = []
            for office, group in groupby(lines, key=lambda line: line.office_code):
                office_lines = list(group)
                device = hub_intake.office_devices(tx, office)[0]
                sequence = hub_outcomes.last_ack_sequence(tx, office) + 1
                package_id = str(uuid.uuid5(_NAMESPACE, f"{hub.hub_id}:{office}:{sequence}"))
                records = [_record(line, settings_version) for line in office_lines]
                data = build_package(
                    kind="ack",
                    office_code=office,
                    device_id="hub",
                    package_id=package_id,
                    sequence=sequence,
                    records=records,
                    signing_key=signer,
                    recipient=device.age_recipient,
                    created_at=now,
                    quota=snapshot,
                )
                tx.add(
                    HubAck(
                        package_id=package_id,
                        office_code=office,
                        sequence=sequence,
                        round=round_no,
                        created_at=now,
                        record_count=len(records),
                        sha256=hashlib.sha256(data).hexdigest(),
                        data=data,
                    )
                )
                for line in office_lines:
                    if line.state == "waiting":
                        ranks.append(line.submission_id)
                    else:
                        finals.append((line.submission_id, package_id))
            tx.flush()
            hub_outcomes.mark_told(tx, finals, ranks)
            record_hub_event(
                tx,
                "acks.made",
                "ack_round",
                str(round_no),
                {"records": len(lines), "hub_key": key.id},
            )
            tx.commit()
        # A kill after an earlier round's commit left its acks unwritten: they go out first.
        acks = hub_outcomes.unwritten_acks(tx)
        known = {a.package_id for a in acks}
        acks += [a for a in hub_outcomes.acks_of_round(tx, round_no) if a.package_id not in known]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ack in acks:
        path = out_dir / ack_file_name(ack.office_code, ack.sequence, ack.package_id)
        atomic_write(path, ack.data)
        written.append(AckWritten(ack.office_code, ack.sequence, ack.record_count, path))
    if written:
        with hub.transaction() as tx:
            hub_outcomes.mark_acks_written(tx, [a.package_id for a in acks], utc())
            record_hub_event(
                tx, "acks.written", "ack_round", str(round_no), {"files": len(written)}
            )
            tx.commit()
    return AckRound(round_no, tuple(written), again, snapshot)
