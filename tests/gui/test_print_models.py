"""The print queue's table model: words for where a card is, sorting, search, Qt's model rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from ucj_desktop.gui.models.print_queue import PrintQueueModel, QueueFilterModel
from ucj_desktop.services.card_printing import QueueEntry

PRINTED = datetime(2026, 11, 24, 3, 15, tzinfo=UTC)
HANDED = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)


def _entry(n: int, name: str, printed: int = 0, handed: bool = False) -> QueueEntry:
    return QueueEntry(
        id=f"id-{n}",
        full_name=name,
        nik_masked=f"327501******{n:04d}",
        kpj=f"{26_000_000_000 + n:011d}",
        coverage_end=date(2027, 11, 30),
        printed=printed,
        printed_at=PRINTED if printed else None,
        handed_at=HANDED if handed else None,
        handed_by="Rina Wati" if handed else "",
    )


ENTRIES = [
    _entry(1, "Siti Nur'aini"),
    _entry(2, "Agus D'Souza-Wijaya", printed=1),
    _entry(3, "Budi Santoso", printed=2, handed=True),
]


def _model(qapp) -> PrintQueueModel:
    model = PrintQueueModel()
    model.set_entries(ENTRIES)
    return model


def _card(model, row: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, PrintQueueModel.COL_CARD), role)


def test_the_card_column_says_where_each_card_is(qapp):
    model = _model(qapp)
    assert [_card(model, r) for r in range(3)] == [
        "Belum dicetak",
        "Dicetak, belum diserahkan",
        f"Diserahkan {HANDED.astimezone():%d-%m-%Y} (cetak 2×)",
    ]
    tip = _card(model, 2, Qt.ItemDataRole.ToolTipRole)
    assert "Dicetak 2×" in tip and "oleh Rina Wati" in tip
    assert model.data(model.index(0, PrintQueueModel.COL_NIK)) == "327501******0001"


def test_search_matches_name_kpj_and_masked_nik_in_any_case(qapp):
    proxy = QueueFilterModel()
    proxy.setSourceModel(_model(qapp))
    for text, expected in (
        ("souza", ["id-2"]),
        ("  SITI  nur ", ["id-1"]),
        ("26000000003", ["id-3"]),
        ("******0001", ["id-1"]),
        ("", ["id-1", "id-2", "id-3"]),
    ):
        proxy.set_search(text)
        assert [e.id for e in proxy.entries()] == expected, text


def test_sorting_by_card_state_descending_puts_waiting_last(qapp):
    proxy = QueueFilterModel()
    proxy.setSourceModel(_model(qapp))
    proxy.sort(PrintQueueModel.COL_CARD, Qt.SortOrder.DescendingOrder)
    assert [e.id for e in proxy.entries()] == ["id-3", "id-2", "id-1"]
    proxy.sort(PrintQueueModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [e.full_name[0] for e in proxy.entries()] == ["A", "B", "S"]


def test_the_model_follows_qts_rules(qapp, qtmodeltester):
    qtmodeltester.check(_model(qapp))
