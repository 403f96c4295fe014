"""`ucj passwd`, `ucj register`, `ucj verify` and `ucj import candidates`, run in-process (the
installed script's entry function, from a folder outside the repo) against one store shared by
the module.

The store (a copy of the session's template) holds a synthetic DTSEN extract, a petugas, a
verifikator and a petugas who still has a temporary password. Results are read back through
the services. Every person is synthetic.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.cli.english import in_english
from tests.support.cli_runner import Main, console_entry, run_in_process
from tests.support.stores import TemplateStore, copy_store
from ucj_desktop.cli.messages import describe
from ucj_desktop.cli.registration import read_registration_json
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import age_on
from ucj_desktop.domain.roles import Role
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession, add_officer, change_password, sign_in
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import FormEntry, save_registration
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.store.models import AuditEvent, Officer, Registration
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

ADMIN_PASSWORD = "admin-pass-123"
TEMP = "temp-pass-0001"
OWN = "own-pass-0002"
NEW = "baru-pass-0003"
TODAY = date.today()  # what `ucj` judges ages by
AS_PETUGAS = {"UCJ_USER": "loket", "UCJ_PASSWORD": OWN}
AS_VERIFIKATOR = {"UCJ_USER": "penyelia", "UCJ_PASSWORD": OWN}
# A synthetic DTSEN row for the checks that never reach a store.
SAMPLE = (
    "3275011501900001",
    "3275010101200001",
    "Budi Santoso",
    "15/01/1990",
    "L",
    "Jl. Melati No. 1",
    "001",
    "002",
    "32.75.01.1001",
    "2",
)
REGISTERED = re.compile(r"^registration ([0-9a-f-]{36}): (\w+)$")


@dataclass(frozen=True)
class Finished:
    """A run that is already over, answering like a ``Popen`` that was waited for."""

    result: subprocess.CompletedProcess[str]

    @property
    def args(self) -> list[str]:
        return list(self.result.args)

    @property
    def returncode(self) -> int:
        return self.result.returncode

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        return self.result.stdout, self.result.stderr


@dataclass
class Cli:
    root: Path  # the commands' working folder, outside the repo
    paths: StorePaths
    secret_store: SecretStore
    env: dict[str, str]
    main: Main
    petugas: OfficerSession
    people: list[tuple[str, ...]]  # DTSEN rows of people who may register, not yet used

    def run(
        self, *args: str, env: dict[str, str] | None = None, stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        return run_in_process(
            self.main,
            "ucj",
            [*args, "--data-dir", str(self.paths.root)],
            env={**self.env, **(env or {})},
            cwd=self.root,
            stdin=stdin,
        )

    def start(self, *args: str, env: dict[str, str] | None = None) -> Finished:
        """The same, answering like a started child (the runs were side by side as processes)."""
        return Finished(self.run(*args, env=env))

    @contextmanager
    def store(self) -> Iterator[OpenStore]:
        opened = open_store(self.paths, self.secret_store)
        try:
            yield opened
        finally:
            opened.close()

    def take(self) -> tuple[str, ...]:
        return self.people.pop()

    def json_file(self, name: str, content: object) -> Path:
        path = self.root / name
        path.write_text(
            content if isinstance(content, str) else json.dumps(content), encoding="utf-8"
        )
        return path


def _may_register(row: tuple[str, ...]) -> bool:
    day, month, year = (int(part) for part in row[3].split("/"))
    return int(row[9]) <= 5 and age_on(date(year, month, day), TODAY) < 64


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory, template_store: TemplateStore) -> Iterator[Cli]:
    root = tmp_path_factory.mktemp("cli_registration")
    keyring_file = root / "keyring.json"
    secret_store_backend = FileKeyring(keyring_file)
    secret_store = SecretStore(secret_store_backend)
    paths = StorePaths(root / "store")
    copy_store(template_store, paths, secret_store_backend)
    opened = open_store(paths, secret_store)
    try:
        admin = sign_in(opened, "admin", ADMIN_PASSWORD)
        rows = list(dtsen_rows(57, 150, TODAY))
        extract = root / "dtsen.csv"
        with extract.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([DTSEN_HEADER, *rows])
        assert import_reference(opened, admin, "dtsen", extract, today=TODAY).applied
        sessions = {}
        for name, role in (("loket", Role.PETUGAS), ("penyelia", Role.VERIFIKATOR)):
            add_officer(opened, admin, name, f"Petugas {name}", frozenset({role}), TEMP)
            sessions[name] = change_password(opened, sign_in(opened, name, TEMP), TEMP, OWN)
        # Still on the temporary password an admin gave out.
        add_officer(opened, admin, "baru", "Petugas Baru", frozenset({Role.PETUGAS}), TEMP)
    finally:
        opened.close()
    env = in_english({k: v for k, v in os.environ.items() if not k.startswith("UCJ_")})
    env["PYTHON_KEYRING_BACKEND"] = "ucj_desktop.security.file_keyring.FileKeyring"
    env["UCJ_FILE_KEYRING"] = str(keyring_file)
    env["PYTHONIOENCODING"] = "utf-8"
    yield Cli(
        root,
        paths,
        secret_store,
        env,
        console_entry("ucj"),
        sessions["loket"],
        [r for r in rows if _may_register(r)],
    )


def worker(row: tuple[str, ...], **changes: Any) -> dict[str, Any]:
    """A `ucj register` file's object for this DTSEN person, with every key DESIGN.md lists."""
    day, month, year = row[3].split("/")
    data: dict[str, Any] = {
        "nik": row[0],
        "kk_number": row[1],
        "full_name": row[2],
        "birth_date": f"{year}-{month}-{day}",
        "sex": row[4],
        "phone": "0812-9999-5001",
        "address": row[5],
        "rt": row[6],
        "rw": row[7],
        "kelurahan_code": row[8],
        "occupations": ["OJOL"],
        "declared_income": 1_500_000,
        "consent": True,
    }
    data.update(changes)
    return data


