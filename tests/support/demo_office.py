"""What a whole demo store holds, checked through the services every screen uses: the test
of the demo itself and the kill test (a demo made again after an interrupted first start)
ask the same questions."""

from __future__ import annotations

from ucj_desktop.domain.status import Status
from ucj_desktop.services import demo
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.services.card_printing import print_queue
from ucj_desktop.services.dashboard import dashboard_summary
from ucj_desktop.services.reference_import import sources_in_force
from ucj_desktop.services.registration_queries import RegistrationFilter, list_registrations
from ucj_desktop.services.store_access import OpenStore, check_store
from ucj_desktop.services.sync_batches import list_batches
from ucj_desktop.services.sync_keys import hub_recipient
from ucj_desktop.synthetic import SAMPLE_CSV, SAMPLE_ROWS

EXPECTED = {
    Status.DRAFT: demo.DRAFTS,
    Status.SUBMITTED: demo.SUBMITTED,
    Status.REJECTED: demo.REJECTED,
    Status.VERIFIED: demo.VERIFIED,
    Status.EXPORTED: demo.SECOND_BATCH,
    Status.ENROLLED: demo.FIRST_BATCH - demo.REFUSED,
    Status.RETURNED: demo.REFUSED,
    Status.CANCELLED: 0,
}


def assert_whole_demo_office(opened: OpenStore) -> None:
    """Beranda's counts, the lists, the batches, the hub key, the quota snapshot, the card
    queue and the extract in force all agree with the demo's plan, and the store checks OK."""
    admin = sign_in(opened, "admin", demo.DEMO_PASSWORD)
    summary = dashboard_summary(opened)
    assert summary.demo and summary.by_status == EXPECTED
    listed = {
        s: len(list_registrations(opened, admin, RegistrationFilter(status=s))) for s in Status
    }
    assert listed == EXPECTED
    # Sinkronisasi: batch 1 answered, batch 2 sent and waiting; sealed to a trusted hub key.
    batches = list_batches(opened, admin)
    assert [
        (b.sequence, b.record_count, b.acked) for b in sorted(batches, key=lambda b: b.sequence)
    ] == [
        (1, demo.FIRST_BATCH, True),
        (2, demo.SECOND_BATCH, False),
    ]
    assert hub_recipient(opened).startswith("age1")
    # The city quota snapshot came with the demo hub's ack: every seat it filled.
    quota = summary.city_quota
    assert quota is not None and quota.used == EXPECTED[Status.ENROLLED] and quota.waiting == 0
    assert quota.total >= quota.used
    # Cards: some printed, some of those handed over, the rest waiting.
    assert summary.cards_waiting == EXPECTED[Status.ENROLLED] - demo.PRINTED
    assert summary.cards_not_handed == demo.PRINTED - demo.HANDED
    assert len(print_queue(opened, admin, "all")) == EXPECTED[Status.ENROLLED]
    # The extract in force is the shipped sample, read by the real importer.
    dtsen = sources_in_force(opened)["dtsen"]
    assert (dtsen.file_name, dtsen.rows_accepted, dtsen.rows_rejected) == (
        SAMPLE_CSV,
        SAMPLE_ROWS,
        0,
    )
    assert demo.demo_filled(opened)
    assert check_store(opened).ok
