"""Dates on screen are written as the reports write them, in the officer's language when shown:
05-03-2026 in Bahasa Indonesia, 05/03/2026 in English (the audit trail over a real store)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate

from tests.gui.language_support import english_words
from ucj_desktop.gui.language import apply_language
from ucj_desktop.gui.models.audit import AuditTableModel
from ucj_desktop.gui.screens.audit import AuditScreen


def _first_moment(qtbot, opened, admin) -> tuple[AuditScreen, str, str]:
    """The audit screen, the moment its newest event shows, and what its date field shows."""
    screen = AuditScreen(opened, admin)
    qtbot.addWidget(screen)
    shown = screen.model.index(0, AuditTableModel.COL_AT).data()
    screen.from_edit.setDate(QDate(2026, 3, 5))
    return screen, shown, screen.from_edit.text()


def test_an_english_officer_reads_day_month_year_with_slashes(
    qtbot, opened_store, admin_session, tmp_path: Path
):
    screen, shown, field = _first_moment(qtbot, opened_store, admin_session)
    here = screen.model.event_at(0).at.astimezone()
    assert shown == f"{here:%d-%m-%Y %H:%M:%S}"
    assert field == "05-03-2026"

    with english_words(tmp_path / "catalog"):
        apply_language("en")  # the officer chose English
        screen, shown, field = _first_moment(qtbot, opened_store, admin_session)
        here = screen.model.event_at(0).at.astimezone()
        assert shown == f"{here:%d/%m/%Y %H:%M:%S}"
        assert field == "05/03/2026"
