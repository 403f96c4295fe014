"""The English catalog is in step with the code, compiled, and keeps what a word needs."""

from __future__ import annotations

import re

import pytest

from ucj_desktop.wording import linguist
from ucj_desktop.wording.catalog import read_ts

TS_FILES = sorted(linguist.TRANSLATIONS.glob("en_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def test_every_part_has_its_file():
    assert {path.name for path in TS_FILES} == {f"en_{part}.ts" for part in linguist.PARTS}


def test_ts_files_and_qm_are_what_lupdate_and_lrelease_make_of_the_code():
    """Run `python -m ucj_desktop.wording.linguist update` after changing a word."""
    assert linguist.stale() == []


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_a_translation_keeps_placeholders_mnemonic_and_tags(path):
    wrong = []
    for (context, source), text in read_ts(path).items():
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((context, source, text, "placeholders"))
        if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            wrong.append((context, source, text, "mnemonic"))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            wrong.append((context, source, text, "tags"))
        if not text.strip():
            wrong.append((context, source, text, "empty"))
    assert wrong == []


def test_every_word_has_its_english():
    """A word added to the code arrives unfinished in its .ts: translate it before it lands."""
    assert [line for path in TS_FILES for line in linguist.unfinished(path)] == []
