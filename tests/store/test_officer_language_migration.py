"""The officer's language column: an office store (0010 → 0011) and a hub (h0002 → h0003, on
its SQLCipher file and on PostgreSQL) upgraded from before it keep their officers, who have no
language yet, and the repository then keeps one (plain SQL on either database)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, text

from ucj_desktop.security.store_key import new_store_key
from ucj_desktop.store import hub_database
from ucj_desktop.store.database import mapped_session
from ucj_desktop.store.engine import create_store_engine, probe
from ucj_desktop.store.migrate import upgrade
from ucj_desktop.store.repos import officers

NOW = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
INSERT = (
    "INSERT INTO officer (id, username, full_name, roles, password_hash, must_change_password, "
    "disabled, failed_attempts, created_at) VALUES (1, 'admin', 'Admin', 'admin', 'x', "
    "false, false, 0, :t)"
)


def _language_kept(engine: Engine, path: Path | None) -> None:
    """The officer from before the upgrade, without a language; then one set and read back."""
    with mapped_session(engine, path, "test") as session:
        before = officers.officer_by_id(session, 1)
        assert before is not None and before.username == "admin" and before.language is None
        officers.update_officer(session, 1, {"language": "en"})
        session.commit()
    with mapped_session(engine, path, "test") as session:
        after = officers.officer_by_username(session, "admin")
        assert after is not None and after.language == "en"
        assert [o.language for o in officers.officers_by_username(session)] == ["en"]


def test_an_office_store_from_0010_gains_the_officers_language(tmp_path: Path) -> None:
    key = new_store_key()
    engine = create_store_engine(tmp_path / "ucj.db", key)
    try:
        probe(engine)
        upgrade(engine, key, tmp_path / "backups", target="0010")
        with engine.begin() as conn:
            conn.execute(text(INSERT), {"t": NOW})
        report = upgrade(engine, key, tmp_path / "backups")
        assert (report.from_revision, report.to_revision) == ("0010", "0011")
        _language_kept(engine, tmp_path / "ucj.db")
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "postgresql":
        database = request.getfixturevalue("postgres_db")
        engine = create_engine(database.url)
    else:
        engine = create_store_engine(tmp_path / "hub.db", new_store_key())
        probe(engine)
    try:
        yield engine
    finally:
        engine.dispose()


def test_a_hub_from_h0002_gains_its_operators_language(hub_engine: Engine) -> None:
    cfg = hub_database._alembic_config()
    with hub_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "h0002")
        conn.execute(text(INSERT), {"t": NOW})
    assert hub_database.hub_revision(hub_engine) == "h0002"

    hub_database._upgrade(hub_engine, None)

    assert hub_database.hub_revision(hub_engine) == hub_database.hub_head_revision() == "h0003"
    _language_kept(hub_engine, None)
