"""The demo store: synthetic workers in a folder of its own, its key in a file keyring there.

It exists so a trainer (or CI) can start the app with nothing set up; every screen says DEMO.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.domain.roles import Role, format_roles
from ucj_desktop.domain.status import Status
from ucj_desktop.paths import StorePaths
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.security.passwords import hash_password
from ucj_desktop.security.secrets import SecretStore
from ucj_desktop.services.audit import record_event
from ucj_desktop.services.store_access import OpenStore, initialise_store, open_store
from ucj_desktop.store.models import Officer, Registration, TrustedKey
from ucj_desktop.sync.card_token import CardClaims, issue_card_token
from ucj_desktop.sync.package import key_fingerprint
from ucj_desktop.synthetic import generate_people

DEMO_OFFICE = "32.75.01.1001"
DEMO_PASSWORD = "demo-ucj-2026"  # noqa: S105  (documented; the demo store holds no real data)
DEMO_SEED = 20251105
DEMO_PEOPLE = 240
_STATUS_MIX = (
    (Status.DRAFT, 20),
    (Status.SUBMITTED, 30),
    (Status.VERIFIED, 25),
    (Status.REJECTED, 5),
    (Status.EXPORTED, 10),
    (Status.ENROLLED, 10),
)


def demo_secret_store(paths: StorePaths) -> SecretStore:
    return SecretStore(FileKeyring(paths.demo_keyring))


def open_or_create_demo_store(paths: StorePaths, today: date | None = None) -> OpenStore:
    """Open the demo store in ``paths``, making and filling it on first use."""
    secrets = demo_secret_store(paths)
    if paths.manifest.exists():
        return open_store(paths, secrets)
    opened, _ = initialise_store(
        paths, DEMO_OFFICE, "admin", "Admin Demo", DEMO_PASSWORD, secrets, demo=True
    )
    seed_demo_data(opened, today or date.today())
    return opened


def seed_demo_data(opened: OpenStore, today: date) -> None:
    """Two officers and a few hundred synthetic registrations spread over the life cycle."""
    statuses = [s for s, weight in _STATUS_MIX for _ in range(weight)]
    with opened.store.session() as session:
        registrar = Officer(
            username="petugas",
            full_name="Petugas Demo",
            roles=format_roles([Role.PETUGAS]),
            password_hash=hash_password(DEMO_PASSWORD),
        )
        verifier = Officer(
            username="verifikator",
            full_name="Verifikator Demo",
            roles=format_roles([Role.VERIFIKATOR]),
            password_hash=hash_password(DEMO_PASSWORD),
        )
        session.add_all([registrar, verifier])
        # A demo hub: its public key trusted like an imported one, so demo cards carry genuine
        # tokens and "Periksa kartu" works. The private half is dropped at once.
        hub = Ed25519PrivateKey.generate()
        hub_public = hub.public_key().public_bytes_raw()
        session.add(
            TrustedKey(
                role="hub",
                name="Hub DEMO (kunci latihan)",
                signing_key=hub_public.hex(),
                fingerprint=key_fingerprint(hub_public),
                age_recipient="",
                active=False,  # batches cannot be sealed to the demo hub
            )
        )
        session.flush()
        assert registrar.id is not None
        now = datetime.now(UTC)
        for index, person in enumerate(generate_people(DEMO_SEED, DEMO_PEOPLE, today)):
            status = statuses[index % len(statuses)]
            enrolled = status is Status.ENROLLED
            kpj = f"{26_000_000_000 + index:011d}" if enrolled else None
            end = date(today.year, 12, 31)
            token = (
                issue_card_token(
                    CardClaims(kpj, mask_nik(person.nik), person.full_name, end, DEMO_OFFICE),
                    hub,
                )
                if kpj
                else None
            )
            # Some demo cards are already printed, some of those handed over.
            printed = enrolled and index % 3 == 0
            session.add(
                Registration(
                    id=str(uuid.UUID(int=DEMO_SEED * 100_000 + index)),
                    **person.registration_fields(),
                    consent=True,
                    desil=min(person.desil, 5),
                    status=status.value,
                    created_by=registrar.id,
                    created_at=now - timedelta(hours=index),
                    updated_at=now - timedelta(hours=index),
                    kpj=kpj,
                    coverage_start=today.replace(day=1) if enrolled else None,
                    coverage_end=end if enrolled else None,
                    card_token=token,
                    card_prints=1 if printed else 0,
                    card_printed_at=now - timedelta(hours=2) if printed else None,
                    card_handed_at=now - timedelta(hours=1) if printed and index % 2 else None,
                    card_handed_by=registrar.id if printed and index % 2 else None,
                )
            )
        record_event(
            session,
            opened.system_actor(),
            "demo.seeded",
            "registration",
            None,
            {"count": DEMO_PEOPLE, "seed": DEMO_SEED},
        )
        session.commit()
