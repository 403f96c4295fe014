"""`ucj lookup` and `ucj search`: the reference data at the counter, from the command line."""

from __future__ import annotations

import argparse

from ucj_desktop.cli.program import Commands
from ucj_desktop.cli.signin import signed_in_to_read
from ucj_desktop.domain.areas import find_kelurahan
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.reference_lookup import lookup_nik, search_people


def cmd_lookup(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in_to_read(args, paths) as (opened, who):
        found = lookup_nik(opened, who, args.nik)
    print(f"NIK {mask_nik(found.nik) if args.masked else found.nik}")
    if not found.dtsen_loaded:
        print("DTSEN: no extract loaded (ucj import dtsen FILE)")
    elif found.dtsen is None:
        print("DTSEN: not in the extract")
    else:
        p = found.dtsen
        print(
            f"DTSEN: {p.full_name}, desil {p.desil}, born {p.birth_date or '-'}, "
            f"kelurahan {p.kelurahan_code or '-'}, RT {p.rt or '-'}/RW {p.rw or '-'}"
        )
    if not found.coverage_loaded:
        print("coverage: no list loaded")
    else:
        print(
            "coverage: "
            + (
                "already covered" + (f" ({found.covered_by})" if found.covered_by else "")
                if found.covered_by is not None
                else "not covered"
            )
        )
    print(
        "registration: "
        + (
            f"{found.registration_status} ({found.registration_id})"
            if found.registration_id
            else "none in this office"
        )
    )
    return 0


def cmd_search(args: argparse.Namespace, paths: StorePaths) -> int:
    kelurahan = None
    if args.kelurahan:
        found = find_kelurahan(args.kelurahan)
        if found is None:
            raise DomainError("kelurahan.unknown", field="kelurahan")
        kelurahan = found.code
    with signed_in_to_read(args, paths) as (opened, who):
        people = search_people(opened, who, args.text, kelurahan, args.desil, args.limit)
    for p in people:
        print(f"{mask_nik(p.nik)}  {p.full_name:<32} desil {p.desil}  {p.kelurahan_code or '-'}")
    print(
        f"{len(people)} found"
        + (" (limit reached: narrow the search)" if len(people) == args.limit else "")
    )
    return 0


def add_reference_parsers(commands: Commands) -> None:
    p = commands.add("lookup", cmd_lookup, "DTSEN, coverage, registration")
    p.add_argument("nik")
    p.add_argument("--masked", action="store_true", help="print the NIK masked")
    p = commands.add("search", cmd_search, "name search in DTSEN")
    p.add_argument("text")
    p.add_argument("--kelurahan")
    p.add_argument("--desil", type=int, choices=range(1, 11))
    p.add_argument("--limit", type=int, default=50)
