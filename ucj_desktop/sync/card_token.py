"""Card tokens: the compact, hub-signed text a membership card's QR code carries.

Format 2 (what the hub issues): one decimal number, the digits of these bytes read as one
unsigned big-endian integer (the first byte is 2, so the text never starts with 0):

    offset  bytes  field
    0       1      format: 2
    1       5      KPJ: its 11 digits as an unsigned integer
    6       5      masked NIK: the 10 digits kept (first 6, last 4) as an unsigned integer
    11      5      office: the 10 digits of its kelurahan code (PP.KK.CC.DDDD)
    16      2      coverage end: days since 2000-01-01
    18      1      name: its length in characters
    19      n      name: UTF-8
    19+n    64     Ed25519 signature over CONTEXT + bytes 0 .. 19+n

Digits are what a QR code stores most densely after raw bytes (numeric mode: 10 bits for 3
digits, 8.03 bits a byte), and what a keyboard-wedge scanner types the same on any keyboard
layout: a typical card's token is ~250 digits, a version-6 or 7 QR code, where format 1's
~260 base64 characters made a version 11 or 12.

Format 1 (cards printed before format 2; still verified, never issued):

    UCJ1.<base64url(payload JSON)>.<base64url(Ed25519 signature over the payload bytes)>

Payload (JSON, keys sorted, no spaces): {"kpj", "nik" (masked), "name", "end" (YYYY-MM-DD),
"office"}. Any app holding the hub's public key verifies a card offline; no token carries the
full NIK.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop.domain.characters import BAD_CHARACTERS
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik

PREFIX = "UCJ1"  # format 1's first part
FORMAT = 2
# Signed before the claims, never sent: a format-2 signature cannot be read as the hub's
# signature of anything else it signs (manifests, settings), nor theirs as a card's.
CONTEXT = b"UCJ card token 2\n"
PARALLEL_FROM = 500  # tokens; below this a second thread is not worth starting
SHARE = 100  # tokens a thread takes at a time (~10 ms of work)
SIGNATURE_BYTES = 64  # Ed25519
EPOCH = date(2000, 1, 1)
_HEADER = 19  # bytes before the name
_KPJ = re.compile(r"[0-9]{11}")
_MASKED_NIK = re.compile(r"([0-9]{6})\*{6}([0-9]{4})")
_OFFICE = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{2})\.([0-9]{4})")
MAX_NAME_CHARS = 255  # one byte holds the length; the registration form allows 100


@dataclass(frozen=True)
class CardClaims:
    kpj: str
    nik_masked: str
    name: str
    coverage_end: date
    office: str

    def disagreement(self, *, kpj: str, nik: str, coverage_end: date, office: str) -> str | None:
        """The first claim that is not the record's ("kpj", "nik", "coverage_end", "office"),
        None when the card is this record's. The name is not compared: the hub may correct its
        spelling (Dukcapil); the KPJ and the masked NIK bind the card to the person."""
        for field, differs in (
            ("kpj", self.kpj != kpj),
            ("nik", self.nik_masked != mask_nik(nik)),
            ("coverage_end", self.coverage_end != coverage_end),
            ("office", self.office != office),
        ):
            if differs:
                return field
        return None


# A version-40 QR code holds 4,296 characters at most (7,089 digits; a format-2 token with the
# longest name the form allows is ~1,200). Below Python's 4,300-digit limit for int().
MAX_TOKEN_CHARS = 4296


def _packed(claims: CardClaims) -> bytes:
    """Format 2's signed bytes; ValueError names a claim the layout cannot carry."""
    if "*" not in claims.nik_masked:
        raise ValueError("card tokens carry the masked NIK only")
    nik = _MASKED_NIK.fullmatch(claims.nik_masked)
    office = _OFFICE.fullmatch(claims.office)
    name = claims.name.encode("utf-8")
    days = (claims.coverage_end - EPOCH).days
    for field, bad in (
        ("kpj", not _KPJ.fullmatch(claims.kpj)),
        ("nik", nik is None),
        ("office", office is None),
        ("coverage_end", not 0 <= days < 1 << 16),
        ("name", not 0 < len(claims.name) <= MAX_NAME_CHARS),
    ):
        if bad:
            raise ValueError(f"card token: {field} does not fit the format")
    assert nik is not None and office is not None
    return b"".join(
        (
            bytes([FORMAT]),
            int(claims.kpj).to_bytes(5, "big"),
            int("".join(nik.groups())).to_bytes(5, "big"),
            int("".join(office.groups())).to_bytes(5, "big"),
            days.to_bytes(2, "big"),
            bytes([len(claims.name)]),
            name,
        )
    )


def _sealed(payload: bytes, hub_key: Ed25519PrivateKey) -> str:
    """Format 2's text of ``payload`` signed by ``hub_key``."""
    return str(int.from_bytes(payload + hub_key.sign(CONTEXT + payload), "big"))


def issue_card_token(claims: CardClaims, hub_key: Ed25519PrivateKey) -> str:
    """The hub's token for ``claims`` (format 2)."""
    return _sealed(_packed(claims), hub_key)


Verifier = Callable[[bytes, bytes], bool]  # (message, signature) -> genuine


def _public_keys(hub_keys: Mapping[str, bytes]) -> list[Verifier]:
    """A verifier for each valid key, made once for many tokens.

    Tokens are verified with libsodium (PyNaCl): 75 µs a token here against OpenSSL's 145
    (through ``cryptography``, which the hub signs with: Ed25519 is one standard), and an
    acknowledgement of the whole city quota carries 11,666 of them. Imported here, not at
    the top: 15 ms that a start-up which checks no card does not pay.
    """
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    def verifier(key: VerifyKey) -> Verifier:
        def genuine(message: bytes, signature: bytes) -> bool:
            try:
                key.verify(message, signature)
            except BadSignatureError:
                return False
            return True

        return genuine

    verifiers: list[Verifier] = []
    for raw in hub_keys.values():
        try:
            verifiers.append(verifier(VerifyKey(raw)))
        except (ValueError, TypeError):
            continue  # not a key: it verifies nothing
    return verifiers


