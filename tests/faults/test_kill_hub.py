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

from tests.faults.hub_kills import COMMANDS, POINTS, Figures, Kill, campaign, prepare, run_step
from tests.support.hub_dump import leftovers
from tests.support.hub_scenario import Scenario, Step, build_scenario
from tests.support.postgres import PostgresDatabase

SEED = 7
KILLS = 50


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return build_scenario(tmp_path_factory.mktemp("hub-kills") / "city", seed=SEED)


@pytest.fixture(scope="module")
def figures(scenario: Scenario) -> Figures:
    return campaign(scenario, kills=KILLS, seed=SEED, keep=True)


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
    re-run writes the file under a new temp name and leaves the old one. FAILS (product)."""
    assert not figures.leftovers, "\n".join(figures.lines())


def test_killed_runs_converge_on_postgresql_too(
    postgres_db: PostgresDatabase, tmp_path: Path
) -> None:
    scenario = build_scenario(tmp_path / "city", db=postgres_db.url, seed=SEED)
    done = campaign(scenario, kills=len(scenario.steps) - 1, seed=SEED)
    assert done.killed == len(scenario.steps) - 1, done.lines()  # all but the copy's ingest
    assert not done.failures and not done.finished, "\n".join(done.lines())


# --- what the kills showed, one case at a time -------------------------------------------------


def _through(scenario: Scenario, run: Path, before: Step) -> None:
    """Run the scenario's steps up to ``before`` (not included), unkilled."""
    for step in scenario.steps[: before.number - 1]:
        prepare(run, step)
        assert run_step(run, step).error is None, step


def test_a_bpjs_export_killed_before_its_rename_leaves_its_temp_file_for_good(
    scenario: Scenario,
) -> None:
    """The temp file is a whole copy of the collective file (NIKs, names, birth dates,
    phones), in the folder the operator hands to BPJS. An office's export settles such a
    leftover on its next run (services/sync_batches.complete_interrupted_export); the hub
    does not. FAILS (product)."""
    run = scenario.new_run("export-killed-before-rename")
    export = scenario.first("export-bpjs")
    _through(scenario, run, export)
    assert run_step(run, export, Kill("replace", 1)).killed
    assert run_step(run, export).error is None
    assert export.path(run).is_file()  # the re-run wrote the file...
    assert leftovers(run) == []  # ...beside the killed run's copy: out/.ucjtmp-*.xlsx


def test_an_ack_round_killed_before_a_rename_leaves_its_temp_file_for_good(
    scenario: Scenario,
) -> None:
    """FAILS (product): acks/.ucjtmp-*.ucjsync stays beside the office's ack."""
    run = scenario.new_run("acks-killed-before-rename")
    acks = scenario.first("emit-acks")
    _through(scenario, run, acks)
    assert run_step(run, acks, Kill("replace", 2)).killed
    assert run_step(run, acks).error is None
    assert len(list(acks.path(run).glob("UCJ-*-ack-*.ucjsync"))) == len(scenario.offices)
    assert leftovers(run) == []