def registered(result: subprocess.CompletedProcess[str]) -> tuple[str, str]:
    """(id, status) from a successful `ucj register` or `ucj verify`."""
    assert (result.returncode, result.stderr) == (0, ""), (result.returncode, result.stderr)
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    found = REGISTERED.match(lines[0])
    assert found, lines[0]
    return found.group(1), found.group(2)


def row_of(cli: Cli, registration_id: str) -> Registration:
    with cli.store() as opened, opened.store.session() as session:
        row = session.get(Registration, registration_id)
        assert row is not None
        return row


def counts(cli: Cli) -> tuple[int, int]:
    with cli.store() as opened, opened.store.session() as session:
        return (
            session.execute(select(func.count()).select_from(Registration)).scalar_one(),
            session.execute(select(func.count()).select_from(AuditEvent)).scalar_one(),
        )


def submitted_in_process(cli: Cli) -> str:
    """A registration submitted by the petugas `loket` (made here: faster than a child)."""
    data = read_registration_json(cli.json_file("prep.json", worker(cli.take())))
    with cli.store() as opened:
        return save_registration(opened, cli.petugas, FormEntry(data), submit=True).id


# --- ucj passwd ----------------------------------------------------------------------------------


def test_passwd_replaces_a_temporary_password_so_the_officer_can_then_save_a_draft(
    cli: Cli,
) -> None:
    result = cli.run("passwd", "--user", "baru", stdin=f"{TEMP}\n{NEW}\n")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.splitlines() == ["Password changed for baru."]
    with cli.store() as opened, opened.store.session() as session:
        officer = session.execute(select(Officer).where(Officer.username == "baru")).scalar_one()  # type: ignore[arg-type]
        assert officer.must_change_password is False
        changed = session.execute(
            select(AuditEvent).where(AuditEvent.action == "password.changed")  # type: ignore[arg-type]
        ).scalars()
        assert str(officer.id) in {e.entity_id for e in changed}

    person = cli.take()
    path = cli.json_file("draft.json", worker(person, consent=True))
    registration_id, status = registered(
        cli.run("register", str(path), "--draft", env={"UCJ_USER": "baru", "UCJ_PASSWORD": NEW})
    )
    assert status == "draft"
    row = row_of(cli, registration_id)
    assert (row.status, row.nik, row.created_by) == ("draft", person[0], officer.id)


# --- ucj register --------------------------------------------------------------------------------


def test_register_submits_an_eligible_worker_and_prints_the_id(cli: Cli) -> None:
    person = cli.take()
    path = cli.json_file("worker.json", worker(person, occupations=["ojol", "PKL"]))
    before = counts(cli)
    registration_id, status = registered(cli.run("register", str(path), env=AS_PETUGAS))
    assert status == "submitted"
    assert counts(cli) == (before[0] + 1, before[1] + 3)  # login.ok, created, submitted
    row = row_of(cli, registration_id)
    assert (row.status, row.nik, row.full_name, row.desil) == (
        "submitted",
        person[0],
        person[2],
        int(person[9]),
    )
    assert (row.phone, row.consent, row.declared_income) == ("+6281299995001", True, 1_500_000)
    assert json.loads(row.occupations) == ["OJOL", "PKL"]
    assert row.submitted_by == cli.petugas.officer_id


