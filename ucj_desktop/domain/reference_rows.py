"""Rules for one row of a reference file (DTSEN extract, coverage list): pure and fast.

The importers call these a million times, so the common, valid case avoids exceptions and
re-parsing: area names, dates and desil values are decoded once per distinct text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date, timedelta

from ucj_desktop.domain.areas import CITY_CODE, find_kelurahan, normalize_area_code, rt_rw_code
from ucj_desktop.domain.errors import DomainError
from ucj_desktop.domain.kk import validate_kk
from ucj_desktop.domain.nik import nik_problem
from ucj_desktop.domain.spreadsheet import clean_cell

# Field names a reference file's columns map to, with the header spellings seen in the wild
# (compared after upper-casing and turning spaces, dots and dashes into "_").
DTSEN_FIELDS: Mapping[str, tuple[str, ...]] = {
    "nik": ("NIK", "NOMOR_INDUK_KEPENDUDUKAN", "NO_NIK", "NOMOR_NIK"),
    "kk_number": ("NO_KK", "NOMOR_KK", "NKK", "KK", "NOMOR_KARTU_KELUARGA", "NO_KARTU_KELUARGA"),
    "full_name": ("NAMA", "NAMA_LENGKAP", "NAMA_ART", "NAMA_ANGGOTA"),
    "birth_date": ("TGL_LAHIR", "TANGGAL_LAHIR", "TGLLAHIR"),
    "sex": ("JK", "JENIS_KELAMIN", "KELAMIN"),
    "address": ("ALAMAT", "ALAMAT_LENGKAP"),
    "rt": ("RT", "NO_RT"),
    "rw": ("RW", "NO_RW"),
    "kelurahan": (
        "KODE_KELURAHAN",
        "KODE_DESA",
        "KELURAHAN",
        "DESA_KELURAHAN",
        "NAMA_KELURAHAN",
        "KODE_DESA_KELURAHAN",
        "DESA",
    ),
    "desil": ("DESIL", "DESIL_NASIONAL", "PERINGKAT_DESIL"),
}
DTSEN_REQUIRED = ("nik", "full_name", "desil")
COVERAGE_FIELDS: Mapping[str, tuple[str, ...]] = {
    "nik": DTSEN_FIELDS["nik"],
    "scheme": ("SKEMA", "PROGRAM", "KETERANGAN", "SUMBER", "JENIS_KEPESERTAAN"),
}
COVERAGE_REQUIRED = ("nik",)
# Candidate lists from Dinsos, Dishub, Dinkop-UMKM or the ojol platforms: whatever they hold
# beyond the NIK is used, the rest comes from DTSEN or is completed at the counter.
CANDIDATE_FIELDS: Mapping[str, tuple[str, ...]] = {
    **{k: v for k, v in DTSEN_FIELDS.items() if k != "desil"},
    "phone": ("HP", "NO_HP", "NOMOR_HP", "HANDPHONE", "TELEPON", "NO_TELEPON", "WA", "NO_WA"),
    "occupations": ("PEKERJAAN", "JENIS_PEKERJAAN", "KATEGORI", "JENIS_PEKERJAAN_1"),
    "declared_income": ("PENGHASILAN", "UPAH", "PENDAPATAN"),
}
CANDIDATE_REQUIRED = ("nik",)

_HEADER_NOISE = re.compile(r"[^0-9A-Z]+")
_DATE_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")
_KELURAHAN_CODE = re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")
_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0, after its 1900 leap-year bug
_SEX = {
    "L": "L",
    "LAKI-LAKI": "L",
    "LAKI LAKI": "L",
    "LAKI": "L",
    "PRIA": "L",
    "1": "L",
    "P": "P",
    "PEREMPUAN": "P",
    "WANITA": "P",
    "2": "P",
}


def header_key(text: str) -> str:
    """Header cell as compared with the alias lists: "No. KK " -> "NO_KK"."""
    return _HEADER_NOISE.sub("_", text.strip().upper().lstrip("\ufeff")).strip("_")


@dataclass(frozen=True)
class ColumnMap:
    """Which column index holds each field (absent optional fields are not in ``index``)."""

    index: Mapping[str, int]
    header: tuple[str, ...]


def map_columns(
    header: Sequence[str],
    fields: Mapping[str, tuple[str, ...]],
    required: Sequence[str],
    explicit: Mapping[str, str] | None = None,
) -> ColumnMap:
    """Match header cells to fields by alias, or by an explicit ``{column: field}`` mapping.

    Raises DomainError "columns.missing" (values: missing, found), "columns.duplicate"
    (values: field, columns) or "columns.unknown_field" for an explicit mapping to a field
    that does not exist.
    """
    keys = [header_key(cell) for cell in header]
    index: dict[str, int] = {}
    for column, target in (explicit or {}).items():
        if target not in fields:
            raise DomainError("columns.unknown_field", field=target, allowed=sorted(fields))
        key = header_key(column)
        if key not in keys:
            raise DomainError("columns.not_in_file", field=target, column=column)
        index[target] = keys.index(key)
    for name, aliases in fields.items():
        if name in index:
            continue
        hits = [i for i, key in enumerate(keys) if key in aliases]
        if len(hits) > 1:
            raise DomainError("columns.duplicate", field=name, columns=[header[i] for i in hits])
        if hits:
            index[name] = hits[0]
    missing = [name for name in required if name not in index]
    if missing:
        raise DomainError("columns.missing", missing=missing, found=list(header))
    return ColumnMap(index, tuple(header))


@dataclass(frozen=True)
class RowProblem:
    """Why one row was rejected: the field (column) and a code the interfaces translate."""

    field: str
    code: str
    values: Mapping[str, object] = dc_field(default_factory=dict)


def _nik_rejection(nik: str, code: str) -> RowProblem:
    """A bad NIK's problem, with the values its reason text names (nik.length: the length)."""
    values = {"length": len(nik), "expected": 16} if code == "nik.length" else {}
    return RowProblem("nik", code, values)


