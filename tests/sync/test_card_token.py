"""Card tokens: signed by the hub, verified offline, never carrying the full NIK."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.sync.card_token import CardClaims, issue_card_token, verify_card_token
from ucj_desktop.sync.package import key_fingerprint, raw_public

HUB = Ed25519PrivateKey.generate()
TRUSTED = {key_fingerprint(raw_public(HUB)): raw_public(HUB)}
CLAIMS = CardClaims(
    "26000000001", "327501******0001", "Siti Nur'aini-Hasibuan", date(2027, 11, 30), "32.75.01.1001"
)


def test_a_token_verifies_and_gives_its_claims_back():
    token = issue_card_token(CLAIMS, HUB)
    assert token.startswith("UCJ1.")
    assert verify_card_token(token, TRUSTED) == CLAIMS


def test_a_token_never_carries_a_full_nik():
    with pytest.raises(ValueError):
        issue_card_token(
            CardClaims("26000000001", "3275014101050001", "X", date(2027, 1, 1), "32.75.01.1001"),
            HUB,
        )


@pytest.mark.parametrize("position", [6, 20, -5])
def test_a_changed_character_is_refused(position):
    token = issue_card_token(CLAIMS, HUB)
    chars = list(token)
    chars[position] = "A" if chars[position] != "A" else "B"
    with pytest.raises(DomainError) as caught:
        verify_card_token("".join(chars), TRUSTED)
    assert caught.value.code in {"card.bad_signature", "card.not_a_token", "card.bad_payload"}


def test_a_token_from_another_key_is_refused():
    other = issue_card_token(CLAIMS, Ed25519PrivateKey.generate())
    with pytest.raises(DomainError) as caught:
        verify_card_token(other, TRUSTED)
    assert caught.value.code == "card.bad_signature"


@pytest.mark.parametrize("text", ["", "hello", "UCJ1.abc", "UCJ2.a.b", "UCJ1.!!.??"])
def test_text_that_is_not_a_token_says_so(text):
    with pytest.raises(DomainError) as caught:
        verify_card_token(text, TRUSTED)
    assert caught.value.code == "card.not_a_token"


@pytest.mark.parametrize("cut", [1, 2, 3, 4, 10])
def test_a_scan_that_lost_its_last_characters_is_a_misread_not_a_forgery(cut):
    token = issue_card_token(CLAIMS, HUB)
    for text in (token[:-cut], token + "A" * cut):
        with pytest.raises(DomainError) as caught:
            verify_card_token(text, TRUSTED)
        assert caught.value.code == "card.not_a_token"


def test_many_tokens_verified_in_two_threads_give_each_its_own_answer_in_order():
    from ucj_desktop.sync.card_token import PARALLEL_FROM, verify_card_tokens

    other = Ed25519PrivateKey.generate()
    tokens = []
    for i in range(PARALLEL_FROM + 101):
        claims = CardClaims(f"{i:011d}", "327501******0001", "Siti", CLAIMS.coverage_end, "x")
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


def _signed(payload: bytes) -> str:
    import base64

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

    return f"UCJ1.{b64(payload)}.{b64(HUB.sign(payload))}"


@pytest.mark.parametrize(
    "payload",
    [b"[" * 100_000 + b"]" * 100_000, b'{"kpj": ' + b"9" * 100_000 + b"}"],
    ids=["nested", "huge-number"],
)
def test_a_signed_but_hostile_payload_is_a_damaged_card_not_a_crash(payload) -> None:
    token = _signed(payload)
    with pytest.raises(DomainError) as caught:
        verify_card_token(token, {"hub": raw_public(HUB)})
    # Longer than any QR code: refused before decoding; the nested one fits no card either.
    assert caught.value.code in {"card.not_a_token", "card.bad_payload"}


def test_a_signed_payload_of_brackets_deeper_than_the_parser_is_a_damaged_card() -> None:
    token = _signed(b"[" * 1_500 + b"]" * 1_500)  # fits a QR code; json recurses past 1,000
    assert len(token) < 4_296
    with pytest.raises(DomainError) as caught:
        verify_card_token(token, {"hub": raw_public(HUB)})
    assert caught.value.code == "card.bad_payload"
