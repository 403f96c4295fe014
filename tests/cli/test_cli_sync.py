"""`ucj keys`, `ucj export-batch`, `ucj import-ack` and `ucj batches` run as the installed script.

The store is prepared and checked in this process (WAL lets both sides take turns); "the hub"
is tests.support.ack_builder with test keys. The acting officer signs in through UCJ_USER /
UCJ_PASSWORD. Every refusal is one line on stderr, exit 1, and changes nothing but the sign-in
event. Every person is synthetic.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import ucj_desktop
from tests.support.ack_builder import (
    HubKeys,
    build_ack,
    enrolled_record,
    open_batch,
    waiting_record,
)
from tests.support.hub_link import HubLink
from tests.support.settings_packages import build_settings
from tests.support.sync_office import (
    AS_ADMIN,
    PASSWORD,
    insert_verified,
    snapshot,
    statuses,
    trust_hub,
)
from ucj_desktop.cli.messages import DOMAIN_MESSAGES
from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.roles import Role
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import add_officer, change_password, sign_in
from ucj_desktop.services.store_access import OpenStore, open_store
from ucj_desktop.services.sync_keys import (
    enrollment_document,
    trusted_hub_signers,
)
from ucj_desktop.sync.package import key_fingerprint, read_manifest
from ucj_desktop.sync.records import AckProblem, QuotaSnapshot
from ucj_desktop.wording.sync_reasons import ack_problem_words

FINGERPRINT = re.compile(
    r"fingerprint \(read it aloud to confirm\): ((?:[0-9A-F]{4} ){4}[0-9A-F]{4})"
)


@pytest.fixture
def store(made_store, secret_store: SecretStore) -> Iterator[OpenStore]:
    opened = open_store(made_store.paths, secret_store)
    try:
        yield opened
    finally:
        opened.close()


def fingerprint_in(stdout: str) -> str:
    found = FINGERPRINT.search(stdout)
    assert found, stdout
    return found.group(1)


# --- key exchange -------------------------------------------------------------------------------


def test_keys_export_and_import_show_the_fingerprint_and_refuse_wrong_files(
    run_ucj, store: OpenStore, tmp_path: Path, expect_failure: Callable[..., str]
) -> None:
    enrollment = tmp_path / "pendaftaran-perangkat.json"
    result = run_ucj("keys", "export", "--out", str(enrollment), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    document = json.loads(enrollment.read_text(encoding="utf-8"))
    assert document["role"] == "device"
    assert (document["office_code"], document["device_id"]) == ("32.75.01.1001", store.device_id)
    assert result.stdout.splitlines() == [
        f"enrollment file for the hub: {enrollment}",
        f"fingerprint (read it aloud to confirm): {document['fingerprint']}",
    ]
    assert fingerprint_in(result.stdout) == store.device_fingerprint()

    # Export before any hub key: nothing is written.
    insert_verified(store, 1)
    before = snapshot(store)
    line = expect_failure(run_ucj("export-batch", "--out", str(tmp_path / "out"), env=AS_ADMIN))
    assert line == "ucj export-batch: no hub key yet: run 'ucj keys import HUB-KEY-FILE' first"
    assert not (tmp_path / "out").exists()

    # The device's own file given as the hub's, and a file that is no key file at all.
    line = expect_failure(run_ucj("keys", "import", str(enrollment), env=AS_ADMIN))
    assert line == "ucj keys: file: a device key file, but a hub key file is needed"
    garbage = tmp_path / "hub.json"
    garbage.write_bytes(b"\x00\x01 not a key file \xff")
    line = expect_failure(run_ucj("keys", "import", str(garbage), env=AS_ADMIN))
    assert line.startswith("ucj keys: file: not a UCJ key file ("), line
    assert snapshot(store) == before

    hub = HubKeys.generate()
    hub_file = tmp_path / "kunci-hub.json"
    hub_file.write_text(json.dumps(hub.public_file()), encoding="utf-8")
    result = run_ucj("keys", "import", str(hub_file), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "hub key trusted: Hub Disnaker Kota Bekasi"
    assert fingerprint_in(result.stdout) == hub.public_file()["fingerprint"]
    assert trusted_hub_signers(store) == {key_fingerprint(hub.signing_public): hub.signing_public}


# --- batches and acknowledgements ---------------------------------------------------------------


def test_export_batch_again_and_import_ack_twice(
    run_ucj,
    store: OpenStore,
    secret_store: SecretStore,
    tmp_path: Path,
    expect_failure: Callable[..., str],
) -> None:
    admin = sign_in(store, "admin", PASSWORD)
    hub = trust_hub(store, admin, tmp_path / "hub.json")
    enrollment = enrollment_document(store, admin, secret_store)
    ids = insert_verified(store, 3)

    out = tmp_path / "usb"
    result = run_ucj("export-batch", "--out", str(out), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    (path,) = out.iterdir()  # the batch, and no temporary file
    data = path.read_bytes()
    manifest = read_manifest(data)
    assert result.stdout.splitlines() == [
        f"batch 1: 3 registrations -> {path}",
        f"sha256 {hashlib.sha256(data).hexdigest()}",
    ]
    assert manifest.sequence == 1
    batch = open_batch(data, hub, enrollment)
    assert sorted(str(r["registration_id"]) for r in batch.records) == sorted(ids)
    assert statuses(store, ids) == ["exported"] * 3

    line = expect_failure(run_ucj("export-batch", "--out", str(out), env=AS_ADMIN))
    assert line == "ucj export-batch: no verified registration waits for export; nothing written"
    result = run_ucj("export-batch", "--out", str(tmp_path / "again"), "--again", "1", env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    (again,) = (tmp_path / "again").iterdir()
    assert (again.name, again.read_bytes()) == (path.name, data)

    received = {str(r["registration_id"]): r for r in batch.records}
    answers = [
        enrolled_record(
            hub,
            received[rid],
            office_code=str(enrollment["office_code"]),
            kpj=f"{n:011d}",
            start=date(2026, 2, 1),
            end=date(2027, 1, 31),
        )
        for n, rid in enumerate(ids[:2], start=1)
    ] + [{"registration_id": ids[2], "result": "returned", "reason": "KK tidak cocok"}]
    good = build_ack(hub, enrollment, answers)
    package_id = read_manifest(good).package_id
    # The second worker's card token on the first worker's record.
    swapped = build_ack(
        hub, enrollment, [{**answers[0], "card_token": answers[1]["card_token"]}, *answers[1:]]
    )
    tampered = bytearray(good)
    tampered[len(good) // 2] ^= 0x10
    unknown = build_ack(HubKeys.generate(), enrollment, [{"registration_id": ids[0]}])
    bad_files = {
        "tampered.ucjsync": (
            bytes(tampered),
            "ucj import-ack: the package file is damaged or was changed (",
        ),
        "unknown.ucjsync": (
            unknown,
            "ucj import-ack: signed by a key this office does not trust (",
        ),
        "swapped.ucjsync": (
            swapped,
            f"ucj import-ack: record 1 of the acknowledgement (registration {ids[0][:8]}...) "
            f"has an invalid card_token ({ack_problem_words(AckProblem.CARD_OTHER_KPJ)}); "
            "nothing changed",
        ),
    }
    before = snapshot(store)
    for name, (content, message) in bad_files.items():
        (tmp_path / name).write_bytes(content)
        line = expect_failure(run_ucj("import-ack", str(tmp_path / name), env=AS_ADMIN))
        assert line.startswith(message), line
    assert snapshot(store) == before

    ack_path = tmp_path / "ack.ucjsync"
    ack_path.write_bytes(good)
    result = run_ucj("import-ack", str(ack_path), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"acknowledgement {package_id[:8]}: 2 enrolled, 1 returned to their registrars"
    ]
    assert statuses(store, ids) == ["enrolled", "enrolled", "returned"]

    after = snapshot(store)
    result = run_ucj("import-ack", str(ack_path), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"acknowledgement {package_id[:8]} was already imported; nothing changed"
    ]
    assert result.stderr == ""
    (tmp_path / "conflict.ucjsync").write_bytes(
        build_ack(hub, enrollment, [{"registration_id": ids[0]}], package_id=package_id)
    )
    line = expect_failure(run_ucj("import-ack", str(tmp_path / "conflict.ucjsync"), env=AS_ADMIN))
    assert line == (
        f"ucj import-ack: an acknowledgement {package_id[:8]} was already imported with other "
        "content: refused, nothing merged"
    )
    assert snapshot(store) == after

    result = run_ucj("batches", env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "1 batch(es)"
    assert "acknowledged" in lines[0] and "waiting" not in lines[0]


def test_a_petugas_cannot_export_a_batch_from_the_command_line(
    run_ucj, store: OpenStore, tmp_path: Path, expect_failure: Callable[..., str]
) -> None:
    admin = sign_in(store, "admin", PASSWORD)
    trust_hub(store, admin, tmp_path / "hub.json")
    add_officer(store, admin, "petugas", "Petugas Satu", frozenset({Role.PETUGAS}), "temp-pass-01")
    change_password(store, sign_in(store, "petugas", "temp-pass-01"), "temp-pass-01", "own-pass-02")
    ids = insert_verified(store, 1)
    before = snapshot(store)
    as_petugas = {"UCJ_USER": "petugas", "UCJ_PASSWORD": "own-pass-02"}
    line = expect_failure(run_ucj("export-batch", "--out", str(tmp_path / "out"), env=as_petugas))
    assert line == "ucj export-batch: your roles do not allow this (batch.export)"
    assert snapshot(store) == before
    assert statuses(store, ids) == ["verified"]
    assert not (tmp_path / "out").exists()


# --- wording ------------------------------------------------------------------------------------


def test_every_code_the_sync_layer_raises_has_a_plain_message() -> None:
    root = Path(ucj_desktop.__file__).parent
    sources = [
        root / "sync" / "package.py",
        root / "services" / "sync_keys.py",
        root / "services" / "sync_batches.py",
    ]
    raised = {
        code
        for source in sources
        for code in re.findall(
            r'(?:PackageError|DomainError)\(\s*"([a-z_]+\.[a-z_]+)"', source.read_text("utf-8")
        )
    }
    assert {"package.corrupt", "ack.bad_record", "keys.wrong_role"} <= raised
    assert sorted(raised - set(DOMAIN_MESSAGES)) == []


@pytest.mark.parametrize("name", ["/dev/zero", "nested", "big"])
def test_import_ack_refuses_hostile_files_in_one_line(
    made_store, run_ucj, expect_failure, tmp_path, name
) -> None:
    if name == "/dev/zero":
        path = Path(name)
    elif name == "nested":
        path = tmp_path / "nested.ucjsync"
        path.write_bytes(b"[" * 200_000)
    else:
        path = tmp_path / "big.ucjsync"
        with path.open("wb") as fh:
            fh.truncate(1 << 30)
    result = run_ucj("import-ack", str(path), "--user", "admin", stdin="admin-pass-123")
    line = expect_failure(result)
    assert line.startswith("ucj import-ack: ") and "nothing changed" in line, line


def test_a_batch_anchors_the_audit_trail_and_check_sees_its_newest_events_cut_off(
    run_ucj, store: OpenStore, tmp_path: Path
) -> None:
    from sqlalchemy import text

    from ucj_desktop.store.repos.audit import chain_head

    admin = sign_in(store, "admin", PASSWORD)
    trust_hub(store, admin, tmp_path / "hub.json")
    insert_verified(store, 2)
    with store.store.session() as session:
        before = chain_head(session)
    assert before is not None
    out = tmp_path / "usb"
    assert run_ucj("export-batch", "--out", str(out), env=AS_ADMIN).returncode == 0
    (path,) = out.iterdir()
    manifest = read_manifest(path.read_bytes())
    # The head the batch carries is the trail's newest event when it was made (the CLI's
    # sign-in event came after `before`): a hub keeps it.
    assert manifest.version == 4 and manifest.audit_seq is not None
    assert manifest.audit_seq >= before.seq
    assert run_ucj("check").returncode == 0

    # Someone deletes the newest events, the anchored one among them. The chain that is
    # left is whole (a cut-off end breaks no link); the anchor shows it.
    with store.store.session() as session:
        session.execute(text("DELETE FROM audit_event WHERE seq >= :s"), {"s": manifest.audit_seq})
        session.commit()
    result = run_ucj("check")
    assert result.returncode == 1
    assert f"AUDIT TRAIL BROKEN at event {manifest.audit_seq}: anchor_missing" in result.stdout


def test_check_reports_a_stored_batch_it_cannot_read_instead_of_stopping(
    run_ucj, store: OpenStore, tmp_path: Path
) -> None:
    from sqlalchemy import text

    admin = sign_in(store, "admin", PASSWORD)
    trust_hub(store, admin, tmp_path / "hub.json")
    insert_verified(store, 1)
    assert run_ucj("export-batch", "--out", str(tmp_path / "usb"), env=AS_ADMIN).returncode == 0
    with store.store.session() as session:
        session.execute(text("UPDATE sync_batch SET package = x'00'"))
        session.commit()
    result = run_ucj("check")
    assert result.returncode == 1
    assert "AUDIT TRAIL BROKEN at event 0: anchor_unreadable" in result.stdout
    assert "last backup:" in result.stdout  # the rest of the report is still there


def test_import_ack_says_how_many_wait_which_were_stale_and_the_city_quota(
    run_ucj, store: OpenStore, secret_store: SecretStore, tmp_path: Path
) -> None:
    admin = sign_in(store, "admin", PASSWORD)
    ids = insert_verified(store, 3)
    link = HubLink.connect(store, admin, secret_store, tmp_path / "hub")
    link.export()
    newer = link.ack_file(
        [waiting_record(ids[0], 3), waiting_record(ids[1], 4)],
        sequence=2,
        quota=QuotaSnapshot(used=11_600, total=11_666, waiting=1_240),
        created_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    )
    result = run_ucj("import-ack", str(newer), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    package_id = read_manifest(newer.read_bytes()).package_id
    assert result.stdout.splitlines() == [
        f"acknowledgement {package_id[:8]}: 0 enrolled, 0 returned to their registrars, "
        "2 waiting for a quota place",
        "city quota: 11,600 of 11,666 used, 1,240 waiting (hub count of 2026-03-02 09:30 UTC)",
    ]
    older = link.ack_file(
        [waiting_record(ids[0], 9), waiting_record(ids[2], 10)],
        sequence=1,
        quota=QuotaSnapshot(used=11_000, total=11_666, waiting=2_000),
    )
    result = run_ucj("import-ack", str(older), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    package_id = read_manifest(older.read_bytes()).package_id
    assert result.stdout.splitlines() == [
        f"acknowledgement {package_id[:8]}: 0 enrolled, 0 returned to their registrars, "
        "1 waiting for a quota place; 1 ignored as older than the answer held"
    ]
    assert statuses(store, ids) == ["exported"] * 3


# --- programme settings from the hub --------------------------------------------------------


def test_import_settings_puts_newer_settings_in_force_and_refuses_the_rest_in_one_line(
    run_ucj, store: OpenStore, secret_store: SecretStore, tmp_path: Path, expect_failure
) -> None:
    admin = sign_in(store, "admin", PASSWORD)
    hub = trust_hub(store, admin, tmp_path / "hub.json")
    enrollment = enrollment_document(store, admin, secret_store)
    newer = tmp_path / "settings-v2.ucjsync"
    newer.write_bytes(build_settings(hub, enrollment, ProgramConfig(quota=900, version=2)))
    elsewhere = tmp_path / "settings-32.76.ucjsync"
    other_city = ProgramConfig(city_code="32.76", version=3)
    elsewhere.write_bytes(build_settings(hub, enrollment, other_city, city="32.76"))

    line = expect_failure(run_ucj("import", "settings", str(newer), "--map", "a=b", env=AS_ADMIN))
    assert (
        line == "ucj import: --map, --accept-valid and --category are not for 'ucj import settings'"
    )
    result = run_ucj("import", "settings", str(newer), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    [said] = result.stdout.splitlines()
    assert said.startswith("programme settings version 2 in force from ")
    assert said.endswith(" UTC (was version 1); changed: quota")

    before = snapshot(store)
    for path, message in (
        (newer, "programme settings version 2 are in force here already; nothing changed"),
        (elsewhere, "the settings package is for city 32.76, not this office's; nothing changed"),
    ):
        line = expect_failure(run_ucj("import", "settings", str(path), env=AS_ADMIN))
        assert line == f"ucj import: {message}"
    assert snapshot(store) == before


def test_import_ack_says_when_the_hub_uses_newer_settings(
    run_ucj, store: OpenStore, secret_store: SecretStore, tmp_path: Path
) -> None:
    hub = HubLink.connect(store, sign_in(store, "admin", PASSWORD), secret_store, tmp_path)
    insert_verified(store, 1)
    [rid] = hub.export()
    told = {**waiting_record(rid, 3), "settings_version": 3}
    result = run_ucj("import-ack", str(hub.ack_file([told], sequence=1)), env=AS_ADMIN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "programme settings here are version 1; the hub uses version 3: import the newest "
        "settings package (ucj import settings FILE)"
    )
    # An ack that says nothing of the settings (every ack before them) is read as before.
    plain = hub.ack_file([waiting_record(rid, 2)], sequence=2)
    result = run_ucj("import-ack", str(plain), env=AS_ADMIN)
    assert result.returncode == 0 and "programme settings" in result.stdout  # still behind