def parse_date(text: str, cache: dict[str, date | None]) -> date | None:
    """ISO, DD/MM/YYYY (also with - or .), or an Excel serial day number; None if none fits."""
    if text in cache:
        return cache[text]
    value: date | None = None
    try:
        if m := _DATE_ISO.fullmatch(text):
            value = date(int(m[1]), int(m[2]), int(m[3]))
        elif m := _DATE_DMY.fullmatch(text):
            value = date(int(m[3]), int(m[2]), int(m[1]))
        elif text.isdigit() and 1 <= int(text) <= 80_000:  # serials up to the year 2119
            value = _EXCEL_EPOCH + timedelta(days=int(text))
    except ValueError:
        value = None
    cache[text] = value
    return value


_MISSING = object()


@dataclass(frozen=True)
class _Invalid:
    """A cell holding a value its column's rule refuses."""

    text: str


_CodedColumn = tuple[str, int | None, Mapping[str, str | None], Callable[[str], str | None], str]


def _cell(
    cells: Sequence[str],
    index: int | None,
    known: Mapping[str, str | None],
    decode: Callable[[str], str | None],
) -> str | _Invalid | None:
    """The value of the optional column ``index``: None for no column or a blank cell, _Invalid
    for a cell its rule refuses. A text seen before is taken from ``known`` (which ``decode``
    fills with each new one)."""
    if index is None or not (raw := cells[index]):
        return None
    value = known[raw] if raw in known else decode(raw)
    if value is None and raw.strip():
        return _Invalid(raw)
    return value


def _another_city(text: str) -> bool:
    """A well-formed kelurahan code (dotted or not) outside Kota Bekasi."""
    code = normalize_area_code(text)
    return bool(_KELURAHAN_CODE.fullmatch(code)) and not code.startswith(CITY_CODE + ".")


def _tidy(text: str) -> str:
    """Trim and collapse inner runs of spaces; the common, already tidy text is returned as is."""
    stripped = text.strip()
    return " ".join(stripped.split()) if "  " in stripped or "\t" in stripped else stripped


