"""`ucj register FILE.json` and `ucj verify ID --approve | --reject REASON`."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from ucj_desktop.cli.numbers import say
from ucj_desktop.cli.program import Commands, add_file_argument
from ucj_desktop.cli.signin import signed_in
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.registration_form import FIELDS, RegistrationInput, occupations_from
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.registration_queries import find_registration_ids
from ucj_desktop.services.registrations import (
    REJECTION_CODES,
    FormEntry,
    RegistrationInvalid,
    reject_registration,
    save_registration,
    verify_registration,
)
from ucj_desktop.wording.catalog import translate
from ucj_desktop.wording.import_reasons import reason_text


def id_help(*, plural: bool = False) -> str:
    """The help of an argument that names registrations."""
    if plural:
        return translate("cli", "nomor pendaftaran, atau NIK atau KPJ para pekerja")
    return translate("cli", "nomor pendaftaran, atau NIK atau KPJ pekerja")


_REQUIRED = (
    "nik",
    "kk_number",
    "full_name",
    "address",
    "rt",
    "rw",
    "kelurahan_code",
    "occupations",
    "consent",
)


def read_registration_json(path: Path) -> RegistrationInput:
    """The JSON file's object as form input; a clear DomainError names any bad key."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DomainError("file.not_found", field="file") from None
    except OSError as exc:  # a folder, no permission, a device error
        raise DomainError("file.unreadable", field="file", reason=exc.strerror or "") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DomainError("json.invalid", field="file", reason=str(exc)) from exc
    if not isinstance(data, dict):
        raise DomainError("json.not_object", field="file")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise DomainError("json.unknown_keys", field="file", keys=unknown)
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise DomainError("json.missing_keys", field="file", keys=missing)
    birth = data.get("birth_date")
    try:
        birth_date = date.fromisoformat(birth) if birth not in (None, "") else None
    except (TypeError, ValueError):
        raise DomainError("json.bad_value", field="birth_date", expected="YYYY-MM-DD") from None
    text = translate("cli", "teks")
    for key in ("nik", "kk_number", "full_name", "address", "rt", "rw", "kelurahan_code"):
        if not isinstance(data[key], str):
            raise DomainError("json.bad_value", field=key, expected=text)
    for key in ("sex", "phone"):  # optional, but a string when given
        if data.get(key) is not None and not isinstance(data[key], str):
            raise DomainError("json.bad_value", field=key, expected=text)
    income: Any = data.get("declared_income", 1_000_000)
    if type(income) is not int:
        expected = translate("cli", "rupiah bulat")
        raise DomainError("json.bad_value", field="declared_income", expected=expected)
    if type(data["consent"]) is not bool:
        expected = translate("cli", "true atau false")
        raise DomainError("json.bad_value", field="consent", expected=expected)
    occupations = data["occupations"]
    if not isinstance(occupations, list | str):
        expected = translate("cli", "daftar")
        raise DomainError("json.bad_value", field="occupations", expected=expected)
    return RegistrationInput(
        nik=data["nik"],
        kk_number=data["kk_number"],
        full_name=data["full_name"],
        birth_date=birth_date,
        sex=data.get("sex"),
        phone=data.get("phone"),
        address=data["address"],
        rt=data["rt"],
        rw=data["rw"],
        kelurahan_code=data["kelurahan_code"],
        occupations=occupations_from(occupations),
        declared_income=income,
        consent=data["consent"],
    )


def cmd_register(args: argparse.Namespace, paths: StorePaths) -> int:
    data = read_registration_json(args.file)
    with signed_in(args, paths) as (opened, who):
        try:
            summary = save_registration(opened, who, FormEntry(data), submit=not args.draft)
        except RegistrationInvalid as exc:
            for problem in exc.problems:
                print(f"  {problem.field}: {reason_text(problem.code, problem.values)}")
            raise
    _print_status(summary.id, summary.status.value)
    return 0


def _print_status(registration_id: str, status: str) -> None:
    line = translate("cli", "pendaftaran {id}: {status}")
    say(line, id=registration_id, status=status)


def cmd_verify(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in(args, paths) as (opened, who):
        [registration_id] = find_registration_ids(opened, who, [args.id])
        if args.approve:
            summary = verify_registration(opened, who, registration_id)
        else:
            summary = reject_registration(
                opened, who, registration_id, args.reject, args.note or ""
            )
    _print_status(summary.id, summary.status.value)
    return 0


def add_registration_parsers(commands: Commands) -> None:
    p = commands.add(
        "register",
        cmd_register,
        translate(
            "cli", "daftarkan satu pekerja dari berkas JSON (pemeriksaan sama dengan formulir)"
        ),
    )
    add_file_argument(p)
    p.add_argument(
        "--draft",
        action="store_true",
        help=translate("cli", "simpan sebagai draf, tidak diajukan"),
    )
    p = commands.add(
        "verify",
        cmd_verify,
        translate("cli", "setujui atau tolak pendaftaran yang diajukan (verifikator)"),
    )
    p.add_argument("id", help=id_help())
    decision = p.add_mutually_exclusive_group(required=True)
    decision.add_argument("--approve", action="store_true")
    decision.add_argument("--reject", metavar="REASON", choices=REJECTION_CODES)
    p.add_argument(
        "--note", help=translate("cli", "pesan untuk petugas pendaftar (wajib dengan LAINNYA)")
    )
