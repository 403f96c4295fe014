"""The hub killed at its durability points, run again, and compared with a hub never killed.

    python tests/faults/hub_kills.py --kills 200 --seed 7 [--db URL | --postgres] [--work DIR]

A city (tests/support/hub_scenario.py: four synthetic offices, a quota smaller than the
workers, batches out of order and one handed in twice, a fake BPJS) goes through the operator's
commands: ingest each batch, allocate, emit-acks, export-bpjs, import-bpjs, allocate, export-bpjs,
emit-acks. Each command runs in a child forked from this process after its imports (the child
opens the hub itself, as ``ucj-hub`` would: ``open_hub`` with the file keyring, then the
command's function). A killed run's child is SIGKILLed at one durability point
(tests/faults/kill_at.py): before its Nth ``os.fsync``, before its Nth ``os.replace``, or just
after its Nth SQLAlchemy ``Session.commit``; then the operator runs the same command again,
unkilled, and goes on to the next one.

The reference run goes through the scenario once without kills, counting each command's calls
of each point; every killed run starts from the same template hub and kills each command once,
at a point and call drawn from those counts with a seeded generator (the same seed, the same
kills). At the end of a run its hub must equal the reference's by natural keys
(tests/support/hub_dump.py), hold by itself (audit chain, quota, a NIK seated once, files on
disk as recorded) and keep no temp file or staging folder.

The script prints the figures (kills per command and point, runs, seconds, failures) and exits
1 on any failure; tests/faults/test_kill_hub.py is the quick, deterministic part of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import URL, make_url  # noqa: E402

from tests.faults import kill_at  # noqa: E402
from tests.support.hub_dump import Dump, differences, dump_run, leftovers  # noqa: E402
from tests.support.hub_scenario import Scenario, Step, bpjs_answers, build_scenario, open_run  # noqa: E402
from ucj_desktop.hub.access import Hub  # noqa: E402
from ucj_desktop.hub.acks import emit_acks  # noqa: E402
from ucj_desktop.hub.allocate import allocate  # noqa: E402
from ucj_desktop.hub.bpjs import export_bpjs, import_bpjs  # noqa: E402
from ucj_desktop.hub.ingest import ingest_file  # noqa: E402

POINTS = kill_at.POINTS
COMMANDS: dict[str, Callable[[Hub, Path], object]] = {
    "ingest": ingest_file,
    "allocate": lambda hub, _path: allocate(hub),
    "export-bpjs": export_bpjs,
    "import-bpjs": import_bpjs,
    "emit-acks": emit_acks,
}


@dataclass(frozen=True)
class Kill:
    point: str
    nth: int

    def __str__(self) -> str:
        return f"{self.point} #{self.nth}"


@dataclass(frozen=True)
class Child:
    killed: bool
    calls: dict[str, int]  # of each point (empty when killed)
    error: str | None  # a traceback, or how the child ended when not by itself


def _child(run: Path, step: Step, kill: Kill | None, answer: int) -> None:
    """In the forked child: arm the kill, open the hub, run the command, report, exit."""
    report: dict[str, object]
    code, report = 0, {}
    try:
        kill_at.arm(*((kill.point, kill.nth) if kill else (None, 0)))
        hub = open_run(run)
        try:
            COMMANDS[step.command](hub, step.path(run))
        finally:
            hub.close()
        report = {"calls": kill_at.CALLS}
    except BaseException:  # noqa: BLE001  (whatever it was, the parent reports it)
        code, report = 1, {"error": traceback.format_exc()}
    try:
        os.write(answer, json.dumps(report).encode())
    finally:
        os._exit(code)


def run_step(run: Path, step: Step, kill: Kill | None = None) -> Child:
    """Run one command in a forked child (this process must hold no open hub)."""
    readable, answer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(readable)
        _child(run, step, kill, answer)
    os.close(answer)
    chunks = []
    with os.fdopen(readable, "rb") as pipe:
        while chunk := pipe.read(65536):
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        return Child(True, {}, None)
    report = json.loads(b"".join(chunks) or b"{}")
    error = report.get("error")
    if error is None and os.waitstatus_to_exitcode(status) != 0:
        error = f"child ended with status {os.waitstatus_to_exitcode(status)}"
    return Child(False, report.get("calls", {}), error)


def prepare(run: Path, step: Step) -> None:
    """What happens outside the hub before a step: BPJS answers the file it was sent."""
    if step.command == "import-bpjs" and not step.path(run).exists():
        step.path(run).parent.mkdir(parents=True, exist_ok=True)
        bpjs_answers(run / step.answers, step.path(run))


@dataclass
class Figures:
    kills: Counter[tuple[str, str]] = field(default_factory=Counter)  # (command, point)
    finished: Counter[tuple[str, str]] = field(default_factory=Counter)  # kill point not reached
    runs: int = 0  # children
    passes: int = 0  # scenario runs with kills
    failures: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def killed(self) -> int:
        return sum(self.kills.values())

    def lines(self) -> list[str]:
        out = [
            f"kills: {self.killed} in {self.passes} killed runs of the scenario, "
            f"{self.runs} command runs, {self.seconds:.1f} s",
            "kills by command and point:",
        ]
        for command in COMMANDS:
            row = [f"{p} {self.kills[(command, p)]}" for p in POINTS]
            out.append(f"  {command:<12} {', '.join(row)}")
        if self.finished:
            out.append(f"finished before the kill point: {dict(self.finished)}")
        out.append(f"failures: {len(self.failures)}")
        out += [f"  {f}" for f in self.failures[:20]]
        out.append(f"leftovers (temp files, staging folders): {len(self.leftovers)}")
        out += [f"  {f}" for f in self.leftovers[:20]]
        return out


@dataclass
class Reference:
    run: Path
    calls: dict[int, dict[str, int]]  # step number -> calls of each point, unkilled
    dump: Dump
    states: Path | None = None  # with keep_states: the run's folder after each step (NN/)

    def run_before(self, scenario: Scenario, name: str, step: Step) -> Path:
        """A new run in ``work/name`` that stands where the reference stood before ``step``:
        a copy of its folder after the step before (SQLCipher only: a PostgreSQL hub's rows
        are not in the folder)."""
        assert self.states is not None and scenario.db is None, "reference run without states"
        if step.number == 1:
            return scenario.new_run(name)
        run = scenario.work / name
        shutil.rmtree(run, ignore_errors=True)
        shutil.copytree(self.states / f"{step.number - 1:02d}", run)
        return run


def reference_run(scenario: Scenario, figures: Figures, keep_states: bool = False) -> Reference:
    run = scenario.new_run("reference")
    states = scenario.work / "reference-states" if keep_states else None
    calls: dict[int, dict[str, int]] = {}
    for step in scenario.steps:
        prepare(run, step)
        done = run_step(run, step)
        figures.runs += 1
        if done.error:
            raise RuntimeError(f"reference run, step {step}: {done.error}")
        calls[step.number] = done.calls
        if states is not None:  # the hub closed by its child: the folder holds all of it
            shutil.copytree(run, states / f"{step.number:02d}")
    dump = dump_run(scenario, run)
    if dump.problems:
        raise RuntimeError(f"the reference hub itself is broken: {dump.problems}")
    return Reference(run, calls, dump, states)


def draw_kills(
    scenario: Scenario, calls: dict[int, dict[str, int]], rng: random.Random
) -> dict[int, Kill]:
    """One kill per step that has a durability point: a point it reaches, a call of it."""
    plan = {}
    for step in scenario.steps:
        reached = [p for p in POINTS if calls[step.number].get(p, 0) > 0]
        if reached:
            point = rng.choice(reached)
            plan[step.number] = Kill(point, rng.randint(1, calls[step.number][point]))
    return plan


def killed_run(
    scenario: Scenario, ref: Reference, name: str, plan: dict[int, Kill], figures: Figures
) -> None:
    run = scenario.new_run(name)
    figures.passes += 1
    for step in scenario.steps:
        prepare(run, step)
        kill = plan.get(step.number)
        if kill is not None:
            done = run_step(run, step, kill)
            figures.runs += 1
            if done.killed:
                figures.kills[(step.command, kill.point)] += 1
            elif done.error:
                figures.failures.append(f"{name} step {step} killed at {kill}: {done.error}")
            else:
                figures.finished[(step.command, kill.point)] += 1
        again = run_step(run, step)
        figures.runs += 1
        if again.error:
            figures.failures.append(f"{name} step {step} run again after {kill}: {again.error}")
            return
    dump = dump_run(scenario, run)
    said = ", ".join(f"{n}: {k}" for n, k in sorted(plan.items()))
    figures.failures += [f"{name} ({said}): {d}" for d in differences(ref.dump, dump)]
    figures.failures += [f"{name} ({said}): {p}" for p in dump.problems]
    figures.leftovers += [f"{name}: {p}" for p in leftovers(run)]


def campaign(
    scenario: Scenario,
    *,
    kills: int,
    seed: int,
    keep: bool = False,
    reference: Reference | None = None,
) -> Figures:
    """The reference run (or ``reference``, one made already), then killed runs until
    ``kills`` children were killed."""
    figures = Figures()
    started = time.monotonic()
    ref = reference or reference_run(scenario, figures)
    rng = random.Random(seed)  # the same seed, the same kills
    while figures.killed < kills:
        before = (figures.killed, len(figures.failures), len(figures.leftovers))
        name = f"kills-{figures.passes + 1}"
        killed_run(scenario, ref, name, draw_kills(scenario, ref.calls, rng), figures)
        said = (len(figures.failures), len(figures.leftovers)) != before[1:]
        if not keep and not said:  # a run that went wrong stays, to be looked at
            shutil.rmtree(scenario.work / name, ignore_errors=True)
        if figures.killed == before[0]:  # nothing was killed: the plan cannot get there
            figures.failures.append(f"{name}: no kill happened")
            break
    figures.seconds = time.monotonic() - started
    return figures


def _postgres(args: argparse.Namespace, stack: ExitStack) -> URL | None:
    """``--db URL``, or with ``--postgres`` a database on a private cluster run for the
    script's time (tests/support/postgres.py)."""
    if args.db:
        return make_url(args.db)
    if not args.postgres:
        return None
    from tests.support.postgres import private_cluster  # only when asked for

    server = stack.enter_context(private_cluster(args.work.parent / "hub-kills-pg"))
    server.create_database("hub_kills")
    return server.url("hub_kills")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="PostgreSQL URL with its password (a throwaway database)")
    parser.add_argument("--postgres", action="store_true", help="start a private cluster")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "hub-kills")
    parser.add_argument("--keep", action="store_true", help="keep every run's folder")
    args = parser.parse_args(argv)
    args.work = args.work.resolve()
    with ExitStack() as stack:
        db = _postgres(args, stack)
        started = time.monotonic()
        scenario = build_scenario(args.work / "city", db=db, seed=args.seed)
        made = time.monotonic() - started
        figures = campaign(scenario, kills=args.kills, seed=args.seed, keep=args.keep)
    where = "SQLCipher" if db is None else f"PostgreSQL ({db.render_as_string()})"
    print(f"hub: {where}; seed {args.seed}; city made in {made:.1f} s")
    print("\n".join(figures.lines()))
    if figures.failures or figures.leftovers:
        print(f"the runs that went wrong are kept in {scenario.work}")
    return 1 if figures.failures or figures.leftovers else 0


if __name__ == "__main__":
    sys.exit(main())