class DtsenRowRules:
    """Validate and normalise DTSEN rows for insertion (one instance per import).

    ``check`` returns the insert tuple (nik, kk, name, birth ISO text, sex, address, rt, rw,
    kelurahan, desil, source line) or the first RowProblem. Values that repeat across rows
    (dates, areas, RT/RW, the date and region parts of NIK and KK) are decoded once.
    """

    def __init__(self, columns: ColumnMap, today: date) -> None:
        self.today = today
        ix = columns.index
        self._i_nik = ix["nik"]
        self._i_name = ix["full_name"]
        self._i_desil = ix["desil"]
        self._i_kk = ix.get("kk_number")
        self._i_birth = ix.get("birth_date")
        self._i_sex = ix.get("sex")
        self._i_address = ix.get("address")
        self._i_rt = ix.get("rt")
        self._i_rw = ix.get("rw")
        self._i_kelurahan = ix.get("kelurahan")
        self._width = max(ix.values()) + 1
        self._desils = {str(n): n for n in range(1, 11)} | {f"{n}.0": n for n in range(1, 11)}
        self._dates: dict[str, str | None] = {}
        self._parsed: dict[str, date | None] = {}
        self._areas: dict[str, str | None] = {}
        self._small: dict[str, str | None] = {}
        self._sexes: dict[str, str | None] = {}
        self._nik_ok: set[str] = set()  # region prefix + DDMMYY already proven valid
        self._kk_ok: set[str] = set()  # KK issue dates already proven valid
        # The optional columns decoded through a cache, in the order they are judged: the
        # field, its column, the texts already decoded, the decoder, the problem of a bad cell.
        self._coded_columns: tuple[_CodedColumn, ...] = (
            ("birth_date", self._i_birth, self._dates, self._date, "date.invalid"),
            ("sex", self._i_sex, self._sexes, self._sex_value, "sex.invalid"),
            ("rt", self._i_rt, self._small, self._cell_code, "rt.invalid"),
            ("rw", self._i_rw, self._small, self._cell_code, "rw.invalid"),
            ("kelurahan", self._i_kelurahan, self._areas, self._area, "kelurahan.unknown"),
        )

    def _nik_code(self, nik: str) -> str | None:
        code = nik_problem(nik, self.today)
        if code is None:
            self._nik_ok.add(nik[:4] + nik[6:12])
        return code

    def _kk_value(self, raw: str) -> str | DomainError:
        try:
            kk = validate_kk(raw)
        except DomainError as error:
            return error
        self._kk_ok.add(kk[6:12])
        return kk

    def _date(self, raw: str) -> str | None:
        """A date cell as ISO text (None: blank or no date), kept under its trimmed text."""
        if not (text := raw.strip()):
            return None
        parsed = parse_date(text, self._parsed)
        iso = None if parsed is None else parsed.isoformat()
        self._dates[text] = iso
        return iso

    def _area(self, raw: str) -> str | None:
        """A kelurahan cell's code (None: blank or unknown), kept under its trimmed text."""
        if not (text := raw.strip()):
            return None
        found = find_kelurahan(text)
        value = found.code if found is not None else None
        self._areas[text] = value
        return value

    def _cell_code(self, raw: str) -> str | None:
        value = rt_rw_code(raw.strip())
        self._small[raw] = value
        return value

    def _sex_value(self, raw: str) -> str | None:
        value = _SEX.get(raw.strip().upper())
        self._sexes[raw] = value
        return value

    def check(self, cells: Sequence[str], line: int) -> tuple[object, ...] | RowProblem:
        if len(cells) < self._width:
            cells = [*cells, *([""] * (self._width - len(cells)))]
        nik = cells[self._i_nik]
        if not (
            len(nik) == 16
            and nik.isdigit()
            and nik.isascii()
            and not nik.endswith("0000")
            and (nik[:4] + nik[6:12]) in self._nik_ok
        ):
            nik = clean_cell(nik)
            if (code := self._nik_code(nik)) is not None:
                return _nik_rejection(nik, code)
        name = _tidy(cells[self._i_name])
        if not name:
            return RowProblem("full_name", "name.empty")
        desil = self._desils.get(cells[self._i_desil].strip())
        if desil is None:
            return RowProblem("desil", "desil.invalid", {"min": 1, "max": 10})
        kk = address = None
        if self._i_kk is not None and (raw := cells[self._i_kk]):
            if (
                len(raw) == 16
                and raw.isdigit()
                and raw.isascii()
                and raw[6:12] in self._kk_ok
                and not raw.endswith("0000")
            ):
                kk = raw
            elif raw.strip():
                checked = self._kk_value(raw)
                if isinstance(checked, DomainError):
                    return RowProblem("kk_number", checked.code, checked.values)
                kk = checked
        coded: list[str | None] = []
        for field, index, known, decode, code in self._coded_columns:
            value = _cell(cells, index, known, decode)
            if isinstance(value, _Invalid):
                if field == "kelurahan" and _another_city(value.text):
                    # An extract for Kota Bekasi holding another city's rows is the wrong file
                    # or a damaged one: say so apart from a misspelt kelurahan.
                    code = "kelurahan.other_city"
                return RowProblem(field, code)
            coded.append(value)
        birth, sex, rt, rw, kelurahan = coded
        if self._i_address is not None:
            address = _tidy(cells[self._i_address]) or None
        return (nik, kk, name, birth, sex, address, rt, rw, kelurahan, desil, line)

    def check_chunk(
        self, rows: Sequence[Sequence[str]], lines: Sequence[int]
    ) -> tuple[list[tuple[object, ...]], list[tuple[int, RowProblem]]]:
        """``check`` for many rows at once, column by column.

        Each column is decoded with a comprehension against the caches; only rows with a value
        not yet proven valid (a new date, a bad cell...) go through ``check`` one by one, which
        also decides their exact problem. Same results as calling ``check`` per row, at a
        fraction of the interpreter overhead: the import's hot path.
        """
        if not rows:
            return [], []
        width = self._width
        if any(len(r) < width for r in rows):
            rows = [[*r, *([""] * (width - len(r)))] if len(r) < width else r for r in rows]
        cols = list(zip(*rows, strict=False))
        n = len(rows)
        suspect: set[int] = set()

        def lookup(i: int | None, cache: Mapping[str, object]) -> list[object]:
            if i is None:
                return [None] * n
            values = [cache.get(x, _MISSING) for x in cols[i]]
            suspect.update(k for k, v in enumerate(values) if v is _MISSING or v is None)
            return values

        niks = cols[self._i_nik]
        ok = self._nik_ok
        suspect.update(
            k
            for k, x in enumerate(niks)
            if not (
                len(x) == 16
                and x.isdigit()
                and x.isascii()
                and (x[:4] + x[6:12]) in ok
                and not x.endswith("0000")
            )
        )
        names = [_tidy(x) for x in cols[self._i_name]]
        suspect.update(k for k, x in enumerate(names) if not x)
        desils = lookup(self._i_desil, self._desils)
        kks: list[object] = [None] * n
        if self._i_kk is not None:
            kk_col: Sequence[str] = cols[self._i_kk]
            kk_ok = self._kk_ok
            suspect.update(
                k
                for k, x in enumerate(kk_col)
                if x
                and not (
                    len(x) == 16
                    and x.isdigit()
                    and x.isascii()
                    and x[6:12] in kk_ok
                    and not x.endswith("0000")
                )
            )
            kks = [x or None for x in kk_col]
        births = self._optional(self._i_birth, self._dates, cols, suspect)
        sexes = self._optional(self._i_sex, self._sexes, cols, suspect)
        rts = self._optional(self._i_rt, self._small, cols, suspect)
        rws = self._optional(self._i_rw, self._small, cols, suspect)
        areas = self._optional(self._i_kelurahan, self._areas, cols, suspect)
        addresses = (
            [_tidy(x) or None for x in cols[self._i_address]]
            if self._i_address is not None
            else [None] * n
        )
        out = list(
            zip(
                niks,
                kks,
                names,
                births,
                sexes,
                addresses,
                rts,
                rws,
                areas,
                desils,
                lines,
                strict=True,
            )
        )
        problems: list[tuple[int, RowProblem]] = []
        if suspect:
            kept: list[tuple[object, ...]] = []
            for k, row in enumerate(out):
                if k not in suspect:
                    kept.append(row)
                    continue
                result = self.check(rows[k], lines[k])
                if isinstance(result, RowProblem):
                    problems.append((lines[k], result))
                else:
                    kept.append(result)
            out = kept
        return out, problems

    @staticmethod
    def _optional(
        i: int | None, cache: Mapping[str, object], cols: Sequence[Sequence[str]], suspect: set[int]
    ) -> list[object]:
        """An optional column: empty cells are None, others must be in the cache of valid ones."""
        if i is None:
            return [None] * len(cols[0])
        values = [cache.get(x, _MISSING) if x else None for x in cols[i]]
        suspect.update(
            k
            for k, (x, v) in enumerate(zip(cols[i], values, strict=True))
            if x and (v is _MISSING or v is None)
        )
        return values


