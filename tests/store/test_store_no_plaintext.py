"""No NIK and no name reaches the disk in clear: not the database, the WAL or a backup."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from ucj_desktop.paths import StorePaths
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.security.store_key import load_store_key
from ucj_desktop.services.store_access import OpenStore
from ucj_desktop.store.backup import write_encrypted_copy
from ucj_desktop.store.engine import create_store_engine
from ucj_desktop.store.models import Officer, Registration
from ucj_desktop.synthetic import SyntheticPerson, generate_people

TODAY = date(2026, 11, 24)


def _people() -> list[SyntheticPerson]:
    unique = {p.nik: p for p in generate_people(seed=20261124, count=200, today=TODAY)}
    return list(unique.values())


def _register(opened: OpenStore, people: list[SyntheticPerson]) -> None:
    with opened.store.session() as session:
        admin_id = session.execute(
            select(Officer.id).where(Officer.username == "admin")
        ).scalar_one()
        for person in people:
            session.add(
                Registration(
                    id=str(uuid.uuid4()),
                    nik=person.nik,
                    kk_number=person.kk_number,
                    full_name=person.full_name,
                    birth_date=person.birth_date,
                    sex=person.sex,
                    phone=person.phone,
                    address=person.address,
                    rt=person.rt,
                    rw=person.rw,
                    kelurahan_code=person.kelurahan_code,
                    occupations=json.dumps(list(person.occupations)),
                    declared_income=person.declared_income,
                    consent=True,
                    desil=person.desil,
                    status="submitted",
                    created_by=admin_id,
                )
            )
        session.commit()


def _needles(people: list[SyntheticPerson]) -> list[bytes]:
    return [p.nik.encode() for p in people] + sorted({p.full_name.encode("utf-8") for p in people})


def _found(data: bytes, needles: list[bytes]) -> list[bytes]:
    return [n for n in needles if n in data]


def _registrations_in(db: Path, key: bytes) -> int:
    """Rows in the registration table of this file alone (0 when the table is not there yet)."""
    engine = create_store_engine(db, key)
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'registration'")
            ).scalar_one()
            if not tables:
                return 0
            return int(conn.execute(text("SELECT count(*) FROM registration")).scalar_one())
    finally:
        engine.dispose()


def _plaintext_export(engine_key: bytes, source: Path, dest: Path) -> None:
    """A deliberately decrypted copy, to prove the byte scan finds what it looks for."""
    engine = create_store_engine(source, engine_key)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        cur.execute("SELECT sqlcipher_export('plain')")
        cur.execute("DETACH DATABASE plain")
        cur.close()
    finally:
        raw.close()
        engine.dispose()


def test_no_nik_or_name_is_readable_in_the_database_wal_or_backup_files(
    opened_store: OpenStore, secret_store: SecretStore, store_paths: StorePaths, tmp_path: Path
) -> None:
    people = _people()
    assert len(people) > 190
    needles = _needles(people)
    _register(opened_store, people)
    key = load_store_key(secret_store, opened_store.manifest.store_id)
    assert key is not None

    wal = Path(f"{store_paths.database}-wal")
    assert wal.stat().st_size > 0  # the store is still open: the new rows sit in the WAL
    # The main file alone does not hold the rows yet, so scanning the WAL is what matters.
    main_only = tmp_path / "main-only" / "ucj.db"
    main_only.parent.mkdir()
    shutil.copyfile(store_paths.database, main_only)
    assert _registrations_in(main_only, key) == 0

    backup = write_encrypted_copy(opened_store.store.engine, key, store_paths.backups / "manual.db")

    scanned = []
    for path in sorted(store_paths.root.rglob("*")):
        if path.is_file():
            scanned.append(path.name)
            assert _found(path.read_bytes(), needles) == [], path
    assert {"ucj.db", "ucj.db-wal", "manual.db", "store.json"} <= set(scanned)

    # The backup really holds the people (it is not an empty file that trivially passes).
    copy = create_store_engine(backup, key)
    with copy.connect() as conn:
        niks = {r[0] for r in conn.execute(text("SELECT nik FROM registration"))}
    copy.dispose()
    assert niks == {p.nik for p in people}

    # Sanity: the same scan finds every NIK and every name in a decrypted copy.
    plain = tmp_path / "plain.db"
    _plaintext_export(key, store_paths.database, plain)
    assert _found(plain.read_bytes(), needles) == needles


def test_no_nik_or_name_is_readable_after_the_store_is_checkpointed_and_closed(
    opened_store: OpenStore, secret_store: SecretStore, store_paths: StorePaths
) -> None:
    people = _people()
    _register(opened_store, people)
    opened_store.close()
    assert not Path(f"{store_paths.database}-wal").exists() or (
        Path(f"{store_paths.database}-wal").stat().st_size == 0
    )
    data = store_paths.database.read_bytes()
    assert _found(data, _needles(people)) == []

    key = load_store_key(secret_store, opened_store.manifest.store_id)
    assert key is not None
    engine = create_store_engine(store_paths.database, key)
    with engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(Registration)).scalar_one()
    engine.dispose()
    assert count == len(people)  # the rows were checkpointed into the file that was scanned