def test_bad_register_files_fail_with_one_clear_line_and_change_nothing(cli: Cli) -> None:
    good = worker(cli.people[0])
    without_kk = {k: v for k, v in good.items() if k != "kk_number"}
    cases = {
        "bad.json": ('{"nik": "3275', "ucj register: file: not valid JSON ("),
        "extra.json": (
            {**good, "email": "x@example.org"},
            "ucj register: file: unknown key(s) ['email']",
        ),
        "nokk.json": (without_kk, "ucj register: file: missing key(s) ['kk_number']"),
        "sex.json": ({**good, "sex": 1}, "ucj register: sex: expected a string"),
    }
    before = counts(cli)
    running = {
        name: cli.start("register", str(cli.json_file(name, content)), env=AS_PETUGAS)
        for name, (content, _line) in cases.items()
    }
    for name, child in running.items():
        stdout, stderr = child.communicate(timeout=60)
        result = subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)
        assert result.returncode == 1, (name, result.returncode, stdout, stderr)
        assert "Traceback" not in stdout + stderr, name
        assert stdout == "", name
        lines = stderr.splitlines()
        assert len(lines) == 1, (name, stderr)
        assert lines[0].startswith(cases[name][1]), (name, lines[0])
    assert counts(cli) == before  # refused before anyone signed in


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        ({"nik": 3275011501900001}, "nik: expected a string"),
        ({"rt": 1}, "rt: expected a string"),
        ({"full_name": None}, "full_name: expected a string"),
        ({"declared_income": "1000000"}, "declared_income: expected whole rupiah"),
        ({"declared_income": 1.5e6}, "declared_income: expected whole rupiah"),
        ({"declared_income": True}, "declared_income: expected whole rupiah"),
        ({"consent": 1}, "consent: expected true or false"),
        ({"consent": None}, "consent: expected true or false"),
        ({"birth_date": "15/01/1990"}, "birth_date: expected YYYY-MM-DD"),
        ({"birth_date": 19900115}, "birth_date: expected YYYY-MM-DD"),
        ({"birth_date": False}, "birth_date: expected YYYY-MM-DD"),
        ({"occupations": 5}, "occupations: expected a list"),
        ({"sex": ["L"]}, "sex: expected a string"),
        ({"phone": 812}, "phone: expected a string"),
    ],
)
def test_a_value_of_the_wrong_type_names_its_key_and_what_was_expected(
    changes: dict[str, Any], line: str, tmp_path: Path
) -> None:
    path = tmp_path / "worker.json"
    path.write_text(json.dumps({**worker(SAMPLE), **changes}))
    with pytest.raises(DomainError) as caught:
        read_registration_json(path)
    assert caught.value.code == "json.bad_value"
    assert describe(caught.value) == line


