"""Property: a city's batches ingested in any order, some of them twice, give the same hub
contents, the same BPJS file bytes and the same acks.

Every example starts from a copy of one hub (same keys: Ed25519 signatures, hence card tokens,
are deterministic), with five offices whose records include NIKs registered at two offices
and more workers than the quota. The acks are compared by their signed records, decrypted
with each office's key, and their manifests without the creation time and the payload hash
(age sealing is randomized by design, so sealed bytes differ between two hubs)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from tests.support.city import bpjs_answer, enroll_offices
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import initialise_hub, open_hub
from ucj_desktop.hub.acks import emit_acks
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.bpjs import export_bpjs, import_bpjs
from ucj_desktop.hub.ingest import ingest_file
from ucj_desktop.hub.synthetic import SyntheticOffice
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.store.hub_models import HubAllocation, HubOutcome, HubPackage, HubSubmission
from ucj_desktop.sync.package import open_package


@dataclass(frozen=True)
class Town:
    hub_folder: Path
    keyring: Path
    offices: list[SyntheticOffice]
    files: list[Path]
    rejected: frozenset[str]


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Town:
    folder = tmp_path_factory.mktemp("town")
    keyring = folder / "keyring.json"
    hub, _ = initialise_hub(
        folder / "hub", SecretStore(FileKeyring(keyring)), config=ProgramConfig(quota=40)
    )
    try:
        city = enroll_offices(hub, folder / "city", 5)
        people = synthetic.city_records(city.offices, 60, seed=5, doubled=8)
        files = []
        for office in city.offices:
            records = people.by_office[office.code]
            half = len(records) // 2
            files.append(city.batch(office, records[:half]))
            files.append(city.batch(office, records[half:]))
        rejected = frozenset(sorted(r.nik for rs in people.by_office.values() for r in rs)[:3])
    finally:
        hub.close()
    return Town(folder / "hub", keyring, city.offices, files, rejected)


def run_city(town: Town, order: list[int], work: Path) -> dict[str, object]:
    """Ingest ``town.files`` in ``order`` into a copy of the hub and close the cycle."""
    shutil.copytree(town.hub_folder, work / "hub")
    hub = open_hub(work / "hub", SecretStore(FileKeyring(town.keyring)))
    try:
        for n in order:
            ingest_file(hub, town.files[n])
        allocate(hub)
        upload = export_bpjs(hub, work / "bpjs-1.xlsx").path
        bpjs_answer(upload, work / "hasil-1.xlsx", reject=town.rejected)
        import_bpjs(hub, work / "hasil-1.xlsx")
        allocate(hub)  # the rejected workers' seats go to the first waiting
        second = export_bpjs(hub, work / "bpjs-2.xlsx").path
        acks = emit_acks(hub, work / "acks")
        with hub.transaction() as tx:
            outcomes = sorted(
                (
                    s.office_code,
                    s.registration_id,
                    p.sequence,
                    o.state,
                    o.reason,
                    o.other_office,
                    o.rank,
                    o.kpj,
                    o.card_token,
                )
                for s, o, p in tx.exec(
                    select(HubSubmission, HubOutcome, HubPackage)
                    .join(HubOutcome, HubOutcome.submission_id == HubSubmission.id)
                    .join(HubPackage, HubPackage.package_id == HubSubmission.package_id)
                )
            )
            seats = sorted(tx.exec(select(HubAllocation.slot, HubAllocation.nik)).all())
        keys = {o.code: o.keys.age_identity for o in town.offices}
        key, _ = hub.signing_keys()
        said = {}
        for ack in acks.acks:
            opened = open_package(
                ack.path.read_bytes(),
                trusted_signers={key.signer: bytes.fromhex(key.signing_key)},
                identity=keys[ack.office_code],
                expected_kind="ack",
            )
            m = opened.manifest
            said[ack.office_code] = (m.package_id, m.sequence, m.quota, opened.records)
    finally:
        hub.close()
    return {
        "outcomes": outcomes,
        "seats": seats,
        "bpjs": (upload.read_bytes(), second.read_bytes()),
        "acks": said,
    }


@pytest.fixture(scope="module")
def reference(town: Town, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The city ingested once, in order."""
    return run_city(town, list(range(10)), tmp_path_factory.mktemp("in-order"))


orders = st.lists(st.integers(0, 9), min_size=10, max_size=16).flatmap(
    lambda extra: st.permutations(list(range(10)) + extra[10:])
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=orders)
def test_any_order_and_any_repeat_give_the_same_hub(
    town: Town,
    reference: dict[str, object],
    tmp_path_factory: pytest.TempPathFactory,
    order: list[int],
) -> None:
    shuffled = run_city(town, order, tmp_path_factory.mktemp("shuffled"))
    assert shuffled == reference
    states = [o[3] for o in reference["outcomes"]]  # type: ignore[union-attr]
    # The example is worth having: duplicates returned, BPJS rejections, a queue.
    assert {"enrolled", "returned", "waiting", "sent"} <= set(states)
