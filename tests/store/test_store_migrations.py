"""Every earlier schema upgrades to head: rows survive, a backup comes first, models agree."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, func, select, text
from sqlmodel import SQLModel

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.audit_chain import GENESIS
from ucj_desktop.security.device_keys import generate_device_keys
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import key_check_value, new_store_key, save_store_key
from ucj_desktop.services.audit import Actor, check_chain, record_event
from ucj_desktop.services.store_access import open_store
from ucj_desktop.store import (
    migrate,
    models,  # noqa: F401  (registers the tables on SQLModel.metadata)
)
from ucj_desktop.store.engine import create_store_engine, probe
from ucj_desktop.store.manifest import StoreManifest, write_manifest
from ucj_desktop.store.migrate import (
    all_revisions,
    current_revision,
    head_revision,
    include_name,
    upgrade,
)
from ucj_desktop.store.models import Office, Officer
from ucj_desktop.store.models import Registration as RegistrationModel
from ucj_desktop.synthetic import generate_people

OFFICE = "32.75.01.1001"
TODAY = date(2026, 11, 24)
EARLIER = [rev for rev in all_revisions() if rev != head_revision()]


def _insert_0001(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0001 (raw SQL: the models describe head, not 0001)."""
    now = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    conn.execute(
        text("INSERT INTO office (code, name, device_id, created_at) VALUES (:c, :n, :d, :t)"),
        {"c": OFFICE, "n": "Bekasijaya", "d": str(uuid.uuid4()), "t": now},
    )
    conn.execute(
        text(
            "INSERT INTO officer (id, username, full_name, roles, password_hash, "
            "must_change_password, disabled, failed_attempts, created_at) "
            "VALUES (1, 'admin', 'Admin Kantor', 'admin', 'x', 0, 0, 0, :t)"
        ),
        {"t": now},
    )
    people = list(generate_people(seed=1, count=25, today=TODAY))
    for index, person in enumerate(people):
        conn.execute(
            text(
                "INSERT INTO registration (id, nik, kk_number, full_name, birth_date, sex, "
                "phone, address, rt, rw, kelurahan_code, occupations, declared_income, consent, "
                "desil, status, created_by, created_at, updated_at) VALUES (:id, :nik, :kk, "
                ":name, :birth, :sex, :phone, :addr, :rt, :rw, :kel, :occ, :inc, 1, :desil, "
                ":status, 1, :t, :t)"
            ),
            {
                "id": f"reg-{index:03d}",
                "nik": person.nik,
                "kk": person.kk_number,
                "name": person.full_name,
                "birth": person.birth_date,
                "sex": person.sex,
                "phone": person.phone,
                "addr": person.address,
                "rt": person.rt,
                "rw": person.rw,
                "kel": person.kelurahan_code,
                "occ": json.dumps(list(person.occupations)),
                "inc": person.declared_income,
                "desil": person.desil,
                "status": "cancelled" if index % 5 == 0 else "submitted",
                "t": now,
            },
        )
    conn.execute(
        text(
            "INSERT INTO audit_event (seq, at, action, device_id, detail, prev_hash, hash) "
            "VALUES (1, :t, 'store.initialised', 'dev', '{}', :g, :h)"
        ),
        {"t": now, "g": GENESIS, "h": "f" * 64},
    )
    return {"office": 1, "officer": 1, "registration": len(people), "audit_event": 1}


