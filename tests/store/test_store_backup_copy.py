"""Encrypted copies of the open store (used before upgrades and by `ucj backup`)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import load_store_key, new_store_key
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.backup import backup_name, write_encrypted_copy
from ucj_desktop.store.engine import create_store_engine, probe
from ucj_desktop.store.migrate import current_revision, head_revision


def _key(opened: OpenStore, secret_store: SecretStore) -> bytes:
    key = load_store_key(secret_store, opened.manifest.store_id)
    assert key is not None
    return key


def test_a_copy_opens_with_the_same_key_and_holds_the_same_rows_and_revision(
    opened_store: OpenStore, secret_store: SecretStore, tmp_path: Path
) -> None:
    with opened_store.store.session() as session:
        record_event(session, opened_store.system_actor(), "test.before_copy")
        session.commit()
    with opened_store.store.engine.begin() as conn:
        conn.execute(text("PRAGMA user_version = 7"))
    key = _key(opened_store, secret_store)

    dest = write_encrypted_copy(opened_store.store.engine, key, tmp_path / "out" / "copy.db")

    assert dest == tmp_path / "out" / "copy.db"
    assert not (tmp_path / "out" / "copy.db.partial").exists()
    copy = create_store_engine(dest, key)
    try:
        probe(copy)
        assert current_revision(copy) == head_revision()
        with copy.connect() as conn:
            actions = [
                r[0] for r in conn.execute(text("SELECT action FROM audit_event ORDER BY seq"))
            ]
            assert conn.execute(text("PRAGMA user_version")).scalar_one() == 7
    finally:
        copy.dispose()
    assert actions == ["store.initialised", "officer.created", "test.before_copy"]


def test_a_copy_is_encrypted_and_refuses_another_key(
    opened_store: OpenStore, secret_store: SecretStore, tmp_path: Path
) -> None:
    dest = write_encrypted_copy(
        opened_store.store.engine, _key(opened_store, secret_store), tmp_path / "copy.db"
    )
    assert not dest.read_bytes().startswith(b"SQLite format 3")
    stranger = create_store_engine(dest, new_store_key())
    try:
        with pytest.raises(Exception, match="file is not a database"):
            probe(stranger)
    finally:
        stranger.dispose()


def test_a_copy_never_overwrites_an_existing_file(
    opened_store: OpenStore, secret_store: SecretStore, tmp_path: Path
) -> None:
    dest = tmp_path / "copy.db"
    dest.write_bytes(b"an older backup")
    with pytest.raises(FileExistsError):
        write_encrypted_copy(opened_store.store.engine, _key(opened_store, secret_store), dest)
    assert dest.read_bytes() == b"an older backup"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.db"]


def test_backup_names_carry_the_time_and_the_revision() -> None:
    when = datetime(2026, 11, 24, 13, 5, 9, tzinfo=UTC)
    assert (
        backup_name("before-upgrade", "0001", when) == "before-upgrade-20261124T130509Z-rev0001.db"
    )
    assert backup_name("manual", None, when) == "manual-20261124T130509Z-revnone.db"
