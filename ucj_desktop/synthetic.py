"""Seeded synthetic people for the demo store, the self-test, tests and benchmarks.

Nobody here is real: names are drawn from common given names and family names, NIKs are built
from the NIK rules with random serials, phones use the 0812-9999-xxxx range.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ucj_desktop.domain.areas import all_kelurahan
from ucj_desktop.domain.categories import DEFAULT_CATEGORIES
from ucj_desktop.domain.registration_form import PERSON_FIELDS
from ucj_desktop.files.atomic import atomic_path, atomic_write_text
from ucj_desktop.files.workbook import save_workbook

_GIVEN_M = (
    "Agus",
    "Budi",
    "Dedi",
    "Eko",
    "Fajar",
    "Hendra",
    "Irfan",
    "Joko",
    "Rudi",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yusuf",
    "Ahmad",
    "Bambang",
    "Dimas",
    "Rizky",
    "Andi",
    "Asep",
)
_GIVEN_F = (
    "Ani",
    "Dewi",
    "Endang",
    "Fitri",
    "Indah",
    "Lestari",
    "Nur",
    "Puji",
    "Ratna",
    "Siti",
    "Sri",
    "Tuti",
    "Wulan",
    "Yuni",
    "Ayu",
    "Rina",
    "Euis",
    "Neneng",
    "Maya",
)
_FAMILY = (
    "Saputra",
    "Hidayat",
    "Santoso",
    "Wijaya",
    "Kurniawan",
    "Setiawan",
    "Pratama",
    "Susanto",
    "Nugroho",
    "Siregar",
    "Nasution",
    "Hasibuan",
    "Simanjuntak",
    "Rahayu",
    "Lestari",
    "Purnomo",
    "Sutrisno",
    "Maulana",
    "Firmansyah",
    "Ramadhan",
)
_STREETS = (
    "Jl. Melati",
    "Jl. Mawar",
    "Jl. Kenanga",
    "Gg. Haji Nawi",
    "Jl. Cendana",
    "Jl. Raya Narogong",
    "Jl. Pramuka",
    "Gg. Masjid",
    "Jl. Kartini",
    "Jl. Cut Meutia",
)


@dataclass(frozen=True)
class SyntheticPerson:
    nik: str
    kk_number: str
    full_name: str
    birth_date: date
    sex: str  # "L" | "P"
    phone: str
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    desil: int
    occupations: tuple[str, ...]
    declared_income: int

    def registration_fields(self) -> dict[str, Any]:
        """The columns of a registration this person fills (occupations as stored: JSON)."""
        values = {name: getattr(self, name) for name in PERSON_FIELDS}
        values["occupations"] = json.dumps(list(self.occupations))
        return values


def _nik(rng: random.Random, district: str, birth: date, female: bool) -> str:
    day = birth.day + (40 if female else 0)
    return (
        f"3275{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"
    )


def generate_people(seed: int, count: int, today: date) -> Iterator[SyntheticPerson]:
    """``count`` people, the same for the same seed; ages 18-70, desil 1-10."""
    rng = random.Random(seed)  # noqa: S311  (reproducible test data, not secrets)
    areas = all_kelurahan()
    categories = [c.code for c in DEFAULT_CATEGORIES]
    for _ in range(count):
        area = rng.choice(areas)
        female = rng.random() < 0.45
        age_days = rng.randint(18 * 365, 70 * 365)
        birth = today - timedelta(days=age_days)
        district = area.kecamatan_code.split(".")[-1]
        given = rng.choice(_GIVEN_F if female else _GIVEN_M)
        name = f"{given} {rng.choice(_FAMILY)}"
        issued = today - timedelta(days=rng.randint(30, 3650))
        kk = f"3275{district}{issued:%d%m%y}{rng.randint(1, 9999):04d}"
        jobs = tuple(rng.sample(categories, rng.choice((1, 1, 1, 2))))
        yield SyntheticPerson(
            nik=_nik(rng, district, birth, female),
            kk_number=kk,
            full_name=name,
            birth_date=birth,
            sex="P" if female else "L",
            phone=f"+62812999{rng.randint(0, 99999):05d}",
            address=f"{rng.choice(_STREETS)} No. {rng.randint(1, 150)}",
            rt=f"{rng.randint(1, 15):03d}",
            rw=f"{rng.randint(1, 12):03d}",
            kelurahan_code=area.code,
            desil=rng.choices(range(1, 11), weights=(14, 14, 13, 12, 11, 9, 8, 7, 6, 6))[0],
            occupations=jobs,
            declared_income=rng.choice((1_000_000, 1_000_000, 1_500_000, 2_000_000, 2_750_000)),
        )


DTSEN_HEADER = (
    "NIK",
    "NO_KK",
    "NAMA",
    "TGL_LAHIR",
    "JK",
    "ALAMAT",
    "RT",
    "RW",
    "KODE_KELURAHAN",
    "DESIL",
)


def dtsen_rows(seed: int, count: int, today: date) -> Iterator[tuple[str, ...]]:
    """Rows of a synthetic DTSEN extract (unique NIKs), as the city's CSV would hold them."""
    seen: set[str] = set()
    made = 0
    extra = 0
    while made < count:
        for person in generate_people(seed + extra, count - made, today):
            if person.nik in seen:
                continue
            seen.add(person.nik)
            made += 1
            yield (
                person.nik,
                person.kk_number,
                person.full_name,
                person.birth_date.strftime("%d/%m/%Y"),
                person.sex,
                person.address,
                person.rt,
                person.rw,
                person.kelurahan_code,
                str(person.desil),
            )
        extra += 1_000_003  # top up the few NIKs that collided with another seed


