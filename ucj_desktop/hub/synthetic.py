"""A synthetic city for the hub's tests, benchmarks and demo: offices with their own device
keys sending signed, sealed batches of synthetic workers (seeded: the same seed gives the same
people, offices and records; the package bytes differ only by age's random sealing).

Nothing here is personal data: people come from :mod:`ucj_desktop.synthetic`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from ucj_desktop.domain.areas import all_kelurahan
from ucj_desktop.security.device_keys import DeviceKeys, fingerprint, generate_device_keys
from ucj_desktop.sync.package import build_package
from ucj_desktop.sync.records import BatchRecord
from ucj_desktop.synthetic import SyntheticPerson, generate_people

_NAMESPACE = uuid.UUID("6f1d6c2e-8d0a-4a53-9d2b-5a1c8f0e7b31")


@dataclass
class SyntheticOffice:
    code: str
    name: str
    device_id: str
    keys: DeviceKeys
    sequence: int = 0

    def enrollment(self) -> dict[str, object]:
        """The file ``ucj keys export`` would write for this office's laptop."""
        return {
            "format": "ucj-enrollment",
            "version": 1,
            "role": "device",
            "office_code": self.code,
            "office_name": self.name,
            "device_id": self.device_id,
            "signing_key": self.keys.signing_public_hex,
            "age_recipient": self.keys.age_recipient,
            "fingerprint": fingerprint(self.keys.signing_public_hex, self.keys.age_recipient),
        }

    def batch(
        self,
        records: list[BatchRecord],
        hub_recipient: str,
        *,
        sequence: int | None = None,
        created_at: datetime | None = None,
    ) -> bytes:
        """A signed batch of ``records`` sealed to the hub (next sequence number if None)."""
        if sequence is None:
            self.sequence += 1
            sequence = self.sequence
        return build_package(
            kind="batch",
            office_code=self.code,
            device_id=self.device_id,
            package_id=str(uuid.uuid5(_NAMESPACE, f"{self.device_id}:{sequence}")),
            sequence=sequence,
            records=[r.to_dict() for r in records],
            signing_key=self.keys.signer(),
            recipient=hub_recipient,
            created_at=created_at or datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=sequence),
            audit_anchor=(sequence * 10, f"{sequence:064x}"),
        )


def offices(count: int, seed: int = 1) -> list[SyntheticOffice]:
    """``count`` offices (the city's kelurahan, in code order), each with a new laptop key."""
    rng = random.Random(seed)  # noqa: S311  (reproducible test data)
    areas = all_kelurahan()[:count]
    return [
        SyntheticOffice(
            code=a.code,
            name=f"Kelurahan {a.name}",
            device_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            keys=generate_device_keys(),
        )
        for a in areas
    ]


def record_of(
    person: SyntheticPerson, verified_at: datetime, registration_id: str | None = None
) -> BatchRecord:
    """The batch record of ``person``, verified at ``verified_at``."""
    return BatchRecord(
        registration_id=registration_id
        or str(uuid.uuid5(_NAMESPACE, f"{person.nik}:{verified_at.isoformat()}")),
        nik=person.nik,
        kk_number=person.kk_number,
        full_name=person.full_name,
        birth_date=person.birth_date,
        sex=person.sex,
        phone=person.phone,
        address=person.address,
        rt=person.rt,
        rw=person.rw,
        kelurahan_code=person.kelurahan_code,
        occupations=person.occupations,
        declared_income=person.declared_income,
        desil=min(person.desil, 5),
        verified_at=verified_at,
    )


@dataclass
class CityRecords:
    """Every office's records, and which NIKs were registered at two offices."""

    by_office: dict[str, list[BatchRecord]] = field(default_factory=dict)
    doubled: set[str] = field(default_factory=set)


def city_records(
    office_list: list[SyntheticOffice],
    workers: int,
    *,
    seed: int = 7,
    doubled: int = 0,
    today: date = date(2026, 1, 1),
) -> CityRecords:
    """``workers`` distinct people spread over the offices, plus ``doubled`` of them
    registered a second time at another office (a later or an earlier verification)."""
    rng = random.Random(seed)  # noqa: S311
    people = _distinct(seed, workers, today)
    city = CityRecords({o.code: [] for o in office_list})
    start = datetime(2025, 11, 5, 8, tzinfo=UTC)
    for n, person in enumerate(people):
        office = office_list[n % len(office_list)]
        when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 60))
        city.by_office[office.code].append(record_of(person, when))
    for person in rng.sample(people, min(doubled, len(people))):
        other = rng.choice(office_list)
        when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 60))
        city.by_office[other.code].append(record_of(person, when))
        city.doubled.add(person.nik)
    return city


def _distinct(seed: int, count: int, today: date) -> list[SyntheticPerson]:
    seen: set[str] = set()
    found: list[SyntheticPerson] = []
    extra = 0
    while len(found) < count:
        for person in generate_people(seed + extra, count - len(found), today):
            if person.nik not in seen:
                seen.add(person.nik)
                found.append(person)
        extra += 1_000_003
    return found


def chunks(records: list[BatchRecord], size: int) -> Iterator[list[BatchRecord]]:
    for start in range(0, len(records), size):
        yield records[start : start + size]
