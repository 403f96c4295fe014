"""The audit trail's hash chain: each event's hash covers its fields and the previous hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GENESIS = "0" * 64
HASHED_FIELDS = (
    "seq",
    "at",
    "officer_id",
    "role",
    "action",
    "entity",
    "entity_id",
    "device_id",
    "detail",
)


def event_hash(prev_hash: str, fields: Mapping[str, object]) -> str:
    """SHA-256 over the previous hash and the canonical JSON of the event's fields."""
    body = json.dumps(
        {k: fields[k] for k in HASHED_FIELDS},
        sort_keys=True,
        default=str,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str  # "edited" | "prev_mismatch" | "gap"


def verify_chain(events: Iterable[Mapping[str, object]]) -> list[ChainBreak]:
    """Walk events in seq order; report the first place each kind of tampering shows."""
    breaks: list[ChainBreak] = []
    prev_hash = GENESIS
    expected_seq = 1
    for ev in events:
        seq = int(str(ev["seq"]))
        if seq != expected_seq:
            breaks.append(ChainBreak(seq, "gap"))  # a deleted event, or reordered seqs
        if ev["prev_hash"] != prev_hash:
            breaks.append(ChainBreak(seq, "prev_mismatch"))
        if ev["hash"] != event_hash(str(ev["prev_hash"]), ev):
            breaks.append(ChainBreak(seq, "edited"))
        prev_hash = str(ev["hash"])
        expected_seq = seq + 1
    return breaks
