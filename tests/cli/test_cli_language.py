"""The CLI's language: ``--lang id|en``, else LC_ALL > LC_MESSAGES > LANG, else Bahasa
Indonesia; messages, output lines, help and numbers follow it (the other CLI tests pin English).
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.support.cli_runner import console_entry, run_in_process
from ucj_desktop import __version__
from ucj_desktop.cli import argparse_words, ucj
from ucj_desktop.cli.messages import describe
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.security.file_keyring import FileKeyring
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows
from ucj_desktop.wording import catalog
from ucj_desktop.wording.import_reasons import reason_text

AS_ADMIN = {"UCJ_USER": "admin", "UCJ_PASSWORD": "admin-pass-123"}
INDONESIAN_ENV = {"LANG": "id_ID.UTF-8"}


def stdout_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    return result.stdout.splitlines()


def test_check_speaks_indonesian_or_english_as_lang_says(run_ucj, made_store) -> None:
    indonesian = stdout_lines(run_ucj("check", env=INDONESIAN_ENV))
    english = stdout_lines(run_ucj("check"))  # the fixture's LANG=en_GB.UTF-8
    assert indonesian[1] == f"kantor: {made_store.init.office_code}"
    assert indonesian[2].startswith("revisi skema: ") and english[2].startswith("schema revision: ")
    assert indonesian[-1] == "pemeriksaan: OK (halaman, struktur, skema, jejak audit)"
    assert english[1] == f"office: {made_store.init.office_code}"
    assert english[-1] == "check: OK (pages, structure, schema, audit trail)"
    assert len(indonesian) == len(english)


def test_lang_beats_the_environment_before_or_after_the_command(run_ucj, made_store) -> None:
    assert stdout_lines(run_ucj("--lang", "id", "check"))[-1].startswith("pemeriksaan: OK")
    assert stdout_lines(run_ucj("check", "--lang=id"))[-1].startswith("pemeriksaan: OK")
    english = run_ucj("--lang", "en", "check", env={"LC_ALL": "id_ID.UTF-8"})
    assert stdout_lines(english)[-1].startswith("check: OK")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "C"}, "pemeriksaan: OK"),
        ({"LANG": "POSIX"}, "pemeriksaan: OK"),
        ({"LANG": "fr_FR.UTF-8"}, "pemeriksaan: OK"),  # a language we do not speak
        ({"LANG": "id_ID.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "check: OK"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "id_ID.UTF-8"}, "pemeriksaan: OK"),
    ],
)
def test_the_environment_decides_when_lang_is_not_given(
    run_ucj, made_store, env: dict[str, str], expected: str
) -> None:
    assert stdout_lines(run_ucj("check", env=env))[-1].startswith(expected)


def test_no_locale_at_all_is_indonesian(made_store, cli_env, tmp_path: Path) -> None:
    env = {k: v for k, v in cli_env.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    result = run_in_process(
        console_entry("ucj"),
        "ucj",
        ["check", "--data-dir", str(made_store.paths.root)],
        env=env,
        cwd=tmp_path,
    )
    assert stdout_lines(result)[-1].startswith("pemeriksaan: OK")


@pytest.mark.parametrize("value", ["fr", "EN", "en_GB", ""])
def test_a_bad_lang_is_refused_with_the_choices(run_ucj, made_store, value: str) -> None:
    result = run_ucj("--lang", value, "check")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"ucj: error: argument --lang: invalid choice: {value!r} (choose from 'id', 'en')"
    )
    assert "Traceback" not in result.stderr


def test_a_refusal_is_one_line_in_the_chosen_language(run_ucj, expect_failure, store_paths) -> None:
    missing = store_paths.root  # no store made there
    assert expect_failure(run_ucj("--lang", "id", "check")) == (
        f"ucj check: belum ada data kantor di {missing}: jalankan 'ucj init' dahulu "
        "(atau beri --data-dir)"
    )
    assert expect_failure(run_ucj("--lang", "en", "check")) == (
        f"ucj check: no store in {missing}: run 'ucj init' first (or pass --data-dir)"
    )


def test_help_is_translated(run_ucj) -> None:
    indonesian = run_ucj("--lang", "id", "--help")
    english = run_ucj("--lang", "en", "--help")
    assert indonesian.returncode == english.returncode == 0
    assert "Perintah data kantor UCJ Desktop" in indonesian.stdout
    assert "keutuhan, skema dan rantai audit" in indonesian.stdout
    assert "UCJ Desktop office store commands" in english.stdout
    assert "integrity, schema and audit chain" in english.stdout
    assert "Perintah" not in english.stdout


@pytest.mark.parametrize(
    ("lang", "usage", "error", "help_lines"),
    [
        (
            "id",
            "penggunaan: ucj lookup ",
            "ucj lookup: kesalahan: argumen berikut wajib diberikan: nik",
            ("argumen posisi:", "opsi:", "tampilkan bantuan ini lalu keluar"),
        ),
        (
            "en",
            "usage: ucj lookup ",
            "ucj lookup: error: the following arguments are required: nik",
            ("positional arguments:", "options:", "show this help message and exit"),
        ),
    ],
)
def test_argparse_says_its_own_words_in_the_chosen_language(
    run_ucj, lang: str, usage: str, error: str, help_lines: tuple[str, ...]
) -> None:
    missing = run_ucj("--lang", lang, "lookup")  # its NIK left out
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.startswith(usage)
    assert missing.stderr.splitlines()[-1] == error
    shown = run_ucj("--lang", lang, "lookup", "--help")
    assert shown.returncode == 0 and shown.stdout.startswith(usage)
    assert all(line in shown.stdout for line in help_lines)
    # argparse has its own lookups back for whoever else in the process uses it
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]


def test_argparse_words_keep_their_placeholders_in_both_languages() -> None:
    for english, source in argparse_words.WORDS.items():
        for language in catalog.LANGUAGES:
            with catalog.in_language(language):
                said = argparse_words.gettext(english)
            assert said is not None and _placeholders(said) == _placeholders(english)
        with catalog.in_language(catalog.ENGLISH):
            assert argparse_words.gettext(english) == english
        with catalog.in_language(catalog.INDONESIAN):
            assert argparse_words.gettext(english) == source


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%(?:\(\w+\))?[rs]", text))


def test_a_command_run_in_process_leaves_the_callers_language(run_ucj, made_store) -> None:
    assert catalog.language() == catalog.ENGLISH  # the fixture's
    assert stdout_lines(run_ucj("--lang", "id", "check"))[-1].startswith("pemeriksaan")
    assert catalog.language() == catalog.ENGLISH


def test_numbers_in_a_message_follow_the_language() -> None:
    error = DomainError("xlsx.too_many_rows", field="file", maximum=1_048_576)
    with catalog.in_language(catalog.INDONESIAN):
        indonesian = describe(error)
    with catalog.in_language(catalog.ENGLISH):
        english = describe(error)
    assert "baris 1.048.576, baris terakhir Excel" in indonesian
    assert "past row 1,048,576, Excel's last row" in english


def test_the_command_word_after_lang_is_the_command() -> None:
    assert ucj.chosen_command(["--lang", "en", "lookup", "x"]) == "lookup"
    assert ucj.chosen_command(["--lang=en", "search", "x"]) == "search"


def _dtsen_with_a_bad_nik(path: Path) -> Path:
    rows = [list(r) for r in dtsen_rows(41, 3, date.today())]
    rows[1][DTSEN_HEADER.index("NIK")] = "3.27501E+15"  # line 3
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([DTSEN_HEADER, *rows])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "summary", "line", "refusal"),
    [
        (
            "en",
            "dtsen.csv: 3 rows read, 1 rejected",
            "  line 3, column NIK: ",
            "nothing changed: fix the rows above or pass --accept-valid to load the 2 valid rows",
        ),
        (
            "id",
            "dtsen.csv: 3 baris dibaca, 1 ditolak",
            "  baris 3, kolom NIK: ",
            "tidak ada yang diubah: perbaiki baris di atas atau beri --accept-valid untuk memuat "
            "2 baris yang sah",
        ),
    ],
)
def test_an_import_says_its_rejected_row_and_reason_in_the_chosen_language(
    run_ucj, made_store, tmp_path: Path, lang: str, summary: str, line: str, refusal: str
) -> None:
    path = _dtsen_with_a_bad_nik(tmp_path / "dtsen.csv")
    result = run_ucj("--lang", lang, "import", "dtsen", str(path), env=AS_ADMIN)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    # The reason comes from the shared catalog (wording/import_reasons.py), in the same language.
    with catalog.in_language(lang):
        reason = reason_text("nik.scientific", {})
    assert result.stdout.splitlines()[:2] == [summary, line + reason]
    assert result.stderr.splitlines()[-1] == refusal


def test_the_installed_script_speaks_as_told(run_ucj_process, made_store) -> None:
    version = run_ucj_process("--lang", "en", "--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"ucj {__version__}")
    indonesian = run_ucj_process("--lang", "id", "check")
    assert stdout_lines(indonesian)[-1].startswith("pemeriksaan: OK")
    english = run_ucj_process("check", env={"LANG": "en_US.UTF-8"})
    assert stdout_lines(english)[-1].startswith("check: OK")


def test_the_hub_speaks_both_and_groups_its_numbers(
    file_keyring: FileKeyring, cli_env, tmp_path: Path
) -> None:
    hub = console_entry("ucj-hub")
    data = tmp_path / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_in_process(
            hub, "ucj-hub", [*args, "--data-dir", str(data)], env=cli_env, cwd=tmp_path
        )

    made = run("--lang", "id", "init")
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[0] == f"hub dibuat di {data / 'hub' / 'hub.db'}"
    indonesian = stdout_lines(run("--lang", "id", "allocate"))
    english = stdout_lines(run("--lang", "en", "allocate"))
    assert indonesian[-1] == "kursi 0 dari 11.666 (+0 sekarang); 0 menunggu; 0 dikembalikan"
    assert english[-1] == "seats 0 of 11,666 (+0 now); 0 waiting; 0 returned"
    status = stdout_lines(run("--lang", "id", "status"))
    assert status[0].split()[:3] == ["kantor", "batch", "hari"]
    assert status[-1].endswith("rantai audit utuh")
