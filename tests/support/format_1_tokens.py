"""Card tokens of format 1 (``UCJ1.<payload>.<signature>``) as cards printed before format 2
carry them. FORMAT_1: written by the format-1 issuer (commit 54230f4) with a synthetic hub key,
kept as literals so the reader is tested against what that issuer really wrote.
``format_1_token`` writes more of them the same way (a test checks it gives the literals back
byte for byte: Ed25519 signatures are deterministic), for acks and benchmarks."""

from __future__ import annotations

import base64
import json
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ucj_desktop.sync.card_token import CardClaims

OLD_HUB = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # synthetic, never a real key

SITI = CardClaims(
    "26000000001", "327501******0001", "Siti Nur'aini-Hasibuan", date(2027, 11, 30), "32.75.01.1001"
)
NI_LUH = CardClaims(
    "01234567890",
    "327512******0042",
    "Ni Luh Putu Ayu Dewi Ratnasari Wibisono",
    date(2026, 3, 31),
    "32.75.12.1004",
)
FORMAT_1 = {
    "UCJ1.eyJlbmQiOiIyMDI3LTExLTMwIiwia3BqIjoiMjYwMDAwMDAwMDEiLCJuYW1lIjoiU2l0aSBOdXInYWluaS1IYXNp"
    "YnVhbiIsIm5payI6IjMyNzUwMSoqKioqKjAwMDEiLCJvZmZpY2UiOiIzMi43NS4wMS4xMDAxIn0.Pf4ZdQv6ETgFIKQa"
    "WxACpAUVo98npdeBTpJ7TpvsVlSseQcHxgJOmIvPpB6fQS_0sCbgIqRsweXYeC07G0cQDA": SITI,
    "UCJ1.eyJlbmQiOiIyMDI2LTAzLTMxIiwia3BqIjoiMDEyMzQ1Njc4OTAiLCJuYW1lIjoiTmkgTHVoIFB1dHUgQXl1IERl"
    "d2kgUmF0bmFzYXJpIFdpYmlzb25vIiwibmlrIjoiMzI3NTEyKioqKioqMDA0MiIsIm9mZmljZSI6IjMyLjc1LjEyLjEw"
    "MDQifQ.NmR8vFrHih136JhWutPItd02L5740M0LzozCt77Mzc4SBw-CmtEWia5obBssEnv4G2vHyD_5SfqGarXA4_q"
    "ABg": NI_LUH,
}


def format_1_token(claims: CardClaims, key: Ed25519PrivateKey) -> str:
    """``claims`` as the format-1 issuer wrote them, signed by ``key``."""
    payload = json.dumps(
        {
            "kpj": claims.kpj,
            "nik": claims.nik_masked,
            "name": claims.name,
            "end": claims.coverage_end.isoformat(),
            "office": claims.office,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")

    return f"UCJ1.{b64(payload)}.{b64(key.sign(payload))}"
