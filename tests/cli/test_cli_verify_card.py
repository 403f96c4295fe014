"""`ucj verify-card TEXT`: a genuine token is shown, a forged one is refused in one line."""

from __future__ import annotations

import json
from datetime import date

import pyrage

from tests.support.ack_builder import HubKeys, claims_changed
from tests.support.format_1_tokens import FORMAT_1, OLD_HUB
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


def test_verify_card_refuses_a_changed_card_and_reads_cards_printed_in_format_1(
    run_ucj, expect_failure, tmp_path
):
    env = {"UCJ_USER": "ani", "UCJ_PASSWORD": "sandi-kuat-1"}
    init = run_ucj("init", "--office", "32.75.01.1001", "--admin", "ani", stdin="sandi-kuat-1\n")
    assert init.returncode == 0
    hub = HubKeys(OLD_HUB, str(pyrage.x25519.Identity.generate()))
    key_file = tmp_path / "hub.json"
    key_file.write_text(json.dumps(hub.public_file()))
    assert run_ucj("keys", "import", str(key_file), env=env).returncode == 0
    for token, claims in FORMAT_1.items():
        old = run_ucj("verify-card", token, env=env)
        assert old.returncode == 0, old.stderr
        assert "GENUINE card" in old.stdout and f"KPJ: {claims.kpj}" in old.stdout
        assert f"name: {claims.name}" in old.stdout
    genuine = issue_card_token(next(iter(FORMAT_1.values())), hub.signing)
    assert run_ucj("verify-card", genuine, env=env).returncode == 0
    changed = expect_failure(run_ucj("verify-card", claims_changed(genuine), env=env))
    assert (
        changed
        == "ucj verify-card: NOT GENUINE: the card's signature does not match the city hub's key"
    )
    misread = expect_failure(run_ucj("verify-card", genuine[:-1], env=env))
    assert misread.startswith("ucj verify-card: not a UCJ card code, or not all of it")


def _one_enrolled_worker(run_ucj, tmp_path, store_paths, secret_store) -> dict[str, str]:
    """A store (admin ani) with the hub key and one ENROLLED worker, Siti; the CLI's env."""
    import uuid

    from ucj_desktop.services.store_access import open_store
    from ucj_desktop.store.models import Registration

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
    opened = open_store(store_paths, secret_store)
    try:
        with opened.store.session() as session:
            token = issue_card_token(
                CardClaims(
                    "26000000042", "327501******0001", "Siti", date(2027, 11, 30), "32.75.01.1001"
                ),
                hub.signing,
            )
            session.add(
                Registration(
                    id=str(uuid.uuid4()),
                    nik="3275014101050001",
                    kk_number="3275010101250001",
                    full_name="Siti",
                    birth_date=date(2005, 1, 1),
                    sex="P",
                    address="Jl. A",
                    rt="001",
                    rw="001",
                    kelurahan_code="32.75.01.1001",
                    occupations='["PKL"]',
                    declared_income=1_000_000,
                    consent=True,
                    desil=2,
                    status="enrolled",
                    created_by=1,
                    kpj="26000000042",
                    coverage_start=date(2026, 12, 1),
                    coverage_end=date(2027, 11, 30),
                    card_token=token,
                )
            )
            session.commit()
    finally:
        opened.close()
    return env


def test_print_cards_writes_the_pdf_and_then_the_queue_is_empty(
    run_ucj, expect_failure, tmp_path, store_paths, secret_store
):
    env = _one_enrolled_worker(run_ucj, tmp_path, store_paths, secret_store)
    queue = run_ucj("print-queue", env=env)
    assert queue.returncode == 0, queue.stderr
    assert "26000000042  327501******0001" in queue.stdout and "not printed" in queue.stdout
    assert "3275014101050001" not in queue.stdout
    out = tmp_path / "kartu.pdf"
    first = run_ucj("print", "cards", "--out", str(out), env=env)
    assert first.returncode == 0, first.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    again = expect_failure(run_ucj("print", "cards", "--out", str(out), env=env))
    assert "no enrolled worker waits" in again
    assert run_ucj("print-queue", env=env).stdout.strip().endswith("0 worker(s)")
    printed = run_ucj("print-queue", "--scope", "not_handed", env=env).stdout
    assert "printed 1x, not handed" in printed
    reg_id = printed.split()[0]
    single = tmp_path / "ulang.pdf"
    line = expect_failure(
        run_ucj(
            "print", "cards", "--ids", reg_id, "--layout", "single", "--out", str(single), env=env
        )
    )
    assert "printed before: say why with --reason" in line and not single.exists()
    reprint = run_ucj(
        "print",
        "cards",
        "--ids",
        reg_id,
        "--layout",
        "single",
        "--reason",
        "kartu hilang",
        "--out",
        str(single),
        env=env,
    )
    assert reprint.returncode == 0, reprint.stderr
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(single))
    try:
        assert len(pdf) == 2 and round(pdf[0].get_size()[0] / 72 * 25.4, 1) == 85.6
    finally:
        pdf.close()


def test_cards_printed_to_a_full_stick_say_so_and_stay_in_the_queue(
    run_ucj, expect_failure, tmp_path, store_paths, secret_store
):
    from tests.support.small_disk import fill, small_disk

    env = _one_enrolled_worker(run_ucj, tmp_path, store_paths, secret_store)
    with small_disk(tmp_path / "stick") as stick:
        filler = fill(stick, 0)
        line = expect_failure(run_ucj("print", "cards", "--out", str(stick / "k.pdf"), env=env))
        assert "No space left on device" in line or "is full" in line, line
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]
        queue = run_ucj("print-queue", env=env)
        assert "not printed" in queue.stdout  # nothing recorded as printed
        filler.unlink()
        assert run_ucj("print", "cards", "--out", str(stick / "k.pdf"), env=env).returncode == 0
