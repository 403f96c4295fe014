"""Concurrency on the hub's SQLite file: `ucj-hub allocate` processes at once, then allocations
racing `import-bpjs` and an ingest. Each writer must hold SQLite's one write lock from its
first read to its commit, so none decides from a state another changes under it: no seat
given twice, no "internal error", every worker accounted for.

Real processes (the installed ``ucj-hub`` script, started together by
tests/support/hub_processes.py), each with its own connection to one SQLCipher file.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from tests.cli.english import in_english
from tests.support.city import bpjs_answer, enroll_offices
from tests.support.hub_processes import Finished, run_together, ucj_hub
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.access import initialise_hub, open_hub
from ucj_desktop.hub.allocate import allocate
from ucj_desktop.hub.audit import check_hub_chain
from ucj_desktop.hub.bpjs import export_bpjs
from ucj_desktop.hub.ingest import ingest_file
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.store.hub_models import (
    HubAllocation,
    HubAuditEvent,
    HubOutcome,
    HubSubmission,
)

OFFICES = 4
WORKERS = 600
QUOTA = 200
ALLOCATORS = 4
REJECTED = 6  # of the BPJS file's workers: their seats free up while allocations run
HOLDING = {"allocated", "sent", "enrolled"}


def clean(run: Finished) -> None:
    assert run.code == 0 and run.err == "", str(run)


def test_allocate_and_import_bpjs_at_once_on_sqlite_keep_every_seat_single(
    tmp_path: Path, secret_store: SecretStore, cli_env: dict[str, str]
) -> None:
    data = tmp_path / "data"
    hub, _code = initialise_hub(data / "hub", secret_store, config=ProgramConfig(quota=QUOTA))
    try:
        city = enroll_offices(hub, tmp_path / "stick", OFFICES)
        people = synthetic.city_records(city.offices, WORKERS, doubled=16)
        late: list[Path] = []
        for office in city.offices:
            first, second = synthetic.chunks(people.by_office[office.code], WORKERS // OFFICES)
            ingest_file(hub, city.batch(office, first))
            late.append(city.batch(office, second))
    finally:
        hub.close()
    command = [ucj_hub(), "--data-dir", str(data)]
    env = in_english(cli_env)  # the children's lines are checked against the English words

    # 1. Allocations at once: one decides, the others find nothing new.
    first_wave = run_together(
        [(f"allocate-{n}", [*command, "allocate"]) for n in range(ALLOCATORS)], env, tmp_path
    )
    for run in first_wave:
        clean(run)
    changed = [r for r in first_wave if "nothing new" not in r.out]
    assert len(changed) == 1, "\n".join(map(str, first_wave))
    assert f"seats {QUOTA} of {QUOTA} (+{QUOTA} now)" in changed[0].out

    # 2. BPJS answers the file, rejecting a few, while allocations and an ingest run.
    hub = open_hub(data / "hub", secret_store)
    try:
        upload = export_bpjs(hub, tmp_path / "bpjs.xlsx").path
    finally:
        hub.close()
    sent = bpjs_answer(upload, tmp_path / "probe.xlsx")
    rejected = set(sorted(sent)[:REJECTED])
    bpjs_answer(upload, tmp_path / "result.xlsx", reject=rejected)
    jobs = [(f"allocate-{n}", [*command, "allocate"]) for n in range(ALLOCATORS - 1)]
    jobs.append(("import-bpjs", [*command, "import-bpjs", str(tmp_path / "result.xlsx")]))
    jobs.append(("ingest", [*command, "ingest", *map(str, late)]))
    second_wave = run_together(jobs, env, tmp_path)
    for run in second_wave:
        clean(run)
    assert f"{QUOTA - REJECTED} enrolled, {REJECTED} rejected" in second_wave[-2].out
    log = data / "logs" / "ucj.log"
    assert not log.exists() or "Traceback" not in log.read_text(encoding="utf-8")

    hub = open_hub(data / "hub", secret_store)
    try:
        allocate(hub)  # the cycle's close after everything arrived
        with hub.transaction() as tx:
            assert check_hub_chain(tx) == []
            submissions = tx.exec(select(func.count()).select_from(HubSubmission)).one()
            states = {
                sid: (state, reason)
                for sid, state, reason in tx.exec(
                    select(HubOutcome.submission_id, HubOutcome.state, HubOutcome.reason)
                ).all()
            }
            seats = tx.exec(
                select(HubAllocation.slot, HubAllocation.submission_id, HubSubmission.nik).join(
                    HubSubmission, col(HubSubmission.id) == col(HubAllocation.submission_id)
                )
            ).all()
            niks = dict(tx.exec(select(HubSubmission.id, HubSubmission.nik)).all())
            allocations = tx.exec(
                select(func.count()).where(col(HubAuditEvent.action) == "quota.allocated")
            ).one()
    finally:
        hub.close()
    # Every worker has one word; the seats are the quota, each held once, by a holding word.
    assert len(states) == submissions == WORKERS + 16
    assert sorted(slot for slot, _, _ in seats) == list(range(1, QUOTA + 1))
    assert len({nik for _, _, nik in seats}) == QUOTA
    holders = {sid for _, sid, _ in seats}
    assert {sid for sid, (state, _) in states.items() if state in HOLDING} == holders
    counted = Counter(state for state, _ in states.values())
    assert counted["enrolled"] == QUOTA - REJECTED and counted["allocated"] == REJECTED
    # BPJS's rejections are returned with its reason, their seats given to the next in line.
    bpjs_returned = {
        niks[sid] for sid, w in states.items() if w == ("returned", "hub.bpjs_rejected")
    }
    assert bpjs_returned == rejected
    assert allocations >= 2
