"""Settings kept in the store: the programme config and its version."""

from __future__ import annotations

import pytest

from ucj_desktop.domain.config import ProgramConfig
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.services.settings import PROGRAM_CONFIG, program_config
from ucj_desktop.store.repos.settings import put_setting


def _store(opened, value: object) -> None:
    with opened.transaction() as tx:
        put_setting(tx, PROGRAM_CONFIG, value)
        tx.commit()


def test_without_a_stored_config_the_domain_defaults_are_version_1(opened_store):
    assert program_config(opened_store) == ProgramConfig()
    assert program_config(opened_store).version == 1


def test_program_config_reads_the_stored_settings_and_their_version(opened_store):
    stored = ProgramConfig(version=7, quota=500, priority_desil_max=2, categories=("OJOL",))
    _store(opened_store, stored.to_mapping())
    assert program_config(opened_store) == stored


def test_a_stored_config_that_breaks_a_rule_is_refused(opened_store):
    _store(opened_store, {"version": 0})
    with pytest.raises(DomainError) as caught:
        program_config(opened_store)
    assert (caught.value.code, caught.value.field) == ("config.invalid", "version")
