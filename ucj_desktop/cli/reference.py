"""`ucj lookup` and `ucj search`: the reference data at the counter, from the command line."""

from __future__ import annotations

import argparse

from ucj_desktop.cli.numbers import fill, say
from ucj_desktop.cli.program import Commands
from ucj_desktop.cli.signin import signed_in_to_read
from ucj_desktop.domain.areas import find_kelurahan
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.nik import mask_nik
from ucj_desktop.paths import StorePaths
from ucj_desktop.services.reference_lookup import NameSearch, lookup_nik, search_people
from ucj_desktop.wording.catalog import translate


def cmd_lookup(args: argparse.Namespace, paths: StorePaths) -> int:
    with signed_in_to_read(args, paths) as (opened, who):
        found = lookup_nik(opened, who, args.nik)
    print(f"NIK {mask_nik(found.nik) if args.masked else found.nik}")
    if not found.dtsen_loaded:
        print(translate("cli", "DTSEN: belum ada ekstrak yang dimuat (ucj import dtsen BERKAS)"))
    elif found.dtsen is None:
        print(translate("cli", "DTSEN: tidak ada di ekstrak"))
    else:
        p = found.dtsen
        line = translate(
            "cli",
            "DTSEN: {name}, desil {desil}, lahir {born}, kelurahan {kelurahan}, RT {rt}/RW {rw}",
        )
        say(
            line,
            name=p.full_name,
            desil=p.desil,
            born=p.birth_date or "-",
            kelurahan=p.kelurahan_code or "-",
            rt=p.rt or "-",
            rw=p.rw or "-",
        )
    print(_coverage_line(found.coverage_loaded, found.covered_by))
    if found.registration_id:
        line = translate("cli", "pendaftaran: {status} ({id})")
        say(line, status=found.registration_status, id=found.registration_id)
    else:
        print(translate("cli", "pendaftaran: tidak ada di kantor ini"))
    return 0


def _coverage_line(loaded: bool, covered_by: str | None) -> str:
    if not loaded:
        return translate("cli", "kepesertaan: belum ada daftar yang dimuat")
    if covered_by is None:
        return translate("cli", "kepesertaan: belum menjadi peserta")
    if covered_by:
        return fill(translate("cli", "kepesertaan: sudah menjadi peserta ({by})"), by=covered_by)
    return translate("cli", "kepesertaan: sudah menjadi peserta")


def cmd_search(args: argparse.Namespace, paths: StorePaths) -> int:
    kelurahan = None
    if args.kelurahan:
        found = find_kelurahan(args.kelurahan)
        if found is None:
            raise DomainError("kelurahan.unknown", field="kelurahan")
        kelurahan = found.code
    search = NameSearch(args.text, kelurahan, args.desil, args.limit)
    with signed_in_to_read(args, paths) as (opened, who):
        people = search_people(opened, who, search)
    for p in people:
        print(f"{mask_nik(p.nik)}  {p.full_name:<32} desil {p.desil}  {p.kelurahan_code or '-'}")
    if len(people) == args.limit:
        summary = translate("cli", "{count} ditemukan (batas tercapai: persempit pencarian)")
    else:
        summary = translate("cli", "{count} ditemukan")
    say(summary, count=len(people))
    return 0


def add_reference_parsers(commands: Commands) -> None:
    p = commands.add("lookup", cmd_lookup, translate("cli", "DTSEN, kepesertaan, pendaftaran"))
    p.add_argument("nik")
    p.add_argument(
        "--masked", action="store_true", help=translate("cli", "cetak NIK dengan disamarkan")
    )
    p = commands.add("search", cmd_search, translate("cli", "cari nama di DTSEN"))
    p.add_argument("text")
    p.add_argument("--kelurahan")
    p.add_argument("--desil", type=int, choices=range(1, 11))
    p.add_argument("--limit", type=int, default=50)
