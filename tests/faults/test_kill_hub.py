"""The hub's commands killed at their durability points 52 times, and run again: the city hub
must end as a hub never killed did (tests/faults/hub_kills.py; its script is the long run).

One campaign (seed 7: the same kills every time) serves the tests below: four runs of the city
scenario (tests/support/hub_scenario.py), each command of each run killed once at a point drawn
from what the reference run reached (before an ``os.fsync``, before an ``os.replace``, after a
commit), then run again unkilled. PostgreSQL gets one such run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.hub_kills import COMMANDS, POINTS, Figures, campaign
from tests.support.hub_scenario import Scenario, build_scenario
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


def test_killed_runs_converge_on_postgresql_too(
    postgres_db: PostgresDatabase, tmp_path: Path
) -> None:
    scenario = build_scenario(tmp_path / "city", db=postgres_db.url, seed=SEED)
    done = campaign(scenario, kills=len(scenario.steps) - 1, seed=SEED)
    assert done.killed == len(scenario.steps) - 1, done.lines()  # all but the copy's ingest
    assert not done.failures and not done.finished, "\n".join(done.lines())
