"""Fixtures for GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.support.offices import Office, OfficeTemplate
from ucj_desktop.services.accounts import OfficerSession
from ucj_desktop.services.store_access import OpenStore


@pytest.fixture
def gui_settings(tmp_path) -> QSettings:
    """GUI preferences in a temporary ini file, as the app keeps them per store."""
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def office(
    office_template: OfficeTemplate, opened_store: OpenStore, admin_session: OfficerSession
) -> Office:
    """A synthetic DTSEN extract imported, and a petugas and a verifikator (see ``Office``):
    ``opened_store`` is a copy of the session's office template (tests/support/offices.py)."""
    return office_template.office(opened_store, admin_session)
