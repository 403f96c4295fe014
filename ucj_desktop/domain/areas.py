"""Kota Bekasi kecamatan and kelurahan (Kemendagri codes), read from the packaged area list."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

CITY_CODE = "32.75"
AREA_FILE = "kota_bekasi_wilayah.csv"
# Kemendagri codes written without dots: 32 75 01 1001.
_UNDOTTED = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{2})?([0-9]{4})?")
_NAME_NOISE = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class Kecamatan:
    """A district (kecamatan) of Kota Bekasi, e.g. 32.75.01 Bekasi Timur."""

    code: str
    name: str


@dataclass(frozen=True)
class Kelurahan:
    """A village (kelurahan) of Kota Bekasi, e.g. 32.75.01.1001 Bekasijaya."""

    code: str
    name: str
    kecamatan_code: str
    kecamatan_name: str


def normalize_area_code(code: str) -> str:
    """Dotted Kemendagri form of an area code; accepts "3275011001" as well as "32.75.01.1001"."""
    text = code.strip()
    match = _UNDOTTED.fullmatch(text)
    if match is None:
        return text
    return ".".join(part for part in match.groups() if part)


def _name_key(name: str) -> str:
    """Matching key for names: case-insensitive, spaces and hyphens ignored ("Bekasi-Jaya")."""
    return _NAME_NOISE.sub("", name).casefold()


@cache
def all_kelurahan() -> tuple[Kelurahan, ...]:
    """All 56 kelurahan of Kota Bekasi in file order (read once, then cached)."""
    text = (files("ucj_desktop.resources") / AREA_FILE).read_text(encoding="utf-8-sig")
    return tuple(
        Kelurahan(
            code=row["kode_kelurahan"].strip(),
            name=row["nama_kelurahan"].strip(),
            kecamatan_code=row["kode_kecamatan"].strip(),
            kecamatan_name=row["nama_kecamatan"].strip(),
        )
        for row in csv.DictReader(io.StringIO(text))
    )


@cache
def all_kecamatan() -> tuple[Kecamatan, ...]:
    """The 12 kecamatan of Kota Bekasi, in code order."""
    seen = {k.kecamatan_code: k.kecamatan_name for k in all_kelurahan()}
    return tuple(Kecamatan(code, name) for code, name in sorted(seen.items()))


@cache
def _by_code() -> dict[str, Kelurahan]:
    """Index of kelurahan by dotted code."""
    return {k.code: k for k in all_kelurahan()}


@cache
def _by_name() -> dict[str, Kelurahan | None]:
    """Index of kelurahan by name key; None marks a name shared by two kelurahan (ambiguous)."""
    index: dict[str, Kelurahan | None] = {}
    for kelurahan in all_kelurahan():
        key = _name_key(kelurahan.name)
        index[key] = None if key in index else kelurahan
    return index


def kelurahan_by_code(code: str) -> Kelurahan | None:
    """The kelurahan with this Kemendagri code (dotted or not), or None."""
    return _by_code().get(normalize_area_code(code))


def find_kelurahan(text: str) -> Kelurahan | None:
    """Find a kelurahan by code (dotted or not) or by name ("Bekasi Jaya" finds "Bekasijaya").

    Returns None when nothing (or more than one kelurahan) matches.
    """
    found = kelurahan_by_code(text)
    if found is not None:
        return found
    key = _name_key(text)
    return _by_name().get(key) if key else None


def is_kota_bekasi(code: str) -> bool:
    """True when ``code`` is Kota Bekasi itself or one of its known kecamatan or kelurahan."""
    dotted = normalize_area_code(code)
    if dotted == CITY_CODE:
        return True
    return dotted in _by_code() or any(k.code == dotted for k in all_kecamatan())


def rt_rw_code(text: str) -> str | None:
    """RT / RW: 1-3 digits, stored zero-padded ("1" -> "001")."""
    if text.endswith(".0"):  # numbers that went through a spreadsheet
        text = text[:-2]
    if 1 <= len(text) <= 3 and text.isascii() and text.isdigit() and text != "0" * len(text):
        return text.zfill(3)
    return None
