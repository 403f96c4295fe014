"""Hostile bytes an outsider can hand the office: never a traceback, always a refusal in words.

Hypothesis writes random and mutated files for the CSV/XLSX reader, the sync package reader
and the card checker. The only exception allowed out is the domain's own (a DomainError, with
a code that the words tables know); each example also stays small in time.
"""

from __future__ import annotations

import io
import time
from datetime import date
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ucj_desktop.cli.messages import DOMAIN_MESSAGES
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.files.tabular_reader import open_rows
from ucj_desktop.sync.card_token import CardClaims, issue_card_token, verify_card_token
from ucj_desktop.sync.package import build_package, key_fingerprint, open_package, raw_public
from ucj_desktop.synthetic import DTSEN_HEADER, dtsen_rows

# Derandomized: CI runs the same examples every time (a new counterexample must not turn an
# unrelated change red); set derandomize=False locally to explore further.
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
SECONDS = 30


def _xlsx_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(DTSEN_HEADER))
    for row in dtsen_rows(3, 20, date(2026, 1, 15)):
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


XLSX = _xlsx_bytes()
SIGNER = Ed25519PrivateKey.generate()
HUB = pyrage.x25519.Identity.generate()
PACKAGE = build_package(
    kind="ack", office_code="32.75.01.1001", device_id="d", package_id="p" * 8, sequence=1,
    records=[{"id": "x", "n": 1}], signing_key=SIGNER, recipient=str(HUB.to_public()),
)  # fmt: skip
TOKEN = issue_card_token(
    CardClaims("26000000001", "327501******0001", "Siti", date(2027, 1, 1),
               "32.75.01.1001"), SIGNER,
)  # fmt: skip


def _mutated(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    out = bytearray(data)
    for position, value in edits:
        out[position % len(out)] = value
    return bytes(out[:cut] if cut else out)


EDITS = st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(0, 255)), max_size=12)
CUT = st.one_of(st.none(), st.integers(1, 1 << 20))


def _read_all(path: Path) -> None:
    with open_rows(path) as stream:
        for _ in stream.rows:
            pass


def _refused_in_words(call) -> None:
    started = time.monotonic()
    try:
        call()
    except DomainError as exc:
        assert exc.code in DOMAIN_MESSAGES, exc.code
    assert time.monotonic() - started < SECONDS


@FUZZ
@given(data=st.binary(max_size=4096))
def test_any_bytes_as_a_reference_file(tmp_path_factory: pytest.TempPathFactory, data) -> None:
    path = tmp_path_factory.mktemp("csv") / "ekstrak.csv"
    path.write_bytes(data)
    _refused_in_words(lambda: _read_all(path))


@FUZZ
@given(edits=EDITS, cut=CUT)
def test_a_damaged_xlsx(tmp_path_factory: pytest.TempPathFactory, edits, cut) -> None:
    path: Path = tmp_path_factory.mktemp("xlsx") / "ekstrak.xlsx"
    path.write_bytes(_mutated(XLSX, edits, cut))
    _refused_in_words(lambda: _read_all(path))


@FUZZ
@given(edits=EDITS, cut=CUT)
def test_a_damaged_sync_package(edits, cut) -> None:
    data = _mutated(PACKAGE, edits, cut)
    trusted = {key_fingerprint(raw_public(SIGNER)): raw_public(SIGNER)}
    _refused_in_words(
        lambda: open_package(data, trusted_signers=trusted, identity=str(HUB),
                             expected_kind="ack")
    )  # fmt: skip


@FUZZ
@given(
    text=st.one_of(
        st.text(max_size=5000),
        st.builds(
            lambda edits, cut: _mutated(TOKEN.encode(), edits, cut).decode("latin-1"), EDITS, CUT
        ),
    )
)
def test_any_text_as_a_card_code(text) -> None:
    _refused_in_words(lambda: verify_card_token(text, {"hub": raw_public(SIGNER)}))
