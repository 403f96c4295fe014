"""The hub desk's language switch on a real hub, on its SQLCipher file and on PostgreSQL: the
window and its screens speak English at once, the operator's choice is kept in the hub's
officers table (migration h0003) and their next sign-in there speaks it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.language_support import english_words
from tests.gui_hub.conftest import PASSWORD, make_operators
from ucj_desktop.gui.hub.offices import OfficesScreen
from ucj_desktop.gui.hub.window import HubWindow, hub_login
from ucj_desktop.gui.language import read_last_language
from ucj_desktop.services.accounts import sign_in
from ucj_desktop.wording import catalog


@pytest.fixture
def english(tmp_path: Path) -> Iterator[Path]:
    with english_words(tmp_path / "catalog") as folder:
        yield folder


def test_an_operator_switches_the_desk_to_english_and_keeps_it(qtbot, desk, gui_settings, english):
    admin = make_operators(desk)["admin"]
    window = HubWindow(desk, admin, gui_settings)
    qtbot.addWidget(window)
    offices = window.screens["kantor"]
    assert isinstance(offices, OfficesScreen)
    assert window.ui.navList.item(0).text() == "Kantor"

    with qtbot.waitSignal(window.language_saved) as saved:
        window.language_switch.buttons["en"].click()
    QApplication.processEvents()

    assert saved.args == [True]
    assert window.ui.navList.item(0).text() == "Offices"
    assert window.ui.appTitle.text() == "UCJ Hub (EN)"
    assert window.screens["kantor"] is not offices  # built again in English, on screen
    assert window.ui.pages.currentWidget() is window.screens["kantor"]
    assert read_last_language(Path(gui_settings.fileName()).parent) == "en"
    assert sign_in(desk, "admin", PASSWORD).language == "en"  # kept in the hub's database
    assert sign_in(desk, "verifikator", PASSWORD).language is None

    window.close()
    catalog_language_before = catalog.language()
    login = hub_login(desk, gui_settings)
    qtbot.addWidget(login)
    assert login.windowTitle() == "Sign in — UCJ Hub (EN)"  # the hub's words, in English
    assert login.switch is not None
    login.switch.buttons["id"].click()
    QApplication.processEvents()
    assert catalog_language_before == "en" and catalog.language() == "id"
    assert login.windowTitle() == "Masuk — UCJ Hub"  # said again after the change
