"""`ucj init --recovery-sheet` and `ucj idle-lock`."""

from __future__ import annotations

import re
import stat

import pypdfium2 as pdfium

from ucj_desktop.security.recovery import decode_recovery_code
from ucj_desktop.services.settings import idle_lock_minutes
from ucj_desktop.services.store_access import open_store


def _pdf_text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_init_writes_a_private_recovery_sheet_holding_the_printed_code(run_ucj, tmp_path):
    sheet = tmp_path / "kode.pdf"
    result = run_ucj(
        "init",
        "--office",
        "32.75.02.1001",
        "--admin",
        "ani",
        "--recovery-sheet",
        str(sheet),
        stdin="sandi-kuat-1\n",
    )
    assert result.returncode == 0, result.stderr
    code = re.search(r"([A-Z2-7]{4}(?:-[A-Z2-7]{4}){13})", result.stdout).group(1)
    decode_recovery_code(code)
    text = _pdf_text(sheet)
    assert all(group in text for group in code.split("-"))
    assert "Bintara" in text
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600


def test_idle_lock_is_shown_and_set_by_an_admin_only_within_range(
    run_ucj, expect_failure, store_paths, secret_store
):
    assert (
        run_ucj(
            "init", "--office", "32.75.01.1001", "--admin", "ani", stdin="sandi-kuat-1\n"
        ).returncode
        == 0
    )
    env = {"UCJ_USER": "ani", "UCJ_PASSWORD": "sandi-kuat-1"}
    shown = run_ucj("idle-lock", env=env)
    assert shown.returncode == 0 and "10 minutes" in shown.stdout
    assert run_ucj("idle-lock", "25", env=env).returncode == 0
    line = expect_failure(run_ucj("idle-lock", "0", env=env))
    assert "between 1 and 240" in line
    opened = open_store(store_paths, secret_store)
    try:
        assert idle_lock_minutes(opened) == 25
    finally:
        opened.close()