class CoverageRowRules:
    """Validate coverage-list rows: a valid NIK and an optional scheme label."""

    def __init__(self, columns: ColumnMap, today: date) -> None:
        self.today = today
        self._nik = columns.index["nik"]
        self._scheme = columns.index.get("scheme")

    def check(self, cells: Sequence[str], line: int) -> tuple[object, ...] | RowProblem:
        nik = clean_cell(cells[self._nik]) if self._nik < len(cells) else ""
        if (code := nik_problem(nik, self.today)) is not None:
            return _nik_rejection(nik, code)
        scheme = None
        if self._scheme is not None and self._scheme < len(cells):
            scheme = " ".join(cells[self._scheme].split())[:32] or None
        return (nik, scheme, line)

    def check_chunk(
        self, rows: Sequence[Sequence[str]], lines: Sequence[int]
    ) -> tuple[list[tuple[object, ...]], list[tuple[int, RowProblem]]]:
        """``check`` over many rows (coverage lists are small: no column-wise fast path)."""
        out: list[tuple[object, ...]] = []
        problems: list[tuple[int, RowProblem]] = []
        for cells, line in zip(rows, lines, strict=True):
            result = self.check(cells, line)
            if isinstance(result, RowProblem):
                problems.append((line, result))
            else:
                out.append(result)
        return out, problems
