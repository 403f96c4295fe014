"""Compiled Designer forms must match their .ui sources (regenerate with compile_forms)."""

from __future__ import annotations

import pytest

from ucj_desktop.gui.forms.compile_forms import compile_form, target_for, ui_files


def test_there_are_forms_to_check():
    assert ui_files(), "no .ui forms found in the packaged ui folder"


@pytest.mark.parametrize("ui_file", ui_files(), ids=lambda p: p.name)
def test_compiled_form_is_current(ui_file):
    target = target_for(ui_file)
    assert target.exists(), f"run python -m ucj_desktop.gui.forms.compile_forms ({target.name})"
    assert target.read_text(encoding="utf-8") == compile_form(ui_file), (
        f"{target.name} is stale: run python -m ucj_desktop.gui.forms.compile_forms"
    )
