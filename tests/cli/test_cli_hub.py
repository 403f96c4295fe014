"""`ucj-hub` from the command line (in-process; the console script is checked once)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.support.cli_runner import logger_restored
from ucj_desktop.cli.hub import main
from ucj_desktop.hub import synthetic
from ucj_desktop.hub.synthetic import record_of
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.sync.package import key_fingerprint, open_package, read_manifest
from ucj_desktop.sync.records import settings_from_record
from ucj_desktop.synthetic import generate_people


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    with logger_restored("ucj_desktop"):  # the run's log file handler goes with it
        code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hub_dir(tmp_path: Path, file_keyring: FileKeyring, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    code, out, _ = run(capsys, data, "init")
    assert code == 0 and "recovery code" in out
    return data


def test_init_twice_is_refused_and_changes_nothing(
    hub_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (hub_dir / "hub" / "hub.json").read_bytes()
    code, _, err = run(capsys, hub_dir, "init")
    assert code == 1 and "already exists" in err
    assert (hub_dir / "hub" / "hub.json").read_bytes() == before


def test_a_password_in_the_database_url_is_refused(
    tmp_path: Path, file_keyring: FileKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, tmp_path / "d", "init", "--db", "postgresql+psycopg://u:secret@localhost/hub"
    )
    assert code == 1
    assert "never on the command line" in err and "secret" not in err
    assert not (tmp_path / "d" / "hub" / "hub.json").exists()


def test_enroll_ingest_allocate_and_status(
    hub_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "hub-key.json"
    code, out, _ = run(capsys, hub_dir, "export-key", "--out", str(key_file))
    assert code == 0 and "fingerprint" in out
    recipient = json.loads(key_file.read_text())["age_recipient"]
    office = synthetic.offices(1)[0]
    enrollment = tmp_path / "office.json"
    enrollment.write_text(json.dumps(office.enrollment()))
    code, out, _ = run(capsys, hub_dir, "enroll-device", str(enrollment))
    assert code == 0 and office.code in out and office.enrollment()["fingerprint"] in out
    assert "enrolled already" in run(capsys, hub_dir, "enroll-device", str(enrollment))[1]

    batches = tmp_path / "stick"
    batches.mkdir()
    people = list(generate_people(5, 4, date(2026, 1, 1)))
    when = datetime(2026, 1, 5, tzinfo=UTC)
    (batches / "b2.ucjsync").write_bytes(
        office.batch([record_of(p, when) for p in people[2:]], recipient, sequence=2)
    )
    code, out, _ = run(capsys, hub_dir, "ingest", str(batches))
    assert code == 0
    assert f"{office.code} batch 2: 2 records" in out
    assert "still missing from this laptop: batch 1" in out

    code, out, _ = run(capsys, hub_dir, "allocate")
    assert code == 0 and "seats 2 of 11,666" in out
    code, out, _ = run(capsys, hub_dir, "allocate")
    assert "nothing new since the last allocation" in out

    code, out, _ = run(capsys, hub_dir, "status")
    assert code == 0
    line = next(row for row in out.splitlines() if row.startswith(office.code))
    assert line.split()[1] == "2" and line.split()[-1] == "1"  # last batch 2, batch 1 missing
    assert "audit chain intact" in out


def test_a_refused_package_is_named_and_the_others_taken(
    hub_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.ucjsync"
    junk.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, hub_dir, "ingest", str(junk))
    assert code == 1
    assert "junk.ucjsync: refused:" in err and "Traceback" not in err
    assert "0 of 1 package(s) taken" in out


def test_an_income_past_any_database_integer_is_one_line_naming_record_and_field(
    hub_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "hub-key.json"
    assert run(capsys, hub_dir, "export-key", "--out", str(key_file))[0] == 0
    office = synthetic.offices(1)[0]
    enrollment = tmp_path / "office.json"
    enrollment.write_text(json.dumps(office.enrollment()))
    assert run(capsys, hub_dir, "enroll-device", str(enrollment))[0] == 0
    when = datetime(2026, 1, 5, tzinfo=UTC)
    records = [record_of(p, when) for p in generate_people(5, 2, date(2026, 1, 1))]
    records[1] = dataclasses.replace(records[1], declared_income=2**63)
    batch = tmp_path / "b1.ucjsync"
    recipient = json.loads(key_file.read_text())["age_recipient"]
    batch.write_bytes(office.batch(records, recipient))
    code, out, err = run(capsys, hub_dir, "ingest", str(batch))
    assert code == 1
    assert err == (
        "b1.ucjsync: refused: record 2 of the batch has an invalid declared_income "
        "(out_of_range); nothing was taken from it\n"
    )
    assert "0 of 1 package(s) taken" in out


def test_settings_quota_below_the_seats_held_is_refused(
    hub_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, hub_dir, "settings", "set", "quota", "500")[0] == 0
    code, out, _ = run(capsys, hub_dir, "settings", "show")
    assert "quota = 500" in out
    code, _, err = run(capsys, hub_dir, "settings", "set", "quota", "many")
    assert code == 1 and "quota" in err


def test_the_console_script_is_installed(tmp_path: Path) -> None:
    import shutil
    import sys

    found = shutil.which("ucj-hub", path=str(Path(sys.executable).parent))
    assert found
    done = subprocess.run([found, "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "ingest" in done.stdout


def test_a_postgresql_hub_takes_its_password_from_libpq_s_password_file(
    tmp_path: Path,
    file_keyring: FileKeyring,
    postgres_db,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = postgres_db.url_without_password.render_as_string(hide_password=False)
    passfile = postgres_db.server.write_pgpass(tmp_path / "pgpass")
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    data = tmp_path / "data"
    code, _out, err = run(capsys, data, "init", "--db", url)
    assert code == 0, err
    manifest = (data / "hub" / "hub.json").read_text()
    assert (
        postgres_db.server.password not in manifest
        and file_keyring.path.read_text().count(postgres_db.server.password) == 0
    )
    assert run(capsys, data, "status")[0] == 0
    monkeypatch.delenv("PGPASSFILE")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    code, _, err = run(capsys, data, "status")
    assert code == 1 and "password" in err.lower() and "Traceback" not in err


def test_a_postgresql_password_given_once_on_standard_input_is_kept_in_the_keyring(
    tmp_path: Path,
    file_keyring: FileKeyring,
    postgres_db,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = postgres_db.url_without_password.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(postgres_db.server.password + "\n"))
    data = tmp_path / "data"
    code, _, err = run(capsys, data, "init", "--db", url, "--db-password-stdin")
    assert code == 0, err
    assert run(capsys, data, "allocate")[0] == 0


def test_settings_set_raises_the_version_show_says_it_and_export_writes_the_signed_package(
    hub_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, hub_dir, "settings", "export", "--out", str(tmp_path / "none"))
    assert code == 1 and err.startswith("ucj-hub settings: no office laptop is enrolled yet")
    assert not (tmp_path / "none").exists()
    office = synthetic.offices(1)[0]
    enrollment = tmp_path / "office.json"
    enrollment.write_text(json.dumps(office.enrollment()))
    assert run(capsys, hub_dir, "enroll-device", str(enrollment))[0] == 0

    code, out, _ = run(capsys, hub_dir, "settings", "set", "desil_max", "4")
    assert code == 0 and out.splitlines() == [
        "desil_max = 4",
        "programme settings version 2: send offices the new package "
        "(ucj-hub settings export --out DIR)",
    ]
    code, out, _ = run(capsys, hub_dir, "settings", "set", "desil_max", "4")
    assert out.splitlines()[1] == "unchanged; the programme settings stay at version 2"
    assert run(capsys, hub_dir, "settings", "set", "months", "6")[1] == "months = 6\n"
    code, out, _ = run(capsys, hub_dir, "settings", "show")
    assert out.splitlines()[0] == "version = 2" and "months = 6" in out
    assert run(capsys, hub_dir, "settings", "set", "version", "9")[0] == 1  # not by hand

    code, out, _ = run(capsys, hub_dir, "settings", "export", "--out", str(tmp_path / "out"))
    assert code == 0, out
    [written] = (tmp_path / "out").iterdir()
    assert out.splitlines()[0] == (
        f"programme settings version 2 for city 32.75, sealed to 1 office laptop(s) -> {written}"
    )
    manifest = read_manifest(written.read_bytes())
    assert (manifest.kind, manifest.office_code, manifest.sequence) == ("settings", "32.75", 2)
    # The enrolled laptop opens it, with the hub's key the hub's key file names.
    key_file = tmp_path / "hub-key.json"
    run(capsys, hub_dir, "export-key", "--out", str(key_file))
    signing = bytes.fromhex(json.loads(key_file.read_text())["signing_key"])
    opened = open_package(
        written.read_bytes(),
        trusted_signers={key_fingerprint(signing): signing},
        identity=office.keys.age_identity,
        expected_kind="settings",
    )
    assert settings_from_record(opened.records[0]).desil_max == 4