def _insert_0002(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0002: those of 0001 plus a programme setting."""
    counts = _insert_0001(conn)
    conn.execute(
        text("INSERT INTO setting (key, value, updated_at) VALUES ('quota', '1200', :t)"),
        {"t": datetime(2026, 11, 2, 8, 0, tzinfo=UTC)},
    )
    return {**counts, "setting": 1}


def _insert_0003(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0003: those of 0002 with device keys and a last sign-in."""
    counts = _insert_0002(conn)
    keys = generate_device_keys()
    escrow = {"signing_private": keys.signing_private_hex, "age_identity": keys.age_identity}
    conn.execute(
        text("UPDATE office SET signing_public_key = :k, age_recipient = :r, key_escrow = :e"),
        {"k": keys.signing_public_hex, "r": keys.age_recipient, "e": json.dumps(escrow)},
    )
    conn.execute(
        text("UPDATE officer SET last_login_at = :t"),
        {"t": datetime(2026, 11, 3, 8, 0, tzinfo=UTC)},
    )
    return counts


def _insert_0004(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0004: those of 0003 plus reference data in force."""
    counts = _insert_0003(conn)
    t = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    conn.execute(
        text(
            "INSERT INTO reference_source (id, kind, file_name, sha256, rows_total, "
            "rows_accepted, rows_rejected, imported_at, imported_by, in_force) "
            "VALUES (1, 'dtsen', 'x.csv', :h, 1, 1, 0, :t, 1, 1)"
        ),
        {"h": "0" * 64, "t": t},
    )
    person = next(generate_people(seed=9, count=1, today=TODAY))
    conn.execute(
        text(
            "INSERT INTO dtsen_person (nik, full_name, desil, source_line) VALUES (:n, :name, 3, 2)"
        ),
        {"n": person.nik, "name": person.full_name},
    )
    conn.execute(
        text("INSERT INTO coverage_entry (nik, scheme, source_line) VALUES (:n, 'NON_ASN', 2)"),
        {"n": person.nik},
    )
    return {**counts, "reference_source": 1, "dtsen_person": 1, "coverage_entry": 1}


def _insert_0005(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0005: those of 0004, one registration verified and one rejected."""
    counts = _insert_0004(conn)
    t = datetime(2026, 11, 5, 8, 0, tzinfo=UTC)
    conn.execute(
        text(
            "UPDATE registration SET status = 'verified', submitted_by = 1, submitted_at = :t, "
            "verified_by = 1, verified_at = :t WHERE id = 'reg-001'"
        ),
        {"t": t},
    )
    conn.execute(
        text(
            "UPDATE registration SET status = 'rejected', decision_code = 'LAINNYA', "
            "decision_note = 'foto KTP buram' WHERE id = 'reg-002'"
        )
    )
    return counts


def _insert_0006(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0006: those of 0005, the verified one exported and enrolled."""
    counts = _insert_0005(conn)
    conn.execute(
        text(
            "INSERT INTO sync_batch (id, sequence, created_at, record_count, sha256, package) "
            "VALUES ('batch-1', 1, :t, 1, :h, :p)"
        ),
        {"t": datetime(2026, 11, 6, 8, 0, tzinfo=UTC), "h": "0" * 64, "p": b"PK"},
    )
    conn.execute(
        text(
            "UPDATE registration SET status = 'enrolled', batch_id = 'batch-1', "
            "kpj = '26000000001', card_token = 'UCJ1.x.y' WHERE id = 'reg-001'"
        )
    )
    return {**counts, "sync_batch": 1}


def _insert_0007(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0007: those of 0006, the enrolled one's card printed, handed over."""
    counts = _insert_0006(conn)
    t = datetime(2026, 11, 7, 8, 0, tzinfo=UTC)
    conn.execute(
        text(
            "UPDATE registration SET card_prints = 1, card_printed_at = :t, card_handed_at = :t, "
            "card_handed_by = 1 WHERE id = 'reg-001'"
        ),
        {"t": t},
    )
    return counts


def _insert_0008(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0008: those of 0007, the verified ones judged under config 1."""
    counts = _insert_0007(conn)
    conn.execute(text("UPDATE registration SET config_version = 1 WHERE status != 'cancelled'"))
    return counts


def _insert_0009(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0009: those of 0008, one export waiting at rank 3, and the
    programme settings the office judged by (version 2, as the Setting in force)."""
    counts = _insert_0008(conn)
    conn.execute(text("UPDATE registration SET hub_rank = 3, hub_ack_seq = 1 WHERE id = 'reg-002'"))
    conn.execute(
        text("INSERT INTO setting (key, value, updated_at) VALUES ('program_config', :v, :t)"),
        {"v": json.dumps({"version": 2, "quota": 500}), "t": datetime(2026, 11, 8, tzinfo=UTC)},
    )
    conn.execute(text("UPDATE registration SET config_version = 2 WHERE id = 'reg-003'"))
    return {**counts, "setting": counts["setting"] + 1}


def _insert_0010(conn: Connection) -> dict[str, int]:
    """Rows valid at revision 0010: those of 0009 and the settings version in force (the
    officer has no language yet: 0011 adds it, empty)."""
    counts = _insert_0009(conn)
    conn.execute(
        text("INSERT INTO program_settings (version, settings, in_force_from) VALUES (2, :s, :t)"),
        {"s": json.dumps({"version": 2, "quota": 500}), "t": datetime(2026, 11, 9, tzinfo=UTC)},
    )
    return {**counts, "program_settings": 1}


# One entry per earlier revision: adding a migration means adding rows valid before it.
SAMPLE_ROWS: dict[str, Callable[[Connection], dict[str, int]]] = {
    "0001": _insert_0001,
    "0002": _insert_0002,
    "0003": _insert_0003,
    "0004": _insert_0004,
    "0005": _insert_0005,
    "0006": _insert_0006,
    "0007": _insert_0007,
    "0008": _insert_0008,
    "0009": _insert_0009,
    "0010": _insert_0010,
}


def test_every_earlier_revision_has_sample_rows() -> None:
    assert EARLIER, "expected at least one revision before head"
    assert set(EARLIER) <= set(SAMPLE_ROWS), "add sample rows for the new earlier revision"


def _build_at(db: Path, key: bytes, backups: Path, rev: str) -> Engine:
    engine = create_store_engine(db, key)
    probe(engine)
    report = upgrade(engine, key, backups, target=rev)
    assert (report.from_revision, report.to_revision, report.backup) == (None, rev, None)
    assert current_revision(engine) == rev
    return engine


def _table_rows(engine: Engine, tables: list[str]) -> dict[str, list[dict[str, object]]]:
    """Every row of ``tables``, as column -> value (later revisions may add columns)."""
    with engine.connect() as conn:
        return {
            table: [
                dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            ]
            for table in tables
        }


def _kept(
    before: dict[str, list[dict[str, object]]], after: dict[str, list[dict[str, object]]]
) -> bool:
    """True when every old row is still there with the same values in its old columns."""
    return all(
        len(after[table]) == len(rows)
        and all(
            {k: new[k] for k in old} == old for old, new in zip(rows, after[table], strict=True)
        )
        for table, rows in before.items()
    )


def _schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        return list(compare_metadata(context, SQLModel.metadata))


@pytest.mark.parametrize("rev", EARLIER)
def test_a_database_at_an_earlier_revision_upgrades_to_head_keeping_its_rows(
    rev: str, tmp_path: Path
) -> None:
    key = new_store_key()
    backups = tmp_path / "backups"
    engine = _build_at(tmp_path / "ucj.db", key, backups, rev)
    try:
        with engine.begin() as conn:
            counts = SAMPLE_ROWS[rev](conn)
        before = _table_rows(engine, sorted(counts))
        assert {t: len(rows) for t, rows in before.items()} == counts
        # The check below is not vacuous: at the old revision the models do not match.
        assert _schema_differences(engine) != []

        report = upgrade(engine, key, backups)

        assert (report.from_revision, report.to_revision) == (rev, head_revision())
        assert current_revision(engine) == head_revision()
        assert _kept(before, _table_rows(engine, sorted(counts)))
        assert _schema_differences(engine) == []
    finally:
        engine.dispose()

    assert report.backup is not None
    assert report.backup.parent == backups
    assert f"rev{rev}" in report.backup.name
    old = create_store_engine(report.backup, key)
    try:
        assert current_revision(old) == rev
        assert _table_rows(old, sorted(counts)) == before
    finally:
        old.dispose()


@pytest.mark.parametrize("rev", EARLIER)
def test_the_pre_upgrade_backup_does_not_open_with_another_key(rev: str, tmp_path: Path) -> None:
    key = new_store_key()
    engine = _build_at(tmp_path / "ucj.db", key, tmp_path / "backups", rev)
    try:
        with engine.begin() as conn:
            SAMPLE_ROWS[rev](conn)
        report = upgrade(engine, key, tmp_path / "backups")
    finally:
        engine.dispose()
    assert report.backup is not None
    stranger = create_store_engine(report.backup, new_store_key())
    try:
        with pytest.raises(Exception, match="file is not a database"):
            probe(stranger)
    finally:
        stranger.dispose()


def test_a_store_at_head_is_not_backed_up_again(tmp_path: Path) -> None:
    key = new_store_key()
    engine = _build_at(tmp_path / "ucj.db", key, tmp_path / "backups", head_revision())
    try:
        report = upgrade(engine, key, tmp_path / "backups")
    finally:
        engine.dispose()
    assert (report.from_revision, report.to_revision, report.backup) == (
        head_revision(),
        head_revision(),
        None,
    )
    assert not (tmp_path / "backups").exists()


def test_the_head_a_store_is_opened_against_without_alembic_is_alembics_head() -> None:
    # A new revision must move HEAD too, or stores at the old head would open un-upgraded.
    assert head_revision() == migrate.HEAD


def test_the_revision_read_without_alembic_is_the_one_alembic_reads(tmp_path: Path) -> None:
    key = new_store_key()
    engine = _build_at(tmp_path / "ucj.db", key, tmp_path / "backups", EARLIER[-1])
    try:
        assert migrate.stored_revision(engine) == current_revision(engine) == EARLIER[-1]
    finally:
        engine.dispose()
    fresh = create_store_engine(tmp_path / "new.db", key)
    try:
        assert migrate.stored_revision(fresh) is None is current_revision(fresh)
    finally:
        fresh.dispose()


def test_a_fresh_head_database_matches_the_models(tmp_path: Path) -> None:
    key = new_store_key()
    engine = _build_at(tmp_path / "ucj.db", key, tmp_path / "backups", head_revision())
    try:
        assert _schema_differences(engine) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("rev", EARLIER)
def test_opening_an_office_store_from_an_earlier_revision_backs_it_up_and_upgrades(
    rev: str, store_paths: StorePaths, secret_store: SecretStore
) -> None:
    # An office store as an older app version left it: manifest, key in keyring, old schema.
    key = new_store_key()
    store_id = str(uuid.uuid4())
    store_paths.root.mkdir(parents=True)
    engine = _build_at(store_paths.database, key, store_paths.backups, rev)
    with engine.begin() as conn:
        SAMPLE_ROWS[rev](conn)
    engine.dispose()
    save_store_key(secret_store, store_id, key)
    write_manifest(
        store_paths.manifest,
        StoreManifest(store_id, OFFICE, "2026-11-01T08:00:00+00:00", key_check_value(key)),
    )

    opened = open_store(store_paths, secret_store)
    try:
        report = opened.store.upgrade_report
        assert (report.from_revision, report.to_revision) == (rev, head_revision())
        assert report.backup is not None and report.backup.parent == store_paths.backups
        with opened.store.session() as session:
            assert session.scalar(select(func.count()).select_from(Office)) == 1
            assert session.scalar(select(func.count()).select_from(RegistrationModel)) == 25
            # The upgraded store is usable: new audit events chain on (the old fake one aside).
            admin = session.execute(select(Officer)).scalar_one()
            record_event(session, Actor(admin.id, "admin", opened.device_id), "store.upgraded")
            session.commit()
            breaks = check_chain(session)
        assert [b.seq for b in breaks] == [1]  # only the hand-made event with a fake hash
    finally:
        opened.close()

    reopened = open_store(store_paths, secret_store)
    try:
        assert reopened.store.upgrade_report.backup is None  # already at head: no new backup
    finally:
        reopened.close()
    assert len(list(store_paths.backups.iterdir())) == 1
