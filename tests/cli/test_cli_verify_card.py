"""`ucj verify-card TEXT`: a genuine token is shown, a forged one is refused in one line."""

from __future__ import annotations

import json
from datetime import date

from ucj_desktop.hub.ack_builder import HubKeys
from ucj_desktop.sync.card_token import CardClaims, issue_card_token


def test_verify_card_accepts_the_hubs_token_and_refuses_another(run_ucj, expect_failure, tmp_path):
    env = {"UCJ_USER": "ani", "UCJ_PASSWORD": "sandi-kuat-1"}
    assert (
        run_ucj(
            "init", "--office", "32.75.01.1001", "--admin", "ani", stdin="sandi-kuat-1\n"
        ).returncode
        == 0
    )
    hub = HubKeys.generate()
    key_file = tmp_path / "hub.json"
    key_file.write_text(json.dumps(hub.public_file()))
    assert run_ucj("keys", "import", str(key_file), env=env).returncode == 0
    claims = CardClaims(
        "26000000042", "327501******0042", "Siti Nur'aini", date(2027, 11, 30), "32.75.01.1001"
    )
    good = run_ucj("verify-card", issue_card_token(claims, hub.signing), env=env)
    assert good.returncode == 0, good.stderr
    assert "GENUINE" in good.stdout and "26000000042" in good.stdout
    forged = issue_card_token(claims, HubKeys.generate().signing)
    line = expect_failure(run_ucj("verify-card", forged, env=env))
    assert "NOT GENUINE" in line
    assert "not a UCJ card code" in expect_failure(run_ucj("verify-card", "hello", env=env))
