"""The demo store: a little office at work in a folder of its own, its keys in a file keyring
there, every screen marked DEMO.

It exists so a trainer (or CI) can start the app with nothing set up. Everything in it is made
by the real services, so every screen agrees: the sample DTSEN extract (resources/samples)
imported by the reference importer; workers registered, submitted, rejected with a reason,
verified, sent in batches to the demo hub (services/demo_hub.py, the real city hub in the
demo folder), enrolled with a KPJ or returned with BPJS's reason, some cards printed and handed
over - each step with its audit event. Nobody in it is real (ucj_desktop/synthetic.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date, datetime
from importlib.resources import as_file

from ucj_desktop.domain.registration_form import RegistrationInput
from ucj_desktop.domain.roles import Role, format_roles
from ucj_desktop.paths import StorePaths, resources
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.passwords import hash_password
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.card_printing import PrintRequest, hand_over, prepare_print, record_print
from ucj_desktop.services.demo_hub import answer_from_demo_hub, create_demo_hub
from ucj_desktop.services.reference_import import import_reference
from ucj_desktop.services.registrations import (
    FormEntry,
    Terms,
    assess_registration,
    reject_registration,
    save_registration,
    verify_registration,
)
from ucj_desktop.services.restore_journal import settle_interrupted_restore
from ucj_desktop.services.store_access import (
    OpenStore,
    initialise_store,
    open_store,
    remove_demo_store,
)
from ucj_desktop.services.sync_batches import export_batch
from ucj_desktop.store.models import Officer
from ucj_desktop.store.repos import audit as audit_repo
from ucj_desktop.store.repos import officers as officer_repo
from ucj_desktop.store.repos.registrations import registrations_by_id
from ucj_desktop.synthetic import SAMPLE_COVERAGE, SAMPLE_CSV, sample_dtsen_rows

log = logging.getLogger(__name__)

DEMO_OFFICE = "32.75.01.1001"
DEMO_PASSWORD = "demo-ucj-2026"  # noqa: S105  (documented; the demo store holds no real data)
DEMO_OFFICERS = (
    ("petugas", "Petugas Demo", Role.PETUGAS),
    ("verifikator", "Verifikator Demo", Role.VERIFIKATOR),
)

# How many demo workers stand where, in the order they are made. The first batch goes the
# whole way (BPJS refuses REFUSED of it); the second is sent and waits for the hub's answer.
DRAFTS, SUBMITTED, REJECTED, VERIFIED, FIRST_BATCH, SECOND_BATCH = 3, 5, 3, 4, 16, 6
REFUSED = 2
PRINTED, HANDED = 6, 3
_REJECTIONS = (
    ("DATA_TIDAK_SESUAI", "Alamat di formulir berbeda dengan KK"),
    ("DOKUMEN_KURANG", "Fotokopi KK belum dilampirkan"),
    ("LAINNYA", "Pekerja minta ditunda, akan datang lagi"),
)
# The audit event of the demo's last step: a demo store without it was cut short.
DEMO_FILLED = "demo.filled"
_OCCUPATIONS = (("OJOL",), ("PKL",), ("UMKM", "PKL"), ("OJEK_PANGKALAN",), ("ORGANDA",))


def demo_secret_store(paths: StorePaths) -> SecretStore:
    return SecretStore(FileKeyring(paths.demo_keyring))


def open_or_create_demo_store(paths: StorePaths, today: date | None = None) -> OpenStore:
    """Open the demo store in ``paths``, making and filling it on first use.

    A demo store counts as made once its last step has recorded ``demo.filled``: one whose
    first start was killed half-way (no mark, or no manifest yet) is removed and made again.
    """
    secrets = demo_secret_store(paths)
    settle_interrupted_restore(paths)
    if paths.manifest.exists():
        opened = open_store(paths, secrets)
        if not opened.manifest.demo or demo_filled(opened):
            return opened
        opened.close()
        _make_again(paths)
    elif paths.demo_keyring.exists():  # killed before its manifest was written
        _make_again(paths)
    opened, _ = initialise_store(
        paths, DEMO_OFFICE, "admin", "Admin Demo", DEMO_PASSWORD, secrets, demo=True
    )
    seed_demo_data(opened, secrets, today or date.today())
    return opened


def demo_filled(opened: OpenStore) -> bool:
    """Whether the demo's filling ran to its end (its last step's ``demo.filled`` event)."""
    with opened.transaction() as tx:
        return audit_repo.newest_event(tx, DEMO_FILLED) is not None


def _make_again(paths: StorePaths) -> None:
    log.warning(
        "the demo store was not filled to the end (its first start was interrupted): "
        "removing it and making it again; it holds only synthetic data"
    )
    remove_demo_store(paths)


def seed_demo_data(opened: OpenStore, secrets: SecretStore, today: date) -> None:
    """Officers, the sample DTSEN extract and coverage list, the demo hub, and workers all
    along the life cycle."""
    admin, petugas, verifikator = _officers(opened)
    for kind, name in (("dtsen", SAMPLE_CSV), ("coverage", SAMPLE_COVERAGE)):
        with as_file(resources() / "samples" / name) as sample:
            import_reference(opened, admin, kind, sample, today=today)
    create_demo_hub(opened, admin, secrets)
    people = demo_people(opened, petugas, today)

    def register(count: int, submit: bool = True) -> list[str]:
        return [
            save_registration(
                opened, petugas, FormEntry(next(people)), submit=submit, terms=Terms(today=today)
            ).id
            for _ in range(count)
        ]

    def verify(ids: list[str]) -> list[str]:
        for rid in ids:
            verify_registration(opened, verifikator, rid)
        return ids

    register(DRAFTS, submit=False)
    register(SUBMITTED)
    for rid, (code, note) in zip(register(REJECTED), _REJECTIONS, strict=True):
        reject_registration(opened, verifikator, rid, code, note)
    first = verify(register(FIRST_BATCH))
    outbox = opened.paths.root / "kirim"
    export_batch(opened, verifikator, secrets, outbox)
    refused = _niks(opened, first[-REFUSED:])
    answer_from_demo_hub(opened, verifikator, secrets, bpjs_refuses=refused)
    verify(register(SECOND_BATCH))
    export_batch(opened, verifikator, secrets, outbox)  # sent; the hub has not answered yet
    verify(register(VERIFIED))
    printed = first[:PRINTED]
    run = prepare_print(opened, petugas, PrintRequest("cards", ids=printed, today=today))
    record_print(opened, petugas, run, "printer")
    hand_over(opened, petugas, printed[:HANDED])
    with opened.transaction() as tx:  # the last step: the demo is whole from this commit on
        record_event(tx, opened.system_actor(), DEMO_FILLED, "office", opened.office_code)
        tx.commit()


def _officers(opened: OpenStore) -> tuple[OfficerSession, OfficerSession, OfficerSession]:
    """The admin made at init and the two counter officers, who sign in with the documented
    password at once (no first-time change: the demo's password is printed on its login)."""
    password_hash = hash_password(DEMO_PASSWORD)  # one argon2 run for both
    sessions: list[OfficerSession] = []
    with opened.transaction() as tx:
        system = opened.system_actor()
        for username, full_name, role in DEMO_OFFICERS:
            officer = Officer(
                username=username,
                full_name=full_name,
                roles=format_roles([role]),
                password_hash=password_hash,
            )
            tx.add(officer)
            tx.flush()
            assert officer.id is not None
            record_event(
                tx, system, "officer.created", "officer", str(officer.id), {"roles": officer.roles}
            )
            sessions.append(
                OfficerSession(officer.id, username, full_name, frozenset({role}), opened.device_id)
            )
        admin = officer_repo.officer_by_username(tx, "admin")
        tx.commit()
    assert admin is not None and admin.id is not None
    who = OfficerSession(
        admin.id, admin.username, admin.full_name, frozenset({Role.ADMIN}), opened.device_id
    )
    return who, sessions[0], sessions[1]


def demo_people(opened: OpenStore, who: OfficerSession, today: date) -> Iterator[RegistrationInput]:
    """People of the sample extract who can be submitted today (under 65, desil 1-5, not
    covered by another payer, not yet registered here), as the counter's form would hold
    them: the demo's workers and the ones a trainer can register next."""
    for n, row in enumerate(sample_dtsen_rows()):
        nik, kk, name, born, sex, address, rt, rw, kelurahan, _desil = row
        data = RegistrationInput(
            nik=nik,
            kk_number=kk,
            full_name=name,
            birth_date=datetime.strptime(born, "%d/%m/%Y").date(),
            sex=sex,
            phone=f"0812-9999-{n:04d}",
            address=address,
            rt=rt,
            rw=rw,
            kelurahan_code=kelurahan,
            occupations=_OCCUPATIONS[n % len(_OCCUPATIONS)],
            declared_income=1_000_000 + 250_000 * (n % 4),
            consent=True,
        )
        assessment = assess_registration(opened, who, FormEntry(data), Terms(today=today))
        if assessment.eligibility.submittable and not assessment.problems:
            yield data


def _niks(opened: OpenStore, ids: list[str]) -> set[str]:
    with opened.transaction() as tx:
        return {r.nik for r in registrations_by_id(tx, ids).values()}
