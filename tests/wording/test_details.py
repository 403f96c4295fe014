"""A service's detail codes (``reason``, ``expected``) are worded in the officer's language:
the same bad input reads in Bahasa Indonesia to one officer and in English to another, on the
screen (gui/text/error_text.py) and at the terminal (cli/messages.py)."""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from ucj_desktop.cli.messages import describe
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.language import apply_language
from ucj_desktop.gui.text.error_text import error_text
from ucj_desktop.hub.bpjs_column_map import load_column_map_file
from ucj_desktop.paths import resources
from ucj_desktop.services.backup_archive import read_backup
from ucj_desktop.services.sync_keys import parse_key_file
from ucj_desktop.store.errors import Problem, StoreError
from ucj_desktop.sync.package import PackageError
from ucj_desktop.wording import details
from ucj_desktop.wording.catalog import ENGLISH, INDONESIAN, in_language, translations


@pytest.fixture
def speaking(qapp: object) -> Iterator[None]:
    """The GUI's words switch with apply_language; Bahasa Indonesia again afterwards."""
    yield
    apply_language(INDONESIAN)


def refused(action: object) -> DomainError:
    with pytest.raises(DomainError) as caught:
        action()  # type: ignore[operator]
    return caught.value


def both(error: BaseException, say: object) -> dict[str, str]:
    """``say(error)`` on the screen's words (GUI) in each language."""
    said = {}
    for language in (INDONESIAN, ENGLISH):
        apply_language(language)
        said[language] = say(error)  # type: ignore[operator]
    return said


def test_a_bpjs_map_with_an_empty_text_value_is_worded_in_both_languages(
    tmp_path: Path, speaking: None
) -> None:
    raw = json.loads((resources() / "bpjs" / "kolektif_bpu_v1.json").read_text("utf-8"))
    raw["name"] = "   "
    path = tmp_path / "peta.json"
    path.write_text(json.dumps(raw), "utf-8")
    error = refused(lambda: load_column_map_file(path))
    assert (error.code, error.values["expected"]) == ("bpjs_map.bad_value", "text")
    assert both(error, error_text) == {
        INDONESIAN: "Peta kolom BPJS “peta.json”: isi kunci “name” tidak sah "
        "(seharusnya: teks yang tidak kosong).",
        ENGLISH: "BPJS column map “peta.json”: the value of key “name” is invalid "
        "(expected: non-empty text).",
    }
    assert both(error, describe) == {
        INDONESIAN: "peta kolom BPJS 'peta.json': 'name' harus teks yang tidak kosong",
        ENGLISH: "BPJS column map 'peta.json': 'name' must be non-empty text",
    }


def test_a_bpjs_map_value_too_long_names_its_maximum_in_both_languages(tmp_path: Path) -> None:
    raw = json.loads((resources() / "bpjs" / "kolektif_bpu_v1.json").read_text("utf-8"))
    raw["upload"]["sheet"] = "x" * 40
    path = tmp_path / "peta.json"
    path.write_text(json.dumps(raw), "utf-8")
    error = refused(lambda: load_column_map_file(path))
    assert (error.values["expected"], error.values["maximum"]) == ("short_text", 31)
    with in_language(INDONESIAN):
        assert describe(error) == (
            "peta kolom BPJS 'peta.json': 'upload.sheet' harus teks paling banyak 31 karakter, "
            "tanpa karakter kendali"
        )
    with in_language(ENGLISH):
        assert describe(error) == (
            "BPJS column map 'peta.json': 'upload.sheet' must be text of at most 31 "
            "characters, no control characters"
        )


def test_a_backup_that_is_not_a_zip_is_worded_in_both_languages(
    tmp_path: Path, speaking: None
) -> None:
    path = tmp_path / "cadangan.ucjbak"
    path.write_bytes(b"bukan zip")
    error = refused(lambda: read_backup(path))
    assert (error.code, error.values["reason"]) == ("backup.not_a_backup", "not_a_zip")
    assert both(error, error_text) == {
        INDONESIAN: "Berkas ini bukan cadangan UCJ Desktop (bukan wadah ZIP). "
        "Tidak ada yang diubah.",
        ENGLISH: "This file is not a UCJ Desktop backup (not a ZIP container). "
        "Nothing was changed.",
    }
    assert both(error, describe) == {
        INDONESIAN: "FILE: bukan cadangan UCJ Desktop (bukan wadah ZIP); tidak ada yang diubah",
        ENGLISH: "FILE: not a UCJ Desktop backup (not a ZIP container); nothing was changed",
    }


def test_a_key_file_of_another_kind_is_worded_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / "kunci.json"
    path.write_text('{"format": "lain"}', "utf-8")
    error = refused(lambda: parse_key_file(path, "hub"))
    assert error.values["reason"] == "not_an_enrollment_file"
    with in_language(INDONESIAN):
        assert describe(error) == "berkas: bukan berkas kunci UCJ (bukan berkas pendaftaran kunci)"
    with in_language(ENGLISH):
        assert describe(error) == "file: not a UCJ key file (not an enrolment key file)"


def test_a_package_manifest_reason_is_worded_in_both_languages() -> None:
    error = PackageError("package.bad_manifest", reason="quota_in_kind", package_kind="batch")
    with in_language(INDONESIAN):
        assert describe(error) == (
            "keterangan isi paket (manifest) tidak sah (kuota dalam paket batch); "
            "tidak ada yang diubah"
        )
    with in_language(ENGLISH):
        assert describe(error) == (
            "the package manifest is invalid (quota in a batch); nothing changed"
        )


def test_a_store_detail_code_is_worded_and_an_os_detail_kept(tmp_path: Path) -> None:
    coded = StoreError(Problem.CORRUPT, detail="escrow_unreadable", path=tmp_path / "ucj.db")
    with in_language(ENGLISH):
        assert "(device key escrow unreadable)" in describe(coded)
    with in_language(INDONESIAN):
        assert "(titipan kunci perangkat tidak dapat dibaca)" in describe(coded)
    os_words = StoreError(Problem.CORRUPT, detail="Input/output error", path=tmp_path / "ucj.db")
    with in_language(ENGLISH):
        assert "(Input/output error)" in describe(os_words)


def test_every_detail_code_has_english_words_keeping_its_placeholders() -> None:
    english = translations(ENGLISH)
    for code, source in details._WORDS.items():
        words = english.get(("details", source))
        assert words and words != source, code
        assert sorted(_names(words)) == sorted(_names(source)), code


def test_a_value_that_is_not_a_code_is_shown_as_it_is() -> None:
    assert details.detail_words("No space left on device") == "No space left on device"
    assert details.detail_words(16) == 16
    values = {"reason": "member_too_large", "member": "backup.json", "other": "text"}
    with in_language(ENGLISH):
        assert details.worded(values) == {**values, "reason": "backup.json is too large"}


def _names(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]