def _signed_by(keys: Sequence[Verifier], signature: bytes, message: bytes) -> bool:
    return any(genuine(message, signature) for genuine in keys)


def verify_card_token(token: str, hub_keys: Mapping[str, bytes]) -> CardClaims:
    """The claims of a genuine token of either format; DomainError "card.*" otherwise
    (hub_keys: any trusted raw Ed25519 public keys, e.g. the current and the previous one).

    card.not_a_token: not a card's text, or a misread one (characters lost or added);
    card.bad_signature: no trusted key signed it (forged, or changed after signing);
    card.bad_payload: signed by a trusted key, but the claims do not read."""
    return _verified(token, _public_keys(hub_keys))


def _verified(token: str, hub_keys: Sequence[Verifier]) -> CardClaims:
    if len(token) > MAX_TOKEN_CHARS:  # no QR code on a card holds more: not a card's text
        raise DomainError("card.not_a_token")
    text = token.strip()
    if text.startswith(PREFIX + "."):
        return _verify_format_1(text, hub_keys)
    # ASCII digits only (isdigit alone takes other scripts' digits); no leading zero, so each
    # token has one text.
    if not (text.isascii() and text.isdigit()) or text.startswith("0"):
        raise DomainError("card.not_a_token")
    number = int(text)
    data = number.to_bytes((number.bit_length() + 7) // 8, "big")
    payload, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    if len(payload) <= _HEADER or payload[0] != FORMAT or _name(payload) is None:
        # Digits lost or added change the leading byte, or the name no longer has the length
        # the token says: a misread, not a forgery.
        raise DomainError("card.not_a_token")
    if not _signed_by(hub_keys, signature, CONTEXT + payload):
        raise DomainError("card.bad_signature")
    return _unpacked(payload)


def _name(payload: bytes) -> str | None:
    """The name of format 2's signed bytes, None unless it is UTF-8 of the length it says."""
    try:
        name = payload[_HEADER:].decode("utf-8")
    except UnicodeDecodeError:
        return None
    return name if len(name) == payload[_HEADER - 1] else None


def _unpacked(payload: bytes) -> CardClaims:
    """Format 2's claims from its signed bytes; card.bad_payload when they do not read."""

    def number(start: int, digits: int) -> str:
        value = int.from_bytes(payload[start : start + 5], "big")
        if value >= 10**digits:
            raise ValueError(start)
        return f"{value:0{digits}d}"

    try:
        nik, office = number(6, 10), number(11, 10)
        name = _name(payload) or ""
        if BAD_CHARACTERS.search(name):
            raise ValueError("name")
        return CardClaims(
            number(1, 11),
            f"{nik[:6]}******{nik[6:]}",
            name,
            EPOCH + timedelta(days=int.from_bytes(payload[16:18], "big")),
            f"{office[:2]}.{office[2:4]}.{office[4:6]}.{office[6:]}",
        )
    except ValueError:
        raise DomainError("card.bad_payload") from None


def _unb64(text: str) -> bytes:
    # validate=True: a character outside the alphabet is an error, not silently dropped.
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def _verify_format_1(text: str, hub_keys: Sequence[Verifier]) -> CardClaims:
    """Cards printed before format 2: UCJ1.<payload>.<signature>, JSON claims."""
    parts = text.split(".")
    if len(parts) != 3:
        raise DomainError("card.not_a_token")
    try:
        payload, signature = _unb64(parts[1]), _unb64(parts[2])
    except (binascii.Error, ValueError):
        raise DomainError("card.not_a_token") from None
    if not payload or len(signature) != SIGNATURE_BYTES:
        # A scan that lost or gained characters: a misread, not a forgery.
        raise DomainError("card.not_a_token")
    if not _signed_by(hub_keys, signature, payload):
        raise DomainError("card.bad_signature")
    try:
        data = json.loads(payload.decode("utf-8"))
        return CardClaims(
            str(data["kpj"]),
            str(data["nik"]),
            str(data["name"]),
            date.fromisoformat(str(data["end"])),
            str(data["office"]),
        )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
        raise DomainError("card.bad_payload") from None


def verify_card_tokens(
    tokens: Sequence[str], hub_keys: Mapping[str, bytes]
) -> list[CardClaims | str]:
    """``verify_card_token`` for many tokens: claims, or the "card.*" code, for each in order.

    libsodium verifies without Python's lock, so a big acknowledgement is verified by two
    threads taking runs of ``SHARE`` tokens from one queue: on an idle second core they share
    the work; when something else (an antivirus scan) holds that core, the thread that gets
    the CPU does nearly all of it and never waits for more than the one run the other holds
    (with a fixed half each, the first would wait for a starved second's whole half).
    """
    keys = _public_keys(hub_keys)
    results: list[CardClaims | str] = [""] * len(tokens)
    runs = iter(range(0, len(tokens), SHARE))
    taking = threading.Lock()

    def work() -> None:
        while True:
            with taking:
                start = next(runs, None)
            if start is None:
                return
            for i in range(start, min(start + SHARE, len(tokens))):
                try:
                    results[i] = _verified(tokens[i], keys)
                except DomainError as exc:
                    results[i] = exc.code

    if len(tokens) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        work()
        return results
    with ThreadPoolExecutor(max_workers=1) as pool:
        second = pool.submit(work)
        work()
        second.result()
    return results