@pytest.mark.parametrize(
    ("content", "code", "line"),
    [
        ("", "json.invalid", "file: not valid JSON (Expecting value: line 1 column 1 (char 0))"),
        ("[]", "json.not_object", "file: the JSON must be one object with the registration's keys"),
        ('"OJOL"', "json.not_object", None),
        ({"nama": "x"}, "json.unknown_keys", "file: unknown key(s) ['nama']"),
        ({}, "json.missing_keys", None),
    ],
)
def test_a_file_that_is_not_one_registration_object_is_refused(
    content: object, code: str, line: str | None, tmp_path: Path
) -> None:
    path = tmp_path / "worker.json"
    if isinstance(content, dict):
        content = json.dumps({**worker(SAMPLE), **content} if content else content)
    path.write_text(str(content), encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        read_registration_json(path)
    assert caught.value.code == code
    if line is not None:
        assert describe(caught.value) == line
    if code == "json.missing_keys":
        assert describe(caught.value).startswith("file: missing key(s) ['nik', 'kk_number'")
    with pytest.raises(DomainError) as caught:
        read_registration_json(tmp_path / "nowhere.json")
    assert describe(caught.value) == "file: not found"


def test_optional_keys_may_be_left_out_or_null(tmp_path: Path) -> None:
    data = worker(SAMPLE)
    for key in ("birth_date", "sex", "phone", "declared_income"):
        del data[key]
    path = tmp_path / "worker.json"
    path.write_text(json.dumps(data))
    read = read_registration_json(path)
    assert (read.birth_date, read.sex, read.phone, read.declared_income) == (
        None,
        None,
        None,
        1_000_000,
    )
    path.write_text(json.dumps({**data, "birth_date": None, "sex": None, "phone": None}))
    assert read_registration_json(path).sex is None
    path.write_text(json.dumps({**data, "occupations": "OJOL, PKL"}))
    assert read_registration_json(path).occupations == ("OJOL", "PKL")


def test_register_with_field_problems_prints_each_fields_reason_and_saves_nothing(
    cli: Cli, expect_failure: Callable[[subprocess.CompletedProcess[str]], str]
) -> None:
    bad = worker(cli.take(), phone="12345", rt="0", consent=False, occupations=[])
    before = counts(cli)
    result = cli.run("register", str(cli.json_file("bad-fields.json", bad)), env=AS_PETUGAS)
    line = expect_failure(result)
    assert line == "ucj register: the registration has 4 field problem(s), listed above"
    assert result.stdout.splitlines() == [
        "  phone: mobile number not valid (use 08..., 628... or +628...)",
        "  rt: RT must be a 1-3 digit number",
        "  occupations: occupation not filled in",
        "  consent: worker's consent not recorded",
    ]
    assert counts(cli)[0] == before[0]


def test_register_refuses_an_ineligible_worker_naming_the_rule_and_suggests_a_draft(
    cli: Cli, expect_failure: Callable[[subprocess.CompletedProcess[str]], str]
) -> None:
    person = cli.take()
    path = cli.json_file("outside.json", worker(person, kelurahan_code="32.01.01.2001"))
    before = counts(cli)
    line = expect_failure(cli.run("register", str(path), env=AS_PETUGAS))
    assert line == (
        "ucj register: not eligible, so it cannot be submitted (['residence.outside_city']); "
        "save it with --draft"
    )
    assert counts(cli)[0] == before[0]


# --- ucj verify ----------------------------------------------------------------------------------


def test_verify_approve_works_for_a_verifikator_and_not_for_the_registrar(
    cli: Cli, expect_failure: Callable[[subprocess.CompletedProcess[str]], str]
) -> None:
    registration_id = submitted_in_process(cli)
    before = counts(cli)
    line = expect_failure(cli.run("verify", registration_id, "--approve", env=AS_PETUGAS))
    assert line == "ucj verify: your roles do not allow this (registration.verify)"
    assert row_of(cli, registration_id).status == "submitted"
    assert counts(cli) == (before[0], before[1] + 1)  # only the sign-in

    assert registered(cli.run("verify", registration_id, "--approve", env=AS_VERIFIKATOR)) == (
        registration_id,
        "verified",
    )
    row = row_of(cli, registration_id)
    assert row.status == "verified"
    assert row.verified_by is not None and row.verified_by != row.created_by
    assert row.verified_at is not None


def test_verify_reject_lainnya_needs_a_note(
    cli: Cli, expect_failure: Callable[[subprocess.CompletedProcess[str]], str]
) -> None:
    registration_id = submitted_in_process(cli)
    line = expect_failure(
        cli.run("verify", registration_id, "--reject", "LAINNYA", env=AS_VERIFIKATOR)
    )
    assert line == "ucj verify: --note: say why when the reason is LAINNYA"
    assert row_of(cli, registration_id).status == "submitted"

    result = cli.run(
        "verify",
        registration_id,
        "--reject",
        "LAINNYA",
        "--note",
        "foto KTP buram",
        env=AS_VERIFIKATOR,
    )
    assert registered(result) == (registration_id, "rejected")
    row = row_of(cli, registration_id)
    assert (row.status, row.decision_code, row.decision_note) == (
        "rejected",
        "LAINNYA",
        "foto KTP buram",
    )


# --- ucj import candidates -----------------------------------------------------------------------


def test_import_candidates_with_a_category_makes_drafts_awaiting_consent(cli: Cli) -> None:
    people = [cli.take(), cli.take()]
    path = cli.root / "ojol.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([("NIK", "HP"), *[(p[0], "081299996001") for p in people]])
    before = counts(cli)
    result = cli.run("import", "candidates", str(path), "--category", "OJOL", env=AS_PETUGAS)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.splitlines() == [
        "ojol.csv: 2 rows read, 0 rejected",
        "2 draft registrations made; each needs the worker's consent at the counter before "
        "it is submitted",
    ]
    assert counts(cli)[0] == before[0] + 2
    with cli.store() as opened, opened.store.session() as session:
        drafts = session.execute(
            select(Registration).where(
                Registration.nik.in_([p[0] for p in people])  # type: ignore[attr-defined]
            )
        ).scalars()
        found = {r.nik: r for r in drafts}
    assert sorted(found) == sorted(p[0] for p in people)
    for person in people:
        row = found[person[0]]
        assert (row.status, row.consent, row.full_name, row.desil) == (
            "draft",
            False,
            person[2],
            int(person[9]),
        )
        assert json.loads(row.occupations) == ["OJOL"]


def test_register_given_a_folder_says_so_in_one_line(run_ucj, expect_failure, tmp_path):
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    line = expect_failure(run_ucj("register", str(folder), env={"UCJ_USER": "x"}))
    assert "cannot be read" in line
