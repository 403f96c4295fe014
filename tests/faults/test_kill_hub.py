"""The hub's commands killed at their durability points 52 times, and run again: the city hub
must end as a hub never killed did (tests/faults/hub_kills.py; its script is the long run).

One campaign (seed 7: the same kills every time) serves the first tests: four runs of the city
scenario (tests/support/hub_scenario.py), each command of each run killed once at a point drawn
from what the reference run reached (before an ``os.fsync``, before an ``os.replace``, after a
commit), then run again unkilled. PostgreSQL gets one such run. Below them, what the kills
showed, each case on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.faults.hub_kills import (
    COMMANDS,
    POINTS,
    Figures,
    Kill,
    Reference,
    campaign,
    prepare,
    reference_run,
    run_step,
)
from tests.support.hub_dump import leftovers
from tests.support.hub_scenario import ACKS, Scenario, Step, build_scenario, open_run
from tests.support.postgres import PostgresDatabase
from ucj_desktop.hub.acks import ack_file_name
from ucj_desktop.store.repos import hub_outcomes

SEED = 7
KILLS = 50


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return build_scenario(tmp_path_factory.mktemp("hub-kills") / "city", seed=SEED)


@pytest.fixture(scope="module")
def reference(scenario: Scenario) -> Reference:
    """The scenario run once unkilled, its hub's folder kept after every step."""
    return reference_run(scenario, Figures(), keep_states=True)


@pytest.fixture(scope="module")
def figures(scenario: Scenario, reference: Reference) -> Figures:
    return campaign(scenario, kills=KILLS, seed=SEED, keep=True, reference=reference)


def test_fifty_kills_reach_every_command_and_every_point(figures: Figures) -> None:
    assert figures.killed >= KILLS, figures.lines()
    assert {command for command, _ in figures.kills} == set(COMMANDS), figures.lines()
    assert {point for _, point in figures.kills} == set(POINTS), figures.lines()
    # Every kill came where the reference run said it would: the runs follow the same path.
    assert not figures.finished, figures.lines()


def test_every_killed_run_ends_as_the_hub_never_killed(figures: Figures) -> None:
    """Nothing lost or doubled: the same outcomes, seats, BPJS files (cells and bytes), BPJS
    results and ack records as the reference; audit chain intact, quota kept, each NIK seated
    once, every file the hub recorded on disk with the bytes it recorded."""
    assert not figures.failures, "\n".join(figures.lines())


def test_no_killed_write_leaves_its_temp_file_behind(figures: Figures) -> None:
    """A kill before a rename leaves ``.ucjtmp-*`` beside the BPJS file or the acks; the
    re-run removes it as it writes the file again."""
    assert not figures.leftovers, "\n".join(figures.lines())


def test_killed_runs_converge_on_postgresql_too(
    postgres_db: PostgresDatabase, tmp_path: Path
) -> None:
    scenario = build_scenario(tmp_path / "city", db=postgres_db.url, seed=SEED)
    done = campaign(scenario, kills=len(scenario.steps) - 1, seed=SEED)
    assert done.killed == len(scenario.steps) - 1, done.lines()  # all but the copy's ingest
    assert not done.failures and not done.finished, "\n".join(done.lines())


# --- what the kills showed, one case at a time -------------------------------------------------


def test_a_bpjs_export_killed_before_its_rename_leaves_its_temp_file_for_good(
    scenario: Scenario, reference: Reference
) -> None:
    """The temp file is a whole copy of the collective file (NIKs, names, birth dates,
    phones), in the folder the operator hands to BPJS. The re-run removes it (as an office's
    export settles its own leftover, services/sync_batches.complete_interrupted_export)."""
    export = scenario.first("export-bpjs")
    run = reference.run_before(scenario, "export-killed-before-rename", export)
    assert run_step(run, export, Kill("replace", 1)).killed
    assert run_step(run, export).error is None
    assert export.path(run).is_file()  # the re-run wrote the file...
    assert leftovers(run) == []  # ...beside the killed run's copy: out/.ucjtmp-*.xlsx


