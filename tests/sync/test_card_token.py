"""Card tokens: signed by the hub, verified offline, never carrying the full NIK; format 2 (digits)
is issued, format 1 (UCJ1.…) of cards printed before still verifies."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from tests.support.ack_builder import token_bytes, token_text
from tests.support.format_1_tokens import FORMAT_1, OLD_HUB, format_1_token
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.sync.card_token import (
    CONTEXT,
    EPOCH,
    CardClaims,
    _sealed,
    issue_card_token,
    verify_card_token,
)
from ucj_desktop.sync.package import key_fingerprint, raw_public

HUB = Ed25519PrivateKey.generate()
TRUSTED = {key_fingerprint(raw_public(HUB)): raw_public(HUB)}
CLAIMS = CardClaims(
    "26000000001", "327501******0001", "Siti Nur'aini-Hasibuan", date(2027, 11, 30), "32.75.01.1001"
)


def test_a_token_is_digits_and_gives_its_claims_back():
    token = issue_card_token(CLAIMS, HUB)
    assert token.isascii() and token.isdigit()
    # 19 bytes of fixed claims + the 22-character name + the signature, as one number.
    assert len(token_bytes(token)) == 19 + 22 + 64
    assert len(token) < 260  # format 1 of the same claims: 255 characters of base64
    assert verify_card_token(token, TRUSTED) == CLAIMS
    assert verify_card_token(f"  {token}\n", TRUSTED) == CLAIMS  # a scanner's Enter


@given(
    kpj=st.from_regex(r"[0-9]{11}", fullmatch=True),
    head=st.from_regex(r"[0-9]{6}", fullmatch=True),
    tail=st.from_regex(r"[0-9]{4}", fullmatch=True),
    office=st.from_regex(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}", fullmatch=True),
    end=st.dates(EPOCH, date(2179, 6, 1)),
    name=st.text(st.characters(codec="utf-8", min_codepoint=32), min_size=1, max_size=100).filter(
        lambda n: "\x7f" not in n
    ),
)
def test_every_claim_the_layout_carries_comes_back_exactly(kpj, head, tail, office, end, name):
    claims = CardClaims(kpj, f"{head}******{tail}", name, end, office)
    assert verify_card_token(issue_card_token(claims, HUB), TRUSTED) == claims


def test_a_token_never_carries_a_full_nik():
    with pytest.raises(ValueError):
        issue_card_token(
            CardClaims("26000000001", "3275014101050001", "X", date(2027, 1, 1), "32.75.01.1001"),
            HUB,
        )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kpj", "2600000001"),
        ("nik_masked", "32750******0001"),
        ("office", "3275011001"),
        ("name", ""),
        ("coverage_end", date(1999, 12, 31)),
    ],
)
def test_a_claim_the_layout_cannot_carry_is_refused_at_issue_naming_it(field, value):
    named = {"nik_masked": "nik"}.get(field, field)
    with pytest.raises(ValueError, match=f"card token: {named} does not fit"):
        issue_card_token(replace(CLAIMS, **{field: value}), HUB)


MOVED_END = (date(2030, 12, 31) - EPOCH).days.to_bytes(2, "big")


@pytest.mark.parametrize(
    ("offset", "value"),
    [(16, MOVED_END), (1, (26000000002).to_bytes(5, "big"))],
    ids=["coverage end moved", "another KPJ"],
)
def test_a_token_whose_claims_were_changed_after_signing_is_refused(offset, value):
    data = bytearray(token_bytes(issue_card_token(CLAIMS, HUB)))
    data[offset : offset + len(value)] = value
    with pytest.raises(DomainError) as caught:
        verify_card_token(token_text(bytes(data)), TRUSTED)
    assert caught.value.code == "card.bad_signature"


def test_a_token_from_another_key_is_refused():
    other = issue_card_token(CLAIMS, Ed25519PrivateKey.generate())
    with pytest.raises(DomainError) as caught:
        verify_card_token(other, TRUSTED)
    assert caught.value.code == "card.bad_signature"


def test_the_hubs_signature_of_the_same_bytes_for_anything_else_is_not_a_card():
    # What the hub signs elsewhere (manifests, settings) is signed without the card context.
    data = token_bytes(issue_card_token(CLAIMS, HUB))[:-64]
    with pytest.raises(DomainError) as caught:
        verify_card_token(token_text(data + HUB.sign(data)), TRUSTED)
    assert caught.value.code == "card.bad_signature"
    assert verify_card_token(token_text(data + HUB.sign(CONTEXT + data)), TRUSTED) == CLAIMS


@pytest.mark.parametrize(
    "text",
    ["", "hello", "UCJ1.abc", "UCJ2.a.b", "UCJ1.!!.??", "0" + "1" * 250, "²" * 250, "7" * 40],
)
def test_text_that_is_not_a_token_says_so(text):
    with pytest.raises(DomainError) as caught:
        verify_card_token(text, TRUSTED)
    assert caught.value.code == "card.not_a_token"


@pytest.mark.parametrize("cut", [1, 2, 3, 4, 10, 12, 24, 100])
def test_a_scan_that_lost_or_gained_digits_is_a_misread_not_a_forgery(cut):
    token = issue_card_token(CLAIMS, HUB)
    middle = len(token) // 2
    for text in (token[:-cut], token + "7" * cut, token[:middle] + token[middle + cut :]):
        with pytest.raises(DomainError) as caught:
            verify_card_token(text, TRUSTED)
        assert caught.value.code == "card.not_a_token"


@pytest.mark.parametrize(
    "payload",
    [
        bytes([2]) + (10**11).to_bytes(5, "big") + bytes(12) + b"\x01X",  # KPJ of 12 digits
        bytes([2]) + bytes(17) + b"\x02X\x00",  # a control character in the name
    ],
    ids=["kpj", "name"],
)
def test_a_hub_signed_token_whose_claims_do_not_read_is_a_damaged_card(payload):
    with pytest.raises(DomainError) as caught:
        verify_card_token(_sealed(payload, HUB), TRUSTED)
    assert caught.value.code == "card.bad_payload"


def test_many_tokens_verified_in_two_threads_give_each_its_own_answer_in_order():
    from ucj_desktop.sync.card_token import PARALLEL_FROM, verify_card_tokens

    other = Ed25519PrivateKey.generate()
    tokens = []
    for i in range(PARALLEL_FROM + 101):
        claims = CardClaims(
            f"{i:011d}", "327501******0001", "Siti", CLAIMS.coverage_end, "32.75.01.1001"
        )
        if i % 7 == 3:
            tokens.append(issue_card_token(claims, other))  # forged
        elif i % 11 == 5:
            tokens.append(issue_card_token(claims, HUB)[:-2])  # misread
        else:
            tokens.append(issue_card_token(claims, HUB))
    results = verify_card_tokens(tokens, TRUSTED)
    assert len(results) == len(tokens)
    for i, (token, result) in enumerate(zip(tokens, results, strict=True)):
        try:
            expected: object = verify_card_token(token, TRUSTED)
        except DomainError as exc:
            expected = exc.code
        assert result == expected, i
    assert {r for r in results if isinstance(r, str)} == {"card.bad_signature", "card.not_a_token"}


# --- format 1: cards printed before format 2 --------------------------------------------------

OLD_TRUSTED = {"old hub": raw_public(OLD_HUB), "current hub": raw_public(HUB)}


@pytest.mark.parametrize("token", list(FORMAT_1))
def test_a_format_1_token_of_a_card_printed_before_still_verifies(token):
    assert verify_card_token(token, OLD_TRUSTED) == FORMAT_1[token]


@pytest.mark.parametrize("token", list(FORMAT_1))
def test_the_tests_format_1_writer_is_the_old_issuer_byte_for_byte(token):
    assert format_1_token(FORMAT_1[token], OLD_HUB) == token


def test_a_format_1_token_changed_after_signing_is_refused():
    token = next(iter(FORMAT_1))
    head, payload, signature = token.split(".")
    claims = base64.urlsafe_b64decode(payload + "==")
    assert b'"end":"2027-11-30"' in claims
    moved = base64.urlsafe_b64encode(claims.replace(b"2027-11-30", b"2028-11-30")).rstrip(b"=")
    changed = f"{head}.{moved.decode()}.{signature}"
    with pytest.raises(DomainError) as caught:
        verify_card_token(changed, OLD_TRUSTED)
    assert caught.value.code == "card.bad_signature"
    with pytest.raises(DomainError) as caught:
        verify_card_token(token[:-3], OLD_TRUSTED)
    assert caught.value.code == "card.not_a_token"


def _signed_format_1(payload: bytes) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

    return f"UCJ1.{b64(payload)}.{b64(HUB.sign(payload))}"


@pytest.mark.parametrize(
    "payload",
    [b"[" * 100_000 + b"]" * 100_000, b'{"kpj": ' + b"9" * 100_000 + b"}"],
    ids=["nested", "huge-number"],
)
def test_a_signed_but_hostile_payload_is_a_damaged_card_not_a_crash(payload) -> None:
    token = _signed_format_1(payload)
    with pytest.raises(DomainError) as caught:
        verify_card_token(token, {"hub": raw_public(HUB)})
    # Longer than any QR code: refused before decoding; the nested one fits no card either.
    assert caught.value.code in {"card.not_a_token", "card.bad_payload"}


def test_a_signed_payload_of_brackets_deeper_than_the_parser_is_a_damaged_card() -> None:
    token = _signed_format_1(
        b"[" * 1_500 + b"]" * 1_500
    )  # fits a QR code; json recurses past 1,000
    assert len(token) < 4_296
    with pytest.raises(DomainError) as caught:
        verify_card_token(token, {"hub": raw_public(HUB)})
    assert caught.value.code == "card.bad_payload"