# The sample extract shipped in resources/samples (the demo store imports its CSV): fixed seed
# and day, so the files can be made again and checked (tests/test_samples.py).
SAMPLE_SEED = 20251105
SAMPLE_DAY = date(2026, 1, 1)
SAMPLE_ROWS = 400
SAMPLE_CSV = "dtsen-contoh.csv"
SAMPLE_XLSX = "dtsen-contoh.xlsx"
SAMPLE_COVERAGE = "cakupan-contoh.csv"
COVERED_EVERY = 40  # every 40th person of the sample is already covered by another payer
# Each sample line says it is an example: a column the importers ignore (a comment line would
# not be a CSV the importer takes), and the XLSX's sheet name and document properties too.
SAMPLE_MARK_COLUMN = "CATATAN"
SAMPLE_MARK = "CONTOH - data sintetis, bukan orang sungguhan"
SAMPLE_SHEET = "DTSEN CONTOH"


def sample_dtsen_rows() -> list[tuple[str, ...]]:
    """The rows of the shipped sample DTSEN extract (the same people in both files)."""
    return list(dtsen_rows(SAMPLE_SEED, SAMPLE_ROWS, SAMPLE_DAY))


def sample_coverage_rows() -> list[tuple[str, str]]:
    """The shipped sample coverage list: people of the sample extract another payer covers."""
    rows = sample_dtsen_rows()[COVERED_EVERY - 1 :: COVERED_EVERY]
    return [(row[0], "PPU (pemberi kerja)") for row in rows]


def write_dtsen_samples(folder: Path) -> tuple[Path, Path, Path]:
    """Write the sample extract as an Indonesian Excel saves a CSV (``;``, UTF-8 BOM) and as
    an XLSX with the NIK and No. KK as text cells, and the sample coverage list (CSV)."""
    from openpyxl import Workbook

    header = (SAMPLE_MARK_COLUMN, *DTSEN_HEADER)
    rows = [(SAMPLE_MARK, *row) for row in sample_dtsen_rows()]
    csv_path, xlsx_path = folder / SAMPLE_CSV, folder / SAMPLE_XLSX
    _write_sample_csv(csv_path, header, rows)
    book = Workbook()
    book.properties.title = f"{SAMPLE_SHEET}: {SAMPLE_MARK}"
    book.properties.subject = "Contoh ekstrak DTSEN untuk latihan impor (UCJ Desktop)"
    sheet = book.active
    sheet.title = SAMPLE_SHEET
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2, min_col=2, max_col=3):  # NIK and No. KK
        for cell in cells:
            cell.number_format = "@"
    with atomic_path(xlsx_path) as temp:
        save_workbook(book, temp, folder)
    coverage_path = folder / SAMPLE_COVERAGE
    coverage = [(SAMPLE_MARK, *row) for row in sample_coverage_rows()]
    _write_sample_csv(coverage_path, (SAMPLE_MARK_COLUMN, "NIK", "SKEMA"), coverage)
    return csv_path, xlsx_path, coverage_path


def _write_sample_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """As an Indonesian Excel saves a CSV: ``;``, UTF-8 with a BOM, CRLF."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    atomic_write_text(path, text.getvalue(), encoding="utf-8-sig")
