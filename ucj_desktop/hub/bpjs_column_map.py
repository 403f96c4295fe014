"""The BPJS column map: what each column of BPJS's collective (kolektif) template holds, and
which headers of BPJS's result file hold the NIK, the KPJ and the rejection reason.

BPJS gives each Pemda its own template, so the columns are data, not code: a versioned JSON
file in ``resources/bpjs/`` (``kolektif_bpu_v1.json``), or one Disnaker drops in
(:func:`load_column_map_file`). Every key is checked and a bad one is refused by name, so a
typo never becomes a wrong column in a file sent to BPJS. docs/ARCHITECTURE.md shows the format.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ucj_desktop.domain.errors import DomainError
from ucj_desktop.paths import resources

FORMAT = "ucj-bpjs-column-map"
FORMAT_VERSION = 1
DEFAULT_MAP = "kolektif_bpu_v1"
MAX_MAP_BYTES = 1 << 20
FIELD = "column_map"

# What an upload column may hold: a BpjsRow field, the months paid (the caller's), a constant
# written on every row, nothing, or the Nth occupation.
ROW_SOURCES = (
    "nik",
    "full_name",
    "birth_date",
    "phone",
    "kelurahan_name",
    "declared_income",
    "months",
)
OTHER_SOURCES = ("constant", "empty", "occupation_N")
_OCCUPATION = re.compile(r"occupation_([1-9])")
# Excel number formats of the cells that are numbers; NIK and all text columns are text ("@").
DEFAULT_NUMBER_FORMATS = {"birth_date": "dd-mm-yyyy", "declared_income": "0", "months": "0"}
PHONE_FORMATS = ("national", "international")  # 08... or +628... (as the store keeps it)
RESULT_FIELDS = ("nik", "kpj", "reason")

_MAP_NAME = re.compile(r"[a-z0-9_]{1,64}")
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_HEADER_NOISE = re.compile(r"[^0-9a-z]+")
_MAX_COLUMNS = 200
_MAX_TEXT = 255
_MAX_SPELLINGS = 20


@dataclass(frozen=True)
class UploadColumn:
    """One column of the collective file, left to right."""

    header: str
    source: str  # a ROW_SOURCES name, "constant", "empty" or "occupation_1".."occupation_9"
    value: str | None = None  # the text of a "constant" column
    number_format: str | None = None  # birth_date, declared_income, months
    phone_format: str | None = None  # phone: "national" or "international"


@dataclass(frozen=True)
class ColumnMap:
    """One version of one template: the upload sheet's columns and the result file's headers."""

    name: str
    version: int
    sheet: str
    columns: tuple[UploadColumn, ...]
    # Our occupation code -> the text BPJS's template wants; None writes the codes as they are.
    occupation_values: tuple[tuple[str, str], ...] | None
    # Accepted spellings of the result file's headers, per field (compared by header_key).
    result_nik: tuple[str, ...]
    result_kpj: tuple[str, ...]
    result_reason: tuple[str, ...]

    @property
    def occupation_slots(self) -> int:
        """How many occupations a row may have: the highest occupation_N column."""
        return max(
            (int(m.group(1)) for c in self.columns if (m := _OCCUPATION.fullmatch(c.source))),
            default=0,
        )

    def result_spellings(self, field: str) -> tuple[str, ...]:
        return {"nik": self.result_nik, "kpj": self.result_kpj, "reason": self.result_reason}[field]


def header_key(text: str) -> str:
    """How headers compare: case, spaces, dots and underscores aside ("No. KPJ" = "NO_KPJ")."""
    return _HEADER_NOISE.sub("_", text.casefold()).strip("_")


def load_column_map(name: str = DEFAULT_MAP) -> ColumnMap:
    """The packaged map ``resources/bpjs/<name>.json``; its own ``name`` must say the same."""
    if not _MAP_NAME.fullmatch(name):
        raise DomainError("bpjs_map.not_found", FIELD, map=name)
    resource = resources() / "bpjs" / f"{name}.json"
    if not resource.is_file():
        raise DomainError("bpjs_map.not_found", FIELD, map=name)
    with resource.open("rb") as fh:
        data = fh.read(MAX_MAP_BYTES + 1)
    column_map = _parse(data, name)
    if column_map.name != name:
        raise DomainError("bpjs_map.bad_value", FIELD, map=name, key="name", expected=name)
    return column_map


def load_column_map_file(path: Path | str) -> ColumnMap:
    """A map Disnaker dropped in (the real template's), checked like a packaged one."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_MAP_BYTES + 1)
    except FileNotFoundError:
        raise DomainError("bpjs_map.not_found", FIELD, map=path.name) from None
    except OSError as exc:
        raise DomainError(
            "bpjs_map.unreadable", FIELD, map=path.name, reason=exc.strerror or type(exc).__name__
        ) from exc
    return _parse(data, path.name)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"key {key!r} twice")
        seen[key] = value
    return seen


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse(data: bytes, label: str) -> ColumnMap:
    if len(data) > MAX_MAP_BYTES:
        raise DomainError("bpjs_map.unreadable", FIELD, map=label, reason="map_too_large")
    try:
        raw = json.loads(
            data.decode("utf-8-sig"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constant,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DomainError("bpjs_map.unreadable", FIELD, map=label, reason=str(exc)[:200]) from exc
    return _Checker(label).column_map(raw)


class _Checker:
    """Walks the JSON, naming each key by its path ("upload.columns[3].source")."""

    def __init__(self, label: str) -> None:
        self.label = label

    def bad(self, key: str, expected: str, **values: object) -> DomainError:
        """``expected``: a detail code (wording/details.py) with its ``values``."""
        return DomainError(
            "bpjs_map.bad_value", FIELD, map=self.label, key=key, expected=expected, **values
        )

    def obj(self, value: Any, key: str, required: set[str], optional: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.bad(key, "object")
        where = f"{key}." if key else ""
        for name in sorted(required - value.keys()):
            raise DomainError("bpjs_map.missing_key", FIELD, map=self.label, key=where + name)
        for name in sorted(value.keys() - required - optional):
            raise DomainError("bpjs_map.unknown_key", FIELD, map=self.label, key=where + name)
        return value

    def text(self, value: Any, key: str, maximum: int = _MAX_TEXT) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.bad(key, "text")
        if len(value) > maximum or _CONTROL.search(value):
            raise self.bad(key, "short_text", maximum=maximum)
        return value

    def integer(self, value: Any, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 1 << 31:
            raise self.bad(key, "positive_integer")
        return value

    def column_map(self, raw: Any) -> ColumnMap:
        top = self.obj(
            raw,
            "",
            {"format", "format_version", "name", "version", "upload", "result"},
            {"description"},
        )
        if top["format"] != FORMAT:
            raise self.bad("format", FORMAT)
        if top["format_version"] != FORMAT_VERSION or isinstance(top["format_version"], bool):
            raise DomainError(
                "bpjs_map.unsupported_format",
                FIELD,
                map=self.label,
                format_version=str(top["format_version"])[:20],
                supported=FORMAT_VERSION,
            )
        name = self.text(top["name"], "name")
        if not _MAP_NAME.fullmatch(name):
            raise self.bad("name", "map_name")
        if "description" in top:
            self.text(top["description"], "description", maximum=4000)
        upload = self.obj(top["upload"], "upload", {"sheet", "columns"}, {"occupation_values"})
        columns = self.columns(upload["columns"])
        return ColumnMap(
            name=name,
            version=self.integer(top["version"], "version"),
            sheet=self.sheet(upload["sheet"]),
            columns=columns,
            occupation_values=self.occupation_values(upload.get("occupation_values")),
            **self.result(top["result"]),
        )

    def sheet(self, value: Any) -> str:
        sheet = self.text(value, "upload.sheet", maximum=31)  # Excel's limit
        if _SHEET_FORBIDDEN.search(sheet) or sheet.startswith("'") or sheet.endswith("'"):
            raise self.bad("upload.sheet", "sheet_name")
        return sheet

    def columns(self, value: Any) -> tuple[UploadColumn, ...]:
        if not isinstance(value, list) or not 1 <= len(value) <= _MAX_COLUMNS:
            raise self.bad("upload.columns", "column_list", maximum=_MAX_COLUMNS)
        columns = tuple(self.column(item, f"upload.columns[{i}]") for i, item in enumerate(value))
        headers: set[str] = set()
        sources: set[str] = set()
        for index, column in enumerate(columns):
            key = f"upload.columns[{index}]"
            if header_key(column.header) in headers:
                raise self.bad(f"{key}.header", "unique_header")
            headers.add(header_key(column.header))
            if column.source not in ("constant", "empty"):
                if column.source in sources:
                    raise self.bad(f"{key}.source", "unique_source")
                sources.add(column.source)
        if "nik" not in sources:
            raise self.bad("upload.columns", "nik_column")
        return columns

    def column(self, value: Any, key: str) -> UploadColumn:
        item = self.obj(
            value, key, {"header", "source"}, {"value", "number_format", "phone_format"}
        )
        header = self.text(item["header"], f"{key}.header")
        source = item["source"]
        if not isinstance(source, str) or not (
            source in ROW_SOURCES or source in OTHER_SOURCES or _OCCUPATION.fullmatch(source)
        ):
            names = ", ".join((*ROW_SOURCES, "constant", "empty", "occupation_1..occupation_9"))
            raise self.bad(f"{key}.source", "one_of", choices=names)
        allowed = {
            "value": source == "constant",
            "number_format": source in DEFAULT_NUMBER_FORMATS,
            "phone_format": source == "phone",
        }
        for option, fits in allowed.items():
            if option in item and not fits:
                raise DomainError(
                    "bpjs_map.unknown_key", FIELD, map=self.label, key=f"{key}.{option}"
                )
        if source == "constant" and "value" not in item:
            raise DomainError("bpjs_map.missing_key", FIELD, map=self.label, key=f"{key}.value")
        phone_format = item.get("phone_format")
        if phone_format is not None and phone_format not in PHONE_FORMATS:
            raise self.bad(f"{key}.phone_format", "one_of", choices=", ".join(PHONE_FORMATS))
        return UploadColumn(
            header=header,
            source=source,
            value=self.text(item["value"], f"{key}.value") if "value" in item else None,
            number_format=(
                self.text(item["number_format"], f"{key}.number_format", maximum=64)
                if "number_format" in item
                else DEFAULT_NUMBER_FORMATS.get(source)
            ),
            phone_format=phone_format or ("international" if source == "phone" else None),
        )

    def occupation_values(self, value: Any) -> tuple[tuple[str, str], ...] | None:
        if value is None:
            return None
        key = "upload.occupation_values"
        if not isinstance(value, dict) or not value:
            raise self.bad(key, "occupation_values")
        return tuple(
            (self.text(code, key), self.text(text, f"{key}.{code}"))
            for code, text in sorted(value.items())
        )

    def result(self, value: Any) -> dict[str, tuple[str, ...]]:
        result = self.obj(value, "result", set(RESULT_FIELDS), set())
        spellings: dict[str, tuple[str, ...]] = {}
        owner: dict[str, str] = {}
        for field in RESULT_FIELDS:
            key = f"result.{field}"
            names = result[field]
            if not isinstance(names, list) or not 1 <= len(names) <= _MAX_SPELLINGS:
                raise self.bad(key, "spelling_list", maximum=_MAX_SPELLINGS)
            for index, name in enumerate(names):
                text = self.text(name, f"{key}[{index}]")
                if not header_key(text) or owner.setdefault(header_key(text), field) != field:
                    raise self.bad(f"{key}[{index}]", "unique_result_header")
            spellings[f"result_{field}"] = tuple(names)
        return spellings
