"""Every error code the services raise has words for the officer (GUI) and the admin (CLI).

The codes are read from the source, so a new ``DomainError("x.y")`` without a sentence fails
here instead of reaching a person as "kode kesalahan: x.y".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ucj_desktop
from ucj_desktop.cli.messages import DOMAIN_MESSAGES
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.gui.text import error_text

SOURCE = Path(ucj_desktop.__file__).parent
RAISED = re.compile(r'(?:DomainError|PackageError)\(\s*"([a-z_]+\.[a-z_.]+)"')

# Field problems of the registration form and the importers have their own wording (beside
# the field, in the rejection report, in the CLI's list of field problems); argument errors
# of the command line never reach the GUI; choices the GUI offers from a fixed list never fail.
FIELD_PREFIXES = ("nik.", "kk.", "phone.", "occupation.", "json.", "cli.", "columns.")
GUI_WORDED_ELSEWHERE = {
    "config.invalid",
    "import.unknown_kind",
    "kelurahan.unknown",
    "office.unknown",
    "registration.duplicate",
    "registration.ineligible",
    "registration.own_record",
    "registration.read_only",
    "registration.reason_note_required",
    "registration.reason_unknown",
    "registration.unknown",
    "settings.backlog_range",
    "print.unknown_destination",
    "print.unknown_kind",
    "print.unknown_layout",
    "print.unknown_scope",
    "report.bad_month",  # the GUI picks a month from a list
    "report.unknown_kind",
    "report.unknown_status",
}
CLI_WORDED_ELSEWHERE = {
    "config.invalid",
    "registration.reason_unknown",
    "settings.backlog_range",
    "print.unknown_kind",  # argparse choices
}


def _raised_codes() -> set[str]:
    codes = set()
    for path in SOURCE.rglob("*.py"):
        codes.update(RAISED.findall(path.read_text(encoding="utf-8")))
    return codes


CODES = sorted(_raised_codes())


def test_the_scan_finds_the_codes():
    assert {"print.write_failed", "batch.write_failed", "card.bad_signature"} <= set(CODES)


@pytest.mark.parametrize(
    "code",
    [c for c in CODES if not c.startswith(FIELD_PREFIXES) and c not in GUI_WORDED_ELSEWHERE],
)
def test_the_gui_has_a_sentence(qapp, code):
    text = error_text.error_text(DomainError(code, field="out", reason="No space left"))
    assert "kode kesalahan" not in text and code not in text
    assert "{" not in text and "}" not in text, text


@pytest.mark.parametrize(
    "code",
    [c for c in CODES if not c.startswith(FIELD_PREFIXES) and c not in CLI_WORDED_ELSEWHERE],
)
def test_the_cli_has_a_line(code):
    assert code in DOMAIN_MESSAGES