def test_an_ack_round_killed_before_a_rename_leaves_its_temp_file_for_good(
    scenario: Scenario, reference: Reference
) -> None:
    """The re-run removes the killed write's acks/.ucjtmp-*.ucjsync (one of its acks)."""
    acks = scenario.first("emit-acks")
    run = reference.run_before(scenario, "acks-killed-before-rename", acks)
    assert run_step(run, acks, Kill("replace", 2)).killed
    assert run_step(run, acks).error is None
    assert len(list(acks.path(run).glob("UCJ-*-ack-*.ucjsync"))) == len(scenario.offices)
    assert leftovers(run) == []


def test_a_bpjs_file_killed_after_its_commit_is_written_even_if_new_seats_come_first(
    scenario: Scenario,
) -> None:
    """export-bpjs killed after its first commit: file 1 is recorded and its workers marked
    sent, but not written. Run again at once, export-bpjs writes it (nothing new is seated);
    but when the next cycle comes first (a batch ingested, allocate), the next export makes
    writes file 1 first (recorded, never written) and says so; file 2 comes with the next run,
    so no worker waits for BPJS's answer to a file BPJS never got."""
    run = scenario.new_run("export-killed-then-next-cycle")
    a2, a1, b1 = scenario.steps[:3]  # office A's two batches, then office B's first
    allocate, export = scenario.first("allocate"), scenario.first("export-bpjs")
    for step in (a2, a1, allocate):  # office A only: seats are left for the next cycle
        assert run_step(run, step).error is None
    assert run_step(run, export, Kill("commit", 1)).killed
    for step in (b1, allocate, Step(99, "export-bpjs", "out/kolektif-2.xlsx")):
        assert run_step(run, step).error is None
    assert _sent_in_no_file(run) == []


def test_an_ack_round_killed_after_its_commit_is_written_even_if_a_new_round_comes_first(
    scenario: Scenario, reference: Reference
) -> None:
    """emit-acks killed after its first commit: round 1 is recorded and its words marked told,
    but no file is written. Run again at once, emit-acks writes it; but when BPJS's result is
    imported first, the next emit-acks writes round 1's acks (never written) with round 2's, so
    round 1's words (records returned, waiting ranks) still reach the offices."""
    acks, export, result = (scenario.first(c) for c in ("emit-acks", "export-bpjs", "import-bpjs"))
    run = reference.run_before(scenario, "acks-killed-then-next-round", acks)
    assert run_step(run, acks, Kill("commit", 1)).killed
    for step in (export, result):
        prepare(run, step)  # BPJS answers the file
        assert run_step(run, step).error is None
    assert run_step(run, acks).error is None
    assert _acks_not_written(run) == []


def _sent_in_no_file(run: Path) -> list[str]:
    """NIKs (first digits) the hub marked sent to BPJS that no BPJS file on disk carries."""
    hub = open_run(run)
    try:
        with hub.transaction() as tx:
            sent = sorted(hub_outcomes.sent_by_nik(tx))
    finally:
        hub.close()
    written: set[str] = set()
    for path in (run / "out").glob("kolektif-*.xlsx"):
        book = load_workbook(path, read_only=True)
        written |= {str(r[0]) for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
        book.close()
    return [nik[:6] + "..." for nik in sent if nik not in written]


def _acks_not_written(run: Path) -> list[str]:
    """The acks the hub recorded (and marked told) whose file is not in the acks folder."""
    hub = open_run(run)
    try:
        with hub.transaction() as tx:
            made = [a for n in (1, 2) for a in hub_outcomes.acks_of_round(tx, n)]
    finally:
        hub.close()
    return [
        f"{a.office_code} ack {a.sequence} (round {a.round})"
        for a in made
        if not (run / ACKS / ack_file_name(a.office_code, a.sequence, a.package_id)).is_file()
    ]
